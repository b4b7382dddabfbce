/** A tiny cookie-keeping HTTP client for simulated learners (one per learner). */
export class LearnerClient {
  private cookies = new Map<string, string>();

  constructor(private readonly base: string) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keepCookies(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      if (eq > 0) this.cookies.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
    }
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('cookie', this.cookieHeader());
    if (init.method && init.method !== 'GET') headers.set('origin', this.base);
    const response = await fetch(this.base + path, { ...init, headers, redirect: 'manual' });
    this.keepCookies(response);
    return response;
  }

  /** next-auth's credentials flow: CSRF token, then the callback that sets the session cookie. */
  async signIn(email: string, password: string): Promise<void> {
    const csrf = (await (await this.request('/api/auth/csrf')).json()) as { csrfToken: string };
    const body = new URLSearchParams({
      csrfToken: csrf.csrfToken,
      email,
      password,
      json: 'true',
      callbackUrl: this.base,
    });
    const response = await this.request('/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    await response.arrayBuffer();
    if (![...this.cookies.keys()].some((name) => name.endsWith('session-token'))) {
      throw new Error(`sign-in failed for ${email}: HTTP ${response.status}`);
    }
  }

  /** Starts a mock exam of `examSlug` through the JSON route; returns the attempt's id. */
  async startMockExam(examSlug: string): Promise<string> {
    const response = await this.request('/api/attempts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ examSlug, mode: 'mock' }),
    });
    if (response.status !== 201)
      throw new Error(`start mock exam: HTTP ${response.status} ${(await response.text()).slice(0, 200)}`);
    return ((await response.json()) as { data: { id: string } }).data.id;
  }
}
