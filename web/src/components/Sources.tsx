import { formatDate, sourceTitle } from '../format.ts';
import { t } from '../i18n/index.ts';
import { Link } from '../router.tsx';
import { safeHref } from '../safe-url.ts';

export interface SourceInfo {
  id: string;
  title: string | null;
  url?: string | null;
  publishedAt?: string | null;
  confidential?: boolean;
}

/** A report: its page in Habeas (text with evidence highlighted) and the original address. */
export function SourceLink({ source, quoteClaim }: { source: SourceInfo; quoteClaim?: string }) {
  const to = `/reports/${encodeURIComponent(source.id)}${quoteClaim ? `#${quoteClaim}` : ''}`;
  return (
    <span className="source">
      <Link to={to}>{sourceTitle(source)}</Link>
      {source.publishedAt ? (
        <span className="muted"> · {formatDate(source.publishedAt)}</span>
      ) : null}
      {safeHref(source.url) ? (
        <>
          {' '}
          <a
            href={safeHref(source.url)}
            rel="noreferrer noopener"
            target="_blank"
            className="muted"
          >
            ({t('common.external')})
          </a>
        </>
      ) : null}
    </span>
  );
}

/** Source ids as links, with titles when known. */
export function SourceIds({
  ids,
  known,
}: {
  ids: readonly string[];
  known: ReadonlyMap<string, SourceInfo>;
}) {
  if (ids.length === 0) return <span className="muted">{t('common.noSource')}</span>;
  return (
    <ul className="source-list">
      {ids.map((id) => (
        <li key={id}>
          <SourceLink source={known.get(id) ?? { id, title: null }} />
        </li>
      ))}
    </ul>
  );
}
