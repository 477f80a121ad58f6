// Issue 15's budgets for the visitor pages, checked against measured figures and printed as Markdown tables (so
// the output can go into docs/benchmarks.md as it is).

export const LIGHTHOUSE_PAGES = [
  '/nl',
  '/en',
  '/nl/hulp/verslaving',
  '/en/help/addiction',
  '/nl/contact',
  '/en/contact',
  '/nl/ouders',
  // The languages of issue 17: the same budgets hold for them (Arabic right to left, with its own font stack).
  '/pl',
  '/tr/yardim/bagimlilik',
  '/ar',
  '/ar/contact',
];

/** Per Lighthouse figure: the budget as written in the issue, and the check of a median against it. */
export const LIGHTHOUSE_BUDGETS = {
  performance: { label: 'performance', budget: '≥ 98', holds: (value) => value >= 98 },
  accessibility: { label: 'accessibility', budget: '100', holds: (value) => value === 100 },
  bestPractices: { label: 'best practices', budget: '100', holds: (value) => value === 100 },
  seo: { label: 'SEO', budget: '100', holds: (value) => value === 100 },
  lcpSeconds: { label: 'LCP s', budget: '≤ 1.2', holds: (value) => value <= 1.2 },
  tbtMs: { label: 'TBT ms', budget: '≤ 50', holds: (value) => value <= 50 },
  cls: { label: 'CLS', budget: '< 0.02', holds: (value) => value < 0.02 },
};

/** Landing HTML + CSS + JS on a first visit, in bytes (20 KB, counted as 20,000 bytes). */
export const WEIGHT_BUDGET_BYTES = 20_000;

export const THROUGHPUT_BUDGETS = {
  landing: { minRatio: 0.25, maxP99: 500 },
  'landing (ar)': { minRatio: 0.25, maxP99: 500 },
  topic: { minRatio: 0.25, maxP99: 500 },
  contact: { minRatio: 0.05 },
};

export const BURST_REQUESTS = 20_000;

const mark = (holds) => (holds ? '✓' : '✗');

/** A Markdown table with right-aligned figures (any cell that starts with a digit, sign or budget mark). */
export function markdownTable(header, rows) {
  const cells = [header, ...rows].map((cells) => cells.map(String));
  const widths = header.map((_, column) => Math.max(3, ...cells.map((line) => [...line[column]].length)));
  const numeric = header.map((_, column) =>
    rows.every((line) => /^[-\d≥≤<>~✓✗(]/.test(String(line[column])) || String(line[column]) === ''),
  );
  const pad = (text, column) => {
    const fill = ' '.repeat(widths[column] - [...text].length);
    return numeric[column] && column > 0 ? fill + text : text + fill;
  };
  const line = (values) => `| ${values.map(pad).join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (numeric[column] && column > 0 ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

/** Counts budgets that hold and fail, across sections. */
export class Tally {
  held = 0;
  failed = [];
  check(name, holds) {
    if (holds) this.held += 1;
    else this.failed.push(name);
    return mark(holds);
  }
  summary() {
    const total = this.held + this.failed.length;
    return this.failed.length === 0
      ? `All ${total} budgets hold.`
      : `${this.held} of ${total} budgets hold; not: ${this.failed.join('; ')}.`;
  }
}

export function lighthouseTable(lighthouse, tally) {
  const keys = Object.keys(LIGHTHOUSE_BUDGETS);
  const header = ['page', ...keys.map((key) => LIGHTHOUSE_BUDGETS[key].label)];
  const rows = [['budget', ...keys.map((key) => LIGHTHOUSE_BUDGETS[key].budget)]];
  for (const [page, figures] of Object.entries(lighthouse.medians)) {
    rows.push([
      page,
      ...keys.map((key) => {
        const value = figures[key];
        const cell = `${value} ${tally.check(`${page} ${LIGHTHOUSE_BUDGETS[key].label} ${value}`, LIGHTHOUSE_BUDGETS[key].holds(value))}`;
        return key === 'performance' ? `${cell} (${figures.performanceRange})` : cell;
      }),
    ]);
  }
  return markdownTable(header, rows);
}

const kB = (bytes) => (bytes / 1000).toFixed(1);

const isLanding = (page, index) => index === 0 || /^\/[a-z]{2}$/.test(page) || page.startsWith('/w/');

export function weightTable(weights, tally) {
  const rows = Object.entries(weights).map(([page, weight], index) => [
    page,
    kB(weight.html),
    kB(weight.css),
    kB(weight.js),
    // The landing pages (the first row and those of the other languages) have a budget; the rest are for comparison.
    isLanding(page, index)
      ? `${kB(weight.htmlCssJs)} ${tally.check(`${page} landing weight ${kB(weight.htmlCssJs)} kB`, weight.htmlCssJs <= WEIGHT_BUDGET_BYTES)}`
      : kB(weight.htmlCssJs),
    isLanding(page, index) ? `≤ ${kB(WEIGHT_BUDGET_BYTES)}` : '',
  ]);
  return markdownTable(
    ['page (first visit)', 'HTML kB', 'CSS kB', 'JS kB', 'HTML + CSS + JS kB', 'budget'],
    rows,
  );
}

export function frameworkTable(routes, tally) {
  const rows = Object.entries(routes).map(([route, found]) => [
    route,
    found.status,
    found.fromNext,
    found.inline,
    found.preloads,
    `${found.total} ${tally.check(`${route}: ${found.total} framework scripts`, found.total === 0)}`,
  ]);
  return markdownTable(
    ['visitor route', 'status', '/_next/ scripts', 'inline scripts', '/_next/ preloads', 'total (budget 0)'],
    rows,
  );
}

/** The per-request page asked for uncompressed (as autocannon does) and as a phone asks (brotli). */
export function encodingTable({ path, ceiling, summary }) {
  const line = (label, figures) => [
    label,
    figures.rps,
    figures.p99,
    figures.non2xx + figures.errors,
    figures.ratio === undefined ? '1' : String(figures.ratio),
  ];
  return markdownTable(
    ['target', 'req/s', 'p99 ms', 'non-2xx + errors', `ratio to ${ceiling}`],
    [
      line(`${ceiling} (ceiling)`, summary.ceiling),
      line(`${path}, no Accept-Encoding`, summary.identity),
      line(`${path}, Accept-Encoding: gzip, deflate, br`, summary.br),
    ],
  );
}

export function throughputTable(result, names, tally) {
  const { summary, ceiling, reference } = result;
  const plain = (path, label, ratio) => [
    `${path} (${label})`,
    summary[path].rps,
    summary[path].p50,
    summary[path].p99,
    summary[path].non2xx + summary[path].errors,
    ratio,
    ...(reference ? [path === reference ? '1' : ''] : []),
    '',
  ];
  const rows = [plain(ceiling, 'ceiling', '1')];
  if (reference) rows.push(plain(reference, 'reference, no budget', String(summary[reference].ratio)));
  for (const [kind, path] of Object.entries(names)) {
    const figures = summary[path];
    const budget = THROUGHPUT_BUDGETS[kind];
    const failures = figures.non2xx + figures.errors;
    const ratio = `${figures.ratio} ${tally.check(`${kind} ratio ${figures.ratio}`, figures.ratio >= budget.minRatio)}`;
    const p99 = budget.maxP99
      ? `${figures.p99} ${tally.check(`${kind} p99 ${figures.p99} ms`, figures.p99 <= budget.maxP99)}`
      : figures.p99;
    const errors = budget.maxP99
      ? `${failures} ${tally.check(`${kind} ${failures} errors`, failures === 0)}`
      : failures;
    const wanted = [`ratio ≥ ${budget.minRatio}`, budget.maxP99 ? `p99 ≤ ${budget.maxP99}, 0 errors` : ''];
    rows.push([
      `${kind} ${path}`,
      figures.rps,
      figures.p50,
      p99,
      errors,
      ratio,
      ...(reference ? [String(figures.ratioToReference)] : []),
      wanted.filter(Boolean).join(', '),
    ]);
  }
  const header = ['target', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx + errors', `ratio to ${ceiling}`];
  if (reference) header.push('ratio to the stylesheet');
  return markdownTable([...header, 'budget'], rows);
}

export function burstTable(burst, tally) {
  const exact =
    burst.ok2xx === burst.requests &&
    burst.countedTotal === burst.requests &&
    burst.status5xx === 0 &&
    burst.errors === 0;
  return markdownTable(
    [
      'burst',
      'sent',
      'answered 2xx',
      '5xx',
      'errors',
      'counted',
      'time s',
      'exit on SIGTERM',
      'healthy after restart',
    ],
    [
      [
        `${burst.connections} connections`,
        burst.requests,
        burst.ok2xx,
        burst.status5xx,
        burst.errors,
        `${burst.countedTotal} ${tally.check(`burst counted ${burst.countedTotal} of ${burst.requests}`, exact)}`,
        burst.seconds.toFixed(1),
        burst.exitCode,
        burst.restartedHealthy ? 'yes' : 'no',
      ],
    ],
  );
}
