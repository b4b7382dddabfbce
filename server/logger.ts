import 'server-only';
import pino from 'pino';
import pretty from 'pino-pretty';
import { serverEnv } from './env';

// JSON lines in production (for log shippers); readable, synchronous output elsewhere.
// pino-pretty as a stream, not a transport: transports start worker threads that Next's
// server bundle cannot resolve.
export const logger =
  serverEnv.NODE_ENV === 'production'
    ? pino({ level: serverEnv.LOG_LEVEL })
    : pino({ level: serverEnv.LOG_LEVEL }, pretty({ colorize: true, sync: true, ignore: 'pid,hostname' }));
