/**
 * Report cards (肿瘤登记报告卡): the service other domains use (the FHIR intake creates and accepts
 * cards through it) and the routes app.ts registers.
 */
export {
  type AcceptedItem,
  type ConsolidationLink,
  consolidateAccepted,
  detachReports,
} from './consolidate-accepted';
export {
  type CardProblem,
  caseRecordOf,
  type ParsedCard,
  type RawCard,
  type ReadCard,
  rawOfCard,
  readCard,
  splitRow,
  todayIso,
} from './report-card';
export { reportRoutes } from './reports.routes';
export {
  acceptReport,
  type CreateOptions,
  checkReportCard,
  createReport,
  getReport,
  listReports,
  REPORTING_ROLES,
  REVIEW_ROLES,
  returnReport,
  submitReport,
  updateReport,
} from './reports.service';
