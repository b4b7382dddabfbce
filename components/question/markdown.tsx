import type { ComponentProps, ReactElement } from 'react';
import Markdown, { type Components, type ExtraProps, type UrlTransform } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { createLruCache } from '@/lib/markdown/lru-cache';
import { isPlainParagraph } from '@/lib/markdown/plain-text';
import {
  EXTERNAL_LINK_REL,
  EXTERNAL_LINK_TARGET,
  MARKDOWN_ALLOWED_ELEMENTS,
} from '@/lib/markdown/render-policy';
import { isExternalHref, sanitizeMarkdownUrl } from '@/lib/markdown/url-policy';
import styles from './markdown.module.css';

/**
 * Question markdown (stems, options, explanations) rendered sanitised: GFM (tables, strikethrough,
 * task lists, autolinks), code blocks, images by http(s) URL. Raw HTML is never parsed: it is shown
 * as the literal text the author typed (so `s3://<bucket>/<key>` or `List<String>` survive, which
 * dropping the "tags" would silently eat). Only allow-listed elements are produced; every URL goes
 * through the allow-list policy, so no script, event handler or javascript:/data:/vbscript: URL
 * can come out. React builds the elements (no dangerouslySetInnerHTML) and escapes all text and
 * attribute values.
 *
 * A plain synchronous component without hooks or 'use client': the learner view renders it on the
 * server and the studio's live preview renders the very same component in the browser, so the
 * preview looks exactly like what learners see.
 */

const transformUrl: UrlTransform = (url, key) => sanitizeMarkdownUrl(url, key === 'src' ? 'image' : 'link');

function MarkdownLink({ href, children, id, title, className, ...aria }: ComponentProps<'a'> & ExtraProps) {
  if (!href) return <span className={className}>{children}</span>;
  const common = {
    id,
    title,
    className,
    'aria-describedby': aria['aria-describedby'],
    'aria-label': aria['aria-label'],
  };
  if (!isExternalHref(href)) {
    return (
      <a href={href} {...common}>
        {children}
      </a>
    );
  }
  return (
    <a href={href} target={EXTERNAL_LINK_TARGET} rel={EXTERNAL_LINK_REL} {...common}>
      {children}
    </a>
  );
}

function MarkdownImage({ src, alt, title }: ComponentProps<'img'> & ExtraProps) {
  // A refused URL leaves the alt text, so the author sees that something was there.
  if (typeof src !== 'string' || src === '') return alt ? <span>{alt}</span> : null;
  return (
    // next/image needs every remote host configured in advance; authors link images from anywhere.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={src}
      alt={alt ?? ''}
      title={title}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
    />
  );
}

const COMPONENTS: Components = { a: MarkdownLink, img: MarkdownImage };
const REMARK_PLUGINS = [remarkGfm];

/** The full (parsing) path. Exported for tests that compare it with the shortcuts below. */
export function parseQuestionMarkdown(source: string): ReactElement {
  // Markdown is a plain function of its props (no hooks), so calling it directly is safe and lets
  // the resulting element tree be cached.
  return Markdown({
    children: source,
    remarkPlugins: REMARK_PLUGINS,
    skipHtml: false,
    allowedElements: MARKDOWN_ALLOWED_ELEMENTS,
    unwrapDisallowed: true,
    urlTransform: transformUrl,
    components: COMPONENTS,
  });
}

/**
 * Parsing costs ~0.3–0.4 ms a block (measured: a cold 65-question page of stems and options ~130 ms,
 * the same page again ~2.5 ms). React elements are immutable, so the tree of a text is reused by
 * every later render of it: across requests on the server (many learners see the same questions)
 * and across re-renders of the studio preview. Bounded to ~15 exam pages of texts (a few tens of MB
 * at worst); plain-text options skip both the parser and the cache.
 */
const renderedTrees = createLruCache<string, ReactElement>(5_000);

export function renderQuestionMarkdown(source: string): ReactElement {
  if (isPlainParagraph(source)) return <p>{source}</p>;
  let tree = renderedTrees.get(source);
  if (!tree) {
    tree = parseQuestionMarkdown(source);
    renderedTrees.set(source, tree);
  }
  return tree;
}

export interface QuestionMarkdownProps {
  /** Markdown written by a question author: untrusted. */
  source: string;
  className?: string;
}

export function QuestionMarkdown({ source, className }: QuestionMarkdownProps) {
  return (
    <div className={className ? `${styles.root} ${className}` : styles.root}>
      {renderQuestionMarkdown(source)}
    </div>
  );
}
