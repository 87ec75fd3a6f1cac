/**
 * Bulk intake of data-contract files (cases, deaths, population): the import the CLI runs and the
 * routes app.ts registers.
 */
export { createImportJob, type ImportFileRequest, type ImportOutcome, importFile } from './import-file';
export {
  csvCell,
  getImportJob,
  type JobProgress,
  listImportJobs,
  listRejections,
  rejectionsOfJob,
} from './import-job';
export { importRoutes } from './imports.routes';
