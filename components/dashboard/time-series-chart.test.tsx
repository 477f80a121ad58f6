import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { protectSeries } from '@/lib/analytics/series-suppression';
import { displayCount } from '@/lib/analytics/small-numbers';
import { TimeSeriesChart } from './time-series-chart';

const labels = {
  day: 'Day',
  visits: 'Visits',
  contacts: 'Contacts',
  small: 'fewer than 5, not to scale',
  hidden: 'hidden',
  hiddenLegend: 'gap: hidden',
};

/** The chart as privacy mode draws it: the headline totals beside it are the sums of the days. */
function privacyChart(visits: number[]) {
  const points = visits.map((count, index) => ({ day: `2026-11-0${index + 1}`, visits: count, contacts: 0 }));
  const total = visits.reduce((sum, count) => sum + count, 0);
  return renderToStaticMarkup(
    <TimeSeriesChart
      id="series"
      title="Visits and contacts per day"
      description="Line chart"
      tableSummary="Show as a table"
      labels={labels}
      points={points}
      states={protectSeries(points, { visits: total, taps: 0, requests: 0 })}
      formatCount={(value) => displayCount(value, true)}
      formatDay={(day) => day}
    />,
  );
}

const svgOf = (html: string) =>
  html.slice(html.indexOf('<svg role="img"'), html.indexOf('</svg>', html.indexOf('<svg role="img"')));

describe('TimeSeriesChart in privacy mode', () => {
  it('draws a day of 1 and a day of 4 the same way: on the "< 5" band, not to scale', () => {
    const one = privacyChart([20, 1, 30, 12, 0]);
    const four = privacyChart([20, 4, 30, 12, 0]);
    expect(svgOf(one)).toBe(svgOf(four));
    expect(one).toContain(labels.small);
    expect(one).toContain('<td class="border-b border-line px-2 py-1 text-right tabular-nums">&lt; 5</td>');
  });

  it('leaves a gap for the day hidden beside a "< 5", and the table says it is hidden', () => {
    const html = privacyChart([20, 3, 30, 12, 0]);
    // The smallest other day (12) is hidden: with it, the total minus the shown days would give the 3 away.
    expect(html).toContain(labels.hiddenLegend);
    expect(html).toMatch(/>hidden<\/td>/);
    expect(html).not.toMatch(/>12<\/td>/);
    expect(svgOf(privacyChart([20, 3, 30, 12, 0]))).toBe(svgOf(privacyChart([20, 2, 30, 13, 0])));
  });
});
