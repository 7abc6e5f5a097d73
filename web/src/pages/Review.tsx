import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client.ts';
import { invalidate, keys, ledger } from '../api/keys.ts';
import type { QueueItem, Value } from '../api/types.ts';
import { accessMessage, Guard, useViewer } from '../auth.tsx';
import { Async, Pager } from '../components/Async.tsx';
import { CorrectForm } from '../components/CorrectForm.tsx';
import { SourceLink } from '../components/Sources.tsx';
import {
  entityPath,
  formatClaimValue,
  label,
  propertyLabel,
  readerLabel,
  subjectLabel,
} from '../format.ts';
import { t } from '../i18n/index.ts';
import { Link, useSearchParams } from '../router.tsx';

const pageSize = 25;
type State = 'proposed' | 'accepted' | 'rejected';

function Item({
  item,
  focused,
  selected,
  correcting,
  busy,
  onFocus,
  onToggle,
  onDecide,
  onCorrect,
  onCorrected,
}: {
  item: QueueItem;
  focused: boolean;
  selected: boolean;
  correcting: boolean;
  busy: boolean;
  onFocus: () => void;
  onToggle: () => void;
  onDecide: (s: State) => void;
  onCorrect: (open: boolean) => void;
  onCorrected: (v: Value) => void;
}) {
  const { claim: c, subject, source, context } = item;
  // A referenced person by their spelling for the reader, as the subject is.
  const valueLabel = item.valueLabel ? readerLabel(item.valueLabel, item.valueNames) : null;
  const path = entityPath(subject.id, subject.type);
  // A proposed merge ('X is the same person as Y'): the same review, named for what it does.
  const merge = c.property === 'mergedInto';
  const target = c.value.type === 'ref' ? entityPath(c.value.id, subject.type) : null;
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focused) ref.current?.focus({ preventScroll: false });
  }, [focused]);
  return (
    <article
      ref={ref}
      tabIndex={-1}
      className={`queue-item${focused ? ' focused' : ''}`}
      data-claim={c.id}
      onFocus={onFocus}
      aria-label={`${propertyLabel(c.property)}: ${valueLabel ?? formatClaimValue(c.property, c.subjectType, c.value)}`}
    >
      <div className="queue-head">
        <input
          type="checkbox"
          checked={selected}
          onChange={onToggle}
          aria-label={t('review.select', { id: c.id })}
        />
        <div className="what">
          <span className="muted small">{label('entity', subject.type)}</span>{' '}
          {path ? (
            <Link to={path}>{subjectLabel(subject)}</Link>
          ) : (
            <strong>{subjectLabel(subject)}</strong>
          )}
          <div>
            <span className="prop">{merge ? t('review.sameAs') : propertyLabel(c.property)}</span> ={' '}
            <strong className="value">
              {target ? (
                <Link to={target}>
                  {valueLabel ?? formatClaimValue(c.property, c.subjectType, c.value)}
                </Link>
              ) : (
                (valueLabel ?? formatClaimValue(c.property, c.subjectType, c.value))
              )}
            </strong>
          </div>
        </div>
        <span className="confidence" title={t('common.confidence')}>
          {Math.round(c.confidence * 100)}%
        </span>
      </div>
      {context ? (
        <blockquote className="context">
          {context.before}
          <mark>{context.quote}</mark>
          {context.after}
        </blockquote>
      ) : (
        <p className="muted small">{t('review.noContext')}</p>
      )}
      <div className="queue-foot">
        {source ? (
          <SourceLink source={source} quoteClaim={c.evidence ? c.id : undefined} />
        ) : (
          <span className="muted">{t('common.noSource')}</span>
        )}
        <Guard need="reviewer">
          <div className="actions">
            <button
              type="button"
              className="accept"
              disabled={busy || c.state === 'accepted'}
              onClick={() => onDecide('accepted')}
            >
              {t(merge ? 'review.merge' : 'review.accept')} <kbd>a</kbd>
            </button>
            <button
              type="button"
              className="reject"
              disabled={busy || c.state === 'rejected'}
              onClick={() => onDecide('rejected')}
            >
              {t(merge ? 'review.keepApart' : 'review.reject')} <kbd>r</kbd>
            </button>
            <Guard need="editor">
              <button
                type="button"
                disabled={busy}
                onClick={() => onCorrect(!correcting)}
                aria-expanded={correcting}
              >
                {t('review.correct')} <kbd>c</kbd>
              </button>
            </Guard>
          </div>
        </Guard>
      </div>
      {correcting ? (
        <CorrectForm
          item={item}
          busy={busy}
          onSubmit={onCorrected}
          onCancel={() => onCorrect(false)}
        />
      ) : null}
    </article>
  );
}

function isTyping(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/**
 * The shortcut a key press means: its letter, or, where the layout types another script (a
 * Belarusian, Russian or Ukrainian keyboard gives 'ф' on the A key), the Latin letter printed
 * on the same key, from its physical code ('KeyA'); Shift makes it upper case.
 */
export function shortcutKey(e: Pick<KeyboardEvent, 'key' | 'code' | 'shiftKey'>): string {
  if (/^[A-Za-z]$/.test(e.key) || !/^Key[A-Z]$/.test(e.code ?? '')) return e.key;
  const letter = e.code.slice(3);
  return e.shiftKey ? letter : letter.toLowerCase();
}

function Queue({ items, state }: { items: QueueItem[]; state: State }) {
  const client = useQueryClient();
  const [focus, setFocus] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [correcting, setCorrecting] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  // Accepting, rejecting or correcting a claim changes the entity it is about (a person, a
  // release, a deal, and the pages that list them), the source's claims, the counts when it is
  // a status change, the queue and the audit log: the whole ledger.
  const refresh = () => invalidate(client, ...ledger);
  const decide = useMutation({
    mutationFn: async ({ ids, to }: { ids: string[]; to: State }) => {
      for (const id of ids) await api.review(id, to);
      return { ids, to };
    },
    onSuccess: ({ ids, to }) => {
      setMessage(
        ids.length === 1
          ? t('review.done', { id: ids[0]!, state: t(`state.${to}`) })
          : t('review.bulkDone', { count: ids.length }),
      );
      setSelected(new Set());
      refresh();
    },
    onError: (e) => setMessage(accessMessage(e)),
  });
  const correct = useMutation({
    mutationFn: async ({ item, value }: { item: QueueItem; value: Value }) => {
      const c = item.claim;
      // The server records the correction as accepted and rejects the claim it replaces.
      const created = await api.correct(c.id, {
        value,
        sourceId: c.sourceId,
        evidence: c.evidence,
      });
      return created.id;
    },
    onSuccess: (id) => {
      setCorrecting(null);
      setMessage(t('review.done', { id, state: t('state.accepted') }));
      refresh();
    },
    onError: (e) => setMessage(accessMessage(e)),
  });
  const busy = decide.isPending || correct.isPending;
  const { can } = useViewer();
  const current = items[Math.min(focus, items.length - 1)];
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e) || e.ctrlKey || e.metaKey || e.altKey || !current || busy) return;
      // Shortcuts act only for roles the server would let act (docs/security.md).
      const key = shortcutKey(e);
      if ('arA'.includes(key) && !can('reviewer')) return;
      if (key === 'c' && !can('editor')) return;
      const id = current.claim.id;
      const state = current.claim.state;
      switch (key) {
        case 'j':
          setFocus((f) => Math.min(items.length - 1, f + 1));
          break;
        case 'k':
          setFocus((f) => Math.max(0, f - 1));
          break;
        case 'a':
          if (state !== 'accepted') decide.mutate({ ids: [id], to: 'accepted' });
          break;
        case 'r':
          if (state !== 'rejected') decide.mutate({ ids: [id], to: 'rejected' });
          break;
        case 'c':
          setCorrecting(id);
          break;
        case 'x':
          toggle(id);
          break;
        case 'A':
          if (selected.size) decide.mutate({ ids: [...selected], to: 'accepted' });
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <>
      <Guard need="reviewer">
        <div className="bulk">
          <label>
            <input
              type="checkbox"
              checked={items.length > 0 && selected.size === items.length}
              onChange={(e) =>
                setSelected(e.target.checked ? new Set(items.map((i) => i.claim.id)) : new Set())
              }
            />{' '}
            {t('review.selectAll')}
          </label>
          {state !== 'accepted' ? (
            <button
              type="button"
              disabled={busy || selected.size === 0}
              onClick={() => decide.mutate({ ids: [...selected], to: 'accepted' })}
            >
              {t('review.acceptSelected', { count: selected.size })}
            </button>
          ) : null}
        </div>
      </Guard>
      <p className="live" role="status" aria-live="polite">
        {message}
      </p>
      {items.length === 0 ? (
        <p>{t('review.empty')}</p>
      ) : (
        items.map((item, i) => (
          <Item
            key={item.claim.id}
            item={item}
            focused={i === focus}
            selected={selected.has(item.claim.id)}
            correcting={correcting === item.claim.id}
            busy={busy}
            onFocus={() => setFocus(i)}
            onToggle={() => toggle(item.claim.id)}
            onDecide={(to) => decide.mutate({ ids: [item.claim.id], to })}
            onCorrect={(open) => setCorrecting(open ? item.claim.id : null)}
            onCorrected={(value) => correct.mutate({ item, value })}
          />
        ))
      )}
    </>
  );
}

function BulkThreshold() {
  const client = useQueryClient();
  const [threshold, setThreshold] = useState('0.9');
  const bulk = useMutation({
    mutationFn: () => api.acceptAbove(Number(threshold)),
    // Claims of any kind are accepted at once: as for one review, the whole ledger.
    onSuccess: () => invalidate(client, ...ledger),
  });
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        bulk.mutate();
      }}
    >
      <label>
        {t('review.bulkThreshold')}
        <input
          type="number"
          min={0}
          max={1}
          step={0.05}
          value={threshold}
          onChange={(e) => setThreshold(e.target.value)}
        />
      </label>
      <button type="submit" disabled={bulk.isPending}>
        {t('review.bulkGo')}
      </button>
      {bulk.data ? (
        <span role="status">{t('review.bulkDone', { count: bulk.data.accepted })}</span>
      ) : null}
      {bulk.error ? (
        <span role="alert" className="error">
          {accessMessage(bulk.error)}
        </span>
      ) : null}
    </form>
  );
}

export default function Review() {
  const [params, update] = useSearchParams();
  const raw = params.get('state');
  const state: State = raw === 'accepted' || raw === 'rejected' ? raw : 'proposed';
  const sourceId = params.get('sourceId') ?? undefined;
  const offset = Number(params.get('offset') ?? 0) || 0;
  const q = useQuery({
    queryKey: keys.review.queue({ state, sourceId, offset }),
    queryFn: () => api.queue({ state, sourceId, offset, limit: pageSize }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <div className="page-head">
        <h1>{t('review.title')}</h1>
        <div className="tools">
          <label>
            {t('review.stateFilter')}{' '}
            <select
              value={state}
              onChange={(e) =>
                update({
                  state: e.target.value === 'proposed' ? null : e.target.value,
                  offset: null,
                })
              }
            >
              {(['proposed', 'accepted', 'rejected'] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`state.${s}`)}
                </option>
              ))}
            </select>
          </label>
          {state === 'proposed' ? (
            <Guard need="editor">
              <BulkThreshold />
            </Guard>
          ) : null}
        </div>
      </div>
      <p className="help">{t('review.help')}</p>
      {sourceId ? (
        <p>
          <SourceLink source={{ id: sourceId, title: sourceId }} />{' '}
          <button
            type="button"
            className="link"
            aria-label={t('review.clearSource')}
            title={t('review.clearSource')}
            onClick={() => update({ sourceId: null })}
          >
            ✕
          </button>
        </p>
      ) : null}
      <Async query={q}>
        {(d) => (
          <>
            <p className="muted">{t('review.count', { total: d.total })}</p>
            <Queue key={`${state}${sourceId}${offset}`} items={d.items} state={state} />
            <Pager
              offset={offset}
              limit={pageSize}
              total={d.total}
              onChange={(o) => update({ offset: o || null })}
            />
          </>
        )}
      </Async>
      <p className="muted small">{t('review.mergeSplit')}</p>
    </>
  );
}
