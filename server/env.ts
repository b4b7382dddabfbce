import 'server-only';
import { z } from 'zod';
import { DATABASE_ENVS } from '@/database/config';

// A fixed secret for local development and tests only; staging and production must set their own.
const DEVELOPMENT_AUTH_SECRET = 'pingtopass-development-only-secret-not-for-production';

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    DATABASE_ENV: z.enum(DATABASE_ENVS).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    NEXTAUTH_SECRET: z.string().min(32, 'must be at least 32 characters (openssl rand -base64 32)').optional(),
    APP_URL: z.url().default('http://localhost:3000'),
    GOOGLE_CLIENT_ID: z.string().min(1).optional(),
    GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
    SMTP_URL: z.url().optional(),
    EMAIL_FROM: z.string().min(3).default('PingToPass <no-reply@pingtopass.dev>'),
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(60 * 24 * 30).default(60 * 24 * 3),
    SESSION_MAX_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  })
  .superRefine((env, ctx) => {
    const remote = env.DATABASE_ENV === 'staging' || env.DATABASE_ENV === 'production';
    if (remote && !env.NEXTAUTH_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['NEXTAUTH_SECRET'], message: `is required when DATABASE_ENV is ${env.DATABASE_ENV}` });
    }
    if (Boolean(env.GOOGLE_CLIENT_ID) !== Boolean(env.GOOGLE_CLIENT_SECRET)) {
      ctx.addIssue({ code: 'custom', path: ['GOOGLE_CLIENT_SECRET'], message: 'GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET go together' });
    }
  })
  .transform((env) => ({ ...env, NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? DEVELOPMENT_AUTH_SECRET }));

export type ServerEnv = z.infer<typeof envSchema>;

/** Validates once and fails fast with the names of the bad variables. */
export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  // An empty value (as in a copied .env.example) means "not set".
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid environment variables (see .env.example): ${problems}`);
  }
  return result.data;
}

export const serverEnv: ServerEnv = parseServerEnv(process.env);
