import type { Metadata } from 'next';
import Link from 'next/link';
import { QuestionEditor } from '@/components/studio/question-editor';
import { EmptyState } from '@/components/ui/empty-state';
import { Page, PageHeader } from '@/components/ui/page-header';
import type { PageSearchParams } from '@/lib/validation/search-params';
import { newQuestionPageQuerySchema } from '@/lib/validation/studio';
import { requireRole } from '@/server/auth/session';
import { listStudioExams } from '@/server/studio/exams';
import { getEditorExam } from '@/server/studio/question-reads';

export const metadata: Metadata = { title: 'New question' };

export default async function NewQuestionPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const user = await requireRole(['moderator'], '/studio/questions/new');
  // Without a usable exam id the page lists the exams to choose from.
  const query = newQuestionPageQuerySchema.safeParse(await searchParams);
  const examId = query.success ? query.data.exam : undefined;
  const exams = await listStudioExams(user);
  const exam = exams.find((e) => e.id === examId);
  if (!exam) {
    return (
      <Page title="New question" description="Choose the exam the question belongs to.">
        {exams.length === 0 ? (
          <EmptyState title="No exams yet">Create an exam first.</EmptyState>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {exams.map((e) => (
              <li key={e.id}>
                <Link
                  href={`/studio/questions/new?exam=${e.id}`}
                  className="block rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-500"
                >
                  <span className="font-semibold text-slate-900">{e.title}</span>
                  <span className="block text-sm text-slate-500">{e.code}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Page>
    );
  }
  const editorExam = await getEditorExam(user, exam.id);
  return (
    <div className="space-y-6">
      <PageHeader title="New question" description={`In ${exam.title}.`} />
      {editorExam.objectives.length === 0 ? (
        <EmptyState title="This exam has no objectives">
          <Link href={`/studio/exams/${exam.id}`} className="font-medium text-brand-700 hover:underline">
            Add objectives
          </Link>{' '}
          before writing questions.
        </EmptyState>
      ) : (
        <QuestionEditor
          examId={exam.id}
          objectives={editorExam.objectives}
          initial={{
            objectiveId: editorExam.objectives[0]!.id,
            type: 'single',
            kind: 'choice',
            partialCredit: false,
            responsesReusable: false,
            difficulty: 2,
            stem: '',
            options: [
              { id: 'a', text: '', correct: true },
              { id: 'b', text: '', correct: false },
              { id: 'c', text: '', correct: false },
              { id: 'd', text: '', correct: false },
            ],
            explanation: '',
            references: [],
            exhibits: [],
          }}
          usedOptionIds={[]}
        />
      )}
    </div>
  );
}
