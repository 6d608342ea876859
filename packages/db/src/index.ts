export * from './tables';
export { openDatabase, migrateToLatest, type DatabaseHandle } from './connection';
export * from './queries/centers';
