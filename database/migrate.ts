/**
 * The migrate CLI: tsx database/migrate.ts <migrate|rollback [N]|status|create <name>|redo|verify>
 * The work happens in database/migrator/cli.ts; this entry only sets the exit code.
 */
import { runCli } from './migrator/cli';

process.exitCode = await runCli(process.argv.slice(2));
