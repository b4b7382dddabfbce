import type { Metadata } from 'next';
import { ButtonLink } from '@/components/ui/button-link';
import { StatusPage } from '@/components/ui/status-page';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <StatusPage
      status={404}
      title="Page not found"
      actions={<ButtonLink href="/exams">Browse exams</ButtonLink>}
    >
      We could not find that page. The exam may have been renamed or retired.
    </StatusPage>
  );
}
