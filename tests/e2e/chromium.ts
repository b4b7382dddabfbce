/**
 * Debian's Chromium, as the tests and the Lighthouse benchmark launch it: Playwright cannot
 * download its own browsers here, and headless Chromium as root needs these flags (no sandbox,
 * no GPU, nothing fetched in the background that would wait on a network we do not have).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
