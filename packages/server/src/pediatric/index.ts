export { pediatricRoutes } from './pediatric.routes';
export { createDesignation, createReferral, registerCase, updateReferral } from './pediatric.service';
export { DISEASES, followUpPlan } from './pediatric-rules';
