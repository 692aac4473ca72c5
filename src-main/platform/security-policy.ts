/**
 * The renderer's Content-Security-Policy: its own scripts only (no eval, no inline script),
 * no remote origin of any kind. Inline styles are allowed because Mantine sets CSS variables
 * through style attributes; styles cannot run code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
