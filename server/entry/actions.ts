import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import type { ActionResult } from '@/lib/action-result';
import type { SessionUser } from '@/lib/auth/guards';
import { requestContext, type RequestContext } from '../request-context';
import { toActionResult } from './errors';
import { callerFor, withGuard, type Access, type Guard } from './guard';

export interface ActionCall<U> {
  user: U;
  /** The submitted form as an object of its text fields, or the single argument of a direct call. */
  input: unknown;
  /** The submitted form, when the action was invoked with one. */
  formData: FormData | null;
  ctx: RequestContext;
  /** The guard's `preload`, started with the caller check; undefined without one. */
  preloaded?: Promise<unknown>;
}

/**
 * A read the body needs that can travel together with the caller check (one round-trip time less
 * against a remote primary), as jsonRoute's `preload`: started from the raw input before the
 * caller is known, handed to the body only once the check passed. It must only read; its
 * failure is the body's to notice (it reads again).
 */
type Preload = (input: unknown) => Promise<unknown>;

type Body<U, T> = (call: ActionCall<U>) => Promise<ActionResult<T>>;

/** Text fields of a form as an object; React's own `$ACTION…` fields left out. */
export function formToObject(formData: FormData): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) result[key] = value;
  }
  return result;
}

/** The request's context; a direct call outside a request (scripts, tests) has no client address. */
async function contextOfCall(): Promise<RequestContext> {
  try {
    return await requestContext();
  } catch {
    return { ip: null, now: Date.now() };
  }
}

function guarded<U, T, Args extends unknown[]>(
  guard: Guard & { access: Access },
  body: Body<U, T>,
  preload?: Preload,
) {
  const action = async (...args: Args): Promise<ActionResult<T>> => {
    try {
      const formData = args.find((arg): arg is FormData => arg instanceof FormData) ?? null;
      const input = formData ? formToObject(formData) : args[0];
      const preloaded = preload?.(input);
      preloaded?.catch(() => undefined);
      const user = (await callerFor(guard.access)) as U;
      return await body({ user, input, formData, ctx: await contextOfCall(), preloaded });
    } catch (error) {
      // redirect(), notFound() and friends work by throwing: let Next handle them.
      unstable_rethrow(error);
      return toActionResult(error, guard.name);
    }
  };
  return withGuard(action, guard);
}

/**
 * The one way to declare a server action that needs an account. Every server action is a public
 * POST endpoint: this checks the caller's role before anything runs, gives the body the request
 * context, and turns every error into the one ActionResult shape (lib/app-error.ts).
 * Args: how the client calls it — `[prev, formData]` for useActionState forms (the default),
 * `[input: unknown]` for a direct call.
 */
export function authedAction<T, Args extends unknown[] = [prev: unknown, formData: FormData]>(
  guard: { name: string; access: Exclude<Access, 'public'>; preload?: Preload },
  body: Body<SessionUser, T>,
) {
  const { preload, ...rest } = guard;
  return guarded<SessionUser, T, Args>(rest, body, preload);
}

/** A server action anyone may call (sign-up, password reset…): says so where it is declared. */
export function publicAction<T, Args extends unknown[] = [prev: unknown, formData: FormData]>(
  guard: { name: string },
  body: Body<null, T>,
) {
  return guarded<null, T, Args>({ ...guard, access: 'public' }, body);
}
