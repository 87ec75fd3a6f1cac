import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../app/i18n/en';
import { zhCN } from '../app/i18n/zh-CN';
import { basisLabel, sexLabel, vitalStatusLabel } from './labels';

// A private instance: the app's global one needs the DOM (document title, localStorage).
const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    lng: 'zh-CN',
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
});

describe('code labels', () => {
  it('names GB/T 2261.1 sex codes and keeps an unknown code visible', () => {
    expect(sexLabel(i18n.t, 1)).toBe('男');
    expect(sexLabel(i18n.t, 2)).toBe('女');
    expect(sexLabel(i18n.t, 9)).toBe('未说明的性别');
    expect(sexLabel(i18n.t, 3)).toBe('3');
  });

  it('names the IARC basis codes stored by the registry, with DCO as 死亡补发病', () => {
    expect(basisLabel(i18n.t, 0)).toBe('死亡补发病');
    expect(basisLabel(i18n.t, 7)).toBe('病理（原发）');
    expect(basisLabel(i18n.t, null)).toBe('—');
    expect(basisLabel(i18n.t, 3)).toBe('3'); // Chinese card code 3 is stored as 2; seeing it means bad data
  });

  it('names vital status and follows the language', async () => {
    expect(vitalStatusLabel(i18n.t, 2)).toBe('死亡');
    await i18n.changeLanguage('en');
    expect(vitalStatusLabel(i18n.t, 2)).toBe('Dead');
    expect(sexLabel(i18n.t, 1)).toBe('Male');
    await i18n.changeLanguage('zh-CN');
  });
});
