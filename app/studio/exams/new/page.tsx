import type { Metadata } from 'next';
import { ExamForm } from '@/components/studio/exam-forms';
import { Card } from '@/components/studio/ui';
import { Page } from '@/components/ui/page-header';
import { requireRole } from '@/server/auth/session';

export const metadata: Metadata = { title: 'New exam' };

export default async function NewExamPage() {
  await requireRole(['moderator'], '/studio/exams/new');
  return (
    <Page
      title="New exam"
      description="A new exam starts as a draft; add objectives and questions, then publish it."
    >
      <Card>
        <ExamForm />
      </Card>
    </Page>
  );
}
