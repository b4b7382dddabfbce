'use server';

import { revalidatePath } from 'next/cache';
import { ok } from '@/lib/action-result';
import { authedAction } from '../entry/actions';
import { createCaseStudy, setQuestionCase, updateCaseStudy } from './case-studies';
import { idFrom } from './form-ids';

/** The studio's case-study actions (issue 20), for moderators; the services check the role again. */

/** Creates a case study (the form names its exam) or saves one (it names the case study). */
export const saveCaseStudyAction = authedAction<{ id: number }>(
  { name: 'studio.saveCaseStudy', access: 'moderator' },
  async ({ user, input, formData, ctx }) => {
    if (formData?.get('caseStudyId')) {
      const id = idFrom(formData, 'caseStudyId');
      await updateCaseStudy(user, id, input, ctx);
      revalidatePath(`/studio/cases/${id}`);
      return ok({ id });
    }
    const examId = idFrom(formData, 'examId');
    const id = await createCaseStudy(user, examId, input, ctx);
    revalidatePath(`/studio/exams/${examId}/cases`);
    return ok({ id });
  },
);

/** Puts a question into a case study of its exam, or (an empty case study) takes it out. */
export const setQuestionCaseAction = authedAction<{ changed: boolean }>(
  { name: 'studio.setQuestionCase', access: 'moderator' },
  async ({ user, input, ctx }) => {
    const { changed } = await setQuestionCase(user, input, ctx);
    revalidatePath('/studio/cases/[id]', 'page');
    revalidatePath('/studio/questions/[id]', 'page');
    return ok({ changed });
  },
);
