/** Follow-up of registered persons: the plugin app.ts registers, and what other domains may use. */
export { followUpRoutes } from './follow-up.routes';
export { applyDeathLinkage, followUpAfterContact, recordContact } from './follow-up.service';
export {
  FOLLOW_UP_METHODS,
  FOLLOW_UP_TASK_STATUSES,
  followUpContacts,
  followUpTasks,
} from './follow-up.tables';
