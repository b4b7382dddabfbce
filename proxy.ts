import { NextResponse, type NextRequest } from 'next/server';

/**
 * Runs before every request. Passes the path on to server components (requireUser uses it to
 * come back after sign-in). Authorization is NOT done here: the data access layer checks.
 */
export function proxy(request: NextRequest) {
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-pathname', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
