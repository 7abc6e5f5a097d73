// One claim in the review queue: what it says, its evidence in its report, and the reviewer's
// actions on it (accept, reject, correct). The queue (ReviewQueue.tsx) owns focus and selection.
import { useEffect, useRef } from 'react';
import type { QueueItem, Value } from '../api/types.ts';
import { Guard } from '../auth.tsx';
import {
  entityPath,
  formatClaimValue,
  label,
  propertyLabel,
  readerLabel,
  subjectLabel,
} from '../format.ts';
import { t } from '../i18n/index.ts';
import { Link } from '../router.tsx';
import { CorrectForm } from './CorrectForm.tsx';
import { SourceLink } from './Sources.tsx';

export type ReviewState = 'proposed' | 'accepted' | 'rejected';
type State = ReviewState;

export function Item({
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
