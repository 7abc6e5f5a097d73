import { useMemo } from 'react';
import type uPlot from 'uplot';
import type { HeldOverTime } from '../api/types.ts';
import { formatCount, formatDate, formatNumber } from '../format.ts';
import { t } from '../i18n/index.ts';
import { Chart, type ChartOptions, daySeconds, utc } from './Chart.tsx';
import { SourceLink } from './Sources.tsx';

function firstDay(v: string): string {
  return v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v;
}

/** The registry line and reported figures as points, on one time axis. */
export function heldChartData(series: HeldOverTime): uPlot.AlignedData {
  const registry = new Map(series.points.map((p) => [daySeconds(p.date), p.count]));
  const reported = new Map<number, number>();
  for (const r of series.reported) {
    const x = daySeconds(firstDay(r.asOf.value));
    // Several figures on one day: keep the first (the most specific, as the API orders them).
    if (!reported.has(x)) reported.set(x, r.value);
  }
  const first = series.points[0]?.date;
  const last = series.points.at(-1)?.date;
  const inRange = (x: number) =>
    (!first || x >= daySeconds(first) - 31 * 86400) && (!last || x <= daySeconds(last));
  const xs = [...new Set([...registry.keys(), ...[...reported.keys()].filter(inRange)])].sort(
    (a, b) => a - b,
  );
  return [xs, xs.map((x) => registry.get(x) ?? null), xs.map((x) => reported.get(x) ?? null)];
}

/** Built on render, not at load: the legend speaks the language chosen by then. */
const heldOptions = (): ChartOptions => ({
  tzDate: utc,
  scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(10, max * 1.1)] } },
  series: [
    { label: t('dash.month') },
    {
      label: t('dash.registry'),
      stroke: '#1f4e79',
      width: 2,
      spanGaps: true,
      points: { show: false },
      value: (_u, v) => formatNumber(v),
    },
    {
      label: t('dash.reportedSeries'),
      stroke: '#b03a2e',
      width: 0,
      paths: () => null,
      points: { show: true, size: 9, fill: '#b03a2e', stroke: '#fff', width: 1.5 },
      value: (_u, v) => formatNumber(v),
    },
  ],
  axes: [{}, { values: (_u, vals) => vals.map((v) => formatNumber(v)), size: 60 }],
});

export function HeldChart({ series }: { series: HeldOverTime }) {
  const data = useMemo(() => heldChartData(series), [series]);
  const options = useMemo(heldOptions, []);
  return (
    <>
      <Chart name="held" label={t('dash.heldTitle')} options={options} data={data} />
      <details>
        <summary>{t('common.showTable')}</summary>
        <div className="scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('dash.month')}</th>
                <th scope="col">{t('dash.registry')}</th>
              </tr>
            </thead>
            <tbody>
              {series.points.map((p) => (
                <tr key={p.date}>
                  <td>{formatDate(p.date.slice(0, 7))}</td>
                  <td className="num">{formatNumber(p.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}

/** Every figure reported by others in the period, newest first, each with who said it and where. */
export function ReportedList({ series }: { series: HeldOverTime }) {
  const inRange = series.reported.filter((r) => {
    const day = firstDay(r.asOf.value);
    return day >= `${series.from}-01` && day <= `${series.to}-31`;
  });
  if (inRange.length === 0) return <p className="muted">{t('common.none')}</p>;
  return (
    <ul className="reported">
      {[...inRange].reverse().map((r) => (
        <li key={r.id}>
          <strong>
            {t('dash.reportedItem', { value: formatCount(r), date: formatDate(r.asOf) })}
          </strong>{' '}
          <span>
            {r.attributedTo
              ? t('dash.attributedTo', { who: r.attributedTo })
              : t('dash.unattributed')}
          </span>
          {r.sourceId ? (
            <div className="small">
              <SourceLink source={{ id: r.sourceId, title: r.sourceTitle }} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
