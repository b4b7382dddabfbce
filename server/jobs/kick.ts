import 'server-only';

/** What a process's own job worker offers to code that queues work (no import of the worker). */
export interface Kickable {
  kick(): void;
}

// One per process, also across dev hot reloads (which re-evaluate modules).
const holder = globalThis as unknown as { __pingtopassJobWorker?: Kickable };

export function inProcessWorker(): Kickable | undefined {
  return holder.__pingtopassJobWorker;
}

export function setInProcessWorker(worker: Kickable): void {
  holder.__pingtopassJobWorker = worker;
}

/** Run due jobs now in this process, when it has a worker (else the other workers pick them up). */
export function kickInProcessWorker(): void {
  holder.__pingtopassJobWorker?.kick();
}
