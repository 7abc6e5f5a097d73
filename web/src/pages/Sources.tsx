/**
 * Watched sources for editors (docs/watch.md): the feeds and pages Habeas reads on a schedule,
 * with each one's figures (last read, last new report, reports so far, failures and the last
 * reason), a form to add one, and pause, resume and stop watching. The API refuses all of it
 * to anyone below editor; the menu shows the page to editors and admins only.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../api/client.ts';
import { invalidate, keys } from '../api/keys.ts';
import type { WatchedSource } from '../api/types.ts';
import { accessMessage, Guard } from '../auth.tsx';
import { Async } from '../components/Async.tsx';
import { PAGE_SIZE, PagedTable, useOffset } from '../components/Paged.tsx';
import { formatLanguage, formatMoment, formatNumber } from '../format.ts';
import { type MessageKey, t } from '../i18n/index.ts';
import { safeHref } from '../safe-url.ts';

// How a source is read (docs/watch.md, "Kinds"): auto decides at the first read.
const kinds = ['auto', 'feed', 'links', 'page'] as const;
type Kind = (typeof kinds)[number];
const kindChoice: Record<Kind, MessageKey> = {
  auto: 'watch.kindAuto',
  feed: 'watch.kindFeed',
  links: 'watch.kindLinks',
  page: 'watch.kindPage',
};
const kindShown: Record<Kind, MessageKey> = {
  auto: 'watch.asAuto',
  feed: 'watch.asFeed',
  links: 'watch.asLinks',
  page: 'watch.asPage',
};
const everyChoices = ['15m', '30m', '1h', '2h', '6h', '12h', '1d', '7d'];
// The languages extraction has word lists for (docs/extraction.md, "Languages").
const languages = [
  'ar',
  'be',
  'de',
  'en',
  'es',
  'fa',
  'fr',
  'hr',
  'hu',
  'id',
  'it',
  'ka',
  'lt',
  'nl',
  'pl',
  'pt',
  'ru',
  'sl',
  'tl',
  'tr',
  'uk',
  'zh',
];

/** '30m' or 1800 seconds, in words: 'every 30 minutes'. */
function everyText(seconds: number): string {
  if (seconds % 86_400 === 0) return t('watch.everyDays', { n: seconds / 86_400 });
  if (seconds % 3600 === 0) return t('watch.everyHours', { n: seconds / 3600 });
  return t('watch.everyMinutes', { n: Math.round(seconds / 60) });
}

const choiceSeconds = (c: string) =>
  Number(c.slice(0, -1)) * ({ m: 60, h: 3600, d: 86_400 } as Record<string, number>)[c.slice(-1)]!;

/** An ISO time as the reader writes a day, with the time (UTC, as the column says); 'never' when none. */
function when(iso: string | null): string {
  return iso ? formatMoment(iso) : t('watch.never');
}

const shownName = (w: WatchedSource) => w.name ?? w.url;

function AddForm() {
  const client = useQueryClient();
  const [url, setUrl] = useState('');
  const [every, setEvery] = useState('30m');
  const [name, setName] = useState('');
  const [language, setLanguage] = useState('');
  const [kind, setKind] = useState<Kind>('auto');
  const [hosts, setHosts] = useState('');
  // Other hosts matter only to a page of links (or one that may turn out to be).
  const linksMaybe = kind === 'auto' || kind === 'links';
  const add = useMutation({
    mutationFn: () =>
      api.watch({
        url: url.trim(),
        every,
        name: name.trim() || null,
        language: language || null,
        kind,
        ...(linksMaybe && hosts.trim() ? { hosts: hosts.split(/[\s,]+/).filter(Boolean) } : {}),
      }),
    onSuccess: () => {
      setUrl('');
      setName('');
      setHosts('');
      void invalidate(client, 'watched');
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (url.trim()) add.mutate();
  };
  return (
    <form className="filters" onSubmit={submit} aria-label={t('watch.addTitle')}>
      <label>
        {t('watch.url')}
        <input
          type="url"
          name="url"
          required
          value={url}
          placeholder="https://"
          onChange={(e) => setUrl(e.target.value)}
        />
      </label>
      <label>
        {t('watch.kind')}
        <select name="kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(kindChoice[k])}
            </option>
          ))}
        </select>
      </label>
      {linksMaybe ? (
        <label>
          {t('watch.hosts')}
          <input
            name="hosts"
            value={hosts}
            placeholder="media.example.org"
            onChange={(e) => setHosts(e.target.value)}
          />
        </label>
      ) : null}
      <label>
        {t('watch.every')}
        <select name="every" value={every} onChange={(e) => setEvery(e.target.value)}>
          {everyChoices.map((c) => (
            <option key={c} value={c}>
              {everyText(choiceSeconds(c))}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('watch.name')}
        <input name="name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        {t('watch.language')}
        <select name="language" value={language} onChange={(e) => setLanguage(e.target.value)}>
          <option value="">{t('watch.languageAuto')}</option>
          {languages.map((l) => (
            <option key={l} value={l}>
              {formatLanguage(l)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={add.isPending}>
        {t('watch.submit')}
      </button>
      {add.error ? (
        <p className="error small" role="alert">
          {accessMessage(add.error)}
        </p>
      ) : null}
      {add.data ? (
        <p className="small" role="status">
          {t(add.data.created ? 'watch.added' : 'watch.already', {
            name: shownName(add.data.source),
          })}
        </p>
      ) : null}
    </form>
  );
}

function Row({ w }: { w: WatchedSource }) {
  const client = useQueryClient();
  const done = () => invalidate(client, 'watched');
  const pause = useMutation({
    mutationFn: () => api.pauseWatched(w.id, !w.paused),
    onSuccess: done,
  });
  const remove = useMutation({ mutationFn: () => api.unwatch(w.id), onSuccess: done });
  const error = pause.error ?? remove.error;
  return (
    <tr data-watched={w.id}>
      <td>
        {w.name ? <div>{w.name}</div> : null}
        <a href={safeHref(w.url)} className="small" rel="noopener noreferrer">
          {w.url}
        </a>
        <div className="muted small">
          {t(kindShown[w.kind])}
          {` · ${everyText(w.everySeconds)}`}
          {w.language ? ` · ${formatLanguage(w.language)}` : ''}
          {w.linkHosts.length ? ` · ${w.linkHosts.join(', ')}` : ''}
        </div>
      </td>
      <td className="watch-state">{t(w.paused ? 'watch.paused' : 'watch.active')}</td>
      <td className="nowrap">{when(w.lastCheckedAt)}</td>
      <td className="nowrap">{when(w.lastNewAt)}</td>
      <td className="num">{formatNumber(w.items)}</td>
      {w.failures > 0 ? (
        <td>
          <div>{t('watch.failuresInRow', { count: w.failures })}</div>
          {w.lastError ? (
            // The server's own words for the failure (an HTTP status, a refused address).
            <div className="error small" lang="en">
              {w.lastError}
            </div>
          ) : null}
        </td>
      ) : (
        <td className="num">{formatNumber(0)}</td>
      )}
      <td className="nowrap">{w.paused ? '–' : when(w.nextCheckAt)}</td>
      <td>
        <Guard need="editor">
          <div className="tools">
            <button type="button" disabled={pause.isPending} onClick={() => pause.mutate()}>
              {t(w.paused ? 'watch.resume' : 'watch.pause')}
            </button>
            <button
              type="button"
              disabled={remove.isPending}
              onClick={() => {
                if (window.confirm(t('watch.confirmRemove', { name: shownName(w) })))
                  remove.mutate();
              }}
            >
              {t('watch.remove')}
            </button>
          </div>
        </Guard>
        {error ? (
          <p className="error small" role="alert">
            {accessMessage(error)}
          </p>
        ) : null}
      </td>
    </tr>
  );
}

export default function Sources() {
  const offset = useOffset();
  const q = useQuery({
    queryKey: keys.watched.list({ offset }),
    queryFn: () => api.watched({ offset, limit: PAGE_SIZE }),
    // The schedule reads sources in the background: the figures move while the page is open.
    refetchInterval: 30_000,
  });
  return (
    <>
      <div className="page-head">
        <h1>{t('watch.title')}</h1>
      </div>
      <p className="help">{t('watch.help')}</p>
      <Guard need="editor">
        <h2>{t('watch.addTitle')}</h2>
        <AddForm />
      </Guard>
      <Async query={q}>
        {(d) => (
          <PagedTable
            page={d}
            empty={t('watch.empty')}
            headers={[
              t('watch.source'),
              t('watch.state'),
              t('watch.lastRead'),
              t('watch.lastNew'),
              t('watch.items'),
              t('watch.failures'),
              t('watch.nextRead'),
              <span key="actions" className="sr-only">
                {t('watch.actions')}
              </span>,
            ]}
            row={(w) => <Row key={w.id} w={w} />}
          />
        )}
      </Async>
    </>
  );
}
