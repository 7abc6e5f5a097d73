/**
 * What is new since the signed-in user last looked (docs/whats-new.md): release events
 * created, release events whose country, date or count changed, new conflicts and reports
 * stored, each linking to its page. "Mark as seen" moves the user's mark to the end of the
 * span shown, so what came in meanwhile is still new next time. Staff only, as the API.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { invalidate, keys } from '../api/keys.ts';
import type { BestValue, WhatsNew as View, WhatsNewItem } from '../api/types.ts';
import { accessMessage, useViewer } from '../auth.tsx';
import { Async } from '../components/Async.tsx';
import { formatClaimValue, formatDate, formatMoment, propertyLabel } from '../format.ts';
import { type MessageKey, t } from '../i18n/index.ts';
import { Link } from '../router.tsx';

type Kind = WhatsNewItem['kind'];
type Of<K extends Kind> = Extract<WhatsNewItem, { kind: K }>;

/** A moment of the ledger in the reader's language, to the minute (UTC, as stored). */
function moment(iso: string): string {
  return `${formatMoment(iso)} UTC`;
}

function best(field: string, b: BestValue | null): string {
  if (!b) return t('new.none');
  const shown = formatClaimValue(field, 'release_event', b.value);
  return b.proposed ? `${shown} (${t('new.proposed')})` : shown;
}

function Section<K extends Kind>({
  id,
  title,
  items,
  render,
}: {
  id: string;
  title: MessageKey;
  items: Of<K>[];
  render: (item: Of<K>) => React.ReactNode;
}) {
  if (!items.length) return null;
  return (
    <section className="card wide" aria-labelledby={id}>
      <h2 id={id}>
        {t(title)} ({items.length})
      </h2>
      <ul className="plain changes">
        {items.map((item) => (
          <li key={`${item.kind}|${item.id}|${'property' in item ? item.property : ''}`}>
            <Link to={item.path}>{item.label}</Link> {render(item)}
          </li>
        ))}
      </ul>
    </section>
  );
}

const ofKind = <K extends Kind>(items: readonly WhatsNewItem[], kind: K) =>
  items.filter((i): i is Of<K> => i.kind === kind);

function Changes({ d }: { d: View }) {
  const nothing = d.items.length === 0 && d.reports.total === 0;
  return (
    <>
      <p className="muted" data-testid="whats-new-since">
        {t(d.mark ? 'new.sinceMark' : 'new.sinceWeek', { when: moment(d.since) })}
      </p>
      {nothing ? <p role="status">{t('new.empty')}</p> : null}
      {d.entities.total > d.entities.shown ? (
        <p className="muted">
          {t('new.more', { shown: d.entities.shown, total: d.entities.total })}
        </p>
      ) : null}
      <div className="grid">
        <Section
          id="new-created"
          title="new.created"
          items={ofKind(d.items, 'release.created')}
          render={(i) => (
            <span className="muted">
              {[
                best('date', i.best.date),
                best('country', i.best.country),
                best('releasedCount', i.best.releasedCount),
              ].join(' · ')}
            </span>
          )}
        />
        <Section
          id="new-changed"
          title="new.changed"
          items={ofKind(d.items, 'release.changed')}
          render={(i) => (
            <span className="muted">
              {i.changes
                .map(
                  (c) =>
                    `${propertyLabel(c.field)}: ${best(c.field, c.before)} → ${best(c.field, c.after)}`,
                )
                .join('; ')}
            </span>
          )}
        />
        <Section
          id="new-conflicts"
          title="new.conflicts"
          items={ofKind(d.items, 'conflict.created')}
          render={(i) => (
            <span className="warn">
              {propertyLabel(i.property)}:{' '}
              {i.values.map((v) => formatClaimValue(i.property, i.type, v.value)).join(' ≠ ')}
            </span>
          )}
        />
        {d.reports.total ? (
          <section className="card wide" aria-labelledby="new-reports">
            <h2 id="new-reports">
              {t('new.reports')} ({d.reports.total})
            </h2>
            <ul className="plain changes">
              {d.reports.items.map((r) => (
                <li key={r.id}>
                  <Link to={`/reports/${encodeURIComponent(r.id)}`}>{r.title ?? r.id}</Link>{' '}
                  <span className="muted">
                    {r.publisher ?? ''} {r.publishedAt ? formatDate(r.publishedAt) : ''}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </>
  );
}

export default function WhatsNew() {
  const { user, loading } = useViewer();
  const client = useQueryClient();
  const view = useQuery({
    queryKey: keys.whatsNew.view({}),
    queryFn: () => api.whatsNew(),
    enabled: user !== null,
  });
  const mark = useMutation({
    mutationFn: (at: string) => api.markSeen(at),
    onSuccess: () => invalidate(client, 'whatsNew'),
  });
  if (!loading && !user)
    return (
      <section>
        <h1>{t('new.title')}</h1>
        <p>{t('new.signIn')}</p>
      </section>
    );
  return (
    <>
      <div className="page-head">
        <h1>{t('new.title')}</h1>
        {view.data ? (
          <div className="tools">
            <button
              type="button"
              disabled={mark.isPending}
              onClick={() => view.data && mark.mutate(view.data.until)}
            >
              {t('new.markSeen')}
            </button>
          </div>
        ) : null}
      </div>
      {mark.error ? <p role="alert">{accessMessage(mark.error)}</p> : null}
      <Async query={view}>{(d) => <Changes d={d} />}</Async>
    </>
  );
}
