import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { keys } from '../api/keys.ts';
import { Async, Pager } from '../components/Async.tsx';
import { ExportButtons } from '../components/Export.tsx';
import {
  ReportSearchForm,
  ReportSearchResults,
  useReportSearch,
} from '../components/ReportSearch.tsx';
import { formatDate, formatNumber } from '../format.ts';
import { t } from '../i18n/index.ts';
import { Link, useSearchParams } from '../router.tsx';

const pageSize = 50;

export default function Reports() {
  const [params, update] = useSearchParams();
  const offset = Number(params.get('offset') ?? 0) || 0;
  const asked = useReportSearch();
  const q = useQuery({
    queryKey: keys.sources.list({ offset }),
    queryFn: () => api.sources({ offset, limit: pageSize }),
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
          <ExportButtons
            name="reports"
            load={async () => {
              const all = await api.sources({ limit: 1000 });
              return {
                rows: all.items.map((s) => ({
                  id: s.id,
                  title: s.title,
                  url: s.url,
                  publisher: s.publisher,
                  published_at: s.publishedAt,
                  language: s.language,
                  length: s.length,
                  duplicate_of: s.duplicateOf,
                })),
                json: all.items,
              };
            }}
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
                              {s.title ?? s.id}
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
                <Pager
                  offset={offset}
                  limit={pageSize}
                  total={d.total}
                  onChange={(o) => update({ offset: o || null })}
                />
              </>
            )
          }
        </Async>
      )}
    </>
  );
}
