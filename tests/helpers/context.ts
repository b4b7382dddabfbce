import type { RequestContext } from '../../server/request-context';

let counter = 0;
/** A request context with its own IP unless one is given, so per-IP limits of tests do not collide. */
export function ctx(overrides: Partial<RequestContext> = {}): RequestContext {
  counter += 1;
  return { ip: `198.51.100.${counter % 250}`, now: Date.now(), ...overrides };
}
