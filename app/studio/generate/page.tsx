import type { Metadata } from 'next';
import Link from 'next/link';
import { GenerateForm } from '@/components/studio/generate-form';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireRole } from '@/server/auth/session';
import { readGenerationStatus } from '@/server/ai/status';
import { listStudioExams } from '@/server/studio/exams';
import { getEditorExam } from '@/server/studio/question-reads';

export const metadata: Metadata = { title: 'Generate drafts with AI' };

const VARIABLES = [
  [
    'AI_BASE_URL',
    'the OpenAI-compatible endpoint, e.g. https://api.openai.com/v1 or http://localhost:11434/v1',
  ],
  ['AI_MODEL', 'the model name the endpoint knows, e.g. gpt-4o-mini or llama3.1'],
  ['AI_API_KEY', 'the endpoint’s key, if it needs one'],
  ['AI_MONTHLY_TOKEN_BUDGET', 'optional: tokens all generations may use per month (default 2,000,000)'],
] as const;

export default async function GeneratePage() {
  const user = await requireRole(['moderator'], '/studio/generate');
  const [status, exams] = await Promise.all([readGenerationStatus(user), listStudioExams(user)]);
  const withObjectives = await Promise.all(exams.map((e) => getEditorExam(user, e.id)));
  const usable = withObjectives.filter((e) => e.objectives.length > 0);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Generate drafts with AI"
        description={
          <>
            A model drafts original questions for one objective. Each valid one is stored as a{' '}
            <strong>draft</strong>: learners never see it until a moderator reviews, edits and publishes it.{' '}
            <Link href="/studio/questions?ai=1" className="font-medium text-brand-700 hover:underline">
              AI drafts awaiting review
            </Link>
          </>
        }
      />
      {!status.configured ? (
        <Alert tone="info">
          <p className="font-semibold">AI generation is not configured, so it is turned off.</p>
          <p className="mt-1">Set these variables on the server and restart it:</p>
          <dl className="mt-2 space-y-1">
            {VARIABLES.map(([name, what]) => (
              <div key={name} className="flex flex-wrap gap-x-2">
                <dt>
                  <code className="font-mono font-semibold">{name}</code>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </Alert>
      ) : usable.length === 0 ? (
        <EmptyState title="No objectives yet">Create an exam with at least one objective first.</EmptyState>
      ) : (
        <GenerateForm exams={usable} model={status.model} budget={status.budget} />
      )}
    </div>
  );
}
