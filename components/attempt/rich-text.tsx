import { QuestionMarkdown } from '@/components/question/markdown';

/** Question content (stems, options, explanations): author markdown, rendered sanitised. */
export function RichText({ text, className }: { text: string; className?: string }) {
  return <QuestionMarkdown source={text} className={className} />;
}
