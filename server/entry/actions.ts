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
}

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

function guarded<U, T, Args extends unknown[]>(guard: Guard & { access: Access }, body: Body<U, T>) {
  const action = async (...args: Args): Promise<ActionResult<T>> => {
    try {
      const user = (await callerFor(guard.access)) as U;
      const formData = args.find((arg): arg is FormData => arg instanceof FormData) ?? null;
      const input = formData ? formToObject(formData) : args[0];
      return await body({ user, input, formData, ctx: await contextOfCall() });
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
  guard: { name: string; access: Exclude<Access, 'public'> },
  body: Body<SessionUser, T>,
) {
  return guarded<SessionUser, T, Args>(guard, body);
}

/** A server action anyone may call (sign-up, password reset…): says so where it is declared. */
export function publicAction<T, Args extends unknown[] = [prev: unknown, formData: FormData]>(
  guard: { name: string },
  body: Body<null, T>,
) {
  return guarded<null, T, Args>({ ...guard, access: 'public' }, body);
}
