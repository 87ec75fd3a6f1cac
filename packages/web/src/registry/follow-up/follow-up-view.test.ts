import { describe, expect, it } from 'vitest';
import { contactRequest, taskUrgency } from './follow-up-view';

describe('taskUrgency', () => {
  it('marks open tasks overdue before today, due soon within 30 days, and closed ones closed', () => {
    expect(taskUrgency({ status: 'open', dueDate: '2025-06-30' }, '2025-07-01')).toBe('overdue');
    expect(taskUrgency({ status: 'open', dueDate: '2025-07-01' }, '2025-07-01')).toBe('due_soon');
    expect(taskUrgency({ status: 'open', dueDate: '2025-07-31' }, '2025-07-01')).toBe('due_soon');
    expect(taskUrgency({ status: 'open', dueDate: '2025-08-01' }, '2025-07-01')).toBe('later');
    expect(taskUrgency({ status: 'lost_to_follow_up', dueDate: '2020-01-01' }, '2025-07-01')).toBe('closed');
  });
});

describe('contactRequest', () => {
  it('sends death fields only for a death and drops blank text', () => {
    expect(
      contactRequest('p', 't', {
        contactDate: '2025-07-01',
        method: 'phone',
        vitalStatus: 1,
        deathDate: '2025-06-01',
        causeOfDeath: 'C16',
        note: '  ',
      }),
    ).toEqual({ personId: 'p', taskId: 't', contactDate: '2025-07-01', method: 'phone', vitalStatus: 1 });
    expect(
      contactRequest('p', undefined, {
        contactDate: '2025-07-01',
        method: 'visit',
        vitalStatus: 2,
        deathDate: '2025-06-01',
        causeOfDeath: ' C16.9 ',
      }),
    ).toEqual({
      personId: 'p',
      contactDate: '2025-07-01',
      method: 'visit',
      vitalStatus: 2,
      deathDate: '2025-06-01',
      causeOfDeath: 'C16.9',
    });
  });
});
