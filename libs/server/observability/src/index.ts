import pino, { Logger } from 'pino';

export type { Logger };

/** Structured JSON logs; `MKIB_LOG_LEVEL` sets the level (default info). */
export function createLogger(component: string, level = process.env.MKIB_LOG_LEVEL ?? 'info'): Logger {
  return pino({ name: `mkib-${component}`, level, base: { component } });
}
