import type { Metadata } from 'next';
import { ButtonLink } from '@/components/ui/button-link';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-3 text-slate-600">
        We could not find that page. The exam may have been renamed or retired.
      </p>
      <div className="mt-6">
        <ButtonLink href="/exams">Browse exams</ButtonLink>
      </div>
    </div>
  );
}
