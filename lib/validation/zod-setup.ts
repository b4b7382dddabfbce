import { z } from 'zod';

/**
 * zod's English messages name the received type from `input.constructor.name`; for a
 * null-prototype object whose "constructor" is itself a crafted object, building the message
 * throws ("Cannot convert object to primitive value": found by the fuzz tests). Bad input must
 * get a clear error, never a crash, so the locale is wrapped. Every schema module imports this
 * file, so it runs before any parse can fail.
 */
const english = z.locales.en();

z.config({
  // In the browser zod probes for its JIT with \`Function('')\`: an eval the CSP refuses, logged as
  // a CSP issue on every page whose client code parses with zod. The server keeps the faster JIT.
  jitless: typeof window !== 'undefined',
  localeError: (issue) => {
    try {
      return english.localeError(issue);
    } catch {
      return 'Invalid input.';
    }
  },
});
