import { NextResponse, type NextRequest } from 'next/server';
import { parseEnvironment } from '@/lib/config/environment';
import {
  contentSecurityPolicy,
  isMediaPath,
  MEDIA_CONTENT_SECURITY_POLICY,
  securityHeaders,
} from '@/lib/security/headers';

const environment = parseEnvironment(process.env);

/**
 * Runs before every request — prefetches, RSC payloads, route handlers and error pages
 * included: a fresh CSP nonce (Next adds it to its own scripts when it finds the policy on the
 * request), security headers, and the path for requireUser's return trip.
 * Authorization is NOT done here: the data access layer checks every request itself.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy(nonce, {
    isDevelopment: environment.NODE_ENV === 'development',
    imageHosts: environment.MARKDOWN_IMAGE_HOSTS,
  });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  requestHeaders.set('x-pathname', `${request.nextUrl.pathname}${request.nextUrl.search}`);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  // A stored image is no page: it gets the policy that lets nothing load or run (the route sets it
  // too, but this header would replace it).
  response.headers.set(
    'Content-Security-Policy',
    isMediaPath(request.nextUrl.pathname) ? MEDIA_CONTENT_SECURITY_POLICY : policy,
  );
  // HSTS only when the app's public address is https (a forged X-Forwarded-Proto cannot set it).
  for (const [name, value] of Object.entries(securityHeaders(environment.secureCookies)))
    response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but the build's static files (next.config.ts headers() covers those).
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
