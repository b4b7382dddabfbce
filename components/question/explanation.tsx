import { QuestionMarkdown } from '@/components/question/markdown';
import type { Reference } from '@/lib/exam/views';
import { EXTERNAL_LINK_REL, EXTERNAL_LINK_TARGET } from '@/lib/markdown/render-policy';
import { isExternalHref, sanitizeMarkdownUrl } from '@/lib/markdown/url-policy';

/**
 * The explanation and the references of a question, as every learner view shows them: practice
 * feedback in the runner, the review of a result, and daily review. `heading` is the level that
 * fits the page's outline (h4 under a "Question N" h3).
 */

type Heading = 'h3' | 'h4';

const HEADING = 'text-xs font-semibold tracking-wide text-slate-600 uppercase';

export function Explanation({
  text,
  heading: H = 'h3',
  className,
}: {
  text: string | null;
  heading?: Heading;
  className?: string;
}) {
  if (!text) return null;
  return (
    <div className={className}>
      <H className={HEADING}>Explanation</H>
      <QuestionMarkdown source={text} className="mt-1 text-sm leading-relaxed text-slate-800" />
    </div>
  );
}

export function References({
  references,
  heading: H = 'h3',
  className,
}: {
  references: readonly Reference[];
  heading?: Heading;
  className?: string;
}) {
  if (references.length === 0) return null;
  return (
    <div className={className}>
      <H className={HEADING}>References</H>
      <ul className="mt-1 space-y-1 text-sm wrap-anywhere">
        {references.map((reference, i) => (
          <li key={`${i}:${reference.url}`}>
            <ReferenceLink reference={reference} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * References are author input: they follow the markdown link policy (http(s), mailto, #fragment),
 * like links in the question text. A refused URL is shown as plain text, so the learner still sees
 * what the author pointed to.
 */
function ReferenceLink({ reference }: { reference: Reference }) {
  const href = sanitizeMarkdownUrl(reference.url, 'link');
  const label = reference.title || reference.url;
  if (!href) {
    return (
      <span className="text-slate-700">
        {label}
        {reference.title ? <span className="text-slate-500"> ({reference.url})</span> : null}
      </span>
    );
  }
  const external = isExternalHref(href) ? { target: EXTERNAL_LINK_TARGET, rel: EXTERNAL_LINK_REL } : {};
  return (
    <a href={href} {...external} className="font-medium text-brand-700 hover:underline">
      {label}
    </a>
  );
}
