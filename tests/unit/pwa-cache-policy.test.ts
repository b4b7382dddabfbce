import { describe, expect, it } from 'vitest';
import {
  isAttemptPage,
  isOtherPage,
  isRuntimeCache,
  ownerChanged,
  pageCacheKey,
  type RequestFacts,
} from '@/lib/pwa/cache-policy';

const ORIGIN = 'https://app.example';
const ATTEMPT = `${ORIGIN}/attempts/0f8fad5b-d9cb-469f-a165-70867728950e`;

function request(url: string, init: Partial<Omit<RequestFacts, 'url' | 'headers'>> = {}, headers = {}) {
  const map = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
  return {
    method: 'GET',
    mode: 'navigate',
    destination: 'document',
    ...init,
    url,
    headers: { get: (name: string) => map.get(name.toLowerCase()) ?? null },
  } satisfies RequestFacts;
}

describe('isAttemptPage', () => {
  it('keeps an open exam page, whatever question it shows, and when the window asks for it', () => {
    expect(isAttemptPage(request(ATTEMPT), ORIGIN)).toBe(true);
    expect(isAttemptPage(request(`${ATTEMPT}?q=3`), ORIGIN)).toBe(true);
    const fromWindow = request(ATTEMPT, { mode: 'cors', destination: '' }, { accept: 'text/html' });
    expect(isAttemptPage(fromWindow, ORIGIN)).toBe(true);
  });

  it('never keeps the RSC payload, a result page, another origin, a POST or a bad id', () => {
    expect(isAttemptPage(request(ATTEMPT, { mode: 'cors', destination: '' }, { rsc: '1' }), ORIGIN)).toBe(
      false,
    );
    expect(isAttemptPage(request(`${ATTEMPT}?_rsc=abc`), ORIGIN)).toBe(false);
    expect(isAttemptPage(request(`${ATTEMPT}/result`), ORIGIN)).toBe(false);
    expect(isAttemptPage(request(ATTEMPT.replace(ORIGIN, 'https://evil.example')), ORIGIN)).toBe(false);
    expect(isAttemptPage(request(ATTEMPT, { method: 'POST' }), ORIGIN)).toBe(false);
    expect(isAttemptPage(request(`${ORIGIN}/attempts/not-an-id`), ORIGIN)).toBe(false);
    // A fetch that does not ask for HTML (an API-style call) is not a page.
    expect(isAttemptPage(request(ATTEMPT, { mode: 'cors', destination: '' }), ORIGIN)).toBe(false);
  });
});

describe('isOtherPage', () => {
  it('is every other navigation of the app, never /api (auth included) nor an exam page', () => {
    expect(isOtherPage(request(`${ORIGIN}/exams`), ORIGIN)).toBe(true);
    expect(isOtherPage(request(`${ORIGIN}/dashboard?range=30`), ORIGIN)).toBe(true);
    expect(isOtherPage(request(`${ORIGIN}/api/auth/signin`), ORIGIN)).toBe(false);
    expect(isOtherPage(request(`${ORIGIN}/api/account/export`), ORIGIN)).toBe(false);
    expect(isOtherPage(request(ATTEMPT), ORIGIN)).toBe(false);
    expect(isOtherPage(request(`${ORIGIN}/exams`, { mode: 'cors' }), ORIGIN)).toBe(false);
    expect(isOtherPage(request(`${ORIGIN}/exams`, { method: 'POST' }), ORIGIN)).toBe(false);
    expect(isOtherPage(request('https://elsewhere.example/'), ORIGIN)).toBe(false);
  });
});

describe('pageCacheKey', () => {
  it('drops the query and fragment, so one copy per exam', () => {
    expect(pageCacheKey(`${ATTEMPT}?q=7#top`)).toBe(ATTEMPT);
  });
});

describe('isRuntimeCache', () => {
  it('spares only the precache', () => {
    expect(isRuntimeCache('pingtopass-attempt-pages')).toBe(true);
    expect(isRuntimeCache('some-old-cache')).toBe(true);
    expect(isRuntimeCache('serwist-precache-v2-https://app.example/')).toBe(false);
  });
});

describe('ownerChanged', () => {
  it('clears when nobody was recorded or a signed-in owner differs; not for the same user or after sign-out', () => {
    expect(ownerChanged(null, 'a')).toBe(true);
    expect(ownerChanged(null, '')).toBe(true);
    expect(ownerChanged('a', 'a')).toBe(false);
    expect(ownerChanged('a', '')).toBe(true);
    expect(ownerChanged('a', 'b')).toBe(true);
    expect(ownerChanged('', 'b')).toBe(false);
    expect(ownerChanged('', '')).toBe(false);
  });
});
