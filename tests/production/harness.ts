import { randomUUID } from 'node:crypto';
import { createClient, type Client, type InStatement } from '@libsql/client';
import { inject } from 'vitest';
import { hashPassword } from '@/lib/security/password';
import type { ServerName } from './servers';

export type Role = 'learner' | 'moderator' | 'admin';

export function server(name: ServerName = 'direct') {
  return inject('productionServers')[name];
}

export function baseUrl(name: ServerName = 'direct'): string {
  return server(name).baseUrl;
}

const clients = new Map<ServerName, Client>();

/**
 * The server's own database file, opened beside it (WAL: reads and small writes are safe). It
 * waits up to 10 s for the server's write lock instead of failing with SQLITE_BUSY at once (and
 * possibly leaving this client stuck in a transaction that then blocks the server's writes).
 */
export function database(name: ServerName = 'direct'): Client {
  let client = clients.get(name);
  if (!client) {
    client = createClient({ url: `file:${server(name).databaseFile}`, timeout: 10_000 });
    clients.set(name, client);
  }
  return client;
}

export async function query(statement: InStatement, name: ServerName = 'direct') {
  return (await database(name).execute(statement)).rows;
}

/** A verified account with its own password, written straight into the server's database. */
export async function createAccount(role: Role, name: ServerName = 'direct') {
  const id = randomUUID();
  const email = `${role}-${id.slice(0, 8)}@example.test`;
  const password = `pw-${randomUUID()}`;
  const now = Date.now();
  await database(name).execute({
    sql: `INSERT INTO users (id, email, name, password_hash, role, email_verified_at, session_version, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)`,
    args: [id, email, `Test ${role}`, await hashPassword(password), role, now, now, now],
  });
  return { id, email, password };
}

/** name=value pairs of a response's Set-Cookie headers (cleared cookies left out). */
export function cookiesOf(response: Response): Map<string, string> {
  const jar = new Map<string, string>();
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(';');
    const index = pair!.indexOf('=');
    const value = pair!.slice(index + 1);
    if (value) jar.set(pair!.slice(0, index), value);
  }
  return jar;
}

export function cookieHeader(jar: Map<string, string>): string {
  return [...jar].map(([key, value]) => `${key}=${value}`).join('; ');
}

export interface SignInAttempt {
  /** Where next-auth sends the browser: carries ?error=… when refused. */
  url: string;
  /** The session cookie header, when signed in. */
  cookie: string | null;
  /** The error next-auth reported (a code or our sentence), if any. */
  error: string | null;
}

/** The credentials sign-in exactly as the browser's next-auth client posts it. */
export async function attemptSignIn(
  email: string,
  password: string,
  options: { name?: ServerName; headers?: Record<string, string>; callbackUrl?: string } = {},
): Promise<SignInAttempt> {
  const base = baseUrl(options.name);
  const csrfResponse = await fetch(`${base}/api/auth/csrf`, { headers: options.headers });
  const jar = cookiesOf(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: cookieHeader(jar),
      ...options.headers,
    },
    body: new URLSearchParams({
      csrfToken,
      email,
      password,
      callbackUrl: options.callbackUrl ?? '/',
      json: 'true',
    }),
  });
  const { url } = (await response.json()) as { url: string };
  const session = [...cookiesOf(response)].find(([key]) => key.endsWith('next-auth.session-token'));
  const error = new URL(url).searchParams.get('error');
  return { url, cookie: session ? `${session[0]}=${session[1]}` : null, error };
}

/** Signs in and returns the Cookie header of the session; throws when refused. */
export async function signIn(email: string, password: string, name: ServerName = 'direct'): Promise<string> {
  const attempt = await attemptSignIn(email, password, { name });
  if (!attempt.cookie) throw new Error(`sign-in refused for ${email}: ${attempt.error ?? attempt.url}`);
  return attempt.cookie;
}

/** The signed-in user a cookie stands for, per next-auth's own session endpoint (null: none). */
export async function sessionUser(
  cookie: string,
  name: ServerName = 'direct',
): Promise<{ id: string; role: string } | null> {
  const response = await fetch(`${baseUrl(name)}/api/auth/session`, { headers: { cookie } });
  const body = (await response.json()) as { user?: { id: string; role: string } };
  return body.user ?? null;
}

/** Forgets the per-IP sign-in failures a test ran up, so the next file starts clean. */
export async function clearRateLimits(name: ServerName = 'direct'): Promise<void> {
  await database(name).execute('DELETE FROM throttle_events');
}
