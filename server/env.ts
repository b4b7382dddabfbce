import 'server-only';
import { parseEnvironment, type AppEnvironment } from '@/lib/config/environment';

export type ServerEnv = AppEnvironment;

/** The validated environment, read once when the server starts (see lib/config/environment.ts). */
export const serverEnv: ServerEnv = parseEnvironment(process.env);
