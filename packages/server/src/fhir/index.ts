/** FHIR R4 intake and export for hospital systems: the plugin app.ts registers under /api. */

export { RESIDENT_ID_SYSTEM, readBundle } from './bundle-intake';
export { fhirRoutes } from './fhir.routes';
