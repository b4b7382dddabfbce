/**
 * The client's address from X-Forwarded-For, counting only the proxies we were told to trust.
 *
 * Our HTTP server (server/start-server.ts) appends the socket's peer address to the header, as
 * any proxy does, so the list always ends with the address that really connected to us. Each
 * trusted proxy in front of us appended the address it saw, so with `trustedHops` proxies the
 * client is `trustedHops` entries from the end. Entries further left were written by whoever
 * sent the request and are never believed. With 0 hops the peer address itself is the client.
 */
export function resolveClientIp(forwardedFor: string | null | undefined, trustedHops: number): string | null {
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  const index = Math.max(0, entries.length - 1 - trustedHops);
  return normaliseIp(entries[index]!);
}

/** "::ffff:10.0.0.1" (IPv4 over an IPv6 socket) is 10.0.0.1; anything not IP-shaped is dropped. */
function normaliseIp(value: string): string | null {
  const ip = value.startsWith('::ffff:') && value.includes('.') ? value.slice('::ffff:'.length) : value;
  return /^[0-9a-fA-F:.]{2,45}$/.test(ip) ? ip : null;
}
