/**
 * The Reports page's search (docs/search.md): a form whose fields live in the address bar, and
 * the hits with their passages, matched words marked. Passages are plain text segments from
 * the API; nothing is rendered as HTML.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../api/client.ts';
import { keys } from '../api/keys.ts';
import type { Query } from '../api/types.ts';
import { useViewer } from '../auth.tsx';
import { formatDate, formatLanguage, sourceTitle } from '../format.ts';
import { t } from '../i18n/index.ts';
import { Link, useSearchParams } from '../router.tsx';
import { Async, Pager } from './Async.tsx';

type SearchQuery = Query<'/api/sources/search'>;
const fields = ['q', 'country', 'from', 'to', 'source', 'language', 'state'] as const;
type Field = (typeof fields)[number];
const pageSize = 20;

/** The search asked in the address bar, or null when none is. */
export function useReportSearch(): Partial<Record<Field, string>> | null {
  const [params] = useSearchParams();
  const asked = Object.fromEntries(
    fields.flatMap((f) => (params.get(f) ? [[f, params.get(f)!]] : [])),
  );
  return Object.keys(asked).length ? asked : null;
}

export function ReportSearchForm() {
  const [params, update] = useSearchParams();
  const { user } = useViewer();
  const [draft, setDraft] = useState<Record<Field, string>>(
    () => Object.fromEntries(fields.map((f) => [f, params.get(f) ?? ''])) as Record<Field, string>,
  );
  const set = (f: Field) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [f]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const country = draft.country.trim().toUpperCase();
    update(
      {
        ...Object.fromEntries(fields.map((f) => [f, draft[f].trim() || null])),
        country: country || null,
        offset: null,
      },
      false,
    );
  };
  const clear = () => {
    setDraft(Object.fromEntries(fields.map((f) => [f, ''])) as Record<Field, string>);
    update({ ...Object.fromEntries(fields.map((f) => [f, null])), offset: null }, false);
  };
  return (
    <search>
      <form className="filters" onSubmit={submit}>
        <label>
          {t('search.label')}
          <input
            type="search"
            className="wide-input"
            value={draft.q}
            onChange={set('q')}
            placeholder={t('search.placeholder')}
            maxLength={200}
            spellCheck={false}
          />
        </label>
        <label>
          {t('search.country')}
          <input value={draft.country} onChange={set('country')} size={3} maxLength={2} />
        </label>
        <label>
          {t('search.from')}
          <input type="date" value={draft.from} onChange={set('from')} />
        </label>
        <label>
          {t('search.to')}
          <input type="date" value={draft.to} onChange={set('to')} />
        </label>
        <label>
          {t('search.source')}
          <input value={draft.source} onChange={set('source')} maxLength={200} />
        </label>
        <label>
          {t('search.language')}
          <input value={draft.language} onChange={set('language')} size={3} maxLength={2} />
        </label>
        {user ? (
          <label>
            {t('search.state')}
            <select value={draft.state} onChange={set('state')}>
              <option value="">{t('search.anyState')}</option>
              <option value="pending">{t('search.pending')}</option>
              <option value="reviewed">{t('search.reviewed')}</option>
            </select>
          </label>
        ) : null}
        <button type="submit" className="primary">
          {t('search.submit')}
        </button>
        <button type="button" onClick={clear}>
          {t('search.clear')}
        </button>
      </form>
      <p className="help small">{t('search.help')}</p>
    </search>
  );
}

export function ReportSearchResults({ asked }: { asked: Partial<Record<Field, string>> }) {
  const [params, update] = useSearchParams();
  const offset = Number(params.get('offset') ?? 0) || 0;
  const search = { ...asked, offset, limit: pageSize } as SearchQuery;
  const q = useQuery({
    queryKey: keys.sources.search(search),
    queryFn: () => api.searchSources(search),
    placeholderData: keepPreviousData,
  });
  return (
    <Async query={q}>
      {(d) => (
        <>
          <p className="muted" role="status">
            {t('search.results', { total: d.total })}
          </p>
          {d.persons.length ? (
            <p>
              {t('search.persons')}{' '}
              {d.persons.map((p, i) => (
                <span key={p.entityId}>
                  {i ? ', ' : ''}
                  <Link to={`/people/${encodeURIComponent(p.entityId)}`}>{p.name}</Link>
                </span>
              ))}
            </p>
          ) : null}
          {d.items.length === 0 ? <p className="muted">{t('search.none')}</p> : null}
          <ol className="plain results">
            {d.items.map((hit) => (
              <li key={hit.source.id} className="card" data-source={hit.source.id}>
                <p>
                  <Link to={`/reports/${encodeURIComponent(hit.source.id)}`}>
                    {sourceTitle(hit.source)}
                  </Link>{' '}
                  <span className="muted small">
                    {[
                      hit.source.publishedAt ? formatDate(hit.source.publishedAt) : null,
                      hit.source.publisher,
                      hit.source.language ? formatLanguage(hit.source.language) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </p>
                <p className="snippet">
                  {hit.snippet.map((part, i) =>
                    part.match ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: segments of one fixed passage
                      <mark key={i}>{part.text}</mark>
                    ) : (
                      // biome-ignore lint/suspicious/noArrayIndexKey: segments of one fixed passage
                      <span key={i}>{part.text}</span>
                    ),
                  )}
                </p>
              </li>
            ))}
          </ol>
          <Pager
            offset={offset}
            limit={pageSize}
            total={d.total}
            onChange={(o) => update({ offset: o || null })}
          />
        </>
      )}
    </Async>
  );
}
