import { describe, expect, it } from 'vitest';
import {
  acceptsGzip,
  nonceOfPolicy,
  publicPagePolicy,
  type PageRequest,
} from '@/lib/security/public-page-policy';

const request = (url: string, extra: Partial<PageRequest> = {}): PageRequest => ({
  method: 'GET',
  url,
  headers: {},
  botType: undefined,
  ...extra,
});
const policyOf = (url: string, extra: Partial<PageRequest> = {}) => publicPagePolicy(request(url, extra));

describe('which requests the public-page cache may answer', () => {
  it('keys the home page, the catalog and slug-shaped exam pages by path and kind of client', () => {
    expect(policyOf('/')).toEqual({ kind: 'cacheable', key: 'browser /' });
    expect(policyOf('/exams')).toEqual({ kind: 'cacheable', key: 'browser /exams' });
    expect(policyOf('/exams/aws-saa-c03')).toEqual({ kind: 'cacheable', key: 'browser /exams/aws-saa-c03' });
    expect(policyOf('/exams', { botType: 'html' })).toEqual({ kind: 'cacheable', key: 'html /exams' });
    expect(policyOf('/exams', { method: 'HEAD' })).toEqual({ kind: 'cacheable', key: 'browser /exams' });
  });

  it('leaves every other path to Next, escaped, cased or trailing-slash variants included', () => {
    for (const url of [
      '/exams/',
      '/exams/AWS',
      '/exams/a%2Db',
      '/exams/a--b',
      '/exams/a/b',
      '/exams//a',
      '/dashboard',
      '/api/health',
      '//exams',
      `/exams/${'a'.repeat(121)}`,
      '',
    ])
      expect(policyOf(url), url).toEqual({ kind: 'other' });
    expect(policyOf(`/exams/${'a'.repeat(120)}`).kind).toBe('cacheable');
  });

  it('renders a public page with any query string, so no query can add an entry', () => {
    for (const url of ['/exams?', '/exams?utm_source=x', '/?a=1&b=2', '/exams/aws?x'])
      expect(policyOf(url), url).toEqual({ kind: 'bypass', reason: 'query' });
  });

  it('renders a signed-in visitor’s page, under any of the session cookie’s names and chunks', () => {
    for (const cookie of [
      'next-auth.session-token=abc',
      '__Host-next-auth.session-token=abc',
      '__Secure-next-auth.session-token=abc',
      'theme=dark; next-auth.session-token.0=abc',
    ])
      expect(policyOf('/exams', { headers: { cookie } }), cookie).toEqual({
        kind: 'bypass',
        reason: 'session',
      });
    // next-auth's other cookies (CSRF, callback URL) are not a session.
    expect(
      policyOf('/exams', { headers: { cookie: 'next-auth.csrf-token=x; next-auth.callback-url=y' } }),
    ).toEqual({ kind: 'cacheable', key: 'browser /exams' });
  });

  it('renders RSC payloads, prefetches and actions, and other methods', () => {
    for (const name of ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-action', 'next-url'])
      expect(policyOf('/exams', { headers: { [name]: '1' } }), name).toEqual({
        kind: 'bypass',
        reason: 'router',
      });
    expect(policyOf('/exams', { method: 'POST' })).toEqual({ kind: 'bypass', reason: 'method' });
  });
});

describe('helpers of the cache', () => {
  it('reads the gzip preference, honouring q=0', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });

  it('finds the nonce of a policy', () => {
    const nonce = Buffer.from('0b0f6ae5-5d8c-4a4b-9a3f-1e2d3c4b5a69').toString('base64');
    expect(nonceOfPolicy(`default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`)).toBe(
      nonce,
    );
    expect(nonceOfPolicy("script-src 'self'")).toBeNull();
    expect(nonceOfPolicy(undefined)).toBeNull();
  });
});
