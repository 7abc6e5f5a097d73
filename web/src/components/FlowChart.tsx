import { useMemo } from 'react';
import uPlot from 'uplot';
import type { HeldOverTime } from '../api/types.ts';
import { formatDate, formatNumber, label } from '../format.ts';
import { t } from '../i18n/index.ts';
import { Chart, type ChartOptions, daySeconds, utc } from './Chart.tsx';

type Flow = HeldOverTime['flow'];
const kindColors = ['#2e7d4f', '#5aa469', '#8cc084', '#c2d97e', '#7f7f7f', '#444'];

/** Kinds of outflow present in the data, most frequent first. */
export function outflowKinds(flow: Flow): string[] {
  const totals = new Map<string, number>();
  for (const m of flow)
    for (const [k, n] of Object.entries(m.outflowByStatus))
      totals.set(k, (totals.get(k) ?? 0) + (n ?? 0));
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k]) => k);
}

/**
 * Inflow as bars above zero; outflow below zero, stacked by kind. Each outflow series holds the
 * running total of the kinds before it, drawn largest first so every kind shows as its own band.
 */
function chart(flow: Flow): { data: uPlot.AlignedData; options: ChartOptions } {
  const kinds = outflowKinds(flow);
  const xs = flow.map((m) => daySeconds(`${m.month}-01`));
  const cumulative = kinds.map((_, i) =>
    flow.map(
      (m) =>
        -kinds
          .slice(0, i + 1)
          .reduce((s, k) => s + (m.outflowByStatus[k as keyof typeof m.outflowByStatus] ?? 0), 0),
    ),
  );
  const bars = uPlot.paths.bars!({ size: [0.7, 40], align: 0 });
  const outSeries = kinds
    .map((k, i) => ({
      label: `${t('dash.outflow')}: ${label('status', k)}`,
      fill: kindColors[i % kindColors.length],
      stroke: kindColors[i % kindColors.length],
      paths: bars,
      points: { show: false },
    }))
    .reverse();
  return {
    data: [xs, flow.map((m) => m.inflow), ...[...cumulative].reverse()],
    options: {
      tzDate: utc,
      legend: { live: false },
      scales: { x: { time: true } },
      series: [
        { label: t('dash.month') },
        {
          label: t('dash.inflow'),
          fill: '#b03a2e',
          stroke: '#b03a2e',
          paths: bars,
          points: { show: false },
        },
        ...outSeries,
      ],
      axes: [{}, { values: (_u, vals) => vals.map((v) => formatNumber(Math.abs(v))), size: 60 }],
    },
  };
}

export function FlowChart({ flow }: { flow: Flow }) {
  const { data, options } = useMemo(() => chart(flow), [flow]);
  const kinds = outflowKinds(flow);
  const totalIn = flow.reduce((s, m) => s + m.inflow, 0);
  const totalOut = flow.reduce((s, m) => s + m.outflow, 0);
  return (
    <>
      <p className="totals">
        <span>
          {t('dash.totalIn')}: <strong className="in">{formatNumber(totalIn)}</strong>
        </span>
        <span>
          {t('dash.totalOut')}: <strong className="out">{formatNumber(totalOut)}</strong>
        </span>
      </p>
      <Chart name="flow" label={t('dash.flowTitle')} options={options} data={data} height={240} />
      <details>
        <summary>{t('common.showTable')}</summary>
        <div className="scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('dash.month')}</th>
                <th scope="col">{t('dash.inflow')}</th>
                <th scope="col">{t('dash.outflow')}</th>
                {kinds.map((k) => (
                  <th scope="col" key={k}>
                    {label('status', k)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {flow
                .filter((m) => m.inflow || m.outflow)
                .map((m) => (
                  <tr key={m.month}>
                    <td>{formatDate(m.month)}</td>
                    <td className="num">{formatNumber(m.inflow)}</td>
                    <td className="num">{formatNumber(m.outflow)}</td>
                    {kinds.map((k) => (
                      <td className="num" key={k}>
                        {formatNumber(m.outflowByStatus[k as keyof typeof m.outflowByStatus] ?? 0)}
                      </td>
                    ))}
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
