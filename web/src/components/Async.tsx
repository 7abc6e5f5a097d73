import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { accessMessage } from '../auth.tsx';
import { t } from '../i18n/index.ts';

/** Loading and error states of a query, the same on every page; children render the data. */
export function Async<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending)
    return (
      <p className="muted" role="status">
        {t('common.loading')}
      </p>
    );
  if (query.isError)
    return (
      <div className="error" role="alert">
        <p>{t('common.error', { message: accessMessage(query.error) })}</p>
        <button type="button" onClick={() => query.refetch()}>
          {t('common.retry')}
        </button>
      </div>
    );
  return <>{children(query.data)}</>;
}

export function Pager({
  offset,
  limit,
  total,
  onChange,
}: {
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
}) {
  if (total <= limit) return null;
  return (
    <nav className="pager" aria-label={t('common.pages')}>
      <button
        type="button"
        disabled={offset === 0}
        onClick={() => onChange(Math.max(0, offset - limit))}
      >
        {t('common.previous')}
      </button>
      <span>
        {t('common.pageOf', { from: offset + 1, to: Math.min(total, offset + limit), total })}
      </span>
      <button
        type="button"
        disabled={offset + limit >= total}
        onClick={() => onChange(offset + limit)}
      >
        {t('common.next')}
      </button>
    </nav>
  );
}
