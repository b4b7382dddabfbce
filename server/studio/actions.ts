'use server';

import { revalidatePath } from 'next/cache';
import { redirect, RedirectType } from 'next/navigation';
import { ok, type ActionResult } from '@/lib/action-result';
import { formToObject } from '../action-runner';
import { getCurrentUser } from '../auth/session';
import { requestContext } from '../request-context';
import { runStudioAction, StudioError } from './errors';
import { createExam, createObjective, deleteObjective, setExamStatus, updateExam, updateObjective } from './exams';
import { commitImport, dryRunImport, type ImportPreview } from './import';
import { restoreVersion, saveQuestion, setQuestionStatus, type SavedQuestion } from './questions';
import { resolveReport } from './reports';
import { computeExamStatistics } from './statistics';

/**
 * The studio's server actions. Each is a public POST endpoint: it re-reads the session and the
 * services check the role (moderator or admin) themselves. Results never carry raw rows.
 */

function idFrom(formData: FormData, name: string): number {
  const value = Number(formData.get(name));
  if (!Number.isInteger(value) || value <= 0) throw new StudioError('This page is out of date; reload it.');
  return value;
}

export type SaveQuestionState = ActionResult<SavedQuestion> | null;

export async function saveQuestionAction(_prev: SaveQuestionState, formData: FormData): Promise<SaveQuestionState> {
  const result = await runStudioAction('studio.saveQuestion', async () => {
    let payload: unknown;
    try {
      payload = JSON.parse(String(formData.get('payload') ?? ''));
    } catch {
      throw new StudioError('The editor sent a broken form; reload the page.');
    }
    const saved = await saveQuestion(await getCurrentUser(), payload, await requestContext());
    revalidatePath(`/studio/questions/${saved.id}`);
    return ok(saved);
  });
  // A new version re-renders the page and remounts the editor (keyed by version), which would
  // drop a message kept in its state: the confirmation travels in the URL instead. Outside
  // runStudioAction, which would treat redirect()'s control-flow throw as a failure.
  if (result.ok && result.data.version > 1 && !result.data.unchanged) {
    redirect(`/studio/questions/${result.data.id}?saved=version&version=${result.data.version}`, RedirectType.replace);
  }
  return result;
}

export async function restoreVersionAction(_prev: ActionResult<SavedQuestion> | null, formData: FormData): Promise<ActionResult<SavedQuestion>> {
  return runStudioAction('studio.restoreVersion', async () => {
    const questionId = idFrom(formData, 'questionId');
    const saved = await restoreVersion(await getCurrentUser(), questionId, idFrom(formData, 'version'), await requestContext());
    revalidatePath(`/studio/questions/${questionId}`);
    return ok(saved);
  });
}

export async function setQuestionStatusAction(_prev: ActionResult<{ status: string }> | null, formData: FormData): Promise<ActionResult<{ status: string }>> {
  return runStudioAction('studio.setQuestionStatus', async () => {
    const questionId = idFrom(formData, 'questionId');
    const status = formData.get('status') === 'active' ? 'active' : 'retired';
    await setQuestionStatus(await getCurrentUser(), questionId, status, await requestContext());
    revalidatePath(`/studio/questions/${questionId}`);
    return ok({ status });
  });
}

export async function createExamAction(_prev: ActionResult<{ id: number }> | null, formData: FormData): Promise<ActionResult<{ id: number }>> {
  return runStudioAction('studio.createExam', async () => {
    const input = formToObject(formData);
    const created = await createExam(await getCurrentUser(), { ...input, slug: input.slug || undefined }, await requestContext());
    revalidatePath('/studio');
    return ok({ id: created.id });
  });
}

export async function updateExamAction(_prev: ActionResult<{ id: number }> | null, formData: FormData): Promise<ActionResult<{ id: number }>> {
  return runStudioAction('studio.updateExam', async () => {
    const examId = idFrom(formData, 'examId');
    await updateExam(await getCurrentUser(), examId, formToObject(formData), await requestContext());
    revalidatePath(`/studio/exams/${examId}`);
    return ok({ id: examId });
  });
}

export async function setExamStatusAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runStudioAction('studio.setExamStatus', async () => {
    const examId = idFrom(formData, 'examId');
    await setExamStatus(await getCurrentUser(), examId, formData.get('status') === 'published' ? 'published' : 'draft', await requestContext());
    revalidatePath(`/studio/exams/${examId}`);
    revalidatePath('/studio');
    return ok(undefined);
  });
}

export async function saveObjectiveAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runStudioAction('studio.saveObjective', async () => {
    const examId = idFrom(formData, 'examId');
    const user = await getCurrentUser();
    const ctx = await requestContext();
    const objectiveId = formData.get('objectiveId');
    if (formData.get('intent') === 'delete') await deleteObjective(user, examId, idFrom(formData, 'objectiveId'), ctx);
    else if (objectiveId) await updateObjective(user, examId, idFrom(formData, 'objectiveId'), formToObject(formData), ctx);
    else await createObjective(user, examId, formToObject(formData), ctx);
    revalidatePath(`/studio/exams/${examId}`);
    return ok(undefined);
  });
}

export type ImportOutcome = ImportPreview & { created?: number; mode: 'dry-run' | 'import' };
export type ImportState = ActionResult<ImportOutcome> | null;

/** Dry run or import; the file (if any) wins over the pasted text. Nothing typed is lost: the client keeps the form. */
export async function importQuestionsAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  return runStudioAction<ImportOutcome>('studio.importQuestions', async () => {
    const file = formData.get('file');
    const source = file instanceof File && file.size > 0 ? await file.text() : String(formData.get('source') ?? '');
    const input = { ...formToObject(formData), source, asDraft: formData.get('asDraft') === 'on' };
    const user = await getCurrentUser();
    if (formData.get('mode') === 'import') {
      const result = await commitImport(user, input, await requestContext());
      if (result.created > 0) revalidatePath('/studio/questions');
      return ok({ ...result, mode: 'import' as const });
    }
    return ok({ ...(await dryRunImport(user, input)), mode: 'dry-run' as const });
  });
}

export async function resolveReportAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runStudioAction('studio.resolveReport', async () => {
    await resolveReport(await getCurrentUser(), formToObject(formData), await requestContext());
    revalidatePath('/studio/reports');
    return ok(undefined);
  });
}

export async function computeStatisticsAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runStudioAction('studio.computeStatistics', async () => {
    const examId = idFrom(formData, 'examId');
    await computeExamStatistics(await getCurrentUser(), examId, await requestContext());
    revalidatePath(`/studio/exams/${examId}/statistics`);
    return ok(undefined);
  });
}
