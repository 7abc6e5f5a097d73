import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { statuses } from '../../../src/core/model/properties.ts';
import { api } from '../api/client.ts';
import { keys } from '../api/keys.ts';
import type { PersonRow, PersonStatus } from '../api/types.ts';
import { Async } from '../components/Async.tsx';
import { ExportButtons } from '../components/Export.tsx';
import { AddressPager, PAGE_SIZE, useOffset } from '../components/Paged.tsx';
import { csvHref } from '../export.ts';
import { formatCountry, formatDate, label } from '../format.ts';
import { getLocale, t } from '../i18n/index.ts';
import { headlineName, otherNames } from '../names.ts';
import { Link, useSearchParams } from '../router.tsx';
import { useDebounced } from '../useDebounced.ts';

// The statuses the API's filter takes: the server's own list (its zod enum is built from it),
// checked against the generated type so the two cannot drift.
const statusOptions: readonly PersonStatus[] = statuses;
const isStatus = (s: string | null): s is PersonStatus => statusOptions.includes(s as PersonStatus);

/**
 * Each row with its name in the reader's language. The server sends them in the order of those
 * names as the reader's language collates them, over the whole list (`lang`); a search by how
 * well each matched, equally good matches collated.
 */
function readerRows(items: PersonRow[]) {
  return items.map((p) => ({ p, name: headlineName(p.names, p.name, getLocale()) }));
}

/** A text box whose value reaches the URL once typing pauses. */
function DebouncedInput({
  label: text,
  value,
  onSettle,
  ...rest
}: {
  label: string;
  value: string;
  onSettle: (v: string) => void;
} & React.InputHTMLAttributes<HTMLInputElement>) {
  const [draft, setDraft] = useState(value);
  const settled = useDebounced(draft);
  // Only a settled change reaches the URL; the latest props are read without re-running the effect.
  const latest = useRef({ value, onSettle });
  latest.current = { value, onSettle };
  useEffect(() => {
    if (settled !== latest.current.value) latest.current.onSettle(settled);
  }, [settled]);
  return (
    <label>
      {text}
      <input value={draft} onChange={(e) => setDraft(e.target.value)} {...rest} />
    </label>
  );
}

export default function People() {
  const [params, update] = useSearchParams();
  const filter = {
    q: params.get('q') ?? '',
    status: isStatus(params.get('status')) ? (params.get('status') as PersonStatus) : undefined,
    country: params.get('country') ?? '',
    occupation: params.get('occupation') ?? '',
    release: params.get('release') ?? '',
    held: params.get('held') ?? '',
    lang: getLocale(),
  };
  const offset = useOffset();
  const people = useQuery({
    queryKey: keys.persons.list({ ...filter, offset }),
    queryFn: () => api.persons({ ...filter, offset, limit: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const releases = useQuery({
    queryKey: keys.releases.list({ limit: 1000 }),
    queryFn: () => api.releases({ limit: 1000 }),
  });
  const facets = people.data?.facets.statuses ?? {};
  const set = (patch: Record<string, string>) => update({ ...patch, offset: null });
  return (
    <>
      <div className="page-head">
        <h1>{t('people.title')}</h1>
        <ExportButtons
          name="people"
          what={t('nav.people')}
          csv={csvHref('/api/persons/filter', filter)}
          load={async () => {
            const rows: PersonRow[] = [];
            for (let o = 0; ; o += 1000) {
              const page = await api.persons({ ...filter, offset: o, limit: 1000 });
              rows.push(...page.items);
              if (rows.length >= page.total || page.items.length === 0) break;
            }
            return rows;
          }}
        />
      </div>
      <search className="filters">
        <DebouncedInput
          label={t('people.search')}
          value={filter.q}
          onSettle={(q) => set({ q })}
          type="search"
          placeholder={t('people.searchPlaceholder')}
          className="wide-input"
          autoComplete="off"
          spellCheck={false}
        />
        <label>
          {t('people.status')}
          <select value={filter.status ?? ''} onChange={(e) => set({ status: e.target.value })}>
            <option value="">{t('people.anyStatus')}</option>
            {statusOptions.map((s) => (
              <option key={s} value={s}>
                {label('status', s)}
                {facets[s] ? ` (${facets[s]})` : ''}
              </option>
            ))}
          </select>
        </label>
        <DebouncedInput
          label={t('people.country')}
          value={filter.country}
          onSettle={(c) => {
            const v = c.trim().toUpperCase();
            if (v === '' || /^[A-Z]{2}$/.test(v)) set({ country: v });
          }}
          size={3}
          maxLength={2}
        />
        <DebouncedInput
          label={t('people.occupation')}
          value={filter.occupation}
          onSettle={(occupation) => set({ occupation })}
        />
        <label>
          {t('people.release')}
          <select value={filter.release} onChange={(e) => set({ release: e.target.value })}>
            <option value="">{t('people.anyRelease')}</option>
            {releases.data?.items.map((r) => (
              <option key={r.id} value={r.id}>
                {r.date ? `${r.date.value} · ` : ''}
                {r.title ?? r.id}
              </option>
            ))}
          </select>
        </label>
        {filter.held ? (
          <p className="chip">
            {t('people.heldIn', { country: formatCountry(filter.held) })}{' '}
            <button
              type="button"
              className="link"
              aria-label={t('people.clearHeld')}
              onClick={() => set({ held: '' })}
            >
              ✕
            </button>
          </p>
        ) : null}
        {[filter.q, filter.status, filter.country, filter.occupation, filter.release].some(
          Boolean,
        ) ? (
          <button
            type="button"
            onClick={() =>
              update(
                {
                  q: null,
                  status: null,
                  country: null,
                  occupation: null,
                  release: null,
                  offset: null,
                },
                false,
              )
            }
          >
            {t('people.clear')}
          </button>
        ) : null}
      </search>
      <Async query={people}>
        {(d) => (
          <>
            <p className="muted" role="status">
              {filter.held
                ? t('people.resultsHeld', { total: d.total, country: formatCountry(filter.held) })
                : t('people.results', { total: d.total })}
            </p>
            {d.items.length === 0 ? (
              <p>{t('people.empty')}</p>
            ) : (
              <div className="scroll">
                <table className="people">
                  <thead>
                    <tr>
                      <th scope="col">{t('people.name')}</th>
                      <th scope="col">{t('people.latest')}</th>
                      <th scope="col">{t('people.occupations')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {readerRows(d.items).map(({ p, name }) => (
                      <tr key={p.id}>
                        <td>
                          <Link to={`/people/${encodeURIComponent(p.id)}`}>{name}</Link>
                          <div className="muted small">
                            {otherNames(p.names, name).slice(0, 4).join(' · ')}
                          </div>
                          {p.match && p.match.name !== name ? (
                            <div className="small match">
                              {t('people.matched', { name: p.match.name })}
                            </div>
                          ) : null}
                        </td>
                        <td>
                          {p.status ? (
                            <>
                              <span className={`status status-${p.status.status}`}>
                                {label('status', p.status.status)}
                              </span>{' '}
                              <span className="muted small">
                                {p.status.date ? formatDate(p.status.date) : ''}
                                {p.status.country ? ` · ${formatCountry(p.status.country)}` : ''}
                              </span>
                            </>
                          ) : (
                            <span className="muted">{t('common.unknown')}</span>
                          )}
                        </td>
                        <td>{p.occupations.join(', ')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <AddressPager total={d.total} />
          </>
        )}
      </Async>
    </>
  );
}
