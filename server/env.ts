import 'server-only';
import { z } from 'zod';
import { DATABASE_ENVS } from '@/database/config';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_ENV: z.enum(DATABASE_ENVS).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

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
