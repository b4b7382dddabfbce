import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState, PageHeader, StatusPill, TABLE_HEAD, TH } from '@/components/studio/ui';
import { ButtonLink } from '@/components/ui/button-link';
import { requireRole } from '@/server/auth/session';
import { listStudioExams } from '@/server/studio/exams';

export const metadata: Metadata = { title: 'Studio' };

export default async function StudioHomePage() {
  const user = await requireRole(['moderator'], '/studio');
  const exams = await listStudioExams(user);
  return (
    <div className="space-y-6">
      <PageHeader title="Exams" description="Every exam of the bank, drafts included. Drafts are invisible to learners." actions={<ButtonLink href="/studio/exams/new">New exam</ButtonLink>} />
      {exams.length === 0 ? (
        <EmptyState title="No exams yet">Create the first exam, add its objectives, then write or import questions.</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Exams</caption>
            <thead className={TABLE_HEAD}>
              <tr>
                <th scope="col" className={TH}>Exam</th>
                <th scope="col" className={TH}>Status</th>
                <th scope="col" className={TH}>Active questions</th>
                <th scope="col" className={TH}>Open reports</th>
                <th scope="col" className={TH}>Weights</th>
                <th scope="col" className={TH}><span className="sr-only">Links</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {exams.map((e) => (
                <tr key={e.id}>
                  <th scope="row" className="px-4 py-3 font-normal">
                    <Link href={`/studio/exams/${e.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">{e.title}</Link>
                    <span className="block text-xs text-slate-500">{e.code} · {e.vendor}</span>
                  </th>
                  <td className="px-4 py-3"><StatusPill status={e.status} /></td>
                  <td className="px-4 py-3 text-slate-700">{e.activeQuestions.toLocaleString('en-US')} <span className="text-slate-400">/ {e.totalQuestions.toLocaleString('en-US')}</span></td>
                  <td className="px-4 py-3 text-slate-700">{e.openReports}</td>
                  <td className={`px-4 py-3 ${e.weightSum === 100 ? 'text-slate-700' : 'font-semibold text-amber-700'}`}>{e.weightSum}%</td>
                  <td className="space-x-3 whitespace-nowrap px-4 py-3 text-right">
                    <Link href={`/studio/questions?exam=${e.id}`} className="font-medium text-brand-700 hover:underline">Questions</Link>
                    <Link href={`/studio/exams/${e.id}/statistics`} className="font-medium text-brand-700 hover:underline">Statistics</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
