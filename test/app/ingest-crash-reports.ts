/**
 * A folder of generated reports for the crash test: many releases, each told by a wire report,
 * a shorter follow-up a day later and sometimes a word-for-word syndicated copy, so a rerun
 * exercises new events, joined events and exact duplicates. Names and figures are invented.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const given = [
  'Aliaksei',
  'Hanna',
  'Mikola',
  'Palina',
  'Siarhei',
  'Volha',
  'Yauhen',
  'Iryna',
  'Dzianis',
  'Tatsiana',
];
const family = [
  'Barysevich',
  'Charnou',
  'Dubovik',
  'Hrynkevich',
  'Kavaliou',
  'Lazouski',
  'Marozava',
  'Navumchyk',
  'Pashkevich',
  'Rudzko',
  'Sakalova',
  'Tsikhan',
];
const jobs = [
  'teacher',
  'journalist',
  'trade unionist',
  'doctor',
  'blogger',
  'lawyer',
  'student',
  'engineer',
];
const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function isoDay(start: Date, plusDays: number): string {
  return new Date(start.getTime() + plusDays * 86_400_000).toISOString().slice(0, 10);
}

function spoken(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${months[m - 1]} ${y}`;
}

function person(i: number): { name: string; job: string; year: number } {
  return {
    name: `${given[i % given.length]} ${family[(i * 7) % family.length]}`,
    job: jobs[i % jobs.length]!,
    year: 2020 + (i % 4),
  };
}

function wire(i: number, day: string, count: number): string {
  const a = person(i * 2);
  const b = person(i * 2 + 1);
  return `Belarus frees ${count} prisoners in pardon

On ${spoken(day)} the authorities in Belarus released ${count} people jailed on political charges, the presidential press office announced.

Among those freed were ${a.name}, a ${a.job} arrested in ${a.year}, and ${b.name}, a ${b.job} held since ${b.year}.

The rights group Viasna said that more than ${900 + i * 3} political prisoners were still behind bars. (release ${i})
`;
}

function followUp(i: number, day: string, count: number): string {
  const a = person(i * 2);
  return `${a.name} among ${count} freed

${a.name} walked out of prison on ${spoken(day)}, one of ${count} people pardoned that day, relatives told reporters. The ${a.job} had been detained in ${a.year}. (follow-up ${i})
`;
}

/** Writes the reports (.txt with .meta.json) into dir; returns how many files and distinct texts. */
export function writeCrashReports(dir: string, releases = 30): { files: number; distinct: number } {
  mkdirSync(dir, { recursive: true });
  const start = new Date(Date.UTC(2022, 0, 10));
  let files = 0;
  let distinct = 0;
  const put = (name: string, text: string, publishedAt: string, copy = false) => {
    writeFileSync(join(dir, `${name}.txt`), text);
    writeFileSync(
      join(dir, `${name}.meta.json`),
      JSON.stringify({
        publishedAt,
        url: `https://news.example.org/${name}`,
        title: text.split('\n')[0],
      }),
    );
    files++;
    if (!copy) distinct++;
  };
  for (let i = 0; i < releases; i++) {
    const day = isoDay(start, i * 23);
    const count = 5 + ((i * 13) % 40);
    const n = String(i).padStart(3, '0');
    put(`r${n}-a-wire`, wire(i, day, count), day);
    put(`r${n}-b-follow`, followUp(i, day, count), isoDay(start, i * 23 + 1));
    if (i % 5 === 0) put(`r${n}-c-copy`, wire(i, day, count), day, true);
  }
  return { files, distinct };
}
