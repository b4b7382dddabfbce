import 'server-only';
import type { NextResponse } from 'next/server';
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import { fieldErrorsOf } from '@/lib/validation/field-errors';
import { firstParams, queryProblem } from '@/lib/validation/search-params';
import type { SessionUser } from '@/lib/auth/guards';
import { clientIpFrom, type RequestContext } from '../request-context';
import { jsonReply, toJsonResponse } from './errors';
import { assertCronCaller } from './cron-secret';
import { callerFor, withGuard, type RouteAccess } from './guard';

const MAX_JSON_BYTES = 8 * 1024;

interface RouteGuard<
  Q extends z.ZodType | undefined,
  B extends z.ZodType | undefined,
  P extends z.ZodType | undefined,
> {
  name: string;
  access: RouteAccess;
  /** The route's [segments]: a value of the wrong shape names nothing, a 404 with the schema's message. */
  params?: P;
  /** The query string, parsed with safeParse: a bad one is a 400 naming each field. */
  query?: Q;
  /** A JSON body (POST): at most 8 KB, parsed with safeParse. */
  body?: B;
  /**
   * 'any': a public route whose caller proves itself with a signed token in the URL, never a
   * cookie, so a POST from elsewhere is no forgery (RFC 8058 one-click unsubscribe, sent by
   * mail providers). Default 'same': a POST must come from our own pages.
   */
  origin?: 'same' | 'any';
  /**
   * A read the handler needs that can travel together with the caller check (one round-trip time
   * less against a remote primary): started from the raw params and body before the caller is
   * known, handed to the handler as `preloaded` only once the check passed. It must only read;
   * its failure is the handler's to notice (it reads again). Answers keep their order: a refused
   * caller gets 401/403 whatever the body held.
   */
  preload?: (raw: { params: Record<string, string>; body: unknown }) => Promise<unknown>;
}

type Parsed<S> = S extends z.ZodType ? z.infer<S> : undefined;

export interface RouteCall<U, Q, B, P> {
  user: U;
  query: Q;
  body: B;
  params: P;
  request: Request;
  ctx: RequestContext;
  /** The guard's `preload`, started with the caller check; undefined without one. */
  preloaded?: Promise<unknown>;
}

/**
 * A cookie-authenticated POST must come from our own pages: its Origin must name the host the
 * request was sent to. A request without Origin is refused (browsers send it on every POST).
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const hosts = [request.headers.get('host'), request.headers.get('x-forwarded-host')].filter(
    (h): h is string => Boolean(h),
  );
  return hosts.some((host) => host.split(',')[0]!.trim().toLowerCase() === originHost.toLowerCase());
}

async function readJsonBody(request: Request): Promise<unknown> {
  const tooLarge = new AppError('too_large', 'This request is too large.');
  if (Number(request.headers.get('content-length') ?? 0) > MAX_JSON_BYTES) throw tooLarge;
  const text = await request.text();
  if (text.length > MAX_JSON_BYTES) throw tooLarge;
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('invalid_input', 'The request was not valid JSON.');
  }
}

function parseQuery<S extends z.ZodType>(schema: S, request: Request): z.infer<S> {
  const parsed = schema.safeParse(firstParams(new URL(request.url).searchParams));
  if (!parsed.success) {
    const { error, fieldErrors } = queryProblem(parsed.error);
    throw new AppError('invalid_input', error, { fieldErrors });
  }
  return parsed.data;
}

function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new AppError('invalid_input', 'The request body was malformed.', {
      fieldErrors: fieldErrorsOf(parsed.error, { topLevel: true }),
    });
  return parsed.data;
}

function parseParams<S extends z.ZodType>(schema: S, params: Record<string, string>): z.infer<S> {
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw new AppError('not_found', parsed.error.issues[0]?.message ?? 'Not found.');
  return parsed.data;
}

/**
 * The one way to declare a JSON route handler: who may call it, its query and body schemas, the
 * Origin check for state-changing methods, and the one error answer (lib/app-error.ts → status).
 * The body returns a Response (downloads) or `{ status?, data }`, sent as JSON.
 */
export function jsonRoute<
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  P extends z.ZodType | undefined = undefined,
>(
  guard: RouteGuard<Q, B, P>,
  handler: (
    call: RouteCall<SessionUser, Parsed<Q>, Parsed<B>, Parsed<P>>,
  ) => Promise<Response | { status?: number; data: unknown }>,
) {
  const route = async (
    request: Request,
    context: { params?: Promise<Record<string, string>> } = {},
  ): Promise<Response | NextResponse> => {
    // The body is read once: by the preload (before the caller check) or after it.
    let bodyRead: Promise<unknown> | undefined;
    const readBody = () => (bodyRead ??= readJsonBody(request));
    let preloaded: Promise<unknown> | undefined;
    try {
      let user = null as unknown as SessionUser;
      if (guard.preload && guard.access !== 'cron') {
        const preload = guard.preload;
        preloaded = (async () => preload({ params: (await context.params) ?? {}, body: await readBody() }))();
        preloaded.catch(() => undefined);
      }
      if (guard.access === 'cron') {
        // A scheduler calls with a bearer token, not a cookie: no Origin to check, no session.
        assertCronCaller(request);
      } else {
        const checkOrigin = guard.origin !== 'any' || guard.access !== 'public';
        if (checkOrigin && request.method !== 'GET' && request.method !== 'HEAD' && !isSameOrigin(request)) {
          throw new AppError('forbidden', 'This request did not come from PingToPass.');
        }
        user = (await callerFor(guard.access)) as SessionUser;
      }
      // Order: who, which resource, the query, then (only then) the body is read.
      const params = guard.params ? parseParams(guard.params, (await context.params) ?? {}) : undefined;
      const query = guard.query ? parseQuery(guard.query, request) : undefined;
      const body = guard.body ? parseBody(guard.body, await readBody()) : undefined;
      const ctx = { ip: clientIpFrom(request.headers.get('x-forwarded-for')), now: Date.now() };
      const call = {
        user,
        query: query as Parsed<Q>,
        body: body as Parsed<B>,
        params: params as Parsed<P>,
        request,
        ctx,
        preloaded,
      };
      const result = await handler(call);
      return result instanceof Response
        ? result
        : jsonReply(result.status ?? 200, { ok: true, data: result.data });
    } catch (error) {
      return toJsonResponse(error, guard.name);
    }
  };
  return withGuard(route, { name: guard.name, access: guard.access });
}

/** A handler that is not ours to shape (next-auth's), declared public where it is exported. */
export function publicRoute<H extends object>(guard: { name: string }, handler: H): H {
  return withGuard(handler, { name: guard.name, access: 'public' });
}
