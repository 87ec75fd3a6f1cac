/** Registry quality: indices, completeness, thresholds and the QC queue — the plugin app.ts registers. */
export { qualityRoutes } from './quality.routes';
export { qualityReport, thresholdsFor } from './quality.service';
