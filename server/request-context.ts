import 'server-only';
import { headers } from 'next/headers';

export interface RequestContext {
  ip: string | null;
  now: number;
}

/**
 * The client's address as seen by the nearest proxy: the LAST x-forwarded-for entry, which
 * that proxy (or Next's own server) appended, rather than the first, which a client can forge.
 */
export function clientIpFrom(forwardedFor: string | null | undefined, realIp?: string | null): string | null {
  const hops = (forwardedFor ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return hops.at(-1) ?? realIp ?? null;
}

export async function requestContext(): Promise<RequestContext> {
  const list = await headers();
  return { ip: clientIpFrom(list.get('x-forwarded-for'), list.get('x-real-ip')), now: Date.now() };
}
