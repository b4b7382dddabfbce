import type { ObjectiveDetail } from '@/server/catalog/queries';

export function ObjectivesTable({ objectives }: { objectives: ObjectiveDetail[] }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Exam objectives, their weights and the number of questions in the bank</caption>
      <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
        <tr>
          <th scope="col" className="py-2 pr-4 font-medium">Objective</th>
          <th scope="col" className="w-1/3 py-2 pr-4 font-medium">Weight</th>
          <th scope="col" className="py-2 text-right font-medium">Questions</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {objectives.map((objective) => (
          <tr key={objective.id}>
            <th scope="row" className="py-3 pr-4 font-normal">
              <span className="mr-2 font-mono text-xs text-slate-500">{objective.code}</span>
              <span className="font-medium text-slate-900">{objective.title}</span>
            </th>
            <td className="py-3 pr-4">
              <div className="flex items-center gap-3">
                <div className="h-2 flex-1 rounded-full bg-slate-100" aria-hidden>
                  <div className="h-2 rounded-full bg-brand-500" style={{ width: `${objective.weight}%` }} />
                </div>
                <span className="w-10 text-right tabular-nums text-slate-700">{objective.weight}%</span>
              </div>
            </td>
            <td className="py-3 text-right tabular-nums text-slate-700">{objective.questionCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
