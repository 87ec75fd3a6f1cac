import { describe, expect, it } from 'vitest';
import { followUpAfterContact } from './follow-up.service';

const alive = {
  personId: 'p',
  vitalStatus: 1,
  lastContactDate: '2024-06-30',
  deathDate: null,
  causeOfDeath: null,
};

describe('followUpAfterContact', () => {
  it('moves the last contact forward only for a later alive contact', () => {
    const later = { contactDate: '2025-01-02', vitalStatus: 1, deathDate: null, causeOfDeath: null };
    expect(followUpAfterContact(alive, later)).toEqual({ ...alive, lastContactDate: '2025-01-02' });
    expect(followUpAfterContact(alive, { ...later, contactDate: '2024-01-01' })).toEqual(alive);
  });

  it('makes a death final, with the last contact on the death date', () => {
    const death = {
      contactDate: '2025-02-01',
      vitalStatus: 2,
      deathDate: '2025-01-20',
      causeOfDeath: 'C34.1',
    };
    const dead = followUpAfterContact(alive, death);
    expect(dead).toEqual({
      personId: 'p',
      vitalStatus: 2,
      lastContactDate: '2025-01-20',
      deathDate: '2025-01-20',
      causeOfDeath: 'C34.1',
    });
    if (dead === 'conflict') throw new Error('unexpected');
    // An earlier "alive" contact after the fact changes nothing; a later one is a contradiction.
    const early = { contactDate: '2024-12-01', vitalStatus: 1, deathDate: null, causeOfDeath: null };
    expect(followUpAfterContact(dead, early)).toEqual(dead);
    expect(followUpAfterContact(dead, { ...early, contactDate: '2025-03-01' })).toBe('conflict');
  });

  it('keeps a known cause when a death record brings none', () => {
    const withCause = { ...alive, causeOfDeath: 'C16' };
    const death = { contactDate: '2025-02-01', vitalStatus: 2, deathDate: '2025-02-01', causeOfDeath: null };
    expect(followUpAfterContact(withCause, death)).toMatchObject({ causeOfDeath: 'C16' });
  });
});
