import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { keys } from '../api/keys.ts';
import type { ReleaseEventView } from '../api/types.ts';
import { Async } from '../components/Async.tsx';
import { MergeRelease } from '../components/MergeSplit.tsx';
import { Disagreement } from '../components/Reported.tsx';
import { SourceIds, type SourceInfo, SourceLink } from '../components/Sources.tsx';
import {
  collator,
  formatCount,
  formatCountry,
  formatDate,
  formatValue,
  label,
  propertyLabel,
} from '../format.ts';
import { getLocale, t } from '../i18n/index.ts';
import { headlineName } from '../names.ts';
import { Link } from '../router.tsx';

/** The released, each by their name for this reader, in the order the reader's language collates. */
function readerNames(released: ReleaseEventView['released']) {
  const compare = collator().compare;
  return released
    .map((p) => ({ id: p.id, name: headlineName(p.names, p.name, getLocale()) }))
    .sort((a, b) => compare(a.name, b.name));
}

function ReportedCounts({ r, known }: { r: ReleaseEventView; known: Map<string, SourceInfo> }) {
  const reported = r.releasedCountReported.reported;
  if (reported.length === 0) return <p className="muted">{t('common.none')}</p>;
  const disagree = reported.length > 1;
  return (
    <div className={disagree ? 'disagree' : undefined} data-testid="reported-counts">
      {disagree ? <p className="warn">{t('rel.countDisagree')}</p> : null}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('common.value')}</th>
            <th scope="col">{t('common.state')}</th>
            <th scope="col">{t('common.sources')}</th>
          </tr>
        </thead>
        <tbody>
          {reported.map((v) => (
            <tr key={v.claimIds.join()}>
              <td className="num">
                <strong>{formatValue(v.value)}</strong>
              </td>
              <td>{[...new Set(v.states)].map((s) => t(`state.${s}`)).join(', ')}</td>
              <td>
                <SourceIds ids={v.sourceIds} known={known} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DealConcessions({ dealId }: { dealId: string }) {
  const deal = useQuery({ queryKey: keys.deals.detail(dealId), queryFn: () => api.deal(dealId) });
  return (
    <Async query={deal}>
      {(d) =>
        d.concessions.length === 0 ? (
          <p className="muted">{t('common.none')}</p>
        ) : (
          <ul>
            {d.concessions.map((c) => (
              <li key={c.id}>
                <strong>{label('concession', c.kind)}</strong>
                {c.target ? ` · ${c.target}` : ''}
                {c.grantedBy ? ` · ${t('deal.grantedBy')} ${c.grantedBy.name}` : ''}
                {c.description ? <div className="muted">{c.description}</div> : null}
              </li>
            ))}
          </ul>
        )
      }
    </Async>
  );
}

/** Properties whose disagreements the page shows beside their value. */
const shownAbove = ['releasedCount', 'date', 'country'];

function ReleaseView({ r }: { r: ReleaseEventView }) {
  const known = new Map<string, SourceInfo>(
    r.reports.map((s) => [
      s.sourceId,
      { id: s.sourceId, title: s.title, url: s.url, publishedAt: s.publishedAt },
    ]),
  );
  return (
    <article>
      <h1>{r.title ?? r.id}</h1>
      <dl className="facts">
        <dt>{t('common.date')}</dt>
        <dd>
          {r.date ? formatDate(r.date) : t('rel.undated')}
          <Disagreement
            prop={r.dateReported}
            property="date"
            subjectType="release_event"
            known={known}
          />
        </dd>
        <dt>{t('common.country')}</dt>
        <dd>
          {formatCountry(r.country)}
          <Disagreement
            prop={r.countryReported}
            property="country"
            subjectType="release_event"
            known={known}
          />
        </dd>
        <dt>{t('common.kind')}</dt>
        <dd>{label('kind', r.kind)}</dd>
        <dt>{t('rel.count')}</dt>
        <dd className="big">{formatCount(r.releasedCount)}</dd>
      </dl>
      <div className="grid">
        <section className="card" aria-labelledby="counts">
          <h2 id="counts">{t('rel.countReported')}</h2>
          <ReportedCounts r={r} known={known} />
        </section>
        <section className="card" aria-labelledby="people">
          <h2 id="people">{t('rel.people')}</h2>
          {r.released.length === 0 && r.unnamed.length === 0 && r.namesWithheld === 0 ? (
            <p className="muted">{t('common.none')}</p>
          ) : null}
          <ul className="columns">
            {readerNames(r.released).map((p) => (
              <li key={p.id}>
                <Link to={`/people/${encodeURIComponent(p.id)}`}>{p.name}</Link>
              </li>
            ))}
          </ul>
          {r.namesWithheld > 0 ? (
            <p className="muted">{t('rel.namesWithheld', { count: r.namesWithheld })}</p>
          ) : null}
          {r.unnamed.map((u) => (
            <p key={u.id} className="muted">
              {u.count === null ? t('rel.unnamedUnknown') : t('rel.unnamed', { count: u.count })}
              {u.description ? ` · ${u.description}` : ''}
            </p>
          ))}
        </section>
        <section className="card" aria-labelledby="mediators">
          <h2 id="mediators">{t('rel.mediators')}</h2>
          {r.mediators.length ? (
            <ul>
              {r.mediators.map((m) => (
                <li key={m.id}>{m.name}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('common.none')}</p>
          )}
          <h2>{t('rel.destinations')}</h2>
          <p>
            {r.destinations.length ? (
              r.destinations.map(formatCountry).join(', ')
            ) : (
              <span className="muted">{t('common.none')}</span>
            )}
          </p>
        </section>
        <section className="card" aria-labelledby="deal">
          <h2 id="deal">{t('rel.deal')}</h2>
          {r.deal ? (
            <>
              <p>
                <Link to={`/deals/${encodeURIComponent(r.deal.id)}`}>{r.deal.name}</Link>
              </p>
              <h3>{t('rel.concessions')}</h3>
              <DealConcessions dealId={r.deal.id} />
            </>
          ) : (
            <p className="muted">{t('rel.noDeal')}</p>
          )}
        </section>
        {r.conflicts.some((c) => !shownAbove.includes(c.property)) ? (
          <section className="card wide" aria-labelledby="conflicts">
            <h2 id="conflicts">{t('rel.conflicts')}</h2>
            {r.conflicts
              .filter((c) => !shownAbove.includes(c.property))
              .map((c) => (
                <div key={c.property}>
                  <h3>{propertyLabel(c.property)}</h3>
                  <ul>
                    {c.values.map((v) => (
                      <li key={v.claimIds.join()}>
                        <strong>{formatValue(v.value)}</strong> —{' '}
                        <SourceIds ids={v.sourceIds} known={known} />
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
          </section>
        ) : null}
        <section className="card wide" aria-labelledby="reports">
          <h2 id="reports">{t('rel.reportsBehind')}</h2>
          <ul>
            {r.reports.map((s) => (
              <li key={s.sourceId}>
                <SourceLink
                  source={{
                    id: s.sourceId,
                    title: s.title,
                    url: s.url,
                    publishedAt: s.publishedAt,
                  }}
                />{' '}
                <span className="pill">
                  {t(s.role === 'main' ? 'rel.roleMain' : 'rel.roleBackground')}
                </span>
              </li>
            ))}
          </ul>
        </section>
        <section className="card wide" aria-labelledby="merge-release">
          <h2 id="merge-release">{t('merge.releaseTitle')}</h2>
          <p className="help small">{t('merge.help')}</p>
          <MergeRelease id={r.id} />
        </section>
      </div>
    </article>
  );
}

export default function Release({ id }: { id: string }) {
  const q = useQuery({ queryKey: keys.releases.detail(id), queryFn: () => api.release(id) });
  return <Async query={q}>{(r) => <ReleaseView r={r} />}</Async>;
}
