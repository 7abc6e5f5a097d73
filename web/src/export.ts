/** Downloads of what a list page shows: CSV from the API, JSON from the page's own data. */

export function download(filename: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The address of a list's CSV download: the API route the page reads, with the page's filters
 * (empty ones left out) and format=csv. The server streams every matching row in the reader's
 * view (docs/open-data.md, "CSV of every list").
 */
export function csvHref(
  path: string,
  params: Readonly<Record<string, string | number | null | undefined>> = {},
): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') query.set(k, String(v));
  query.set('format', 'csv');
  return `${path}?${query}`;
}
