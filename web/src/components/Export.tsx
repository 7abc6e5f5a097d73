import { useState } from 'react';
import { download } from '../export.ts';
import { t } from '../i18n/index.ts';

/**
 * CSV and JSON downloads of a list page. The CSV is the API's own (`csv`: the list route with
 * the page's filters and format=csv), so it holds every matching row, formulas neutralised, in
 * the reader's view; `load` fetches every item for the JSON.
 */
export function ExportButtons({
  name,
  what,
  csv,
  load,
}: {
  /** The files' name (a code: 'people' gives habeas-people.csv). */
  name: string;
  /** What is exported, in the reader's language, for the group's label. */
  what: string;
  csv: string;
  load?: () => Promise<unknown>;
}) {
  const [busy, setBusy] = useState(false);
  const json = async () => {
    if (!load) return;
    setBusy(true);
    try {
      download(`${name}.json`, `${JSON.stringify(await load(), null, 2)}\n`, 'application/json');
    } finally {
      setBusy(false);
    }
  };
  return (
    <fieldset className="export" aria-label={t('common.exportLabel', { what })}>
      <a className="button" href={csv} download={`habeas-${name}.csv`}>
        {t('common.exportCsv')}
      </a>
      {load ? (
        <button type="button" disabled={busy} onClick={json}>
          {t('common.exportJson')}
        </button>
      ) : null}
    </fieldset>
  );
}
