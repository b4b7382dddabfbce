import { ButtonLink } from '@/components/ui/button-link';

export default function AttemptNotFound() {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">Attempt not found</h1>
      <p className="mt-3 text-slate-600">
        This exam attempt does not exist, or it belongs to another account.
      </p>
      <div className="mt-6 flex justify-center gap-3">
        <ButtonLink href="/history">Your history</ButtonLink>
        <ButtonLink href="/exams" variant="secondary">
          Browse exams
        </ButtonLink>
      </div>
    </div>
  );
}
