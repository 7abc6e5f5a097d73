import { useState } from 'react';
import { download, type Row } from '../export.ts';
import { t } from '../i18n/index.ts';

/**
 * CSV and JSON download buttons. `load` fetches every row (not only the page on screen), so an
 * export is the whole filtered list; `json` is the API's own data, `rows` a flat table for CSV.
 */
export function ExportButtons({
  name,
  load,
}: {
  name: string;
  load: () => Promise<{ rows: Row[]; json: unknown }>;
}) {
  const [busy, setBusy] = useState(false);
  const run = async (format: 'csv' | 'json') => {
    setBusy(true);
    try {
      const { rows, json } = await load();
      if (format === 'csv') {
        const { toCsv } = await import('../export-csv.ts');
        download(`${name}.csv`, toCsv(rows), 'text/csv;charset=utf-8');
      } else download(`${name}.json`, `${JSON.stringify(json, null, 2)}\n`, 'application/json');
    } finally {
      setBusy(false);
    }
  };
  return (
    <fieldset className="export" aria-label={t('common.exportLabel', { what: name })}>
      <button type="button" disabled={busy} onClick={() => run('csv')}>
        {t('common.exportCsv')}
      </button>
      <button type="button" disabled={busy} onClick={() => run('json')}>
        {t('common.exportJson')}
      </button>
    </fieldset>
  );
}
