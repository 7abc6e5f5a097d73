/**
 * The audit log for staff: who changed what, when, from where, with the before and after of
 * each change; filters live in the address (shareable); a change can be reverted by new
 * records (docs/audit.md). The API refuses the log to anyone below reviewer.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../api/client.ts';
import { invalidate, keys, ledger } from '../api/keys.ts';
import type { AuditLine } from '../api/types.ts';
import { accessMessage, Guard } from '../auth.tsx';
import { Async } from '../components/Async.tsx';
import { PAGE_SIZE, PagedTable, useOffset } from '../components/Paged.tsx';
import { formatMoment, label } from '../format.ts';
import { t } from '../i18n/index.ts';
import { useSearchParams } from '../router.tsx';

const filterKeys = ['actor', 'action', 'subject', 'since', 'until'] as const;
/** The audit filter's choices: actions, and groups of them ('claim.*'). */
export const actionChoices = [
  'claim.*',
  'claim.propose',
  'claim.review',
  'claim.correct',
  'claims.accept_above',
  'entity.*',
  'ledger.import',
  'report.ingest',
  'user.*',
  'watch.*',
  'audit.revert',
];

// Changes that are not the ledger's (accounts, watched sources): the API refuses their revert
// and says which command does the opposite, so the page offers none.
const notRevertable = ['audit.revert', 'user.', 'watch.'];

function Filters() {
  const [params, update] = useSearchParams();
  const [draft, setDraft] = useState(() =>
    Object.fromEntries(filterKeys.map((k) => [k, params.get(k) ?? ''])),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update({ ...draft, offset: null });
  };
  const field = (k: (typeof filterKeys)[number], type = 'text') => (
    <label key={k}>
      {t(`audit.${k}`)}
      <input
        type={type}
        name={k}
        value={draft[k]}
        onChange={(e) => setDraft({ ...draft, [k]: e.target.value })}
      />
    </label>
  );
  return (
    <form className="filters" onSubmit={submit} aria-label={t('audit.filters')}>
      {field('actor')}
      <label>
        {t('audit.action')}
        <select
          value={draft.action}
          onChange={(e) => setDraft({ ...draft, action: e.target.value })}
        >
          <option value="">{t('audit.anyAction')}</option>
          {actionChoices.map((a) => (
            <option key={a} value={a}>
              {label('action', a)}
            </option>
          ))}
        </select>
      </label>
      {field('subject')}
      {field('since', 'date')}
      {field('until', 'date')}
      <button type="submit">{t('audit.apply')}</button>
    </form>
  );
}

function Change({ line }: { line: AuditLine }) {
  const client = useQueryClient();
  const revert = useMutation({
    mutationFn: () => api.revert(line.id),
    // A revert undoes whatever the change did, to any entity, claim or source: the whole
    // ledger, and the log gains a line.
    onSuccess: () => invalidate(client, ...ledger),
  });
  const problem = 'problem' in line ? line.problem : null;
  const revertable = problem === null && !notRevertable.some((a) => line.action.startsWith(a));
  return (
    <tr>
      <td className="nowrap">
        <time dateTime={line.at}>{formatMoment(line.at, true)}</time>
      </td>
      <td>
        {line.actor}
        {line.actorRole ? <div className="muted small">{label('role', line.actorRole)}</div> : null}
      </td>
      <td className="nowrap">{line.origin}</td>
      <td>
        <span data-action={line.action}>{label('action', line.action)}</span>
      </td>
      <td>
        {/* The summary was written with the change, in English, and is kept as written. */}
        <span lang="en">{line.summary}</span>
        {problem === null ? null : <p className="error small">{t('audit.unfit', { problem })}</p>}
        <details>
          <summary className="small">{t('audit.details')}</summary>
          <p className="small">{line.subjectIds.join(' ')}</p>
          <pre className="small">
            {t('audit.before')}: {JSON.stringify(line.before, null, 2)}
            {'\n'}
            {t('audit.after')}: {JSON.stringify(line.after, null, 2)}
          </pre>
        </details>
        {revert.error ? (
          <p className="error small" role="alert">
            {accessMessage(revert.error)}
          </p>
        ) : null}
        {revert.data ? (
          <p className="small" role="status">
            {t('audit.reverted', { id: revert.data.line.id })}
          </p>
        ) : null}
      </td>
      <td>
        {revertable ? (
          <Guard need="editor">
            <button
              type="button"
              disabled={revert.isPending || revert.isSuccess}
              onClick={() => {
                if (window.confirm(t('audit.confirm', { summary: line.summary }))) revert.mutate();
              }}
            >
              {t('audit.revert')}
            </button>
          </Guard>
        ) : null}
      </td>
    </tr>
  );
}

export default function Audit() {
  const [params] = useSearchParams();
  const offset = useOffset();
  const filters = Object.fromEntries(filterKeys.map((k) => [k, params.get(k) ?? undefined]));
  const q = useQuery({
    queryKey: keys.audit.list({ ...filters, offset }),
    queryFn: () => api.audit({ ...filters, offset, limit: PAGE_SIZE }),
  });
  const csv = new URLSearchParams(
    Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1])),
  ).toString();
  return (
    <>
      <div className="page-head">
        <h1>{t('audit.title')}</h1>
        <div className="tools">
          <a className="button" href={`/api/audit.csv${csv ? `?${csv}` : ''}`} download>
            {t('common.exportCsv')}
          </a>
        </div>
      </div>
      <p className="help">{t('audit.help')}</p>
      <Filters />
      <Async query={q}>
        {(d) => (
          <PagedTable
            page={d}
            empty={t('audit.empty')}
            headers={[
              t('audit.at'),
              t('audit.actor'),
              t('audit.origin'),
              t('audit.action'),
              t('audit.summary'),
              <span key="revert" className="sr-only">
                {t('audit.revert')}
              </span>,
            ]}
            row={(l) => <Change key={l.id} line={l} />}
          />
        )}
      </Async>
    </>
  );
}
