export * from './entry-path.js';
export * from './limits.js';
export * from './manifest.js';
export * from './manifest-records.js';
export * from './signature.js';
