'use client';

import { useEffect } from 'react';
import { forgetAttempt } from '../runner/store';

/** A closed attempt needs nothing on this device any more. */
export function ForgetLocalAttempt({ attemptId }: { attemptId: string }) {
  useEffect(() => forgetAttempt(attemptId), [attemptId]);
  return null;
}
