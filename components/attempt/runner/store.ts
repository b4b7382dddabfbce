'use client';

import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  acknowledge,
  nextRevision,
  overlayAnswers,
  overlayFlags,
  overlayStruck,
  queueChange,
  toggleStruck,
  type Outbox,
  type PendingChange,
} from '@/lib/exam/outbox';
import type { AnswerFeedback, RunnerView } from '@/lib/exam/views';

/**
 * The runner's state, one store per attempt. What the learner did on this device but the
 * server has not acknowledged (the outbox), where they were, the time spent per question and
 * practice drafts live in localStorage under the attempt's id, so a reload, a closed tab or a
 * lost connection resumes exactly there. Answers, flags and struck-out options are the server's,
 * overlaid with the outbox.
 */
export interface RunnerState {
  index: number;
  answers: Record<number, string[]>;
  flags: Record<number, boolean>;
  /** Options struck out per position (a reading aid, never scored). */
  struck: Record<number, string[]>;
  feedback: Record<number, AnswerFeedback>;
  /** Practice: options picked but not checked yet. */
  drafts: Record<number, string[]>;
  outbox: Outbox;
  lastRevision: number;
  timeSpent: Record<number, number>;
  warningDismissed: boolean;
  hydrated: boolean;

  go(index: number): void;
  /** Mock: the answer becomes the selection and is queued. Practice: a draft. */
  setSelection(position: number, selected: string[]): void;
  /** Practice: the draft becomes the answer and is queued for checking. */
  commitDraft(position: number): PendingChange | null;
  toggleFlag(position: number): void;
  /** Strikes an option out, or brings it back; queued like an answer. */
  toggleStrike(position: number, optionId: string): void;
  addTime(position: number, ms: number): void;
  acknowledged(position: number, revision: number): void;
  setFeedback(position: number, feedback: AnswerFeedback): void;
  dismissWarning(): void;
}

type Persisted = Pick<
  RunnerState,
  'index' | 'outbox' | 'lastRevision' | 'timeSpent' | 'drafts' | 'warningDismissed'
>;

export type RunnerStore = StoreApi<RunnerState> & {
  persist: { rehydrate(): Promise<void> | void; clearStorage(): void };
};

const memory = new Map<string, string>();
// Server renders have no localStorage; and a browser that refuses it still works in memory.
const storage: StateStorage = {
  getItem: (name) => {
    try {
      return window.localStorage.getItem(name);
    } catch {
      return memory.get(name) ?? null;
    }
  },
  setItem: (name, value) => {
    try {
      window.localStorage.setItem(name, value);
    } catch {
      memory.set(name, value);
    }
  },
  removeItem: (name) => {
    try {
      window.localStorage.removeItem(name);
    } catch {
      memory.delete(name);
    }
  },
};

export function storageKey(attemptId: string): string {
  return `pingtopass:attempt:${attemptId}`;
}

export function forgetAttempt(attemptId: string): void {
  storage.removeItem(storageKey(attemptId));
}

export function createRunnerStore(
  view: RunnerView,
  initialIndex: number,
  indexFromUrl: boolean,
): RunnerStore {
  const last = Math.max(0, view.questions.length - 1);
  const clamp = (index: number) => Math.min(last, Math.max(0, Math.floor(index)));
  const practice = view.mode !== 'mock';

  return createStore<RunnerState>()(
    persist(
      (set, get) => {
        const queue = (position: number, change: Omit<PendingChange, 'revision'>) => {
          const revision = nextRevision(get().lastRevision, Date.now());
          const timeSpentMs = Math.round(get().timeSpent[position] ?? 0);
          const outbox = queueChange(get().outbox, position, { ...change, timeSpentMs }, revision);
          set({ outbox, lastRevision: revision });
          return outbox[position] ?? null;
        };
        return {
          index: clamp(initialIndex),
          answers: view.answers,
          flags: view.flags,
          struck: view.struck,
          feedback: view.feedback,
          drafts: {},
          outbox: {},
          lastRevision: 0,
          timeSpent: {},
          warningDismissed: false,
          hydrated: false,

          go: (index) => set({ index: clamp(index) }),
          setSelection: (position, selected) => {
            if (practice) {
              if (get().feedback[position] || get().outbox[position]?.selected) return;
              set({ drafts: { ...get().drafts, [position]: selected } });
              return;
            }
            const answers = { ...get().answers };
            if (selected.length === 0) delete answers[position];
            else answers[position] = selected;
            set({ answers });
            queue(position, { selected });
          },
          commitDraft: (position) => {
            const draft = get().drafts[position];
            if (!draft || draft.length === 0 || get().feedback[position]) return null;
            const drafts = { ...get().drafts };
            delete drafts[position];
            set({ answers: { ...get().answers, [position]: draft }, drafts });
            return queue(position, { selected: draft });
          },
          toggleFlag: (position) => {
            const flagged = !get().flags[position];
            set({ flags: { ...get().flags, [position]: flagged } });
            queue(position, { flagged });
          },
          toggleStrike: (position, optionId) => {
            const order = view.questions[position]?.options.map((o) => o.id) ?? [];
            const next = toggleStruck(get().struck[position] ?? [], optionId, order);
            const struck = { ...get().struck };
            if (next.length === 0) delete struck[position];
            else struck[position] = next;
            set({ struck });
            queue(position, { struck: next });
          },
          addTime: (position, ms) =>
            set({ timeSpent: { ...get().timeSpent, [position]: (get().timeSpent[position] ?? 0) + ms } }),
          acknowledged: (position, revision) =>
            set({ outbox: acknowledge(get().outbox, position, revision) }),
          setFeedback: (position, feedback) => set({ feedback: { ...get().feedback, [position]: feedback } }),
          dismissWarning: () => set({ warningDismissed: true }),
        };
      },
      {
        name: storageKey(view.id),
        version: 1,
        storage: createJSONStorage(() => storage),
        skipHydration: true,
        partialize: (state): Persisted => ({
          index: state.index,
          outbox: state.outbox,
          lastRevision: state.lastRevision,
          timeSpent: state.timeSpent,
          drafts: state.drafts,
          warningDismissed: state.warningDismissed,
        }),
        merge: (persisted, current) => {
          const saved = (persisted ?? {}) as Partial<Persisted>;
          // Changes the server already has (same or newer revision) are done.
          const outbox: Outbox = {};
          for (const [key, change] of Object.entries(saved.outbox ?? {})) {
            const position = Number(key);
            if (!Number.isInteger(position) || position < 0 || position > last) continue;
            if (change.revision > (view.revisions[position] ?? 0)) outbox[position] = change;
          }
          return {
            ...current,
            index: indexFromUrl ? current.index : clamp(saved.index ?? current.index),
            outbox,
            lastRevision: Math.max(saved.lastRevision ?? 0, ...Object.values(view.revisions)),
            timeSpent: saved.timeSpent ?? {},
            drafts: practice ? (saved.drafts ?? {}) : {},
            warningDismissed: saved.warningDismissed ?? false,
            answers: overlayAnswers(view.answers, outbox),
            flags: overlayFlags(view.flags, outbox),
            struck: overlayStruck(view.struck, outbox),
            hydrated: true,
          };
        },
      },
    ),
  ) as RunnerStore;
}
