import { connection } from 'next/server';
import { ExamGrid } from '@/components/catalog/exam-grid';
import { ButtonLink } from '@/components/ui/button-link';
import { publishedExams } from '@/server/catalog/public-cache';

const FEATURES = [
  {
    title: 'Real exam conditions',
    text: 'Timed mock exams drawn by objective weight, with a navigator, flags and a server-side clock.',
  },
  {
    title: 'Instant feedback',
    text: 'Practice sessions explain every answer right away, with references to the documentation.',
  },
  {
    title: 'Remember what you learn',
    text: 'Spaced repetition brings back the questions you missed just before you would forget them.',
  },
];

export default async function HomePage() {
  await connection();
  const exams = await publishedExams();
  return (
    <div className="space-y-14">
      <section className="rounded-2xl bg-gradient-to-br from-brand-900 to-brand-600 px-6 py-14 text-white sm:px-12">
        <p className="text-sm font-semibold tracking-widest text-brand-100 uppercase">
          Cloud · Security · Networking
        </p>
        <h1 className="mt-3 max-w-2xl text-4xl font-bold tracking-tight sm:text-5xl">
          Pass your IT certification on the first attempt.
        </h1>
        <p className="mt-4 max-w-xl text-lg text-brand-100">
          Practice with original, exam-style questions, see exactly which objectives need work, and walk in
          ready.
        </p>
        <div className="mt-8 flex gap-3">
          <ButtonLink href="/exams" variant="secondary">
            Browse {exams.length} exams
          </ButtonLink>
        </div>
      </section>
      <section aria-labelledby="features" className="grid gap-5 sm:grid-cols-3">
        <h2 id="features" className="sr-only">
          Features
        </h2>
        {FEATURES.map((feature) => (
          <div key={feature.title} className="rounded-xl border border-slate-200 bg-white p-5">
            <h3 className="font-semibold text-slate-900">{feature.title}</h3>
            <p className="mt-2 text-sm text-slate-600">{feature.text}</p>
          </div>
        ))}
      </section>
      <section aria-labelledby="popular" className="space-y-5">
        <h2 id="popular" className="text-2xl font-bold tracking-tight">
          Exams
        </h2>
        <ExamGrid exams={exams} />
      </section>
    </div>
  );
}
