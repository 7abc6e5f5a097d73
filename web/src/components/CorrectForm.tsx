import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { QueueItem, Value } from '../api/types.ts';
import { t } from '../i18n/index.ts';

const qualifiers = ['exact', 'more_than', 'at_least', 'about', 'almost', 'up_to'] as const;

function initial(v: Value): string {
  switch (v.type) {
    case 'text':
      return v.text;
    case 'number':
      return String(v.number);
    case 'date':
      return v.date.value;
    case 'ref':
      return v.id;
    case 'name':
      return v.name.value;
    case 'bool':
      return v.bool ? 'true' : 'false';
  }
}

/** The corrected value of the same type, or an error message in words. */
export function parseCorrection(old: Value, raw: string, qualifier: string): Value | string {
  const s = raw.trim();
  if (!s) return t('review.emptyValue');
  switch (old.type) {
    case 'text':
      return { type: 'text', text: s };
    case 'number': {
      const n = Number(s.replaceAll(',', ''));
      return Number.isFinite(n)
        ? { type: 'number', number: n, qualifier: qualifier as (typeof qualifiers)[number] }
        : t('review.notNumber', { value: s });
    }
    case 'date': {
      const precision = /^\d{4}-\d{2}-\d{2}$/.test(s)
        ? 'day'
        : /^\d{4}-\d{2}$/.test(s)
          ? 'month'
          : /^\d{4}$/.test(s)
            ? 'year'
            : null;
      return precision
        ? { type: 'date', date: { value: s, precision } }
        : t('review.badDate', { value: s });
    }
    case 'ref':
      return { type: 'ref', id: s };
    case 'name':
      return { type: 'name', name: { ...old.name, value: s } };
    case 'bool':
      return { type: 'bool', bool: s === 'true' || s === 'yes' };
  }
}

export function CorrectForm({
  item,
  onSubmit,
  onCancel,
  busy,
}: {
  item: QueueItem;
  onSubmit: (v: Value) => void;
  onCancel: () => void;
  busy: boolean;
}) {
  const old = item.claim.value;
  const [raw, setRaw] = useState(initial(old));
  const [qualifier, setQualifier] = useState(old.type === 'number' ? old.qualifier : 'exact');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // The form opens on the reviewer's request (button or 'c'): typing should go straight in.
  useEffect(() => input.current?.focus(), []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = parseCorrection(old, raw, qualifier);
    if (typeof v === 'string') setError(v);
    else onSubmit(v);
  };
  return (
    <form className="correct" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      {old.type === 'number' ? (
        <label>
          {t('common.kind')}
          <select
            value={qualifier}
            onChange={(e) => setQualifier(e.target.value as typeof qualifier)}
          >
            {qualifiers.map((q) => (
              <option key={q} value={q}>
                {t(`qualifier.${q}`, { n: '…' })}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label>
        {t('review.correctValue')}
        <input
          ref={input}
          value={raw}
          onChange={(e) => setRaw(e.target.value)}
          aria-invalid={error ? true : undefined}
        />
      </label>
      <button type="submit" disabled={busy}>
        {t('review.save')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('review.cancel')}
      </button>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
