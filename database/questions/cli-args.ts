import { QUESTION_FILE_FORMATS, type QuestionFileFormat } from '../../lib/studio/question-model';

export const QUESTIONS_USAGE = [
  'usage: tsx database/questions.ts import --exam <slug> [--objective <code>] --format json|csv|gift|aiken [--dry-run] [--draft] [--env <env>] <file>',
  '       tsx database/questions.ts export --exam <slug> --format json|csv|gift|aiken [--out <file>] [--include-retired] [--env <env>]',
].join('\n');

export interface ImportCommand {
  command: 'import';
  exam: string;
  objective?: string;
  format: QuestionFileFormat;
  dryRun: boolean;
  draft: boolean;
  file: string;
  env?: string;
}

export interface ExportCommand {
  command: 'export';
  exam: string;
  format: QuestionFileFormat;
  out?: string;
  includeRetired: boolean;
  env?: string;
}

export type QuestionsCommand = ImportCommand | ExportCommand;
type Parsed = { ok: true; value: QuestionsCommand } | { ok: false; error: string };

const VALUE_FLAGS = new Set(['--exam', '--objective', '--format', '--out', '--env']);
const BOOLEAN_FLAGS = new Set(['--dry-run', '--draft', '--include-retired']);

/** Parses argv after the script name; every unknown or misplaced argument is an error. */
export function parseQuestionsArgs(argv: string[]): Parsed {
  const [command, ...rest] = argv;
  if (command !== 'import' && command !== 'export')
    return { ok: false, error: command ? `Unknown command "${command}".` : 'Missing command.' };
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i]!;
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (VALUE_FLAGS.has(name)) {
      const value = inline ?? rest[++i];
      if (value === undefined || value === '') return { ok: false, error: `${name} needs a value.` };
      values.set(name, value);
    } else if (BOOLEAN_FLAGS.has(name)) flags.add(name);
    else if (arg.startsWith('--')) return { ok: false, error: `Unknown option ${arg}.` };
    else positional.push(arg);
  }
  const exam = values.get('--exam');
  if (!exam) return { ok: false, error: '--exam <slug> is required.' };
  const format = values.get('--format');
  if (!format || !(QUESTION_FILE_FORMATS as readonly string[]).includes(format))
    return { ok: false, error: `--format must be one of ${QUESTION_FILE_FORMATS.join(', ')}.` };
  const env = values.get('--env');
  if (command === 'import') {
    if (values.has('--out') || flags.has('--include-retired'))
      return { ok: false, error: '--out and --include-retired are export options.' };
    if (positional.length !== 1)
      return {
        ok: false,
        error: positional.length === 0 ? 'Name the file to import.' : 'Import one file at a time.',
      };
    return {
      ok: true,
      value: {
        command,
        exam,
        objective: values.get('--objective'),
        format: format as QuestionFileFormat,
        dryRun: flags.has('--dry-run'),
        draft: flags.has('--draft'),
        file: positional[0]!,
        env,
      },
    };
  }
  if (positional.length > 0 || values.has('--objective') || flags.has('--dry-run') || flags.has('--draft')) {
    return {
      ok: false,
      error: 'export takes no file argument, --objective, --dry-run or --draft (use --out <file>).',
    };
  }
  return {
    ok: true,
    value: {
      command,
      exam,
      format: format as QuestionFileFormat,
      out: values.get('--out'),
      includeRetired: flags.has('--include-retired'),
      env,
    },
  };
}
