import { DataTable } from '@/components/ui/data-table';
import type { ObjectiveDetail } from '@/server/catalog/queries';

export function ObjectivesTable({ objectives }: { objectives: ObjectiveDetail[] }) {
  return (
    <DataTable
      caption="Exam objectives, their weights and the number of questions in the bank"
      variant="flush"
      rows={objectives}
      rowKey={(objective) => objective.id}
      columns={[
        {
          header: 'Objective',
          rowHeader: true,
          cell: (objective) => (
            <>
              <span className="mr-2 font-mono text-xs text-slate-500">{objective.code}</span>
              <span className="font-medium text-slate-900">{objective.title}</span>
            </>
          ),
        },
        {
          header: 'Weight',
          headerClassName: 'w-1/3',
          cell: (objective) => (
            <div className="flex items-center gap-3">
              <div className="h-2 flex-1 rounded-full bg-slate-100" aria-hidden>
                <div className="h-2 rounded-full bg-brand-500" style={{ width: `${objective.weight}%` }} />
              </div>
              <span className="w-10 text-right text-slate-700 tabular-nums">{objective.weight}%</span>
            </div>
          ),
        },
        {
          header: 'Questions',
          align: 'right',
          className: 'tabular-nums text-slate-700',
          cell: (objective) => objective.questionCount,
        },
      ]}
    />
  );
}
