import { afterEach, describe, expect, it, vi } from 'vitest';
import { log } from '@/lib/server/log';
import { runInRequestContext } from '@/lib/server/request-context';

function captureStdout(): string[] {
  const lines: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  return lines;
}

describe('log', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it('writes one JSON object per line with time, level and event', () => {
    vi.stubEnv('LOG_LEVEL', 'info');
    const lines = captureStdout();
    log.info('contact.stored', { proofOfWork: true });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.endsWith('\n')).toBe(true);
    const entry = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    expect(entry).toMatchObject({ level: 'info', event: 'contact.stored', proofOfWork: true });
    expect(entry.time).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(entry).not.toHaveProperty('request');
  });

  it('carries the id of the request being handled, also after an await', async () => {
    vi.stubEnv('LOG_LEVEL', 'info');
    const lines = captureStdout();
    await runInRequestContext({ requestId: 'req-1234abcd' }, async () => {
      log.info('first');
      await new Promise((resolve) => setTimeout(resolve, 5));
      log.info('second');
    });
    log.info('outside');
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries.map((entry) => entry.request)).toEqual(['req-1234abcd', 'req-1234abcd', undefined]);
  });

  it('keeps two interleaved requests apart', async () => {
    vi.stubEnv('LOG_LEVEL', 'info');
    const lines = captureStdout();
    const handle = (requestId: string, delay: number) =>
      runInRequestContext({ requestId }, async () => {
        await new Promise((resolve) => setTimeout(resolve, delay));
        log.info('done', { name: requestId });
      });
    await Promise.all([handle('request-a-000', 10), handle('request-b-000', 1)]);
    for (const line of lines) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      expect(entry.request).toBe(entry.name);
    }
    expect(lines).toHaveLength(2);
  });

  it('leaves out lines below the configured level', () => {
    vi.stubEnv('LOG_LEVEL', 'warn');
    const lines = captureStdout();
    log.info('quiet');
    expect(lines).toHaveLength(0);
  });
});
