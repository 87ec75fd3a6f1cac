import type { ImportJobView, ImportOptions, ImportRejectionView } from '@orca/contract';
import { ApiError, apiRequest, apiUrl } from '../../app/api-client';

/**
 * Uploads a file for import (`POST /api/registry/imports`, multipart); the server answers at once
 * with the job, which runs in the background.
 *
 * @param file - the chosen file
 * @param options - kind, institution, accept, strict
 * @returns the job
 * @throws ApiError with the server's code
 */
export async function uploadImport(file: File, options: ImportOptions): Promise<ImportJobView> {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await fetch(
    apiUrl('/registry/imports', {
      kind: options.kind,
      institutionCode: options.institutionCode,
      accept: options.accept ? 'true' : undefined,
      strict: options.strict ? 'true' : undefined,
    }),
    { method: 'POST', body: form, credentials: 'same-origin', headers: { Accept: 'application/json' } },
  );
  const body = (await response.json().catch(() => null)) as
    | ImportJobView
    | { error: { code: string; message: string } }
    | null;
  if (!response.ok || body === null || 'error' in body) {
    const error =
      body && 'error' in body ? body.error : { code: 'internal', message: `HTTP ${response.status}` };
    throw new ApiError(response.status, error.code, error.message);
  }
  return body;
}

/**
 * One job with its progress.
 *
 * @param id - the job
 * @param signal - aborts the request
 * @returns the job
 */
export function fetchImportJob(id: string, signal?: AbortSignal): Promise<ImportJobView> {
  return apiRequest<ImportJobView>(`/registry/imports/${encodeURIComponent(id)}`, { signal });
}

/**
 * Recent jobs in scope.
 *
 * @param signal - aborts the request
 * @returns the jobs, newest first
 */
export function fetchImportJobs(signal?: AbortSignal): Promise<ImportJobView[]> {
  return apiRequest<ImportJobView[]>('/registry/imports', { signal });
}

/**
 * A page of a job's rejected rows.
 *
 * @param id - the job
 * @param page - 1-based
 * @param signal - aborts the request
 * @returns the rows
 */
export function fetchRejections(
  id: string,
  page: number,
  signal?: AbortSignal,
): Promise<ImportRejectionView[]> {
  return apiRequest<ImportRejectionView[]>(`/registry/imports/${encodeURIComponent(id)}/rejections`, {
    query: { page, pageSize: 100 },
    signal,
  });
}

/**
 * The download link of a job's rejected rows as CSV.
 *
 * @param id - the job
 * @returns the URL
 */
export function rejectionsCsvUrl(id: string): string {
  return apiUrl(`/registry/imports/${encodeURIComponent(id)}/rejections.csv`);
}

/**
 * Progress of a job in percent, by bytes of the file read (rows are not known in advance).
 *
 * @param job - the job
 * @returns 0–100; 100 once the job has finished
 */
export function importPercent(job: Pick<ImportJobView, 'status' | 'bytesRead' | 'bytesTotal'>): number {
  if (job.status !== 'running') return 100;
  if (job.bytesTotal <= 0) return 0;
  // 99 at most while running: the last batch and the commit come after the last byte is read.
  return Math.min(99, Math.floor((job.bytesRead / job.bytesTotal) * 100));
}
