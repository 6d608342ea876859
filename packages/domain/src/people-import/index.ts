export * from './plan-people-import';
export * from './people-import-contract';
