import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../api/client.ts';
import { keys } from '../api/keys.ts';
import { Async } from '../components/Async.tsx';
import { ExportButtons } from '../components/Export.tsx';
import { FlowChart } from '../components/FlowChart.tsx';
import { HeldChart, ReportedList } from '../components/HeldChart.tsx';
import { SourceLink } from '../components/Sources.tsx';
import { csvHref } from '../export.ts';
import { formatCount, formatDate, formatNumber, formatRelative, label } from '../format.ts';
import { t } from '../i18n/index.ts';
import { Link, useSearchParams } from '../router.tsx';

const monthRe = /^\d{4}-(0[1-9]|1[0-2])$/;
const thisMonth = () => new Date().toISOString().slice(0, 7);
/** Three years back: long enough to weigh releases against arrests, short enough to read. */
export const defaultFrom = () => `${Number(thisMonth().slice(0, 4)) - 3}${thisMonth().slice(4)}`;

function RangeForm({ country, from, to }: { country: string; from: string; to: string }) {
  const [, update] = useSearchParams();
  const [draft, setDraft] = useState({ country, from, to });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const c = draft.country.trim().toUpperCase();
    update({
      country: /^[A-Z]{2}$/.test(c) && c !== 'BY' ? c : null,
      from: monthRe.test(draft.from) && draft.from !== defaultFrom() ? draft.from : null,
      to: monthRe.test(draft.to) && draft.to !== thisMonth() ? draft.to : null,
    });
  };
  return (
    <form className="inline-form" onSubmit={submit} aria-label={t('dash.range')}>
      <label>
        {t('common.country')}
        <input
          value={draft.country}
          size={3}
          maxLength={2}
          onChange={(e) => setDraft({ ...draft, country: e.target.value })}
        />
      </label>
      <label>
        {t('dash.from')}
        <input
          type="month"
          value={draft.from}
          onChange={(e) => setDraft({ ...draft, from: e.target.value })}
        />
      </label>
      <label>
        {t('dash.to')}
        <input
          type="month"
          value={draft.to}
          onChange={(e) => setDraft({ ...draft, to: e.target.value })}
        />
      </label>
      <button type="submit">{t('dash.apply')}</button>
    </form>
  );
}

function LatestReleases({ country }: { country: string }) {
  const releases = useQuery({
    queryKey: keys.releases.list({ country, limit: 6 }),
    queryFn: () => api.releases({ country, limit: 6 }),
  });
  return (
    <section className="card" aria-labelledby="latest-releases">
      <h2 id="latest-releases">{t('dash.latestReleases')}</h2>
      <Async query={releases}>
        {(d) =>
          d.items.length === 0 ? (
            <p className="muted">{t('rel.empty')}</p>
          ) : (
            <ol className="plain latest">
              {d.items.map((r) => (
                <li key={r.id}>
                  <span className="date">{formatDate(r.date)}</span>
                  <Link to={`/releases/${encodeURIComponent(r.id)}`}>{r.title ?? r.id}</Link>
                  <span className="pill">
                    {formatCount(r.releasedCount)}
                    {r.releasedCountReported.conflict ? ' ⚠' : ''}
                  </span>
                  <span className="muted">{label('kind', r.kind)}</span>
                </li>
              ))}
            </ol>
          )
        }
      </Async>
      <p>
        <Link to="/releases">{t('dash.allReleases')}</Link>
      </p>
    </section>
  );
}

/** The dashboard's main query for an address; main.tsx starts it before React renders. */
export function seriesQuery(params: URLSearchParams) {
  const country = (params.get('country') ?? 'BY').toUpperCase();
  const from = params.get('from') ?? defaultFrom();
  const to = params.get('to') ?? thisMonth();
  return {
    queryKey: keys.counts.series({ country, from, to }),
    queryFn: () => api.series({ country, from, to }),
    country,
    from,
    to,
  };
}

export function Dashboard() {
  const [params] = useSearchParams();
  const { country, from, to, ...query } = seriesQuery(params);
  const series = useQuery(query);
  const pending = useQuery({ queryKey: keys.review.pending(), queryFn: api.pendingCount });
  // Figures come oldest first, and on one day the most specific first: headline that one.
  const lastDay = series.data?.reported.at(-1)?.asOf.value;
  const latest = series.data?.reported.find((r) => r.asOf.value === lastDay);
  return (
    <>
      <div className="page-head">
        <h1>{t('dash.title')}</h1>
        <div className="tools">
          <RangeForm key={`${country}${from}${to}`} country={country} from={from} to={to} />
          <ExportButtons
            name={`counts-${country}`}
            what={t('dash.heldTitle')}
            csv={csvHref('/api/counts/series', { country, from, to })}
            load={() => api.series({ country, from, to })}
          />
        </div>
      </div>
      <div className="kpis">
        <div className="kpi">
          <span className="kpi-label">
            {t('dash.heldNow', { date: formatDate(series.data?.points.at(-1)?.date ?? to) })}
          </span>
          <span className="kpi-value" data-testid="held-now">
            {formatNumber(series.data?.points.at(-1)?.count)}
          </span>
          <Link to={`/people?held=${country}`} className="kpi-note">
            {t('dash.heldWho')}
          </Link>
        </div>
        <div className="kpi">
          <span className="kpi-label">{t('dash.latestReported')}</span>
          <span className="kpi-value">{latest ? formatCount(latest) : '–'}</span>
          {latest ? (
            <span className="kpi-note">
              <span title={formatDate(latest.asOf)}>{formatRelative(latest.asOf)}</span> ·{' '}
              {latest.attributedTo
                ? t('dash.attributedTo', { who: latest.attributedTo })
                : t('dash.unattributed')}
              {latest.sourceId ? (
                <>
                  {' · '}
                  <SourceLink source={{ id: latest.sourceId, title: t('common.source') }} />
                </>
              ) : null}
            </span>
          ) : null}
        </div>
        <div className="kpi">
          <span className="kpi-label">{t('dash.pending')}</span>
          <span className="kpi-value" data-testid="pending-count">
            {formatNumber(pending.data?.total)}
          </span>
          <Link to="/review" className="kpi-note">
            {t('dash.pendingLink')}
          </Link>
        </div>
      </div>
      <div className="grid">
        <section className="card wide" aria-labelledby="held-title">
          <h2 id="held-title">{t('dash.heldTitle')}</h2>
          <p className="help">{t('dash.heldHelp')}</p>
          <Async query={series}>{(s) => <HeldChart series={s} />}</Async>
        </section>
        <section className="card wide" aria-labelledby="flow-title">
          <h2 id="flow-title">{t('dash.flowTitle')}</h2>
          <p className="help">{t('dash.flowHelp')}</p>
          <Async query={series}>{(s) => <FlowChart flow={s.flow} />}</Async>
        </section>
        <LatestReleases country={country} />
        <section className="card" aria-labelledby="reported-title">
          <h2 id="reported-title">{t('dash.reportedTitle')}</h2>
          <Async query={series}>{(s) => <ReportedList series={s} />}</Async>
        </section>
      </div>
    </>
  );
}
