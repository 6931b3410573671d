/**
 * The page's Content-Security-Policy: scripts only from this site and those
 * Next.js marks with the per-request nonce; nothing loaded from elsewhere; no
 * framing. Article text is rendered as text anyway — this is the second wall.
 * Styles allow inline attributes: MapLibre and React position elements with them.
 */
export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
