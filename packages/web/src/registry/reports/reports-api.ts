import type {
  CheckResult,
  PageOf,
  ReportCard,
  ReportListItem,
  ReportListQuery,
  ReportView,
  WarningConfirmation,
} from '@orca/contract';
import { apiRequest } from '../../app/api-client';

/**
 * A page of report cards in scope: `GET /api/registry/reports` (identifiers masked by the server).
 *
 * @param query - status, filters and page
 * @param signal - aborts the request
 * @returns the page
 */
export function fetchReports(query: ReportListQuery, signal?: AbortSignal): Promise<PageOf<ReportListItem>> {
  return apiRequest<PageOf<ReportListItem>>('/registry/reports', { query: { ...query }, signal });
}

/**
 * One card with identified data; the server audits the read with the purpose.
 *
 * @param id - the card
 * @param purpose - why it is read
 * @param signal - aborts the request
 * @returns the card
 */
export function fetchReport(id: string, purpose: string, signal?: AbortSignal): Promise<ReportView> {
  return apiRequest<ReportView>(`/registry/reports/${encodeURIComponent(id)}`, {
    query: { purpose },
    signal,
  });
}

/**
 * Saves a new card as a draft or submits it.
 *
 * @param card - the form's values
 * @param submit - submit at once
 * @returns the stored card
 */
export function createReport(card: ReportCard, submit: boolean): Promise<ReportView> {
  return apiRequest<ReportView>('/registry/reports', { method: 'POST', body: { card, submit } });
}

/**
 * Replaces a card's values.
 *
 * @param id - the card
 * @param card - the form's values
 * @returns the stored card
 */
export function updateReport(id: string, card: ReportCard): Promise<ReportView> {
  return apiRequest<ReportView>(`/registry/reports/${encodeURIComponent(id)}`, {
    method: 'PUT',
    body: { card },
  });
}

/**
 * A state transition: submit, return (with reason) or accept (with warning confirmations).
 *
 * @param id - the card
 * @param action - the transition
 * @param body - `{reason}` or `{confirmations}`
 * @returns the card after the transition
 */
export function transitionReport(
  id: string,
  action: 'submit' | 'return' | 'accept',
  body: { reason?: string; confirmations?: WarningConfirmation[] } = {},
): Promise<ReportView> {
  return apiRequest<ReportView>(`/registry/reports/${encodeURIComponent(id)}/${action}`, {
    method: 'POST',
    body,
  });
}

/**
 * The server's run of the rule set on a card (the form runs the same rule set locally as you type).
 *
 * @param card - the card
 * @returns the findings
 */
export function checkOnServer(card: ReportCard): Promise<CheckResult> {
  return apiRequest<CheckResult>('/registry/checks', { method: 'POST', body: card });
}
