export * from './signed-bundle.js';
export * from './verdict-bundle.js';
