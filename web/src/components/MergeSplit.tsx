import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client.ts';
import { invalidate, keys } from '../api/keys.ts';
import { accessMessage, Guard } from '../auth.tsx';
import { t } from '../i18n/index.ts';
import { navigate } from '../router.tsx';
import { useDebounced } from '../useDebounced.ts';

/** Merge this person into another record found by name (any spelling). */
function MergePersonForm({ id }: { id: string }) {
  const client = useQueryClient();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim());
  const found = useQuery({
    queryKey: keys.persons.list({ q: query, limit: 8 }),
    queryFn: () => api.persons({ q: query, limit: 8 }),
    enabled: query.length > 1,
  });
  const merge = useMutation({
    mutationFn: (into: string) => api.merge('persons', id, into),
    onSuccess: (r) => {
      // The two records become one: persons, the releases and sources naming them, their
      // held spans (counts), the merge's own claim (review) and its audit line.
      void invalidate(client, 'persons', 'releases', 'sources', 'counts', 'review', 'audit');
      navigate(`/people/${encodeURIComponent(r.into)}`);
    },
  });
  return (
    <div>
      <h3>{t('merge.title')}</h3>
      <p className="help small">{t('merge.help')}</p>
      <label>
        {t('merge.search')}
        <input type="search" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
      </label>
      <ul className="plain candidates">
        {found.data?.items
          .filter((p) => p.id !== id)
          .map((p) => (
            <li key={p.id}>
              <button type="button" disabled={merge.isPending} onClick={() => merge.mutate(p.id)}>
                {t('merge.into', { name: p.name })}
              </button>{' '}
              <span className="muted small">
                {p.names
                  .map((n) => n.value)
                  .slice(0, 3)
                  .join(' · ')}
              </span>
            </li>
          ))}
      </ul>
      {merge.error ? (
        <p className="error" role="alert">
          {accessMessage(merge.error)}
        </p>
      ) : null}
    </div>
  );
}

/** Move the selected claims of this person to a new record. */
function SplitPersonForm({ id, selected }: { id: string; selected: ReadonlySet<string> }) {
  const client = useQueryClient();
  const split = useMutation({
    mutationFn: () => api.split('persons', id, [...selected]),
    onSuccess: (r) => {
      // As a merge, the other way round.
      void invalidate(client, 'persons', 'releases', 'sources', 'counts', 'review', 'audit');
      navigate(`/people/${encodeURIComponent(r.id)}`);
    },
  });
  return (
    <div>
      <h3>{t('split.title')}</h3>
      <p className="help small">{t('split.help')}</p>
      <button
        type="button"
        disabled={selected.size === 0 || split.isPending}
        onClick={() => split.mutate()}
      >
        {t('split.go', { count: selected.size })}
      </button>
      {split.error ? (
        <p className="error" role="alert">
          {accessMessage(split.error)}
        </p>
      ) : null}
    </div>
  );
}

/** Merge this release event into another one (two reports of one release made two events). */
function MergeReleaseForm({ id }: { id: string }) {
  const client = useQueryClient();
  const [into, setInto] = useState('');
  const releases = useQuery({
    queryKey: keys.releases.list({ limit: 1000 }),
    queryFn: () => api.releases({ limit: 1000 }),
  });
  const merge = useMutation({
    mutationFn: () => api.merge('releases', id, into),
    onSuccess: (r) => {
      // Releases, the deals covering them and the dossiers of the people they freed, the
      // sources reporting them, the merge's claim (review) and its audit line. Counts come
      // from people's status changes, which a release merge leaves alone.
      void invalidate(client, 'releases', 'deals', 'persons', 'sources', 'review', 'audit');
      navigate(`/releases/${encodeURIComponent(r.into)}`);
    },
  });
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (into) merge.mutate();
      }}
    >
      <label>
        {t('merge.releaseInto')}
        <select value={into} onChange={(e) => setInto(e.target.value)}>
          <option value="">–</option>
          {releases.data?.items
            .filter((r) => r.id !== id)
            .map((r) => (
              <option key={r.id} value={r.id}>
                {r.date ? `${r.date.value} · ` : ''}
                {r.title ?? r.id}
              </option>
            ))}
        </select>
      </label>
      <button type="submit" disabled={!into || merge.isPending}>
        {t('merge.go')}
      </button>
      {merge.error ? (
        <p className="error" role="alert">
          {accessMessage(merge.error)}
        </p>
      ) : null}
    </form>
  );
}

// Merging and splitting change records: editors and up (docs/security.md).
export function MergePerson(props: { id: string }) {
  return (
    <Guard need="editor">
      <MergePersonForm {...props} />
    </Guard>
  );
}

export function SplitPerson(props: { id: string; selected: ReadonlySet<string> }) {
  return (
    <Guard need="editor">
      <SplitPersonForm {...props} />
    </Guard>
  );
}

export function MergeRelease(props: { id: string }) {
  return (
    <Guard need="editor">
      <MergeReleaseForm {...props} />
    </Guard>
  );
}
