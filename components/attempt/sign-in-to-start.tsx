import { ButtonLink } from '@/components/ui/button-link';

export function SignInToStart({ slug }: { slug: string }) {
  const back = encodeURIComponent(`/exams/${slug}`);
  return (
    <section aria-labelledby="start-heading" className="rounded-xl border border-brand-100 bg-brand-50 p-6">
      <h2 id="start-heading" className="text-lg font-semibold text-brand-900">
        Take this exam
      </h2>
      <p className="mt-1 max-w-2xl text-sm text-slate-700">
        Sign in to take timed mock exams under real conditions, practise by objective with instant feedback,
        and keep your results.
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <ButtonLink href={`/sign-in?callbackUrl=${back}`}>Sign in to start</ButtonLink>
        <ButtonLink href={`/sign-up?callbackUrl=${back}`} variant="secondary">
          Create a free account
        </ButtonLink>
      </div>
    </section>
  );
}
