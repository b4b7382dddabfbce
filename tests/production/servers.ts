/** The production servers the suite starts, and what tests need to reach them. */
export const SERVER_NAMES = ['direct', 'proxied'] as const;
export type ServerName = (typeof SERVER_NAMES)[number];

export interface ServerInfo {
  baseUrl: string;
  databaseFile: string;
  appUrl: string;
  /** The CRON_SECRET it was started with (null: none, /api/cron answers nobody). */
  cronSecret: string | null;
}

export const ADMIN = { email: 'ops@pingtopass.test', password: 'Operator passphrase 2026!' } as const;

declare module 'vitest' {
  export interface ProvidedContext {
    productionServers: Record<ServerName, ServerInfo>;
  }
}
