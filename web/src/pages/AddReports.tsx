import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import { invalidate, ledger } from '../api/keys.ts';
import type { ReportInput, ReportResult } from '../api/types.ts';
import { accessMessage, Guard } from '../auth.tsx';
import { SourceLink } from '../components/Sources.tsx';
import { t } from '../i18n/index.ts';
import { parseReportFile, pastedInput, readFileText, UnreadableFile } from '../reports-input.ts';
import { Link, useSearchParams } from '../router.tsx';

type Tab = 'text' | 'url' | 'file';
const batchSize = 10;

interface Progress {
  done: number;
  total: number;
  results: ReportResult[];
  problems: string[];
  running: boolean;
}

function Result({ r }: { r: ReportResult }) {
  return (
    <li className="card" data-source={r.source.id}>
      <p>
        {t('add.result', {
          title: r.source.title ?? r.source.id,
          what: t(r.created ? 'add.created' : 'add.duplicate'),
          events: r.events.length,
          claims: r.claims,
        })}
      </p>
      <p>
        <SourceLink source={r.source} /> ·{' '}
        <Link to={`/review?sourceId=${encodeURIComponent(r.source.id)}`}>{t('add.review')}</Link>
      </p>
      {r.events.length ? (
        <ul className="inline-list">
          {r.events.map((e) => (
            <li key={e.id}>
              <Link to={`/releases/${encodeURIComponent(e.id)}`}>
                {t(e.role === 'main' ? 'add.eventMain' : 'add.eventBackground')}
              </Link>
              {e.explanation?.length ? (
                // How the server matched the report to a release: its own words, in English.
                <span className="muted small" lang="en">
                  {' '}
                  ({e.explanation.join('; ')})
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {r.problems.length ? (
        <ul className="problems">
          {r.problems.map((p) => (
            <li key={p} lang="en">
              {p}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** Sends reports one at a time (a single one) or in batches, reporting progress as it goes. */
async function send(items: ReportInput[], onStep: (p: Partial<Progress>) => void): Promise<void> {
  const results: ReportResult[] = [];
  const problems: string[] = [];
  if (items.length === 1) {
    results.push(await api.addReport(items[0]!));
  } else {
    for (let i = 0; i < items.length; i += batchSize) {
      const r = await api.addReports(items.slice(i, i + batchSize));
      results.push(...r.items);
      problems.push(
        ...r.problems.map((p) => t('add.badLine', { line: i + p.index + 1, message: p.message })),
      );
      onStep({
        done: Math.min(items.length, i + batchSize),
        results: [...results],
        problems: [...problems],
      });
    }
  }
  onStep({ done: items.length, results, problems, running: false });
}

function AddReportsForm() {
  const client = useQueryClient();
  const [params, update] = useSearchParams();
  const tab = (['text', 'url', 'file'] as const).find((x) => x === params.get('tab')) ?? 'text';
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [publishedAt, setPublishedAt] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    let items: ReportInput[] = [];
    const lineProblems: string[] = [];
    if (tab === 'text' && text.trim()) items = [pastedInput(text, { title, url, publishedAt })];
    if (tab === 'url' && url.trim())
      items = [{ url: url.trim(), ...(publishedAt ? { publishedAt } : {}) }];
    if (tab === 'file' && file) {
      let content: string;
      try {
        content = await readFileText(file);
      } catch (err) {
        setError(err instanceof UnreadableFile ? t('add.unreadable') : accessMessage(err));
        return;
      }
      const parsed = parseReportFile(file.name, content);
      items = parsed.items;
      lineProblems.push(
        ...parsed.problems.map((p) =>
          t('add.badLine', { line: p.line, message: t(`add.line.${p.reason}`) }),
        ),
      );
    }
    if (items.length === 0) {
      setError(lineProblems.length ? lineProblems.join('; ') : t('add.emptyInput'));
      return;
    }
    setProgress({
      done: 0,
      total: items.length,
      results: [],
      problems: lineProblems,
      running: true,
    });
    try {
      await send(items, (p) =>
        setProgress((cur) =>
          cur ? { ...cur, ...p, problems: [...lineProblems, ...(p.problems ?? [])] } : cur,
        ),
      );
      // New sources, their proposed claims (review), the people and releases they resolved to
      // or created, deals, reported counts and the audit log: the whole ledger.
      void invalidate(client, ...ledger);
    } catch (err) {
      setProgress((cur) => (cur ? { ...cur, running: false } : cur));
      setError(
        err instanceof ApiError && (err.status === 404 || err.status === 405)
          ? t('add.unavailable')
          : accessMessage(err),
      );
    }
  };

  const tabs: Array<[Tab, string]> = [
    ['text', t('add.tabText')],
    ['url', t('add.tabUrl')],
    ['file', t('add.tabFile')],
  ];
  return (
    <>
      <h1>{t('add.title')}</h1>
      <p className="help">{t('add.help')}</p>
      <div className="tabs" role="tablist" aria-label={t('add.title')}>
        {tabs.map(([id, name]) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            onClick={() => update({ tab: id === 'text' ? null : id })}
          >
            {name}
          </button>
        ))}
      </div>
      <form className="card add-form" onSubmit={submit} role="tabpanel">
        {tab === 'text' ? (
          <>
            <label>
              {t('add.text')}
              <textarea rows={12} value={text} onChange={(e) => setText(e.target.value)} />
            </label>
            <div className="row">
              <label>
                {t('add.reportTitle')}
                <input value={title} onChange={(e) => setTitle(e.target.value)} />
              </label>
              <label>
                {t('add.sourceUrl')}
                <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
              </label>
            </div>
          </>
        ) : null}
        {tab === 'url' ? (
          <label>
            {t('add.url')}
            <input
              type="url"
              required
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              placeholder="https://"
            />
          </label>
        ) : null}
        {tab === 'file' ? (
          <label>
            {t('add.file')}
            <input
              type="file"
              accept=".txt,.text,.html,.htm,.jsonl,.ndjson"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </label>
        ) : null}
        {tab !== 'file' ? (
          <label className="narrow">
            {t('add.published')}
            <input
              type="date"
              value={publishedAt}
              onChange={(e) => setPublishedAt(e.target.value)}
            />
          </label>
        ) : null}
        <button type="submit" className="primary" disabled={progress?.running}>
          {t('add.submit')}
        </button>
      </form>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {progress ? (
        <section aria-live="polite">
          <label className="progress">
            {t('add.progress', { done: progress.done, total: progress.total })}
            <progress max={progress.total} value={progress.done} />
          </label>
          {progress.problems.length ? (
            <>
              <h2>{t('add.problems')}</h2>
              <ul className="problems">
                {progress.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </>
          ) : null}
          <ol className="plain results">
            {progress.results.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: results only grow; one report may come back twice
              <Result key={`${r.source.id}${i}`} r={r} />
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}

/** Editors and admins add reports; the public sees why the form is not there. */
export default function AddReports() {
  return (
    <Guard
      need="editor"
      fallback={
        <>
          <h1>{t('add.title')}</h1>
          <p role="status">{t('auth.signInToAdd')}</p>
        </>
      }
    >
      <AddReportsForm />
    </Guard>
  );
}
