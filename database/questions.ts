/**
 * The question bank from the command line (the same import and export as the studio):
 *
 *   tsx database/questions.ts import --exam <slug> [--objective <code>] --format json|csv|gift|aiken [--dry-run] [--draft] [--env <env>] <file>
 *   tsx database/questions.ts export --exam <slug> --format json|csv|gift|aiken [--out <file>] [--include-retired] [--env <env>]
 *
 * The file's encoding is detected (UTF-8, UTF-16 with a BOM, Windows-1252) and printed, as is a CSV
 * file's delimiter. An import is all-or-nothing: any error (printed with its line) imports nothing.
 * Questions the product cannot hold are listed and skipped; warnings name what is imported
 * differently from the file (e.g. a partial credit). Exit codes: 0 done, 1 failed or refused
 * (problems, unknown exam, database error), 2 bad usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { messageOf, runCli, withClient } from './cli';
import { createDatabaseClient } from './client';
import { describeDatabase, getDatabaseConfig, resolveDatabaseEnv } from './config';
import { runExport, runImport, type CliOutput } from './questions/cli-commands';
import { parseQuestionsArgs, QUESTIONS_USAGE } from './questions/cli-args';

async function main(): Promise<number> {
  const args = parseQuestionsArgs(process.argv.slice(2));
  if (!args.ok) {
    console.error(args.error);
    console.error(QUESTIONS_USAGE);
    return 2;
  }
  const command = args.value;
  let source: Uint8Array = new Uint8Array();
  if (command.command === 'import') {
    try {
      // Bytes, not text: the import detects the file's encoding (the studio's pipeline).
      source = readFileSync(command.file);
    } catch (error) {
      console.error(`Cannot read ${command.file}: ${messageOf(error)}`);
      return 2;
    }
  }
  const config = getDatabaseConfig(resolveDatabaseEnv(command.env));
  const client = createDatabaseClient(config);
  const out: CliOutput = { log: (line) => console.log(line), error: (line) => console.error(line) };
  return withClient(client, 'Failed', async () => {
    out.error(`Database: ${describeDatabase(config)}`);
    if (command.command === 'import') return runImport(client, command, { bytes: source }, out, Date.now());
    const result = await runExport(client, command, out);
    if (result.code !== 0 || result.text === undefined) return result.code;
    if (command.out) {
      writeFileSync(command.out, result.text);
      out.error(`Wrote ${command.out}`);
    } else process.stdout.write(result.text);
    return 0;
  });
}

runCli(main);
