import 'server-only';
import { headers } from 'next/headers';
import { resolveClientIp } from '@/lib/security/client-ip';
import { serverEnv } from './env';

export interface RequestContext {
  ip: string | null;
  now: number;
}

/** The client address of a request (see lib/security/client-ip.ts); proxies only per TRUST_PROXY. */
export function clientIpFrom(forwardedFor: string | null | undefined): string | null {
  return resolveClientIp(forwardedFor, serverEnv.TRUST_PROXY);
}

export async function requestContext(): Promise<RequestContext> {
  const list = await headers();
  return { ip: clientIpFrom(list.get('x-forwarded-for')), now: Date.now() };
}
