import type { Client } from '@libsql/client';
import { exportQuestionFile } from '../../lib/studio/formats';
import type { QuestionFileInput } from '../../lib/studio/formats/read-file';
import { describeDelimiter } from '../../lib/studio/formats/csv-columns';
import type { ImportCommand, ExportCommand } from './cli-args';
import { loadExportCaseStudies, loadExportQuestions } from './export';
import { importAuditDetails, importStatements, loadImportExam, planImport } from './import-plan';

export interface CliOutput {
  log: (line: string) => void;
  error: (line: string) => void;
}

const SEVERITY_WORD = { error: 'error', unsupported: 'skipped', warning: 'warning' } as const;

/** Import from the CLI; returns the exit code. Testable without a process (see tests). */
export async function runImport(
  client: Client,
  command: ImportCommand,
  source: QuestionFileInput | string,
  out: CliOutput,
  now: number,
): Promise<number> {
  const exam = await loadImportExam(client, { slug: command.exam });
  if (!exam) {
    out.error(`No exam with slug "${command.exam}".`);
    return 1;
  }
  let objectiveId: number | undefined;
  if (command.objective !== undefined) {
    const objective = exam.objectives.find((o) => o.code.toLowerCase() === command.objective!.toLowerCase());
    if (!objective) {
      out.error(
        `Exam ${exam.slug} has no objective "${command.objective}" (it has: ${exam.objectives.map((o) => o.code).join(', ') || 'none'}).`,
      );
      return 1;
    }
    objectiveId = objective.id;
  }
  const plan = planImport(exam, command.format, source, objectiveId);
  if (plan.file) {
    const delimiter = plan.file.delimiter ? `, delimiter ${describeDelimiter(plan.file.delimiter)}` : '';
    out.error(`${command.file}: read as ${plan.file.encoding}${delimiter}`);
  }
  for (const mapping of plan.categories)
    out.error(`${command.file}: category "${mapping.category}" → objective ${mapping.objectiveCode}`);
  for (const problem of plan.problems)
    out.error(`${command.file}:${problem.line}: ${SEVERITY_WORD[problem.severity]}: ${problem.message}`);
  if (plan.blocked) {
    const errors = plan.problems.filter((p) => p.severity === 'error').length;
    out.error(
      `Nothing imported: ${errors} problem${errors === 1 ? '' : 's'} to fix first (the import is all-or-nothing).`,
    );
    return 1;
  }
  if (command.dryRun) {
    for (const q of plan.questions)
      out.log(`line ${q.line}: ${q.type} [${q.objectiveCode}] ${q.title ? `${q.title}: ` : ''}${q.excerpt}`);
    out.log(
      `Dry run: ${plan.questions.length} question${plan.questions.length === 1 ? '' : 's'} would be imported into ${exam.slug}; nothing was written.`,
    );
    return 0;
  }
  if (plan.questions.length === 0) {
    out.error('Nothing to import: the file holds no question the product supports.');
    return 1;
  }
  const statements = importStatements(plan, { authorId: null, now, asDraft: command.draft });
  statements.push({
    sql: 'INSERT INTO audit_log (actor_id, action, target_type, target_id, ip, details, created_at) VALUES (NULL, ?, ?, ?, NULL, ?, ?)',
    args: [
      'studio.questions_imported',
      'exam',
      String(exam.id),
      JSON.stringify(importAuditDetails(plan, command.format, 'cli')),
      now,
    ],
  });
  await client.batch(statements, 'write');
  out.log(
    `Imported ${plan.questions.length} question${plan.questions.length === 1 ? '' : 's'} into ${exam.slug}${command.draft ? ' as drafts' : ''}.`,
  );
  return 0;
}

export async function runExport(
  client: Client,
  command: ExportCommand,
  out: CliOutput,
): Promise<{ code: number; text?: string }> {
  const exam = await loadImportExam(client, { slug: command.exam });
  if (!exam) {
    out.error(`No exam with slug "${command.exam}".`);
    return { code: 1 };
  }
  const questions = await loadExportQuestions(client, exam.id, { includeRetired: command.includeRetired });
  const result = exportQuestionFile(command.format, questions, await loadExportCaseStudies(client, exam.id));
  for (const problem of result.problems)
    out.error(`left out question ${problem.question}: ${problem.message}`);
  out.error(
    `Exported ${result.exported} of ${questions.length} question${questions.length === 1 ? '' : 's'} of ${exam.slug} as ${command.format}.`,
  );
  return { code: 0, text: result.text };
}
