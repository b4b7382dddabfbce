import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '@/lib/app-error';
import { serverEnv } from '../env';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * A 'cron' route answers only a caller that sends `Authorization: Bearer <CRON_SECRET>` (what
 * Vercel Cron sends; Cloudflare and others are configured to). Without CRON_SECRET set, nobody
 * is. Compared in constant time, over digests so the lengths match.
 */
export function assertCronCaller(request: Request): void {
  const secret = serverEnv.CRON_SECRET;
  const header = request.headers.get('authorization') ?? '';
  const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
  if (!secret || !given || !timingSafeEqual(digest(given), digest(secret))) {
    throw new AppError('unauthenticated', 'This endpoint needs the scheduler token (Authorization: Bearer).');
  }
}
