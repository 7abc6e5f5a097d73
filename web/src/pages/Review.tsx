import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { keys } from '../api/keys.ts';
import { Guard } from '../auth.tsx';
import { Async, Pager } from '../components/Async.tsx';
import { BulkThreshold } from '../components/BulkThreshold.tsx';
import type { ReviewState } from '../components/ReviewItem.tsx';
import { Queue } from '../components/ReviewQueue.tsx';
import { SourceLink } from '../components/Sources.tsx';
import { t } from '../i18n/index.ts';
import { useSearchParams } from '../router.tsx';

const pageSize = 25;
type State = ReviewState;

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
