import { describe, expect, it } from 'vitest';
import { importPercent, rejectionsCsvUrl } from './import-api';

describe('import progress', () => {
  it('measures progress by bytes and stays under 100 until the job ends', () => {
    expect(importPercent({ status: 'running', bytesRead: 50, bytesTotal: 200 })).toBe(25);
    expect(importPercent({ status: 'running', bytesRead: 200, bytesTotal: 200 })).toBe(99);
    expect(importPercent({ status: 'running', bytesRead: 0, bytesTotal: 0 })).toBe(0);
    expect(importPercent({ status: 'done', bytesRead: 0, bytesTotal: 0 })).toBe(100);
  });

  it('links the rejected rows download under the API prefix', () => {
    expect(rejectionsCsvUrl('abc')).toBe('/api/registry/imports/abc/rejections.csv');
  });
});
