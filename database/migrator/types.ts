import type { DatabaseEnv } from '../config';

export interface MigratorOptions {
  /** Folder of the migration files. */
  dir: string;
  /** The environment the command runs as; recorded on first migrate and checked after. */
  env: DatabaseEnv;
  /** Print what would run and write nothing. */
  dryRun?: boolean;
  /** Apply pending files that sort before the last applied one. */
  allowOutOfOrder?: boolean;
  /** Proceed despite modified/missing files, another recorded environment, or an irreversible rollback. */
  force?: boolean;
  log?: (line: string) => void;
}

export type Log = (line: string) => void;

export const silent: Log = () => undefined;
