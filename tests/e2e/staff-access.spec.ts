import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { type DemoRole, signIn, STAFF } from '../support/staff';

const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const readJson = <T>(file: string): T =>
  JSON.parse(readFileSync(path.join(distDir, 'server', file), 'utf8')) as T;

/** `/[locale]/(staff)/staff/inbox/[id]/page` → `/nl/staff/inbox/guessed-id-0001`. */
const toUrlPath = (route: string) =>
  `/${route
    .split('/')
    .slice(0, -1)
    .filter((segment) => segment !== '' && !/^\(.*\)$/.test(segment))
    .map((segment) => (segment === '[locale]' ? 'nl' : segment.startsWith('[') ? 'guessed-id-0001' : segment))
    .join('/')}`;

// Every staff page and route handler of the build under test (not of the working tree, which may be ahead of it).
const routes = Object.keys(readJson<Record<string, string>>('app-paths-manifest.json'));
const STAFF_PAGES = routes
  .filter((route) => route.includes('/(staff)/') && route.endsWith('/page'))
  .map(toUrlPath)
  .sort();
const STAFF_ROUTES = routes
  .filter((route) => route.includes('staff') && route.endsWith('/route'))
  .map(toUrlPath)
  .sort();
const LOGIN = '/nl/staff/login';

function isLoginRedirect(status: number, location: string | undefined): boolean {
  return [302, 303, 307, 308].includes(status) && /\/(nl|en)\/staff\/login$/.test(location ?? '');
}

test('the crawl finds the staff screens', () => {
  expect(STAFF_PAGES).toEqual(
    expect.arrayContaining([
      '/nl/staff',
      LOGIN,
      '/nl/staff/inbox',
      '/nl/staff/inbox/guessed-id-0001',
      '/nl/staff/audit',
    ]),
  );
});

test('without a session every staff page and route handler redirects to login or refuses, in both languages', async ({
  request,
}) => {
  for (const url of [...STAFF_PAGES, ...STAFF_PAGES.map((page) => page.replace(/^\/nl/, '/en'))]) {
    if (/\/staff\/login$/.test(url)) continue;
    for (const method of ['GET', 'POST'] as const) {
      const response = await request.fetch(url, {
        method,
        maxRedirects: 0,
        ...(method === 'POST' ? { form: { id: 'guessed-id-0001', locale: 'nl' } } : {}),
      });
      // A POST that is no server action is refused outright (405/415) or treated like a GET.
      const refused = method === 'POST' ? [401, 403, 405, 415] : [401, 403];
      const ok =
        isLoginRedirect(response.status(), response.headers().location) ||
        refused.includes(response.status());
      expect(ok, `${method} ${url} gave ${response.status()}`).toBe(true);
      expect(await response.text()).not.toMatch(/uitweg\.test|Bericht T/);
    }
  }
  for (const url of STAFF_ROUTES) {
    const response = await request.get(url, { maxRedirects: 0 });
    const ok =
      isLoginRedirect(response.status(), response.headers().location) ||
      [401, 403].includes(response.status());
    expect(ok, `GET ${url} gave ${response.status()}`).toBe(true);
  }
});

test('without a session every staff server action redirects to login or refuses', async ({ request }) => {
  const distDir = process.env.NEXT_DIST_DIR ?? '.next';
  const manifest = JSON.parse(
    readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8'),
  ) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  const actions = Object.entries(manifest.node).filter(([, entry]) => entry.filename?.includes('(staff)'));
  expect(actions.length).toBeGreaterThan(5);
  for (const [id, entry] of actions) {
    if (entry.exportedName === 'login') continue;
    const worker =
      Object.keys(entry.workers).find((name) => name.includes('(staff)')) ??
      'app/[locale]/(staff)/staff/page';
    const url = toUrlPath(worker.replace(/^app/, ''));
    const response = await request.post(url, {
      headers: { 'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component' },
      data: '[]',
      maxRedirects: 0,
    });
    const redirect = response.headers()['x-action-redirect'] ?? response.headers().location ?? '';
    const ok = /\/staff\/login/.test(redirect) || [401, 403].includes(response.status());
    expect(ok, `${entry.filename}#${entry.exportedName} gave ${response.status()} ${redirect}`).toBe(true);
    expect(await response.text()).not.toMatch(/uitweg\.test|Bericht T/);
  }
});

/** Which role may open which section; a new staff section must be added here on purpose. */
const ALLOWED: Record<string, DemoRole[]> = {
  '': ['admin', 'analyst', 'caseworker'],
  security: ['admin', 'analyst', 'caseworker'],
  inbox: ['caseworker'],
  templates: ['admin', 'caseworker'],
  dashboard: ['admin', 'analyst'],
  experiments: ['admin', 'analyst'],
  waves: ['admin'],
  helplines: ['admin'],
  teams: ['admin'],
  accounts: ['admin'],
  audit: ['admin'],
  settings: ['admin'],
  // Opened from a reset link, without a session; without a valid token it is refused (403) for everyone.
  reset: [],
};

const NAV: Record<DemoRole, string[]> = {
  admin: [
    'Start',
    'Antwoorden',
    'Dashboard',
    'Proeven',
    'Sms-rondes',
    'Hulplijnen',
    'Teams',
    'Accounts',
    'Logboek',
    'Instellingen',
  ],
  analyst: ['Start', 'Dashboard', 'Proeven'],
  caseworker: ['Start', 'Inbox', 'Antwoorden'],
};

async function statusOf(api: APIRequestContext, url: string): Promise<number> {
  return (await api.get(url, { maxRedirects: 0 })).status();
}

for (const role of Object.keys(STAFF) as DemoRole[]) {
  test(`the ${role} reaches exactly the screens the role allows`, async ({ page }) => {
    await signIn(page, STAFF[role]);
    const links = page.getByRole('navigation', { name: 'Menu voor medewerkers' }).getByRole('link');
    await expect(links).toHaveText(NAV[role]);
    for (const url of STAFF_PAGES) {
      if (url === LOGIN) continue;
      const section = url.split('/')[3] ?? '';
      expect(Object.keys(ALLOWED), `add ${url} to the access matrix`).toContain(section);
      const status = await statusOf(page.request, url);
      if (url.endsWith('/guessed-id-0001')) {
        // A guessed id: not found for whoever may open the section, forbidden for everyone else.
        expect(status, url).toBe(ALLOWED[section]?.includes(role) ? 404 : 403);
      } else {
        expect(status, url).toBe(ALLOWED[section]?.includes(role) ? 200 : 403);
      }
    }
  });
}
