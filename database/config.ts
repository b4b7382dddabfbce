import path from 'node:path';
import { z } from 'zod';

/**
 * Database environments. Chosen by --env (CLIs), DATABASE_ENV, or NODE_ENV, in that order.
 * This module only reads the environment it is handed, so tests can pass their own.
 */
export const DATABASE_ENVS = ['development', 'test', 'staging', 'production'] as const;
export type DatabaseEnv = (typeof DATABASE_ENVS)[number];

export type EnvSource = Record<string, string | undefined>;

export interface DatabaseConfig {
  env: DatabaseEnv;
  /** libsql:// / https:// for Turso, file:… for a local file. */
  url: string;
  authToken?: string;
  /** Embedded replica: `url` is the local file, `syncUrl` the remote primary. */
  syncUrl?: string;
  /** Seconds between replica syncs. */
  syncInterval?: number;
  /** Busy timeout in ms for local files. */
  busyTimeoutMs: number;
}

export class DatabaseConfigError extends Error {
  override name = 'DatabaseConfigError';
}

const REPLICA_SYNC_SECONDS: Record<DatabaseEnv, number> = {
  development: 60,
  test: 60,
  staging: 30,
  production: 15,
};

const REMOTE_VARS: Record<'staging' | 'production', { url: string; token: string }> = {
  staging: { url: 'TURSO_DATABASE_URL_STAGING', token: 'TURSO_AUTH_TOKEN_STAGING' },
  production: { url: 'TURSO_DATABASE_URL_PROD', token: 'TURSO_AUTH_TOKEN_PROD' },
};

const urlSchema = z
  .string()
  .trim()
  .min(1)
  .refine((value) => /^(file:|libsql:|https?:|wss?:)/.test(value), {
    message: 'must start with file:, libsql:, http(s): or ws(s):',
  });

export function isDatabaseEnv(value: string): value is DatabaseEnv {
  return (DATABASE_ENVS as readonly string[]).includes(value);
}

export function resolveDatabaseEnv(explicit?: string, source: EnvSource = process.env): DatabaseEnv {
  const chosen = explicit ?? source.DATABASE_ENV;
  if (chosen !== undefined && chosen !== '') {
    if (!isDatabaseEnv(chosen)) {
      throw new DatabaseConfigError(
        `Unknown database environment "${chosen}" (from ${explicit ? '--env' : 'DATABASE_ENV'}); expected one of ${DATABASE_ENVS.join(', ')}.`,
      );
    }
    return chosen;
  }
  if (source.NODE_ENV === 'production') return 'production';
  if (source.NODE_ENV === 'test') return 'test';
  return 'development';
}

function readUrl(name: string, value: string | undefined): string {
  const parsed = urlSchema.safeParse(value);
  if (!parsed.success) {
    throw new DatabaseConfigError(
      value === undefined || value.trim() === ''
        ? `${name} is required but not set (see .env.example).`
        : `${name} is malformed: ${parsed.error.issues[0]?.message ?? 'invalid URL'}.`,
    );
  }
  return parsed.data;
}

function defaultLocalUrl(env: DatabaseEnv, cwd: string): string {
  return `file:${path.join(cwd, 'data', `${env}.db`)}`;
}

function readBusyTimeout(source: EnvSource): number {
  const raw = source.DATABASE_BUSY_TIMEOUT_MS;
  if (raw === undefined || raw === '') return 5000;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new DatabaseConfigError(
      `DATABASE_BUSY_TIMEOUT_MS must be a whole number of milliseconds, got "${raw}".`,
    );
  }
  return value;
}

/**
 * The connection settings of one environment.
 * DATABASE_URL (+ DATABASE_AUTH_TOKEN) overrides any environment; otherwise development and
 * test use a local file under data/, staging and production their Turso variables.
 * DATABASE_REPLICA_PATH turns a remote URL into an embedded replica kept in that file.
 */
export function getDatabaseConfig(
  env: DatabaseEnv,
  source: EnvSource = process.env,
  cwd: string = process.cwd(),
): DatabaseConfig {
  const busyTimeoutMs = readBusyTimeout(source);
  let url: string;
  let authToken: string | undefined;

  if (source.DATABASE_URL) {
    url = readUrl('DATABASE_URL', source.DATABASE_URL);
    authToken = source.DATABASE_AUTH_TOKEN || undefined;
  } else if (env === 'staging' || env === 'production') {
    const vars = REMOTE_VARS[env];
    url = readUrl(vars.url, source[vars.url]);
    authToken = source[vars.token] || undefined;
    if (!url.startsWith('file:') && !authToken) {
      throw new DatabaseConfigError(
        `${vars.token} is required for a remote ${env} database (see .env.example).`,
      );
    }
  } else {
    url = defaultLocalUrl(env, cwd);
  }

  const replicaPath = source.DATABASE_REPLICA_PATH;
  if (replicaPath && !url.startsWith('file:')) {
    return {
      env,
      url: `file:${path.resolve(cwd, replicaPath)}`,
      syncUrl: url,
      authToken,
      syncInterval: REPLICA_SYNC_SECONDS[env],
      busyTimeoutMs,
    };
  }
  return { env, url, authToken, busyTimeoutMs };
}

/** The local file behind a config, if any (the replica file for an embedded replica). */
export function localFilePath(config: DatabaseConfig): string | undefined {
  if (!config.url.startsWith('file:')) return undefined;
  return config.url.slice('file:'.length).split('?')[0];
}

/** A description safe to print: never includes the auth token. */
export function describeDatabase(config: DatabaseConfig): string {
  const target = config.syncUrl ? `${config.syncUrl} (replica ${localFilePath(config)})` : config.url;
  return `${config.env} → ${target}`;
}
