import type { PartStatistics } from '@/lib/studio/statistics';
import { markdownToPlainText } from '@/lib/markdown/plain-text';

const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);
const plain = (text: string) => markdownToPlainText(text, 60);

/**
 * A matching or ordering item's figures where a choice item has its option shares: each premise
 * (share matched right, the wrong response given most) or position (share with the right item,
 * the item most often put there instead).
 */
export function ItemParts({ kind, parts }: { kind: 'matching' | 'ordering'; parts: PartStatistics[] }) {
  return (
    <div className="min-w-52">
      <p className="font-medium text-slate-700">
        {kind === 'matching' ? 'Premises matched right' : 'Positions placed right'}
      </p>
      <ul className="mt-1 space-y-1">
        {parts.map((part) => (
          <li key={part.partId}>
            <span className="text-slate-800">
              {kind === 'ordering' ? `${part.partId}. ` : null}
              {plain(part.label)}
            </span>{' '}
            <span className="font-semibold text-slate-900 tabular-nums">{pct(part.rightShare)}</span>
            {part.commonWrong ? (
              <span className="block text-slate-600">
                most common wrong: {plain(part.commonWrong.text)} ({pct(part.commonWrong.share)})
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
