import net from 'node:net';
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { E2E_PORT } from '../support/e2e-env';

// What a stranger's random traffic looks like: paths built from our own routes and from the pieces attacks use
// (encoded NUL and ../, invalid UTF-8, overlong segments), any method, headers a framework reacts to (action ids,
// content types, router state, ranges), and bodies from empty to broken multipart. Sent byte for byte over a socket,
// so nothing normalises them on the way.
const RUNS = 1_200;
const IN_FLIGHT = 8;
const LEAK = /\bat \S+ \(|\/work\/|node_modules|\.next\/|APP_SECRET|ENCRYPTION_KEYS|root:x:0/;

const token = (pattern: RegExp) => fc.stringMatching(pattern);
const segment = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom(
      'nl',
      'en',
      'staff',
      'login',
      'security',
      'inbox',
      'dashboard',
      'export',
      'report',
      'audit',
      'contact',
      'status',
      'bevestiging',
      'confirmation',
      'hulp',
      'verslaving',
      'help',
      'addiction',
      'privacy',
      'api',
      'e',
      'health',
      'ready',
      'w',
      'utr-x7k2',
      '_next',
      'static',
      'chunks',
      'image',
      'robots.txt',
      'icon.svg',
    ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom('%00', '..', '%2e%2e', '..%2f', '%2f', '%5c', '%E2%80%AE', '%252e', '%20'),
  },
  { weight: 1, arbitrary: fc.constantFrom('%ff', '%c3%28', '%', '%zz') },
  {
    weight: 2,
    arbitrary: fc.constantFrom('[locale]', '(site)', '$ACTION', ';x=1', 'a'.repeat(300), '~', '.env', '.git'),
  },
  { weight: 3, arbitrary: token(/^[A-Za-z0-9._~!$&'()*+,;=:@-]{0,16}$/) },
);
// Half of them under a locale, where the pages are.
const path = fc
  .tuple(
    fc.constantFrom('', '', 'nl', 'en', 'nl/staff', 'en/staff'),
    fc.array(segment, { minLength: 0, maxLength: 4 }),
    fc.option(token(/^[A-Za-z0-9=&%._-]{0,40}$/)),
  )
  .map(
    ([locale, segments, query]) =>
      `/${[locale, ...segments].filter(Boolean).join('/')}${query === null ? '' : `?${query}`}`,
  );

const headerValue = token(/^[\x20-\x7e]{0,60}$/);
const extraHeaders = fc
  .tuple(
    ...[
      fc
        .constantFrom(
          'multipart/form-data; boundary=x',
          'multipart/form-data',
          'application/x-www-form-urlencoded',
          'text/plain;charset=UTF-8',
          'application/json',
          'text/x-component',
          'image/png',
        )
        .map((value) => `Content-Type: ${value}`),
      fc
        .oneof(token(/^[0-9a-f]{0,50}$/), fc.constant('deadbeef'), headerValue)
        .map((value) => `Next-Action: ${value}`),
      headerValue.map((value) => `Next-Router-State-Tree: ${value}`),
      fc.constant('RSC: 1'),
      fc.constant('Next-Router-Prefetch: 1'),
      headerValue.map((value) => `Accept-Language: ${value}`),
      headerValue.map((value) => `Cookie: uitweg_staff_nl=${value}`),
      headerValue.map((value) => `X-Forwarded-For: ${value}`),
      headerValue.map((value) => `X-Forwarded-Host: ${value}`),
      headerValue.map((value) => `Range: bytes=${value}`),
      headerValue.map((value) => `If-None-Match: ${value}`),
      headerValue.map((value) => `X-Test-Now: ${value}`),
      fc.constantFrom('text/x-component', '*/*', 'text/html').map((value) => `Accept: ${value}`),
      fc.constantFrom('same-origin', 'cross-site', 'none').map((value) => `Sec-Fetch-Site: ${value}`),
    ].map((header) =>
      fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: header }),
    ),
  )
  .map((headers) => headers.filter((header): header is string => header !== null));

const body = fc.oneof(
  fc.constant(''),
  headerValue,
  fc.constant('--x\r\nContent-Disposition: form-data; name="$ACTION_ID_0011"\r\n\r\n\r\n--x--\r\n'),
  fc.constant('--x\r\nContent-Disposition: form-data; name="$ACTION_REF_1"\r\n\r\n\r\n--x--\r\n'),
  fc.constant(
    '--x\r\nContent-Disposition: form-data; name="$ACTION_1:0"\r\n\r\n{"id":"zz","bound":null}\r\n--x--\r\n',
  ),
  fc.constant('--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb'),
  fc.constant('["$K1","$@0",{"a":"$Q2"}]'),
  fc.constant('audience=recipient&topic=exit&reach=none&started=1.x&message=%ff%fe'),
  token(/^[A-Za-z0-9=&%+._-]{0,200}$/),
);

const request = fc.record({
  method: fc.oneof(
    {
      weight: 10,
      arbitrary: fc.constantFrom('GET', 'HEAD', 'POST', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'),
    },
    // Node's own parser refuses most unknown methods with a 400; a few it knows (PROPFIND, MKCOL, ...) pass.
    {
      weight: 1,
      arbitrary: fc.oneof(fc.constantFrom('PROPFIND', 'MKCOL', 'TRACE', 'PURGE'), token(/^[A-Z]{3,8}$/)),
    },
  ),
  path,
  headers: extraHeaders,
  body,
});
type RandomRequest = typeof request extends fc.Arbitrary<infer T> ? T : never;

function send(spec: RandomRequest): Promise<{ status: number; text: string }> {
  const payload = Buffer.from(spec.body, 'latin1');
  const head = [
    `${spec.method} ${spec.path} HTTP/1.1`,
    'Host: 127.0.0.1',
    'Connection: close',
    ...spec.headers,
    ...(payload.length > 0 || spec.method === 'POST' ? [`Content-Length: ${payload.length}`] : []),
  ].join('\r\n');
  return new Promise((resolve, reject) => {
    const socket = net.connect(E2E_PORT, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('connect', () =>
      socket.write(Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), payload])),
    );
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
    });
    socket.setTimeout(20_000, () => socket.destroy(new Error('no answer within 20 s')));
  });
}

test('random requests over paths, methods, headers and bodies never get a 5xx or a stack trace', async () => {
  test.setTimeout(240_000);
  const samples = fc.sample(request, {
    numRuns: RUNS,
    seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31),
  });
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  for (let start = 0; start < samples.length; start += IN_FLIGHT) {
    const batch = samples.slice(start, start + IN_FLIGHT);
    const answers = await Promise.all(batch.map(send));
    answers.forEach((answer, index) => {
      const spec = batch[index];
      const label = `${spec?.method} ${spec?.path} [${spec?.headers.join(' | ')}] ${JSON.stringify(spec?.body)}`;
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status < 100 || answer.status >= 500) failures.push(`${answer.status}: ${label}`);
      else if (LEAK.test(answer.text)) failures.push(`leak: ${label}`);
    });
  }
  // How deep the run got (pages rendered, redirects, refusals), for whoever reads a failure.
  test.info().annotations.push({ type: 'statuses', description: JSON.stringify([...statuses].sort()) });
  expect(failures.slice(0, 20), `${failures.length} of ${samples.length} failed`).toEqual([]);
});
