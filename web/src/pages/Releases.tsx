import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { keys } from '../api/keys.ts';
import type { ReleaseEventView } from '../api/types.ts';
import { Async, Pager } from '../components/Async.tsx';
import { ExportButtons } from '../components/Export.tsx';
import { csvHref } from '../export.ts';
import { formatCount, formatCountry, formatDate, label } from '../format.ts';
import { t } from '../i18n/index.ts';
import { Link, useSearchParams } from '../router.tsx';

const pageSize = 50;

function Count({ r }: { r: ReleaseEventView }) {
  return (
    <>
      {formatCount(r.releasedCount)}
      {r.releasedCountReported.conflict || r.releasedCountReported.reported.length > 1 ? (
        <span className="warn" title={t('rel.countDisagree')}>
          {' '}
          ⚠<span className="sr-only">{t('common.conflict')}</span>
        </span>
      ) : null}
    </>
  );
}

function Ledger({ items }: { items: ReleaseEventView[] }) {
  return (
    <div className="scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('common.date')}</th>
            <th scope="col">{t('common.title')}</th>
            <th scope="col">{t('common.kind')}</th>
            <th scope="col" className="num">
              {t('rel.count')}
            </th>
            <th scope="col" className="num">
              {t('rel.named')}
            </th>
            <th scope="col">{t('rel.deal')}</th>
            <th scope="col" className="num">
              {t('rel.reports')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr key={r.id}>
              <td className="nowrap">{r.date ? formatDate(r.date) : t('rel.undated')}</td>
              <td>
                <Link to={`/releases/${encodeURIComponent(r.id)}`}>{r.title ?? r.id}</Link>
              </td>
              <td>{label('kind', r.kind)}</td>
              <td className="num">
                <Count r={r} />
              </td>
              <td className="num">{r.released.length}</td>
              <td>
                {r.deal ? (
                  <Link to={`/deals/${encodeURIComponent(r.deal.id)}`}>{r.deal.name}</Link>
                ) : (
                  '–'
                )}
              </td>
              <td className="num">{r.reports.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Timeline({ items }: { items: ReleaseEventView[] }) {
  const years = new Map<string, ReleaseEventView[]>();
  for (const r of items) {
    const y = r.date?.value.slice(0, 4) ?? t('rel.undated');
    years.set(y, [...(years.get(y) ?? []), r]);
  }
  const max = Math.max(1, ...items.map((r) => r.releasedCount?.value ?? 0));
  return (
    <div className="timeline">
      {[...years.entries()].map(([year, list]) => (
        <section key={year}>
          <h2>{year}</h2>
          <ol>
            {list.map((r) => (
              <li key={r.id}>
                <span className="date">{r.date ? formatDate(r.date) : t('rel.undated')}</span>
                <div className="what">
                  <Link to={`/releases/${encodeURIComponent(r.id)}`}>{r.title ?? r.id}</Link>
                  <span className="muted">
                    {' '}
                    · {label('kind', r.kind)}
                    {r.mediators.length ? ` · ${r.mediators.map((m) => m.name).join(', ')}` : ''}
                    {r.destinations.length
                      ? ` · → ${r.destinations.map(formatCountry).join(', ')}`
                      : ''}
                  </span>
                  <span className="bar" aria-hidden="true">
                    <span style={{ width: `${((r.releasedCount?.value ?? 0) / max) * 100}%` }} />
                  </span>
                </div>
                <span className="pill">
                  <Count r={r} />
                </span>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

export default function Releases() {
  const [params, update] = useSearchParams();
  const view = params.get('view') === 'timeline' ? 'timeline' : 'table';
  const country = params.get('country') ?? '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const limit = view === 'timeline' ? 1000 : pageSize;
  const q = useQuery({
    queryKey: keys.releases.list({ country, offset, limit }),
    queryFn: () => api.releases({ country: country || undefined, offset, limit }),
  });
  return (
    <>
      <div className="page-head">
        <h1>{t('rel.title')}</h1>
        <div className="tools">
          <fieldset className="segmented">
            <legend className="sr-only">{t('rel.viewLabel')}</legend>
            {(['table', 'timeline'] as const).map((v) => (
              <button
                key={v}
                type="button"
                aria-pressed={view === v}
                onClick={() => update({ view: v === 'table' ? null : v, offset: null })}
              >
                {t(v === 'table' ? 'rel.table' : 'rel.timeline')}
              </button>
            ))}
          </fieldset>
          <label>
            {t('common.country')}{' '}
            <input
              size={3}
              maxLength={2}
              defaultValue={country}
              onChange={(e) => {
                const c = e.target.value.trim().toUpperCase();
                if (c === '' || /^[A-Z]{2}$/.test(c)) update({ country: c, offset: null });
              }}
            />
          </label>
          <ExportButtons
            name="releases"
            what={t('nav.releases')}
            csv={csvHref('/api/releases', { country })}
            load={async () =>
              (await api.releases({ country: country || undefined, limit: 1000 })).items
            }
          />
        </div>
      </div>
      <Async query={q}>
        {(d) =>
          d.items.length === 0 ? (
            <p className="muted">{t('rel.empty')}</p>
          ) : view === 'table' ? (
            <>
              <Ledger items={d.items} />
              <Pager
                offset={offset}
                limit={limit}
                total={d.total}
                onChange={(o) => update({ offset: o || null })}
              />
            </>
          ) : (
            <Timeline items={d.items} />
          )
        }
      </Async>
    </>
  );
}
