'use server';

import { revalidatePath } from 'next/cache';
import { redirect, RedirectType } from 'next/navigation';
import { ok, type ActionResult } from '@/lib/action-result';
import { authedAction } from '../entry/actions';
import { StudioError } from './errors';
import { idFrom } from './form-ids';
import { createExam, setExamStatus, updateExam } from './exams';
import { createObjective, deleteObjective, updateObjective } from './objectives';
import { commitImport, dryRunImport, type ImportPreview } from './import';
import { restoreVersion, saveQuestion, setQuestionStatus, type SavedQuestion } from './questions';
import { resolveReport } from './reports';
import { computeExamStatistics } from './statistics';

/**
 * The studio's server actions, for moderators (and admins). The guard checks the role before the
 * body runs; the services check it again. Results never carry raw rows.
 */
const MODERATOR = 'moderator' as const;

function textFields(input: unknown): Record<string, string> {
  return input as Record<string, string>;
}

export type SaveQuestionState = ActionResult<SavedQuestion> | null;

export const saveQuestionAction = authedAction<SavedQuestion>(
  { name: 'studio.saveQuestion', access: MODERATOR },
  async ({ user, formData, ctx }) => {
    let payload: unknown;
    try {
      payload = JSON.parse(String(formData?.get('payload') ?? ''));
    } catch {
      throw new StudioError('The editor sent a broken form; reload the page.');
    }
    const saved = await saveQuestion(user, payload, ctx);
    revalidatePath(`/studio/questions/${saved.id}`);
    // A new version re-renders the page and remounts the editor (keyed by version), which would
    // drop a message kept in its state: the confirmation travels in the URL instead.
    if (saved.version > 1 && !saved.unchanged) {
      redirect(`/studio/questions/${saved.id}?saved=version&version=${saved.version}`, RedirectType.replace);
    }
    return ok(saved);
  },
);

export const restoreVersionAction = authedAction<SavedQuestion>(
  { name: 'studio.restoreVersion', access: MODERATOR },
  async ({ user, formData, ctx }) => {
    const questionId = idFrom(formData, 'questionId');
    const saved = await restoreVersion(user, questionId, idFrom(formData, 'version'), ctx);
    revalidatePath(`/studio/questions/${questionId}`);
    return ok(saved);
  },
);

export const setQuestionStatusAction = authedAction<{ status: string }>(
  { name: 'studio.setQuestionStatus', access: MODERATOR },
  async ({ user, formData, ctx }) => {
    const questionId = idFrom(formData, 'questionId');
    const status = formData?.get('status') === 'active' ? 'active' : 'retired';
    await setQuestionStatus(user, questionId, status, ctx);
    revalidatePath(`/studio/questions/${questionId}`);
    return ok({ status });
  },
);

export const createExamAction = authedAction<{ id: number }>(
  { name: 'studio.createExam', access: MODERATOR },
  async ({ user, input, ctx }) => {
    const fields = textFields(input);
    const created = await createExam(user, { ...fields, slug: fields.slug || undefined }, ctx);
    revalidatePath('/studio');
    return ok({ id: created.id });
  },
);

export const updateExamAction = authedAction<{ id: number }>(
  { name: 'studio.updateExam', access: MODERATOR },
  async ({ user, input, formData, ctx }) => {
    const examId = idFrom(formData, 'examId');
    await updateExam(user, examId, input, ctx);
    revalidatePath(`/studio/exams/${examId}`);
    return ok({ id: examId });
  },
);

export const setExamStatusAction = authedAction<undefined>(
  { name: 'studio.setExamStatus', access: MODERATOR },
  async ({ user, formData, ctx }) => {
    const examId = idFrom(formData, 'examId');
    await setExamStatus(user, examId, formData?.get('status') === 'published' ? 'published' : 'draft', ctx);
    revalidatePath(`/studio/exams/${examId}`);
    revalidatePath('/studio');
    return ok(undefined);
  },
);

export const saveObjectiveAction = authedAction<undefined>(
  { name: 'studio.saveObjective', access: MODERATOR },
  async ({ user, input, formData, ctx }) => {
    const examId = idFrom(formData, 'examId');
    if (formData?.get('intent') === 'delete')
      await deleteObjective(user, examId, idFrom(formData, 'objectiveId'), ctx);
    else if (formData?.get('objectiveId'))
      await updateObjective(user, examId, idFrom(formData, 'objectiveId'), input, ctx);
    else await createObjective(user, examId, input, ctx);
    revalidatePath(`/studio/exams/${examId}`);
    return ok(undefined);
  },
);

export type ImportOutcome = ImportPreview & { created?: number; mode: 'dry-run' | 'import' };
export type ImportState = ActionResult<ImportOutcome> | null;

/** Dry run or import; the file (if any) wins over the pasted text. Nothing typed is lost: the client keeps the form. */
export const importQuestionsAction = authedAction<ImportOutcome>(
  { name: 'studio.importQuestions', access: MODERATOR },
  async ({ user, input, formData, ctx }) => {
    const file = formData?.get('file');
    // A file goes in as bytes: the import decodes it with its detected encoding (never blindly as UTF-8).
    const upload =
      file instanceof File && file.size > 0 ? { file: new Uint8Array(await file.arrayBuffer()) } : {};
    const source = upload.file ? '' : String(formData?.get('source') ?? '');
    const fields = { ...textFields(input), ...upload, source, asDraft: formData?.get('asDraft') === 'on' };
    if (formData?.get('mode') === 'import') {
      const result = await commitImport(user, fields, ctx);
      if (result.created > 0) revalidatePath('/studio/questions');
      return ok({ ...result, mode: 'import' as const });
    }
    return ok({ ...(await dryRunImport(user, fields)), mode: 'dry-run' as const });
  },
);

export const resolveReportAction = authedAction<undefined>(
  { name: 'studio.resolveReport', access: MODERATOR },
  async ({ user, input, ctx }) => {
    await resolveReport(user, input, ctx);
    revalidatePath('/studio/reports');
    return ok(undefined);
  },
);

export const computeStatisticsAction = authedAction<undefined>(
  { name: 'studio.computeStatistics', access: MODERATOR },
  async ({ user, formData, ctx }) => {
    const examId = idFrom(formData, 'examId');
    await computeExamStatistics(user, examId, ctx);
    revalidatePath(`/studio/exams/${examId}/statistics`);
    return ok(undefined);
  },
);
