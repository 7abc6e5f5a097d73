import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { api } from '../api/client.ts';
import { keys } from '../api/keys.ts';
import type { PersonDossier } from '../api/types.ts';
import { Async } from '../components/Async.tsx';
import { ClaimsTable } from '../components/ClaimsTable.tsx';
import { MergePerson, SplitPerson } from '../components/MergeSplit.tsx';
import { ReportedValues } from '../components/Reported.tsx';
import { SourceIds, type SourceInfo } from '../components/Sources.tsx';
import { formatClaimValue, formatCountry, formatDate, formatLanguage, label } from '../format.ts';
import { getLocale, type MessageKey, t } from '../i18n/index.ts';
import { headlineName, type NameLike, otherNames } from '../names.ts';
import { Link } from '../router.tsx';

type Projection = PersonDossier['projection'];

function reported(p: Projection, property: string) {
  return p.properties[property]?.reported ?? [];
}

function values(p: Projection, property: string): string[] {
  const prop = p.properties[property];
  if (!prop) return [];
  const list = prop.cardinality === 'one' ? (prop.value ? [prop.value] : []) : prop.values;
  return list.map((v) => formatClaimValue(property, 'person', v));
}

function Names({ d, known }: { d: PersonDossier; known: Map<string, SourceInfo> }) {
  const names = reported(d.projection, 'name');
  return (
    <div className="scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('people.name')}</th>
            <th scope="col">{t('person.script')}</th>
            <th scope="col">{t('person.language')}</th>
            <th scope="col">{t('person.nameKind')}</th>
            <th scope="col">{t('common.sources')}</th>
          </tr>
        </thead>
        <tbody>
          {names.map((n) =>
            n.value.type === 'name' ? (
              <tr
                key={n.claimIds.join()}
                className={n.states.includes('accepted') ? undefined : 'state-proposed'}
              >
                <td lang={n.value.name.language ?? undefined}>
                  <strong>{n.value.name.value}</strong>
                </td>
                <td>{label('script', n.value.name.script)}</td>
                <td>{formatLanguage(n.value.name.language)}</td>
                <td>{label('nameKind', n.value.name.kind)}</td>
                <td>
                  <SourceIds ids={n.sourceIds} known={known} />
                </td>
              </tr>
            ) : null,
          )}
        </tbody>
      </table>
    </div>
  );
}

const detentionFields: Array<[string, MessageKey]> = [
  ['country', 'common.country'],
  ['arrestDate', 'person.arrested'],
  ['charge', 'person.charges'],
  ['sentence', 'person.sentence'],
  ['place', 'person.place'],
  ['recognisedBy', 'person.recognisedBy'],
];

function Detentions({ d, known }: { d: PersonDossier; known: Map<string, SourceInfo> }) {
  if (d.detentions.length === 0) return <p className="muted">{t('common.none')}</p>;
  return (
    <>
      {d.detentions.map(({ id, projection }) => (
        <dl className="facts" key={id}>
          {detentionFields.map(([property, key]) => (
            <Fragment key={property}>
              <dt>{t(key)}</dt>
              <dd>
                <ReportedValues
                  projection={projection}
                  property={property}
                  subjectType="detention"
                  known={known}
                />
              </dd>
            </Fragment>
          ))}
        </dl>
      ))}
    </>
  );
}

function Dossier({ d }: { d: PersonDossier }) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setSelected((cur) => {
      const next = new Set(cur);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const known = new Map<string, SourceInfo>(d.sources.map((s) => [s.id, s]));
  const birth = values(d.projection, 'birthYear')[0];
  const occupations = values(d.projection, 'occupation');
  const affiliations = values(d.projection, 'affiliation');
  const names = reported(d.projection, 'name').flatMap((r) =>
    r.value.type === 'name' && !r.states.every((s) => s === 'rejected')
      ? [r.value.name as NameLike]
      : [],
  );
  const name = headlineName(names, d.name, getLocale());
  const others = otherNames(names, name);
  // Claims are about the person, a detention or a status change: name each in words.
  const labels = new Map<string, string>([
    [d.id, name],
    ...d.releases.map((r) => [r.id, r.title ?? r.id] as [string, string]),
    ...d.detentions.map((x) => [x.id, t('person.detention')] as [string, string]),
    ...d.timeline.map(
      (e) =>
        [e.id, `${label('status', e.status)}${e.date ? `, ${formatDate(e.date)}` : ''}`] as [
          string,
          string,
        ],
    ),
  ]);
  return (
    <article>
      <h1>{name}</h1>
      {others.length ? (
        <p className="other-names">
          <span className="muted">{t('person.otherNames')}:</span> {others.join(' · ')}
        </p>
      ) : null}
      <p className="lead">
        {[
          birth ? `${t('person.birthYear')} ${birth}` : null,
          occupations.join(', '),
          affiliations.join(', '),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <div className="grid">
        <section className="card wide" aria-labelledby="names">
          <h2 id="names">{t('person.names')}</h2>
          <Names d={d} known={known} />
        </section>
        <section className="card" aria-labelledby="timeline">
          <h2 id="timeline">{t('person.timeline')}</h2>
          {d.timeline.length === 0 ? (
            <p className="muted">{t('common.none')}</p>
          ) : (
            <ol className="status-timeline">
              {d.timeline.map((e) => (
                <li key={e.id}>
                  <span className="date">{e.date ? formatDate(e.date) : t('common.unknown')}</span>{' '}
                  <span className={`status status-${e.status}`}>{label('status', e.status)}</span>
                  {e.country ? <span className="muted"> · {formatCountry(e.country)}</span> : null}
                  {e.destination ? (
                    <span className="muted">
                      {' '}
                      · {t('person.destination', { country: formatCountry(e.destination) })}
                    </span>
                  ) : null}
                  {e.releaseId ? (
                    <>
                      {' · '}
                      <Link to={`/releases/${encodeURIComponent(e.releaseId)}`}>
                        {d.releases.find((r) => r.id === e.releaseId)?.title ?? e.releaseId}
                      </Link>
                    </>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
        </section>
        <section className="card" aria-labelledby="detention">
          <h2 id="detention">{t('person.detention')}</h2>
          <Detentions d={d} known={known} />
          <h2>{t('person.releases')}</h2>
          {d.releases.length === 0 ? (
            <p className="muted">{t('common.none')}</p>
          ) : (
            <ul>
              {d.releases.map((r) => (
                <li key={r.id}>
                  <Link to={`/releases/${encodeURIComponent(r.id)}`}>{r.title ?? r.id}</Link>{' '}
                  <span className="muted">{r.date ? formatDate(r.date) : ''}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card wide" aria-labelledby="claims">
          <h2 id="claims">{t('person.claims')}</h2>
          <ClaimsTable
            claims={d.claims}
            sources={known}
            labels={labels}
            showSubject
            selection={{ can: (c) => c.subjectId === d.id, selected, toggle }}
          />
        </section>
        <section className="card wide tools-card" aria-labelledby="record">
          <h2 id="record" className="sr-only">
            {t('merge.title')}
          </h2>
          <MergePerson id={d.id} />
          <SplitPerson id={d.id} selected={selected} />
        </section>
      </div>
    </article>
  );
}

export default function Person({ id }: { id: string }) {
  const q = useQuery({ queryKey: keys.persons.detail(id), queryFn: () => api.person(id) });
  return <Async query={q}>{(d) => <Dossier d={d} />}</Async>;
}
