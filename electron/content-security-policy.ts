/**
 * The one Content-Security-Policy for the renderer, sent by the `app://` protocol under Electron
 * and by the HTTP transport in the browser shell. `style-src 'unsafe-inline'` is there only
 * because Ant Design injects its styles at run time; scripts stay strictly same-origin.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
