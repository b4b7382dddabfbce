export interface PolicyOptions {
  isDevelopment: boolean;
  /** Hosts question markdown may load images from (MARKDOWN_IMAGE_HOSTS), over https only. */
  imageHosts: readonly string[];
}

/**
 * The Content-Security-Policy of every page: scripts only with this request's nonce (plus what
 * they load, via 'strict-dynamic'); no plugins, no <base>, no framing, forms post to us only.
 * Images only from the app itself and the configured hosts: an image in question markdown from
 * anywhere else (a tracking pixel) is never requested by the browser.
 * Styles allow inline style attributes (progress bars); scripts never run inline without the nonce.
 */
export function contentSecurityPolicy(nonce: string, { isDevelopment, imageHosts }: PolicyOptions): string {
  const imageSources = ["'self'", 'data:', ...imageHosts.map((host) => `https://${host}`)].join(' ');
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src ${imageSources}`,
    "font-src 'self'",
    `connect-src 'self'${isDevelopment ? ' ws:' : ''}`,
    // The service worker (public/sw.js): without this, workers fall back to script-src, where
    // 'strict-dynamic' ignores 'self' and the registration is refused.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The policy of an image from the app's media storage (/api/media/…, /api/studio/media/…): it is
 * no document, nothing in it may load or run, even when opened on its own.
 */
export const MEDIA_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** The paths that answer with stored media (their policy is MEDIA_CONTENT_SECURITY_POLICY). */
export function isMediaPath(pathname: string): boolean {
  return pathname.startsWith('/api/media/') || pathname.startsWith('/api/studio/media/');
}

/** Headers for every response besides the CSP. HSTS only in production (https). */
export function securityHeaders(isProduction: boolean): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(isProduction ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload' } : {}),
  };
}
