import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { E2E_BASE_URL } from '../support/e2e-env';
import {
  CALL_LABEL,
  HELPLINE,
  NEUTRAL_SITE,
  NOT_FOUND_PAGES,
  QUICK_EXIT_LABEL,
  NEW_LOCALE_PAGES,
  QUICK_EXIT_TEXT,
  VISITOR_PAGES,
  type VisitorLocale,
} from '../support/visitor-pages';
import ar from '@/messages/ar.json';
import pl from '@/messages/pl.json';
import tr from '@/messages/tr.json';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PHONE_SIZES = [
  { width: 360, height: 640 },
  { width: 320, height: 640 },
];
const ORIGIN = new URL(E2E_BASE_URL).origin;

/** The neutral site is external and this machine is offline: answer for it. */
async function interceptNeutralSite(target: Page | BrowserContext): Promise<void> {
  await target.route('https://www.buienradar.nl/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>weer</title>weer' }),
  );
}

/**
 * Waits until the client enhancement has run: it moves every `ping` attribute into `data-beacon`, in the same effect
 * that installs the quick-exit and read-aloud listeners.
 */
async function waitForEnhancements(page: Page): Promise<void> {
  await expect(page.locator('a[data-beacon]').first()).toBeAttached();
  await expect(page.locator('a[ping]')).toHaveCount(0);
}

/** One main landmark, the skip link's target: the frame's, never doubled by a page inside it. */
async function expectOneMain(page: Page): Promise<void> {
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('[id="main"]')).toHaveCount(1);
  await expect(page.locator('main')).toHaveAttribute('id', 'main');
}

/** axe-core violations, reduced to what a reader of a failed test needs. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ` +
      violation.nodes.map((node) => node.target.join(' ')).join(', '),
  );
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test.describe('every visitor page on a small phone', () => {
  // Two page sizes and two axe runs per test, on a machine that may be busy.
  test.describe.configure({ timeout: 90_000 });

  for (const visitorPage of [...VISITOR_PAGES, ...NEW_LOCALE_PAGES]) {
    test(`${visitorPage.path} shows its content, the number and quick exit, and passes axe`, async ({
      page,
    }) => {
      for (const size of PHONE_SIZES) {
        await test.step(`${size.width}×${size.height}`, async () => {
          await page.setViewportSize(size);
          const response = await page.goto(visitorPage.path);
          expect(response?.status()).toBe(200);
          await expect(page.locator('html')).toHaveAttribute('lang', visitorPage.locale);
          await expect(page.locator('html')).toHaveAttribute(
            'dir',
            visitorPage.locale === 'ar' ? 'rtl' : 'ltr',
          );
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(visitorPage.heading);
          if (visitorPage.shows) await expect(page.getByText(visitorPage.shows)).toBeVisible();

          const call = page.getByRole('link', { name: CALL_LABEL[visitorPage.locale], exact: true });
          await expect(call).toBeVisible();
          // In the first screen, without scrolling.
          await expect(call).toBeInViewport();
          await expect(call).toHaveAttribute('href', HELPLINE.href);
          await expect(call).toContainText(HELPLINE.display);

          const exit = page.getByRole('link', { name: QUICK_EXIT_LABEL[visitorPage.locale], exact: true });
          await expect(exit).toBeVisible();
          await expect(exit).toHaveText(new RegExp(`${QUICK_EXIT_TEXT[visitorPage.locale]}$`));

          // Checked after the enhancement ran, so the read-aloud buttons are in the state a visitor sees.
          await waitForEnhancements(page);
          await expectOneMain(page);
          expect(await axeViolations(page)).toEqual([]);
          expect(await horizontalOverflow(page), 'horizontal scrolling').toBeLessThanOrEqual(0);
        });
      }
    });
  }

  for (const notFound of NOT_FOUND_PAGES) {
    test(`an unknown address (${notFound.path}) shows the helpline with JavaScript on`, async ({ page }) => {
      for (const size of PHONE_SIZES) {
        await test.step(`${size.width}×${size.height}`, async () => {
          await page.setViewportSize(size);
          const response = await page.goto(notFound.path);
          expect(response?.status()).toBe(404);
          await expect(page.locator('html')).toHaveAttribute('lang', notFound.locale);
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(notFound.heading);
          const call = page.getByRole('link', { name: notFound.call, exact: true });
          await expect(call).toBeVisible();
          await expect(call).toHaveAttribute('href', HELPLINE.href);
          // It sits in the site frame: the help bar and the quick exit are there as on every page.
          const helpBarCall = page.getByRole('link', { name: CALL_LABEL[notFound.locale], exact: true });
          await expect(helpBarCall).toHaveAttribute('href', HELPLINE.href);
          await expect(
            page.getByRole('link', { name: QUICK_EXIT_LABEL[notFound.locale], exact: true }),
          ).toBeVisible();
          await waitForEnhancements(page);
          await expectOneMain(page);
          expect(await axeViolations(page)).toEqual([]);
          expect(await horizontalOverflow(page), 'horizontal scrolling').toBeLessThanOrEqual(0);
        });
      }
    });
  }
});

test('without JavaScript the landing page has the number, a working call link and a plain quick exit', async ({
  browser,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 320, height: 640 },
  });
  await interceptNeutralSite(context);
  const page = await context.newPage();
  expect((await page.goto('/nl'))?.status()).toBe(200);
  await expect(page.getByText(HELPLINE.display).first()).toBeVisible();
  const call = page.getByRole('link', { name: CALL_LABEL.nl, exact: true });
  await expect(call).toBeVisible();
  await expect(call).toHaveAttribute('href', HELPLINE.href);
  // Without JavaScript the `ping` stays on the link, so a tap is still counted by the browser itself.
  await expect(call).toHaveAttribute('ping', /^\/api\/e\?k=tap&c=primary$/);

  const exit = page.getByRole('link', { name: QUICK_EXIT_LABEL.nl, exact: true });
  await expect(exit).toHaveAttribute('href', NEUTRAL_SITE);
  await exit.click();
  await expect(page).toHaveURL(NEUTRAL_SITE);
  await expect(page).toHaveTitle('weer');
  await context.close();
});

test.describe('quick exit', () => {
  test('pressing Shift three times leaves the page and Back does not return to it', async ({ page }) => {
    await interceptNeutralSite(page);
    await page.goto('/nl');
    await page.goto('/nl/hulp/verslaving');
    await waitForEnhancements(page);
    await page.keyboard.press('Shift');
    await expect(page.locator('#exit-announcer')).toHaveText(
      'Druk nog 2 keer op Shift om de pagina snel te verlaten.',
    );
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForURL(NEUTRAL_SITE);
    await expect(page).toHaveTitle('weer');

    await page.goBack();
    expect(page.url()).toBe(`${E2E_BASE_URL}/nl`);
  });

  test('other keys between the Shift presses reset the count', async ({ page }) => {
    await page.goto('/en/help');
    await waitForEnhancements(page);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('a');
    await page.keyboard.press('Shift');
    await expect(page.locator('#exit-announcer')).toHaveText(
      'Press Shift 2 more times to leave the page quickly.',
    );
    expect(page.url()).toBe(`${E2E_BASE_URL}/en/help`);
  });

  for (const locale of ['nl', 'en'] as const) {
    test(`the ${locale} quick-exit button replaces the history entry`, async ({ page }) => {
      await interceptNeutralSite(page);
      const [first, second] = locale === 'nl' ? ['/nl', '/nl/ouders'] : ['/en', '/en/parents'];
      await page.goto(first);
      await page.goto(second);
      await waitForEnhancements(page);
      const entries = await page.evaluate(() => history.length);
      await page.getByRole('link', { name: QUICK_EXIT_LABEL[locale], exact: true }).click();
      await page.waitForURL(NEUTRAL_SITE);
      // The neutral site took the place of the page in the history: no entry was added.
      expect(await page.evaluate(() => history.length)).toBe(entries);

      await page.goBack();
      // Back lands on the page before, never on the page the person was reading.
      expect(page.url()).toBe(`${E2E_BASE_URL}${first}`);
    });
  }
});

test.describe('privacy and security of visitor responses', () => {
  test('a visit through many pages sets no cookie', async ({ browser }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext();
    const page = await context.newPage();
    const withCookie: string[] = [];
    const seen: string[] = [];
    page.on('response', async (response) => {
      seen.push(response.url());
      const cookie = await response.headerValue('set-cookie').catch(() => null);
      if (cookie) withCookie.push(`${response.url()}: ${cookie}`);
    });

    for (const visitorPage of VISITOR_PAGES) await page.goto(visitorPage.path);
    for (const path of ['/pl/kontakt', '/tr/yardim/para', '/ar/privacy']) await page.goto(path);
    for (const notFound of NOT_FOUND_PAGES) await page.goto(notFound.path);
    // The chooser, the language switch, a tap beacon and a status check: the things a visitor does.
    await page.goto('/nl/contact?audience=parent&topic=money');
    await page.goto('/nl/contact/status');
    await page.getByLabel('Je code').fill('AB-CDEF');
    await page.getByRole('button', { name: 'Bekijk status' }).click();
    await expect(page.getByTestId('status-answer')).toContainText('We vinden geen bericht met deze code');
    await page.goto('/nl/hulp/verslaving');
    await waitForEnhancements(page);
    await page.getByText('Taal', { exact: true }).click();
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/help\/addiction$/);
    await page.goto('/');
    await page.waitForLoadState('networkidle');

    expect(seen.length).toBeGreaterThan(VISITOR_PAGES.length);
    expect(withCookie).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  test('a page load makes no request outside our own origin', async ({ page }) => {
    const foreign: string[] = [];
    let total = 0;
    page.on('request', (request) => {
      total += 1;
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== ORIGIN)
        foreign.push(request.url());
    });
    for (const path of ['/nl', '/w/utr-x7k2', '/en/help/money', '/nl/contact', '/nl/bestaat-niet']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    expect(total).toBeGreaterThan(5);
    expect(foreign).toEqual([]);
  });

  test('page responses carry the security headers and a strict policy: documents without inline script', async ({
    page,
  }) => {
    for (const path of ['/nl', '/w/utr-x7k2', '/en/help/addiction', '/nl/contact', '/nl/privacy']) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      const headers = (await response?.allHeaders()) ?? {};
      const csp = headers['content-security-policy'] ?? '';
      const directives = new Map(
        csp
          .split(';')
          .map((part) => part.trim().split(/\s+/))
          .map(([name = '', ...values]) => [name, values] as const),
      );
      const scriptSrc = directives.get('script-src') ?? directives.get('default-src') ?? [];
      expect(scriptSrc, `${path}: no inline scripts`).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
      expect(directives.get('object-src') ?? directives.get('default-src')).toEqual(["'none'"]);
      expect(headers['referrer-policy']).toBe('same-origin');
      expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['permissions-policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
      const scripts = await page.evaluate(() =>
        Array.from(document.scripts).map((script) => ({
          nonce: script.nonce,
          src: script.getAttribute('src'),
        })),
      );
      expect(scripts.length).toBeGreaterThan(0);
      const nonce = scriptSrc.find((value) => /^'nonce-[A-Za-z0-9+/=]{16,}'$/.test(value));
      // A document, the contact form included: no nonce, only our own script files may run.
      expect(nonce, `${path}: a document needs no nonce`).toBeUndefined();
      expect(scriptSrc).toEqual(["'self'"]);
      for (const script of scripts) expect(script.src).toMatch(/^\/assets\/[a-z]+-[\w-]{12}\.js$/);
    }
  });

  test('no page reports a Content-Security-Policy violation', async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (/Content[ -]Security[ -]Policy/i.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(
          `Content Security Policy violation on ${location.pathname}: ${event.violatedDirective} ` +
            `${event.blockedURI} (${event.sourceFile}:${event.lineNumber}:${event.columnNumber})`,
        );
      });
    });
    for (const path of [
      '/nl',
      '/w/utr-x7k2',
      '/en/help/getting-out',
      '/nl/contact',
      '/en/is-this-sms-real?w=utr-q8r3',
      '/nl/bestaat-niet',
    ]) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    // The forms script starts the proof of work when the person starts on the form, and focuses the error summary
    // of the answer to a refused post.
    await page.goto('/en/contact');
    await page.locator('input[name="audience"]').first().focus();
    await expect(page.locator('input[name="pow"]')).not.toHaveValue('', { timeout: 15_000 });
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(page.getByTestId('error-summary')).toBeFocused();
    expect(problems).toEqual([]);
  });
});

interface SpokenUtterance {
  text: string;
  lang: string;
}

/** Headless Chromium has no voices to speak with: a recording stand-in takes the place of the browser's own. */
async function installRecordingSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string }[] = [];
    class FakeUtterance {
      text: string;
      lang = '';
      onend: (() => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const fake = {
      speaking: false,
      pending: false,
      paused: false,
      speak: (utterance: FakeUtterance) => spoken.push({ text: utterance.text, lang: utterance.lang }),
      cancel: () => undefined,
      pause: () => undefined,
      resume: () => undefined,
      // The voices of a browser without an Arabic one.
      getVoices: () => [{ lang: 'nl-NL' }, { lang: 'en-GB' }, { lang: 'pl-PL' }, { lang: 'tr-TR' }],
      onvoiceschanged: null,
    };
    Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: FakeUtterance,
      configurable: true,
    });
    Object.defineProperty(window, '__spoken', { value: spoken });
  });
}

test.describe('read aloud', () => {
  for (const { locale, path, label, stop, lang } of [
    {
      locale: 'nl' as VisitorLocale,
      path: '/nl/hulp/verslaving',
      label: 'Lees voor',
      stop: 'Stop met voorlezen',
      lang: 'nl-NL',
    },
    {
      locale: 'en' as VisitorLocale,
      path: '/en/help/addiction',
      label: 'Read aloud',
      stop: 'Stop reading',
      lang: 'en-GB',
    },
    {
      locale: 'pl' as VisitorLocale,
      path: '/pl/pomoc/uzaleznienie',
      label: pl.ReadAloud.start,
      stop: pl.ReadAloud.stop,
      lang: 'pl-PL',
    },
  ]) {
    test(`with speech synthesis the ${locale} buttons show and speak in ${lang}`, async ({ page }) => {
      await installRecordingSpeech(page);
      await page.goto(path);
      await waitForEnhancements(page);
      const buttons = page.getByRole('button', { name: label });
      expect(await buttons.count()).toBeGreaterThan(1);
      for (const button of await buttons.all()) await expect(button).toBeVisible();

      const first = page.locator('button[data-read-aloud]').first();
      const sectionId = (await first.getAttribute('data-read-aloud')) ?? '';
      const sectionTitle = (await page.locator(`[id="${sectionId}-title"]`).textContent())?.trim() ?? '';
      expect(sectionTitle.length).toBeGreaterThan(0);
      await first.click();
      await expect(first).toHaveAttribute('aria-pressed', 'true');
      await expect(first).toHaveText(stop);
      const spoken = await page.evaluate(
        () => (window as unknown as { __spoken: SpokenUtterance[] }).__spoken,
      );
      expect(spoken).toHaveLength(1);
      expect(spoken[0]?.lang).toBe(lang);
      // The section is read, starting with its title.
      expect(spoken[0]?.text.startsWith(sectionTitle)).toBe(true);
      expect(spoken[0]?.text.length).toBeGreaterThan(sectionTitle.length + 40);

      await first.click();
      await expect(first).toHaveAttribute('aria-pressed', 'false');
      await expect(first).toHaveText(label);
    });
  }

  test('without a voice for the page language the buttons stay hidden (Arabic here)', async ({ page }) => {
    await installRecordingSpeech(page);
    await page.goto('/ar/help/addiction');
    await waitForEnhancements(page);
    const buttons = page.locator('button[data-read-aloud]');
    expect(await buttons.count()).toBeGreaterThan(1);
    for (const button of await buttons.all()) await expect(button).toBeHidden();
  });

  test('without speech synthesis the read-aloud buttons stay hidden', async ({ page }) => {
    await page.addInitScript(() => {
      Reflect.deleteProperty(window, 'speechSynthesis');
      Reflect.deleteProperty(Window.prototype, 'speechSynthesis');
    });
    await page.goto('/nl/hulp/verslaving');
    await waitForEnhancements(page);
    expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
    const buttons = page.locator('button[data-read-aloud]');
    expect(await buttons.count()).toBeGreaterThan(1);
    for (const button of await buttons.all()) await expect(button).toBeHidden();
  });
});

test.describe('language menu', () => {
  const MENU_LABEL: Record<VisitorLocale, string> = {
    nl: 'Taal',
    en: 'Language',
    pl: 'Język',
    tr: 'Dil',
    ar: 'اللغة',
  };
  const NAMES: Record<VisitorLocale, string> = {
    nl: 'Nederlands',
    en: 'English',
    pl: 'Polski',
    tr: 'Türkçe',
    ar: 'العربية',
  };
  for (const [from, to, heading] of [
    ['/nl/hulp/verslaving', '/en/help/addiction', 'Help with addiction'],
    ['/en/help/addiction', '/nl/hulp/verslaving', 'Hulp bij verslaving'],
    ['/nl/is-deze-sms-echt', '/en/is-this-sms-real', 'Is this text message real?'],
    ['/en/accessibility', '/nl/toegankelijkheid', 'Toegankelijkheid'],
    ['/nl/onderzoek', '/en/research', 'Research'],
    ['/nl/contact/status', '/en/contact/status', 'Check your message'],
    ['/nl/hulp/verslaving', '/pl/pomoc/uzaleznienie', pl.TopicPage.addiction.title],
    ['/pl/kontakt', '/tr/iletisim', tr.ContactPage.title],
    ['/tr/gizlilik', '/ar/privacy', ar.PrivacyPage.title],
    ['/ar/contact', '/nl/contact', 'Neem contact op'],
  ] as const) {
    test(`${from} switches to ${to} and sets no cookie`, async ({ browser }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cookies: string[] = [];
      page.on('response', async (response) => {
        const cookie = await response.headerValue('set-cookie').catch(() => null);
        if (cookie) cookies.push(cookie);
      });
      await page.goto(from);
      await waitForEnhancements(page);
      const source = from.slice(1, 3) as VisitorLocale;
      const target = to.slice(1, 3) as VisitorLocale;
      const menu = page.getByTestId('language-menu');
      await menu.getByText(MENU_LABEL[source], { exact: true }).click();
      // Each language in its own name and script, the current one marked.
      await expect(menu.getByRole('link')).toHaveText(Object.values(NAMES));
      await expect(menu.getByRole('link', { name: NAMES[source], exact: true })).toHaveAttribute(
        'aria-current',
        'true',
      );
      await menu.getByRole('link', { name: NAMES[target], exact: true }).click();
      await expect(page).toHaveURL(`${E2E_BASE_URL}${to}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.locator('html')).toHaveAttribute('lang', target);
      expect(cookies).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      await context.close();
    });
  }

  test('works without JavaScript, and every page names its alternates', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/tr/yardim/bagimlilik');
    await page.getByTestId('language-menu').getByText('Dil', { exact: true }).click();
    await page.getByRole('link', { name: 'Polski', exact: true }).click();
    await expect(page).toHaveURL(`${E2E_BASE_URL}/pl/pomoc/uzaleznienie`);
    const alternates = await page
      .locator('link[rel="alternate"]')
      .evaluateAll((links) =>
        links.map((link) => [
          link.getAttribute('hreflang'),
          new URL(link.getAttribute('href') ?? '').pathname,
        ]),
      );
    expect(alternates).toEqual([
      ['nl', '/nl/hulp/verslaving'],
      ['en', '/en/help/addiction'],
      ['pl', '/pl/pomoc/uzaleznienie'],
      ['tr', '/tr/yardim/bagimlilik'],
      ['ar', '/ar/help/addiction'],
      ['x-default', '/nl/hulp/verslaving'],
    ]);
    await context.close();
  });
});

test.describe('who speaks what', () => {
  test('a Polish page says which languages the phone answers in, and that writing in Polish works', async ({
    page,
  }) => {
    await page.goto('/pl');
    const channels = page.getByTestId('channel-list');
    // The demo's phone line is answered in Dutch and English; every team a recipient writes to reads Polish.
    await expect(channels.getByTestId('language-note').first()).toHaveText(
      pl.ChannelList.answeredIn.replace('{languages}', 'niderlandzki i angielski'),
    );
    await expect(channels.getByTestId('writing-note')).toHaveText(pl.ChannelList.writeOwnLanguage);
  });

  test('a Turkish page names the languages written messages are answered in; a Dutch page needs no note', async ({
    page,
  }) => {
    await page.goto('/tr');
    await expect(page.getByTestId('writing-note')).toHaveText(
      tr.ChannelList.writtenAnswerIn.replace('{languages}', 'Felemenkçe, İngilizce ve Lehçe'),
    );
    await page.goto('/nl');
    await expect(page.getByTestId('channel-list')).toBeVisible();
    await expect(page.getByTestId('language-note')).toHaveCount(0);
    await expect(page.getByTestId('writing-note')).toHaveCount(0);
  });
});

test.describe('Arabic, right to left', () => {
  test('the help bar and header are mirrored, the number still reads left to right', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 360, height: 640 });
    const edges: Record<string, { callStart: number; callEnd: number; exitStart: number; exitEnd: number }> =
      {};
    for (const path of ['/en/contact', '/ar/contact']) {
      await page.goto(path);
      const call = page.getByRole('link', {
        name: CALL_LABEL[path === '/ar/contact' ? 'ar' : 'en'],
        exact: true,
      });
      const exit = page.locator('a[data-quick-exit]');
      const callBox = await call.boundingBox();
      const exitBox = await exit.boundingBox();
      if (!callBox || !exitBox) throw new Error(`no call button or quick exit on ${path}`);
      edges[path] = {
        callStart: callBox.x,
        callEnd: callBox.x + callBox.width,
        exitStart: exitBox.x,
        exitEnd: exitBox.x + exitBox.width,
      };
      await page.screenshot({
        path: testInfo.outputPath(`help-bar${path.replaceAll('/', '-')}.png`),
        clip: { x: 0, y: 0, width: 360, height: 160 },
      });
      await testInfo.attach(`help bar ${path}`, {
        path: testInfo.outputPath(`help-bar${path.replaceAll('/', '-')}.png`),
      });
    }
    const english = edges['/en/contact']!;
    const arabic = edges['/ar/contact']!;
    // English: the call button starts at the left edge, the quick exit further right; Arabic: mirrored.
    expect(english.callStart).toBeLessThan(40);
    expect(english.exitStart).toBeGreaterThan(english.callStart);
    expect(arabic.callEnd).toBeGreaterThan(320);
    expect(arabic.exitEnd).toBeLessThan(arabic.callEnd);
    const number = page.getByRole('link', { name: CALL_LABEL.ar, exact: true }).locator('[dir="ltr"]');
    await expect(number).toHaveText(HELPLINE.display);
  });
});
