'use client';

import { useEffect } from 'react';

const TEN_MINUTES = 10 * 60 * 1000;

/**
 * Touches /api/auth/session while the tab is in use: next-auth re-issues the JWT there, which
 * slides the idle timeout, and the jwt callback re-checks revocation.
 */
export function SessionKeepAlive() {
  useEffect(() => {
    const touch = () => {
      if (document.visibilityState === 'visible')
        void fetch('/api/auth/session', { cache: 'no-store' }).catch(() => undefined);
    };
    touch();
    const timer = window.setInterval(touch, TEN_MINUTES);
    document.addEventListener('visibilitychange', touch);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', touch);
    };
  }, []);
  return null;
}
