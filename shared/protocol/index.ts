export * from './base64.js';
export * from './ed25519.js';
export * from './error-body.js';
export * from './messages.js';
export * from './receipt.js';
export * from './request-signing.js';
