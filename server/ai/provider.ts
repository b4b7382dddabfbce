import 'server-only';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModel } from 'ai';
import { serverEnv } from '../env';

export interface ConfiguredModel {
  model: LanguageModel;
  /** The model's name as configured (AI_MODEL): recorded in every generation's provenance. */
  modelId: string;
}

let cached: ConfiguredModel | null | undefined;

/**
 * The language model of AI-drafted questions: any OpenAI-compatible endpoint (hosted, Ollama,
 * vLLM) named by AI_BASE_URL + AI_MODEL (+ AI_API_KEY). Null when they are not set: the studio
 * page then explains what to set, and the route refuses with 503.
 */
export function configuredModel(): ConfiguredModel | null {
  if (cached !== undefined) return cached;
  const { AI_BASE_URL, AI_API_KEY, AI_MODEL } = serverEnv;
  if (!AI_BASE_URL || !AI_MODEL) return (cached = null);
  const provider = createOpenAICompatible({
    name: 'ai-drafts',
    baseURL: AI_BASE_URL,
    ...(AI_API_KEY ? { apiKey: AI_API_KEY } : {}),
    // Ask for JSON-schema structured output (OpenAI, vLLM and Ollama's /v1 honour response_format).
    supportsStructuredOutputs: true,
  });
  return (cached = { model: provider.chatModel(AI_MODEL), modelId: AI_MODEL });
}

export function isAiConfigured(): boolean {
  return configuredModel() !== null;
}
