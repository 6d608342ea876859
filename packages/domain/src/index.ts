export * from './iso-week';
export * from './room-name';
export * from './shift';
export * from './week-doc';
export * from './people';
export * from './template';
export * from './permissions';
export * from './week-update-check';
