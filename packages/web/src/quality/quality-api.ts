import type {
  QcDrillDown,
  QcDrugAlert,
  QcFilingStatus,
  QcIndicatorQuery,
  QcIndicatorsResponse,
} from '@orca/contract';
import { apiRequest } from '../app/api-client';

/** `GET /api/quality/indicators`. */
export function fetchQcIndicators(
  query: QcIndicatorQuery,
  signal?: AbortSignal,
): Promise<QcIndicatorsResponse> {
  return apiRequest('/quality/indicators', { query: { ...query }, signal });
}

/** `GET /api/quality/indicators/:code/hospitals/:hospitalCode`: the records behind one number. */
export function fetchQcDrill(
  code: string,
  hospitalCode: string,
  query: QcIndicatorQuery,
  signal?: AbortSignal,
): Promise<QcDrillDown> {
  return apiRequest(
    `/quality/indicators/${encodeURIComponent(code)}/hospitals/${encodeURIComponent(hospitalCode)}`,
    {
      query: { ...query },
      signal,
    },
  );
}

/** `GET /api/quality/drug-alerts?month=`. */
export function fetchDrugAlerts(month: string, signal?: AbortSignal): Promise<QcDrugAlert[]> {
  return apiRequest('/quality/drug-alerts', { query: { month }, signal });
}

/** `GET /api/quality/restricted-tech/filings`. */
export function fetchFilings(signal?: AbortSignal): Promise<QcFilingStatus[]> {
  return apiRequest('/quality/restricted-tech/filings', { signal });
}
