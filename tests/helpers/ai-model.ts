import { simulateReadableStream } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import type { ConfiguredModel } from '../../server/ai/provider';

/**
 * A language model for tests: the AI SDK's own MockLanguageModelV4 (ai 7 speaks the v4 model
 * specification), streaming the given JSON text in small pieces as a provider would.
 */

const USAGE = {
  inputTokens: { total: 900, noCache: 900, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 1500, text: 1500, reasoning: undefined },
};

/** The model's answer for these questions: Output.array's `{ "elements": [...] }`. */
export function questionsJson(items: unknown[]): string {
  return JSON.stringify({ elements: items });
}

function pieces(text: string, size = 40): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

export function streamingModel(
  text: string,
  { failAfter }: { failAfter?: number } = {},
): ConfiguredModel & { mock: MockLanguageModelV4 } {
  const deltas = pieces(text);
  const cut = failAfter ?? deltas.length;
  const chunks = [
    { type: 'text-start', id: 't1' },
    ...deltas.slice(0, cut).map((delta) => ({ type: 'text-delta', id: 't1', delta })),
    ...(failAfter !== undefined
      ? [{ type: 'error', error: new Error('upstream connection reset') }]
      : [
          { type: 'text-end', id: 't1' },
          { type: 'finish', finishReason: { unified: 'stop', raw: undefined }, usage: USAGE },
        ]),
  ];
  const mock = new MockLanguageModelV4({
    modelId: 'mock-model',
    doStream: async () => ({ stream: simulateReadableStream({ chunks: chunks as never }) }),
  });
  return { model: mock, modelId: 'mock-model', mock };
}

/** A model whose call fails before any output (as a refused key or an unreachable host does). */
export function failingModel(error: Error): ConfiguredModel {
  return {
    model: new MockLanguageModelV4({
      modelId: 'mock-model',
      doStream: async () => {
        throw error;
      },
    }),
    modelId: 'mock-model',
  };
}

/** A model that starts answering and then never finishes (until aborted). */
export function stalledModel(): ConfiguredModel {
  return {
    model: new MockLanguageModelV4({
      modelId: 'mock-model',
      doStream: async ({ abortSignal }) => ({
        stream: new ReadableStream({
          start(controller) {
            controller.enqueue({ type: 'text-start', id: 't1' });
            controller.enqueue({ type: 'text-delta', id: 't1', delta: '{"elements":[' });
            abortSignal?.addEventListener('abort', () => controller.error(abortSignal.reason));
          },
        }),
      }),
    }),
    modelId: 'mock-model',
  };
}

/** A valid generated question (JSON format shape). */
export function generatedItem(n: number, overrides: Record<string, unknown> = {}) {
  return {
    type: 'single',
    difficulty: 2,
    stem: `Which storage class suits archive data number ${n} kept for seven years?`,
    options: [
      { text: `Glacier Deep Archive tier ${n}`, correct: true },
      { text: `Standard tier ${n}`, correct: false },
      { text: `Intelligent tiering ${n}`, correct: false },
    ],
    explanation: `Deep Archive is the cheapest class for rarely read data (${n}).`,
    references: [{ title: 'Storage classes', url: 'https://docs.aws.amazon.com/s3/storage-classes' }],
    ...overrides,
  };
}
