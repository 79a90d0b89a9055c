export * from './sample-bundle.js';
export * from './signed-bundle.js';
export * from './verdict-bundle.js';
