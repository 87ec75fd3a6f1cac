export { analyticsRoutes } from './analytics.routes';
export {
  MEASURE_INCIDENCE,
  MEASURE_MORTALITY,
  type RefreshReport,
  type RefreshScope,
  refreshCounts,
} from './refresh-counts';
