import { markdownToPlainText } from '@/lib/markdown/plain-text';
import type { QuestionContentInput } from '@/lib/validation/studio';

/** The key of a matching or ordering question in the editor's preview (learners see them shuffled). */
export function KindPreview({ content }: { content: QuestionContentInput }) {
  const textOf = new Map(content.options.map((o) => [o.id, markdownToPlainText(o.text, 200)]));
  const rule = content.partialCredit ? 'partial credit' : 'all-or-nothing';
  if (content.kind === 'ordering')
    return (
      <div className="space-y-2">
        <p className="text-xs text-slate-500">Put in order ({rule}); learners see the items shuffled.</p>
        <ol className="list-decimal space-y-1 pl-6 text-sm text-slate-900">
          {content.options.map((o) => (
            <li key={o.id}>
              {textOf.get(o.id) || <span className="text-slate-500 italic">Empty item</span>}
            </li>
          ))}
        </ol>
      </div>
    );
  const premises = content.options.filter((o) => o.match !== undefined);
  const spare = content.options.filter(
    (o) => o.match === undefined && !premises.some((p) => p.match === o.id),
  );
  return (
    <div className="space-y-2">
      <p className="text-xs text-slate-500">
        Match each premise ({rule}
        {content.responsesReusable ? ', responses reusable' : ''}); learners see the responses shuffled.
      </p>
      <ul className="space-y-1 text-sm text-slate-900">
        {premises.map((p) => (
          <li key={p.id}>
            {textOf.get(p.id) || <span className="text-slate-500 italic">Empty premise</span>}
            <span aria-hidden> → </span>
            <span className="sr-only"> matches </span>
            {textOf.get(p.match ?? '') || <span className="text-red-700">no response chosen</span>}
          </li>
        ))}
      </ul>
      {spare.length > 0 ? (
        <p className="text-xs text-slate-600">
          Unused responses: {spare.map((o) => textOf.get(o.id)).join(', ')}
        </p>
      ) : null}
    </div>
  );
}
