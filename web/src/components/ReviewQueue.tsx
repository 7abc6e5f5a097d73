// The review queue of one page: keyboard shortcuts, focus, a selection and the actions on it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { invalidate, ledger } from '../api/keys.ts';
import type { QueueItem, Value } from '../api/types.ts';
import { accessMessage, Guard, useViewer } from '../auth.tsx';
import { t } from '../i18n/index.ts';
import { Item, type ReviewState } from './ReviewItem.tsx';

type State = ReviewState;

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

export function Queue({ items, state }: { items: QueueItem[]; state: State }) {
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
