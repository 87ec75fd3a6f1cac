import type { FollowUpContactRequest, FollowUpTaskItem } from '@orca/contract';

/** How a task row is highlighted: overdue open tasks red, due within 30 days amber. */
export type TaskUrgency = 'overdue' | 'due_soon' | 'later' | 'closed';

/**
 * The urgency of a task on a given day.
 *
 * @param task - the task's status and due date.
 * @param today - `YYYY-MM-DD`.
 * @returns overdue (open, due before today), due_soon (open, within 30 days), later, or closed.
 */
export function taskUrgency(task: Pick<FollowUpTaskItem, 'status' | 'dueDate'>, today: string): TaskUrgency {
  if (task.status !== 'open') return 'closed';
  if (task.dueDate < today) return 'overdue';
  const days = (Date.parse(`${task.dueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  return days <= 30 ? 'due_soon' : 'later';
}

/** Values of the contact form as antd gives them (dates as `YYYY-MM-DD` strings). */
export interface ContactFormValues {
  contactDate: string;
  method: FollowUpContactRequest['method'];
  vitalStatus: 1 | 2;
  deathDate?: string;
  causeOfDeath?: string;
  note?: string;
}

/**
 * The API body of a contact: death fields only for a death, empty strings dropped.
 *
 * @param personId - the person followed.
 * @param taskId - the task the contact answers, if any.
 * @param values - the form values.
 * @returns the request body.
 */
export function contactRequest(
  personId: string,
  taskId: string | undefined,
  values: ContactFormValues,
): FollowUpContactRequest {
  const body: FollowUpContactRequest = {
    personId,
    contactDate: values.contactDate,
    method: values.method,
    vitalStatus: values.vitalStatus,
  };
  if (taskId) body.taskId = taskId;
  if (values.vitalStatus === 2) {
    if (values.deathDate) body.deathDate = values.deathDate;
    if (values.causeOfDeath?.trim()) body.causeOfDeath = values.causeOfDeath.trim();
  }
  if (values.note?.trim()) body.note = values.note.trim();
  return body;
}
