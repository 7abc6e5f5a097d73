import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { keys } from '../api/keys.ts';
import type { QueueItem, Source } from '../api/types.ts';
import { useViewer } from '../auth.tsx';
import { Async } from '../components/Async.tsx';
import { HighlightedText } from '../components/Highlighted.tsx';
import {
  entityPath,
  formatClaimValue,
  formatDate,
  formatLanguage,
  label,
  propertyLabel,
  readerLabel,
  sourceTitle,
  subjectLabel,
} from '../format.ts';
import { t } from '../i18n/index.ts';
import { Link } from '../router.tsx';
import { safeHref } from '../safe-url.ts';

function ClaimList({
  items,
  active,
  onSelect,
}: {
  items: QueueItem[];
  active: string | null;
  onSelect: (id: string) => void;
}) {
  if (items.length === 0) return <p className="muted">{t('common.none')}</p>;
  return (
    <ol className="claim-list">
      {items.map(({ claim: c, subject, valueLabel: refLabel, valueNames }) => {
        const valueLabel = refLabel ? readerLabel(refLabel, valueNames) : null;
        const path = entityPath(subject.id, subject.type);
        return (
          <li
            key={c.id}
            id={`claim-${c.id}`}
            className={`${active === c.id ? 'active ' : ''}state-${c.state}`}
          >
            <div>
              <strong>{propertyLabel(c.property)}</strong>:{' '}
              {valueLabel ?? formatClaimValue(c.property, c.subjectType, c.value)}{' '}
              <span className={`state state-${c.state}`}>{t(`state.${c.state}`)}</span>
            </div>
            <div className="small muted">
              {t('src.about')}{' '}
              {path ? <Link to={path}>{subjectLabel(subject)}</Link> : subjectLabel(subject)} (
              {label('entity', subject.type)})
            </div>
            {c.evidence ? (
              <button
                type="button"
                className="link small"
                onClick={() => {
                  onSelect(c.id);
                  document.getElementById(`ev-${c.id}`)?.scrollIntoView?.({ block: 'center' });
                }}
              >
                “{c.evidence.quote}”
              </button>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

function ReportView({ source, items }: { source: Source; items: QueueItem[] }) {
  const [active, setActive] = useState<string | null>(null);
  useEffect(() => {
    const hash = decodeURIComponent(window.location.hash.slice(1));
    if (hash) {
      setActive(hash);
      document.getElementById(`ev-${hash}`)?.scrollIntoView?.({ block: 'center' });
    }
  }, []);
  const spans = items.flatMap(({ claim: c }) =>
    c.evidence ? [{ id: c.id, start: c.evidence.start, end: c.evidence.end }] : [],
  );
  return (
    <article>
      <h1>{sourceTitle(source)}</h1>
      <p className="muted">
        {[
          source.publishedAt ? formatDate(source.publishedAt) : null,
          source.publisher,
          source.language ? formatLanguage(source.language) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
        {source.url ? (
          <>
            {' · '}
            {safeHref(source.url) ? (
              <a href={safeHref(source.url)} rel="noreferrer noopener" target="_blank">
                {source.url}
              </a>
            ) : (
              <span>{source.url}</span>
            )}
          </>
        ) : null}
      </p>
      <div className="viewer">
        <section aria-label={t('common.quote')}>
          <p className="help">{t('src.evidenceHelp')}</p>
          <HighlightedText text={source.text} spans={spans} active={active} onSelect={setActive} />
        </section>
        <section aria-labelledby="claims-title" className="card">
          <h2 id="claims-title">{t('src.claims')}</h2>
          <ClaimList items={items} active={active} onSelect={setActive} />
        </section>
      </div>
    </article>
  );
}

export default function Report({ id }: { id: string }) {
  const source = useQuery({ queryKey: keys.sources.detail(id), queryFn: () => api.source(id) });
  const { user, loading } = useViewer();
  // Staff see every claim drawn from the report; the public its published (accepted) ones.
  const state = user ? 'any' : 'accepted';
  const claims = useQuery({
    queryKey: keys.review.queue({ sourceId: id, state, limit: 1000 }),
    queryFn: () => api.queue({ sourceId: id, state, limit: 1000 }),
    enabled: !loading,
  });
  return (
    <Async query={source}>
      {(s) => (
        <Async query={claims}>{(c) => <ReportView source={s.source} items={c.items} />}</Async>
      )}
    </Async>
  );
}
