export * from '../audit/audit.tables';
export * from '../auth/auth.tables';
export * from '../institutions/institutions.tables';
export * from '../registry/registry.tables';
export * from './settings.tables';
