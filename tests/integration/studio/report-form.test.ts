import { describe, expect, it } from 'vitest';
import { REPORT_DETAILS_MAX } from '@/lib/validation/studio';
import { createReport, listReportQueue } from '@/server/studio/reports';
import { ctx } from '../../helpers/context';
import { countRows } from '../../helpers/database';
import { createUser } from '../../helpers/factories';
import { firstQuestion } from './helpers';

describe('the "Report a problem" form', () => {
  it('requires a reason: none chosen is a clear field error and stores nothing', async () => {
    const learner = await createUser();
    const q = await firstQuestion();
    const before = await countRows('question_reports');
    for (const input of [
      { questionId: q.id, details: 'Option B is also right' },
      { questionId: q.id, reason: '', details: 'x' },
      { questionId: q.id, reason: 'made_up' },
    ]) {
      await expect(createReport(learner, input, ctx())).rejects.toMatchObject({
        code: 'invalid_input',
        fieldErrors: { reason: 'Choose what is wrong with the question.' },
      });
    }
    expect(await countRows('question_reports')).toBe(before);
  });

  it('limits the details and stores nothing when they are too long', async () => {
    const learner = await createUser();
    const q = await firstQuestion();
    const before = await countRows('question_reports');
    await expect(
      createReport(
        learner,
        { questionId: q.id, reason: 'unclear', details: 'x'.repeat(REPORT_DETAILS_MAX + 1) },
        ctx(),
      ),
    ).rejects.toMatchObject({ fieldErrors: { details: 'Keep the details under 2,000 characters.' } });
    expect(await countRows('question_reports')).toBe(before);
    // Exactly the limit is fine.
    await createReport(
      learner,
      { questionId: q.id, reason: 'unclear', details: 'y'.repeat(REPORT_DETAILS_MAX) },
      ctx(),
    );
    expect(await countRows('question_reports')).toBe(before + 1);
  });

  it('stores the optional details (trimmed) and shows them to moderators in the queue', async () => {
    const learner = await createUser({ name: 'Rita Reporter' });
    const moderator = await createUser({ role: 'moderator' });
    const q = await firstQuestion();
    const withDetails = await createReport(
      learner,
      { questionId: q.id, reason: 'outdated', details: '  The console moved this setting in 2026.  ' },
      ctx(),
    );
    const withoutDetails = await createReport(learner, { questionId: q.id, reason: 'typo' }, ctx());
    const queue = await listReportQueue(moderator, 'open');
    expect(queue.find((r) => r.id === withDetails.id)).toMatchObject({
      reason: 'outdated',
      details: 'The console moved this setting in 2026.',
      reporter: 'Rita Reporter',
    });
    expect(queue.find((r) => r.id === withoutDetails.id)).toMatchObject({ reason: 'typo', details: '' });
  });
});
