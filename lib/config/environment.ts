import { z } from 'zod';

/**
 * The app's one configuration: every environment variable it reads, parsed by one zod schema.
 * Shared by next.config.ts (fails `next start` / `next dev`), server/env.ts (the running app)
 * and database/prepare.ts (`npm start` / `npm run dev`). Pure: it reads only the source it is
 * handed, so tests pass their own.
 *
 * Production mode (NODE_ENV=production, or DATABASE_ENV staging/production) never falls back
 * to a development value: it needs its own secret, its public URL and an explicit database.
 */

export const DATABASE_ENVIRONMENTS = ['development', 'test', 'staging', 'production'] as const;

/** Signs development and test sessions only; refused as NEXTAUTH_SECRET in production. */
export const DEVELOPMENT_AUTH_SECRET = 'pingtopass-development-only-secret-not-for-production';
const DEVELOPMENT_APP_URL = 'http://localhost:3000';
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const MAKE_SECRET = 'make one with: openssl rand -base64 32';

const optionalText = z.string().trim().min(1).optional();

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_ENV: z.enum(DATABASE_ENVIRONMENTS).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEXTAUTH_SECRET: optionalText,
  APP_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://exams.example.com' })
    .optional(),
  DATABASE_URL: optionalText,
  TURSO_DATABASE_URL_STAGING: optionalText,
  TURSO_DATABASE_URL_PROD: optionalText,
  GOOGLE_CLIENT_ID: optionalText,
  GOOGLE_CLIENT_SECRET: optionalText,
  SMTP_URL: z.url().optional(),
  EMAIL_FROM: z.string().min(3).default('PingToPass <no-reply@pingtopass.dev>'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(60 * 24 * 30)
    .default(60 * 24 * 3),
  SESSION_MAX_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** How many reverse proxies in front of the app append to X-Forwarded-For (0: none, trust no header). */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** `npm start`: page renders (GET/HEAD) inside Next at once; more wait their turn (server/admission/). */
  REQUEST_CONCURRENCY: z.coerce.number().int().min(1).max(1_000).default(16),
  /** `npm start`: seconds a request may wait for its turn before it gets 503 Retry-After. */
  REQUEST_QUEUE_SECONDS: z.coerce.number().int().min(1).max(600).default(20),
  /** 'in-process': the app server runs background jobs itself; 'off': `npm run worker` or /api/cron do. */
  JOBS_WORKER: z.enum(['in-process', 'off']).default('in-process'),
  /** The bearer token a scheduler (Vercel Cron, Cloudflare Cron Triggers) sends to /api/cron. */
  CRON_SECRET: z.string().min(32, `must be at least 32 characters (${MAKE_SECRET})`).optional(),
  /** An OpenAI-compatible endpoint for AI-drafted questions (hosted, Ollama, vLLM); unset: generation is off. */
  AI_BASE_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://localhost:11434/v1' })
    .optional(),
  AI_API_KEY: optionalText,
  /** The model name the endpoint knows, e.g. gpt-4o-mini or llama3.1. */
  AI_MODEL: optionalText,
  /** Tokens all AI generations may use per calendar month (UTC), input and output together. */
  AI_MONTHLY_TOKEN_BUDGET: z.coerce.number().int().min(0).max(1_000_000_000).default(2_000_000),
  /** Hosts question markdown may load images from, besides the app itself (comma separated). */
  MARKDOWN_IMAGE_HOSTS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((host) => host.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z
          .string()
          .regex(/^[a-z0-9.-]+(:\d+)?$/, 'must be host names such as images.example.com, comma separated'),
      ),
    ),
});

type RawEnvironment = z.infer<typeof schema>;

export interface AppEnvironment extends Omit<RawEnvironment, 'NEXTAUTH_SECRET' | 'APP_URL'> {
  NEXTAUTH_SECRET: string;
  APP_URL: string;
  /** True under NODE_ENV=production or a staging/production database: no development fallbacks. */
  isProduction: boolean;
  /** APP_URL is https: cookies are Secure with __Host-/__Secure- names, and HSTS is sent. */
  secureCookies: boolean;
}

export class EnvironmentError extends Error {
  override name = 'EnvironmentError';
  constructor(readonly problems: string[]) {
    super(
      `The environment is not valid (see .env.example and README "Run in production"):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

export function isProductionMode(source: Record<string, string | undefined>): boolean {
  const databaseEnv = source.DATABASE_ENV;
  return source.NODE_ENV === 'production' || databaseEnv === 'staging' || databaseEnv === 'production';
}

/** A secret an attacker cannot guess: long, not ours, not one character repeated. */
function secretProblem(secret: string | undefined): string | null {
  if (!secret) return `NEXTAUTH_SECRET is required in production (${MAKE_SECRET})`;
  if (secret === DEVELOPMENT_AUTH_SECRET)
    return `NEXTAUTH_SECRET is the public development secret (${MAKE_SECRET})`;
  if (secret.length < 32)
    return `NEXTAUTH_SECRET is too short: ${secret.length} characters, at least 32 needed (${MAKE_SECRET})`;
  if (new Set(secret).size < 10)
    return `NEXTAUTH_SECRET is too simple: it repeats a few characters (${MAKE_SECRET})`;
  return null;
}

function appUrlProblem(appUrl: string | undefined): string | null {
  if (!appUrl)
    return 'APP_URL is required in production: the public address of the app, e.g. https://exams.example.com';
  const url = new URL(appUrl);
  if (url.protocol !== 'https:' && !LOCAL_HOSTS.has(url.hostname)) {
    return `APP_URL must be https in production (got ${url.origin}); plain http is allowed only for localhost and 127.0.0.1`;
  }
  return null;
}

function databaseProblem(env: RawEnvironment): string | null {
  if (env.DATABASE_URL) return null;
  if (env.DATABASE_ENV === 'staging' && env.TURSO_DATABASE_URL_STAGING) return null;
  if ((env.DATABASE_ENV ?? 'production') === 'production' && env.TURSO_DATABASE_URL_PROD) return null;
  return 'DATABASE_URL is required in production: file:/path/to/pingtopass.db for one machine, or the Turso variables (TURSO_DATABASE_URL_PROD + TURSO_AUTH_TOKEN_PROD)';
}

/**
 * `next build` evaluates server modules to prerender, and a build machine (CI) need not hold
 * production secrets. While building, the production checks wait for the server's start, and
 * the secret is a random one that dies with the build: never the public development secret.
 */
function isBuildPhase(source: Record<string, string | undefined>): boolean {
  return source.NEXT_PHASE === 'phase-production-build';
}

function randomBuildSecret(): string {
  return `build-only-${crypto.randomUUID()}-${crypto.randomUUID()}`;
}

/** Parses and checks the environment; throws one EnvironmentError naming every problem. */
export function parseEnvironment(source: Record<string, string | undefined>): AppEnvironment {
  // An empty value (as in a copied .env.example) means "not set".
  const present = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = schema.safeParse(present);
  if (!result.success) {
    throw new EnvironmentError(
      result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const env = result.data;
  const isProduction = isProductionMode(present);
  const problems: string[] = [];
  if (Boolean(env.GOOGLE_CLIENT_ID) !== Boolean(env.GOOGLE_CLIENT_SECRET)) {
    problems.push('GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET go together: set both or neither');
  }
  if (Boolean(env.AI_BASE_URL) !== Boolean(env.AI_MODEL)) {
    problems.push(
      'AI_BASE_URL and AI_MODEL go together: set both (AI_API_KEY if the endpoint needs one) or neither',
    );
  }
  if (isProduction && !isBuildPhase(present)) {
    for (const problem of [
      secretProblem(env.NEXTAUTH_SECRET),
      appUrlProblem(env.APP_URL),
      databaseProblem(env),
    ]) {
      if (problem) problems.push(problem);
    }
  }
  if (problems.length > 0) throw new EnvironmentError(problems);

  const appUrl = (env.APP_URL ?? DEVELOPMENT_APP_URL).replace(/\/+$/, '');
  return {
    ...env,
    NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? (isProduction ? randomBuildSecret() : DEVELOPMENT_AUTH_SECRET),
    APP_URL: appUrl,
    isProduction,
    secureCookies: appUrl.startsWith('https://'),
  };
}

/** For start-up checks: null when the environment is valid, else the message to print before exiting. */
export function environmentRefusal(source: Record<string, string | undefined>): string | null {
  try {
    parseEnvironment(source);
    return null;
  } catch (error) {
    if (error instanceof EnvironmentError) return `PingToPass cannot start. ${error.message}`;
    throw error;
  }
}
