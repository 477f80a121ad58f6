import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { E2E_PORT } from '../support/e2e-env';

// Named to run last: it reads what the production server logged during the whole browser suite.
test('the server log holds no address, user agent, wave-link query, message content or contact address', () => {
  const lines = readFileSync(`data/logs/e2e-server-${E2E_PORT}.log`, 'utf8').split('\n');
  // Next's start-up banner names the server's own addresses; that is not visitor data.
  const logged = lines.filter((line) => !/^\s*- (Local|Network):/.test(line));
  const text = logged.join('\n');
  expect(text).not.toMatch(/\b127\.0\.0\.1\b|::1\b|::ffff:/);
  expect(text).not.toMatch(/Mozilla\/|HeadlessChrome|WhatsApp\//);
  expect(text).not.toMatch(/\/w\/[a-z0-9-]+\?/);
  expect(text).not.toMatch(
    /Ik wil eruit|Geheim|Vertrouwelijk|Not stored|iemand@example\.com|\+316\d{8}|06 1\d{7}/,
  );
  // Bad input gets a 4xx and a clear answer; the framework never logs an error or a stack trace for it either.
  const frameworkErrors = logged.filter((line) => !line.startsWith('{') && /^\s+at \S|⨯|Error:/.test(line));
  expect(frameworkErrors.slice(0, 5)).toEqual([]);
  const entries = logged
    .filter((entry) => entry.startsWith('{'))
    .map((line) => JSON.parse(line) as { level?: string; event?: string; time?: string; request?: string });
  for (const entry of entries) {
    expect(['debug', 'info', 'warn', 'error']).toContain(entry.level);
    expect(entry.event).toMatch(/^[a-z_.]+$/);
    expect(entry.time).toMatch(/^\d{4}-\d\d-\d\dT/);
  }
  // Lines written while a request was handled name it, so one request can be followed through the log.
  const stored = entries.filter((entry) => entry.event === 'contact.stored');
  expect(stored.length).toBeGreaterThan(0);
  for (const entry of stored) expect(entry.request).toMatch(/^[0-9a-f-]{36}$/);
  expect(new Set(stored.map((entry) => entry.request)).size).toBe(stored.length);
});
