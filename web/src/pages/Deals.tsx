import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { keys } from '../api/keys.ts';
import type { DealView } from '../api/types.ts';
import { Async } from '../components/Async.tsx';
import { ExportButtons } from '../components/Export.tsx';
import { csvHref } from '../export.ts';
import { formatDate, formatNumber, label } from '../format.ts';
import { t } from '../i18n/index.ts';
import { Link } from '../router.tsx';

/** One row per (granting party, target): what each side gave, over every deal. */
export function concessionMatrix(deals: readonly DealView[]) {
  const rows = new Map<
    string,
    { grantedBy: string; target: string; kinds: Set<string>; deals: DealView[]; count: number }
  >();
  for (const d of deals)
    for (const c of d.concessions) {
      const grantedBy = c.grantedBy?.name ?? t('common.unknown');
      const target = c.target ?? '–';
      const key = `${grantedBy}|${target}`;
      const row = rows.get(key) ?? { grantedBy, target, kinds: new Set(), deals: [], count: 0 };
      row.kinds.add(label('concession', c.kind));
      if (!row.deals.includes(d)) row.deals.push(d);
      row.count++;
      rows.set(key, row);
    }
  return [...rows.values()].sort(
    (a, b) => a.grantedBy.localeCompare(b.grantedBy) || a.target.localeCompare(b.target),
  );
}

function DealCard({ d, headingLevel = 2 }: { d: DealView; headingLevel?: 1 | 2 }) {
  const H = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <article className="card wide deal" aria-labelledby={`deal-${d.id}`}>
      <H id={`deal-${d.id}`}>
        {headingLevel === 2 ? (
          <Link to={`/deals/${encodeURIComponent(d.id)}`}>{d.title ?? d.id}</Link>
        ) : (
          (d.title ?? d.id)
        )}
      </H>
      <p className="muted">
        {d.date ? formatDate(d.date) : t('common.unknown')} · {t('deal.parties')}:{' '}
        {d.parties.map((p) => p.name).join(', ') || '–'}
      </p>
      <p>
        {t('deal.people')}: <strong className="big">{formatNumber(d.peopleReleased)}</strong>
      </p>
      <h3>{t('deal.concessions')}</h3>
      {d.concessions.length === 0 ? (
        <p className="muted">{t('common.none')}</p>
      ) : (
        <div className="scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('common.kind')}</th>
                <th scope="col">{t('deal.grantedBy')}</th>
                <th scope="col">{t('deal.target')}</th>
                <th scope="col">{t('common.date')}</th>
              </tr>
            </thead>
            <tbody>
              {d.concessions.map((c) => (
                <tr key={c.id}>
                  <td>
                    {label('concession', c.kind)}
                    {c.description ? <div className="muted small">{c.description}</div> : null}
                  </td>
                  <td>{c.grantedBy?.name ?? t('common.unknown')}</td>
                  <td>{c.target ?? '–'}</td>
                  <td className="nowrap">{c.date ? formatDate(c.date) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('deal.releases')}</h3>
      <ul>
        {d.releases.map((r) => (
          <li key={r.id}>
            <Link to={`/releases/${encodeURIComponent(r.id)}`}>{r.title ?? r.id}</Link>{' '}
            <span className="muted">
              {r.date ? formatDate(r.date) : ''} · {formatNumber(r.releasedCount)}
            </span>
          </li>
        ))}
      </ul>
    </article>
  );
}

function DealList() {
  const q = useQuery({
    queryKey: keys.deals.list({ limit: 1000 }),
    queryFn: () => api.deals({ limit: 1000 }),
  });
  return (
    <>
      <div className="page-head">
        <h1>{t('deal.title')}</h1>
        <ExportButtons
          name="deals"
          what={t('nav.deals')}
          csv={csvHref('/api/deals')}
          load={async () => (await api.deals({ limit: 1000 })).items}
        />
      </div>
      <Async query={q}>
        {(d) =>
          d.items.length === 0 ? (
            <p className="muted">{t('deal.empty')}</p>
          ) : (
            <div className="grid">
              <section className="card wide" aria-labelledby="by-party">
                <h2 id="by-party">{t('deal.byParty')}</h2>
                <div className="scroll">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('deal.grantedBy')}</th>
                        <th scope="col">{t('deal.target')}</th>
                        <th scope="col">{t('common.kind')}</th>
                        <th scope="col">{t('deal.title')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {concessionMatrix(d.items).map((row) => (
                        <tr key={`${row.grantedBy}|${row.target}`}>
                          <td>{row.grantedBy}</td>
                          <td>
                            <strong>{row.target}</strong>
                          </td>
                          <td>{[...row.kinds].join(', ')}</td>
                          <td>
                            {row.deals.map((x, i) => (
                              <span key={x.id}>
                                {i ? ', ' : ''}
                                <Link to={`/deals/${encodeURIComponent(x.id)}`}>
                                  {x.title ?? x.id}
                                </Link>
                              </span>
                            ))}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
              {d.items.map((deal) => (
                <DealCard key={deal.id} d={deal} />
              ))}
            </div>
          )
        }
      </Async>
    </>
  );
}

export default function Deals({ id }: { id?: string }) {
  const q = useQuery({
    queryKey: keys.deals.detail(id!),
    queryFn: () => api.deal(id!),
    enabled: Boolean(id),
  });
  if (!id) return <DealList />;
  return <Async query={q}>{(d) => <DealCard d={d} headingLevel={1} />}</Async>;
}
