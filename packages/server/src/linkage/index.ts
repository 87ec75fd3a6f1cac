/**
 * Record linkage over the database (issue #4): dedupe and death-linkage jobs, the clerical review
 * queue and DCO trace-back. The engine is @orca/linkage; this domain feeds it and applies its results.
 */

export { createDco, isCancerCause, listDcoCandidates } from './dco.service';
export { runDeathLinkageJob } from './deaths.job';
export { runDedupeJob } from './dedupe.job';
export { LINKAGE_ROLES, linkageRoutes } from './linkage.routes';
export { reconsolidatePerson } from './person-merge';
export { decideReviewPair, getReviewPair, listReviewPairs, undoReviewDecision } from './review.service';
export { type RunLinkageOptions, runLinkage } from './run-direct';
export { getRun, listRuns, startRun, waitForRun } from './runs.service';
export { DEFAULT_THRESHOLDS, thresholdsFor } from './thresholds';
