export * from './iso-week';
export * from './room-name';
