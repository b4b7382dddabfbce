import { isRuntimeCache, ownerChanged } from '@/lib/pwa/cache-policy';

const OWNER_KEY = 'pingtopass:kept-pages-owner';

/**
 * Deletes every page the service worker kept for offline use (the run-time caches), leaving the
 * precache of static files. Called on sign-out and when the person on this device changes, so
 * nobody's exam page is ever shown to someone else. Never throws: clearing is best effort in
 * browsers without Cache Storage.
 */
export async function forgetKeptPages(): Promise<void> {
  if (typeof caches === 'undefined') return;
  try {
    const names = await caches.keys();
    await Promise.all(names.filter(isRuntimeCache).map((name) => caches.delete(name)));
  } catch {
    // Storage disabled (private mode, policy): there is nothing kept either.
  }
}

function readOwner(): string | null {
  try {
    return window.localStorage.getItem(OWNER_KEY);
  } catch {
    return null;
  }
}

function writeOwner(owner: string): void {
  try {
    window.localStorage.setItem(OWNER_KEY, owner);
  } catch {
    // Without localStorage every load counts as a change and clears: safe, only less useful.
  }
}

/**
 * Records whose pages this device keeps; clears them first when that is someone else (or nobody
 * was recorded). Returns whether it cleared. `userId` is '' when signed out.
 */
export async function claimKeptPages(userId: string): Promise<boolean> {
  const changed = ownerChanged(readOwner(), userId);
  if (changed) await forgetKeptPages();
  writeOwner(userId);
  return changed;
}
