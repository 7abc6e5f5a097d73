/**
 * The CLI's human output in the reader's language (be, ru, uk, en): `--lang`, else the locale
 * of the environment (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them), else English.
 * Messages are ICU MessageFormat in JSON catalogs: the CLI's own (i18n/cli/) and the web app's
 * vocabulary (statuses, kinds, qualifiers, properties: i18n/web/), so both say the same words.
 * JSON output never goes through here: it stays language-neutral.
 */
import { readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { type ReaderLanguage, readerLanguages } from '../core/names/headline.ts';
import { UsageError } from './command.ts';

// The same four as the web app's (core/names/headline.ts).
export const cliLocales = readerLanguages;
export type CliLocale = ReaderLanguage;

const isLocale = (s: string | undefined): s is CliLocale =>
  s !== undefined && (cliLocales as readonly string[]).includes(s);

/** 'be_BY.UTF-8' -> be; 'C', 'POSIX' and languages the CLI does not speak -> null. */
function fromPosix(value: string | undefined): CliLocale | null {
  const base = value?.toLowerCase().split(/[-_.@]/)[0];
  return isLocale(base) ? base : null;
}

/** The language of the output: the option wins, then the environment's locale. */
export function cliLocale(env: NodeJS.ProcessEnv, option?: string): CliLocale {
  if (option !== undefined) {
    const tag = option.toLowerCase();
    if (!isLocale(tag))
      throw new UsageError(`--lang: expected one of ${cliLocales.join(', ')}, got '${option}'`);
    return tag;
  }
  // The first variable set wins, even when it names a language the CLI does not speak.
  const set = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return fromPosix(set) ?? 'en';
}

/** The `--lang` option, for each command that prints text. */
export const langOption = { lang: { type: 'string' } } as const;

const shared = /^(status|kind|qualifier|prop|common)\./;
const catalogs = new Map<CliLocale, Record<string, string>>();

function catalog(locale: CliLocale): Record<string, string> {
  let c = catalogs.get(locale);
  if (!c) {
    const read = (part: string) =>
      JSON.parse(
        readFileSync(new URL(`../../i18n/${part}/${locale}.json`, import.meta.url), 'utf8'),
      ) as Record<string, string>;
    const web = Object.entries(read('web')).filter(([k]) => shared.test(k));
    c = { ...Object.fromEntries(web), ...read('cli') };
    catalogs.set(locale, c);
  }
  return c;
}

export interface Speaker {
  locale: CliLocale;
  t(key: string, vars?: Record<string, string | number>): string;
  /** A label from a vocabulary ('status', 'detained'), or the value itself. */
  label(prefix: string, value: string | null | undefined): string;
  date(value: string | null | undefined): string;
  number(n: number): string;
  count(c: { value: number; qualifier: string }): string;
  country(code: string | null | undefined): string;
}

/** Everything a command needs to print in one language. */
export function speaker(locale: CliLocale): Speaker {
  const messages = catalog(locale);
  const compiled = new Map<string, IntlMessageFormat>();
  const t = (key: string, vars: Record<string, string | number> = {}) => {
    const msg = messages[key];
    if (msg === undefined) return key;
    let f = compiled.get(key);
    if (!f) {
      f = new IntlMessageFormat(msg, locale, undefined, { ignoreTag: true });
      compiled.set(key, f);
    }
    return String(f.format(vars));
  };
  const numbers = new Intl.NumberFormat(locale);
  const utc = (o: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...o, timeZone: 'UTC' });
  const day = utc({ day: 'numeric', month: 'short', year: 'numeric' });
  const month = utc({ month: 'long', year: 'numeric' });
  const regions = new Intl.DisplayNames(locale, { type: 'region' });
  const label = (prefix: string, value: string | null | undefined) =>
    !value ? '' : (messages[`${prefix}.${value}`] ?? value.replaceAll('_', ' '));
  return {
    locale,
    t,
    label,
    number: (n) => numbers.format(n),
    // Partial dates keep their precision: a month is never given a day.
    date(value) {
      if (!value) return '?';
      if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return day.format(new Date(`${value}T00:00:00Z`));
      if (/^\d{4}-\d{2}$/.test(value)) return month.format(new Date(`${value}-01T00:00:00Z`));
      return value;
    },
    count: (c) =>
      messages[`qualifier.${c.qualifier}`]
        ? t(`qualifier.${c.qualifier}`, { n: numbers.format(c.value) })
        : numbers.format(c.value),
    country(code) {
      if (!code) return '?';
      try {
        return /^[A-Za-z]{2}$/.test(code) ? (regions.of(code.toUpperCase()) ?? code) : code;
      } catch {
        return code;
      }
    },
  };
}
