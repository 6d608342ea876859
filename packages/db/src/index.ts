export * from './tables';
export { openDatabase, migrateToLatest, type DatabaseHandle } from './connection';
export * from './queries/centers';
export * from './queries/users';
export * from './queries/sessions';
export * from './queries/people';
export * from './queries/login-throttle';
export * from './queries/invitations';
export * from './queries/people-admin';
