import { importError, type ImportedQuestion, type ImportProblem } from '../../lib/studio/question-model';
import { excerpt } from '../../lib/studio/validate-question';
import type { ImportExam } from './import-plan';

type Objective = ImportExam['objectives'][number];

/** Which category of the file went to which objective: shown in the preview. */
export interface CategoryMapping {
  category: string;
  objectiveCode: string;
}

/**
 * A question's objective: the code it names, else the objective chosen for the import, else its
 * category (GIFT `$CATEGORY` — its last path segment — or the CSV/JSON `category`) matched to an
 * objective's code or title, case-insensitively. Moodle's categories are paths such as
 * `$course$/top/Routing`; the last segment is the one that names the topic.
 */
export function createObjectiveResolver(exam: ImportExam, chosen: Objective | undefined) {
  const byCode = new Map(exam.objectives.map((o) => [o.code.toLowerCase(), o]));
  const byTitle = new Map(exam.objectives.map((o) => [o.title.toLowerCase(), o]));
  const mappings = new Map<string, CategoryMapping>();
  const available = exam.objectives.map((o) => o.code).join(', ') || 'no objectives yet';

  function fromCategory(category: string): Objective | undefined {
    const segment = category.split('/').at(-1)!.trim().toLowerCase();
    const whole = category.trim().toLowerCase();
    return byCode.get(segment) ?? byTitle.get(segment) ?? byCode.get(whole) ?? byTitle.get(whole);
  }

  function resolve(question: ImportedQuestion, problems: ImportProblem[]): Objective | undefined {
    const label = `Question "${question.name ?? excerpt(question.stem)}"`;
    if (question.objectiveCode !== undefined) {
      const named = byCode.get(question.objectiveCode.toLowerCase());
      if (!named)
        problems.push(
          importError(
            question.line,
            `${label} names objective "${question.objectiveCode}", which ${exam.title} does not have (${available}).`,
          ),
        );
      return named;
    }
    if (chosen) return chosen;
    if (question.category !== undefined) {
      const mapped = fromCategory(question.category);
      if (mapped) {
        if (!mappings.has(question.category))
          mappings.set(question.category, { category: question.category, objectiveCode: mapped.code });
        return mapped;
      }
      problems.push(
        importError(
          question.line,
          `${label} is in category "${question.category}", which matches no objective code or title of ${exam.title} (${available}): choose an objective for the import, or rename the category.`,
        ),
      );
      return undefined;
    }
    problems.push(
      importError(
        question.line,
        `${label} has no objective: choose one for the import or name one in the file.`,
      ),
    );
    return undefined;
  }

  return { resolve, mappings: () => [...mappings.values()] };
}
