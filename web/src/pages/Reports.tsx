import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { keys } from '../api/keys.ts';
import type { Query } from '../api/types.ts';
import { Async } from '../components/Async.tsx';
import { ExportButtons } from '../components/Export.tsx';
import { AddressPager, PAGE_SIZE, useOffset } from '../components/Paged.tsx';
import {
  ReportSearchForm,
  ReportSearchResults,
  useReportSearch,
} from '../components/ReportSearch.tsx';
import { csvHref } from '../export.ts';
import { formatDate, formatNumber, sourceTitle } from '../format.ts';
import { t } from '../i18n/index.ts';
import { Link } from '../router.tsx';

export default function Reports() {
  const offset = useOffset();
  const asked = useReportSearch();
  const q = useQuery({
    queryKey: keys.sources.list({ offset }),
    queryFn: () => api.sources({ offset, limit: PAGE_SIZE }),
    enabled: !asked,
  });
  return (
    <>
      <div className="page-head">
        <h1>{t('src.title')}</h1>
        <div className="tools">
          <Link to="/add" className="button">
            {t('nav.add')}
          </Link>
          {/* Searching, the download is the search's hits (every page); else every report. */}
          <ExportButtons
            name={asked ? 'reports-found' : 'reports'}
            what={t('nav.reports')}
            csv={asked ? csvHref('/api/sources/search', asked) : csvHref('/api/sources')}
            load={async () =>
              asked
                ? (
                    await api.searchSources({
                      ...asked,
                      limit: 1000,
                    } as Query<'/api/sources/search'>)
                  ).items
                : (await api.sources({ limit: 1000 })).items
            }
          />
        </div>
      </div>
      <ReportSearchForm />
      {asked ? (
        <ReportSearchResults asked={asked} />
      ) : (
        <Async query={q}>
          {(d) =>
            d.items.length === 0 ? (
              <p className="muted">{t('src.empty')}</p>
            ) : (
              <>
                <div className="scroll">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('src.published')}</th>
                        <th scope="col">{t('common.title')}</th>
                        <th scope="col">{t('src.publisher')}</th>
                        <th scope="col" className="num">
                          {t('src.length')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {d.items.map((s) => (
                        <tr key={s.id}>
                          <td className="nowrap">
                            {s.publishedAt ? formatDate(s.publishedAt) : '–'}
                          </td>
                          <td>
                            <Link to={`/reports/${encodeURIComponent(s.id)}`}>
                              {sourceTitle(s)}
                            </Link>
                            {s.duplicateOf ? (
                              <div className="muted small">{t('src.duplicate')}</div>
                            ) : null}
                          </td>
                          <td>{s.publisher ?? '–'}</td>
                          <td className="num">{formatNumber(s.length)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <AddressPager total={d.total} />
              </>
            )
          }
        </Async>
      )}
    </>
  );
}
