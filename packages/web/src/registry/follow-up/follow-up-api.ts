import type {
  DeathLinkageResult,
  FollowUpContactRequest,
  FollowUpContactResult,
  FollowUpTaskItem,
  FollowUpTaskQuery,
  GenerateTasksResult,
  PageOf,
  UpdateTaskRequest,
} from '@orca/contract';
import { apiRequest } from '../../app/api-client';

/** `GET /api/registry/follow-up/tasks`: a page of tasks, names masked. */
export function fetchTasks(
  query: FollowUpTaskQuery,
  signal?: AbortSignal,
): Promise<PageOf<FollowUpTaskItem>> {
  return apiRequest<PageOf<FollowUpTaskItem>>('/registry/follow-up/tasks', { query: { ...query }, signal });
}

/** `POST /api/registry/follow-up/tasks/generate`: create the tasks due today. */
export function generateTasks(): Promise<GenerateTasksResult> {
  return apiRequest<GenerateTasksResult>('/registry/follow-up/tasks/generate', { method: 'POST', body: {} });
}

/** `PATCH /api/registry/follow-up/tasks/:id`: close (done, lost with reason) or reopen. */
export function updateTask(id: string, body: UpdateTaskRequest) {
  return apiRequest<{ id: string; status: string }>(`/registry/follow-up/tasks/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body,
  });
}

/** `POST /api/registry/follow-up/contacts`: one contact; the server updates the person's vital status. */
export function recordContact(body: FollowUpContactRequest): Promise<FollowUpContactResult> {
  return apiRequest<FollowUpContactResult>('/registry/follow-up/contacts', { method: 'POST', body });
}

/** `POST /api/registry/follow-up/death-linkage`: apply linked death records. */
export function applyDeathLinkage(): Promise<DeathLinkageResult> {
  return apiRequest<DeathLinkageResult>('/registry/follow-up/death-linkage', { method: 'POST' });
}
