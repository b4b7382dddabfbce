export * from './users';
export * from './catalog';
export * from './questions';
export * from './study';
export * from './seeds';
export * from './auth';
export * from './review';
export * from './studio';
