import 'server-only';
import { currentRequestId } from '@/lib/server/request-context';

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/**
 * One JSON object per line, with the request id when written while a request is handled. Callers pass event names and counts, never request data: no IP address, user agent,
 * query string, message content or contact address may reach a log line (a test scans the e2e server log for them).
 */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

function threshold(): number {
  const level = process.env.LOG_LEVEL as Level | undefined;
  return ORDER[level ?? 'info'] ?? ORDER.info;
}

function write(level: Level, event: string, fields: LogFields = {}): void {
  if (ORDER[level] < threshold()) return;
  // The id of the request being handled, if any: it ties the lines of one request together and says nothing else.
  const request = currentRequestId();
  const line = JSON.stringify({
    time: new Date().toISOString(),
    level,
    event,
    ...(request ? { request } : {}),
    ...fields,
  });
  if (level === 'error' || level === 'warn') process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
}

export const log = {
  debug: (event: string, fields?: LogFields) => write('debug', event, fields),
  info: (event: string, fields?: LogFields) => write('info', event, fields),
  warn: (event: string, fields?: LogFields) => write('warn', event, fields),
  error: (event: string, fields?: LogFields) => write('error', event, fields),
};

/** The name and message of an error, without stack or values: safe to log. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 300);
  return String(error).slice(0, 300);
}
