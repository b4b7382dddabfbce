/** The production servers the suite starts, and what tests need to reach them. */
export const SERVER_NAMES = ['direct', 'proxied', 'gated'] as const;
export type ServerName = (typeof SERVER_NAMES)[number];

export interface ServerInfo {
  baseUrl: string;
  databaseFile: string;
  appUrl: string;
  /** The CRON_SECRET it was started with (null: none, /api/cron answers nobody). */
  cronSecret: string | null;
}

/**
 * The suite's ports, all in the block of ten from PRODUCTION_TEST_PORT, so runs given different
 * blocks never collide: the three servers take the first three, and the start-refusal checks (whose
 * server must never get as far as listening) the last one.
 */
export const FIRST_PORT = Number(process.env.PRODUCTION_TEST_PORT ?? 3610);
export const REFUSED_START_PORT = String(FIRST_PORT + 9);

export const ADMIN = { email: 'ops@pingtopass.test', password: 'Operator passphrase 2026!' } as const;

declare module 'vitest' {
  export interface ProvidedContext {
    productionServers: Record<ServerName, ServerInfo>;
  }
}
