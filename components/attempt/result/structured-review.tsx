import { creditDetail } from '@/components/question/credit';
import { matchesOf } from '@/lib/exam/kinds';
import type { ReviewItem } from '@/lib/exam/views';
import { markdownToPlainText } from '@/lib/markdown/plain-text';

const plain = (text: string) => markdownToPlainText(text, 300);

/** A matching or ordering question on the result: the learner's answer beside the key, row by row. */
export function StructuredReview({
  item,
}: {
  item: ReviewItem & { structured: NonNullable<ReviewItem['structured']> };
}) {
  const { given, key, partialCredit } = item.structured;
  const textOf = new Map(item.options.map((o) => [o.id, plain(o.text)]));
  const detail = item.answered ? creditDetail(item.score, partialCredit) : undefined;
  const rows =
    item.type === 'ordering'
      ? key.map((rightId, i) => ({ label: `${i + 1}.`, yours: given[i], right: rightId }))
      : key.map((pair) => {
          const [premise, right] = pair.split(':') as [string, string];
          return { label: textOf.get(premise) ?? premise, yours: matchesOf(given).get(premise), right };
        });
  return (
    <div className="space-y-2">
      {detail ? <p className="text-sm text-slate-700">{detail}</p> : null}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Your answer and the right answer</caption>
          <thead className="text-xs text-slate-600">
            <tr>
              <th scope="col" className="py-1 pr-3 font-semibold">
                {item.type === 'ordering' ? 'Position' : 'Premise'}
              </th>
              <th scope="col" className="py-1 pr-3 font-semibold">
                Your answer
              </th>
              <th scope="col" className="py-1 font-semibold">
                Right answer
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const ok = row.yours === row.right;
              return (
                <tr key={row.label} className="border-t border-slate-100 align-top">
                  <th scope="row" className="py-2 pr-3 font-medium text-slate-900">
                    {row.label}
                  </th>
                  <td className={`py-2 pr-3 ${ok ? 'text-emerald-800' : 'text-red-800'}`}>
                    <span aria-hidden>{ok ? '✓ ' : '✗ '}</span>
                    <span className="sr-only">{ok ? 'right: ' : 'wrong: '}</span>
                    {row.yours ? (textOf.get(row.yours) ?? row.yours) : 'No answer'}
                  </td>
                  <td className="py-2 text-slate-900">{textOf.get(row.right) ?? row.right}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
