/** GETs JSON from one of our route handlers; a non-2xx answer becomes an Error with its message. */
export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store', signal });
  // Our JSON routes answer { ok: true, data } or { ok: false, error } (server/entry/routes.ts).
  const body = (await response.json().catch(() => null)) as { ok?: boolean; data?: T; error?: string } | null;
  if (!response.ok || !body?.ok) throw new Error(body?.error ?? `The server answered ${response.status}.`);
  return body.data as T;
}
