import { useEffect, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { calendarNames } from '../format.ts';

export type ChartOptions = Omit<uPlot.Options, 'width' | 'height'>;

/**
 * A uPlot chart sized to its container. When drawn it sets data-ready and a performance mark
 * 'chart:<name>', which the benchmark reads as the dashboard's time to first render.
 */
export function Chart({
  name,
  label,
  options,
  data,
  height = 280,
}: {
  name: string;
  label: string;
  options: ChartOptions;
  data: uPlot.AlignedData;
  height?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const width = () => Math.max(280, el.clientWidth);
    // Month and weekday names on the time axis and in the legend in the reader's language.
    const fmtDate = (tpl: string) => uPlot.fmtDate(tpl, calendarNames());
    const plot = new uPlot({ fmtDate, ...options, width: width(), height }, data, el);
    setReady(true);
    performance.mark(`chart:${name}`);
    const observer = new ResizeObserver(() => {
      if (Math.abs(plot.width - width()) > 2) plot.setSize({ width: width(), height });
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [options, data, height, name]);
  return (
    <div
      ref={ref}
      className="chart"
      data-chart={name}
      data-ready={ready ? 'true' : 'false'}
      role="img"
      aria-label={label}
    />
  );
}

/** Seconds since 1970 for a 'YYYY-MM-DD' day, as uPlot's time scale wants. */
export function daySeconds(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 1000;
}

export const utc = (ts: number) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC');
