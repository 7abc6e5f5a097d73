/**
 * The UI's languages. Messages are ICU MessageFormat strings (plurals: `{n, plural, one {…}
 * few {…} many {…} other {…}}`) in one JSON catalog per language under i18n/web/, shared in
 * form with the CLI's (i18n/cli/). FormatJS's intl-messageformat formats them; each catalog is
 * its own chunk, loaded when its language is chosen, so the first page carries none of them.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import {
  type ReaderLanguage,
  readerLanguageOf,
  readerLanguages,
} from '../../../src/core/names/headline.ts';

type English = typeof import('../../../i18n/web/en.json', { with: { type: 'json' }});
export type MessageKey = keyof English & string;
export type Catalog = Record<MessageKey, string>;

// The four languages, as the core names them (the server sorts people in them, the CLI speaks them).
export const locales = readerLanguages;
export type Locale = ReaderLanguage;

const loaders: Record<Locale, () => Promise<{ default: Record<string, string> }>> = {
  be: () => import('../../../i18n/web/be.json', { with: { type: 'json' } }),
  ru: () => import('../../../i18n/web/ru.json', { with: { type: 'json' } }),
  uk: () => import('../../../i18n/web/uk.json', { with: { type: 'json' } }),
  en: () => import('../../../i18n/web/en.json', { with: { type: 'json' } }),
};

/**
 * What a browser's Intl may lack for a language, as data: Chromium's ICU has no Belarusian
 * (its dates, numbers, country names and relative times fall back to English there).
 */
type BeIntl = typeof import('../../../i18n/web/intl/be.json', { with: { type: 'json' }});
export type IntlFallback = BeIntl;
const fallbacks: Partial<Record<Locale, () => Promise<{ default: IntlFallback }>>> = {
  be: () => import('../../../i18n/web/intl/be.json', { with: { type: 'json' } }),
};
let fallback: IntlFallback | null = null;

/** True when this runtime's Intl formats dates in the language (Node: all four; Chromium: not be). */
export function intlSpeaks(tag: string): boolean {
  return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
}

/** The current language's Intl stand-in, when the runtime's Intl lacks the language. */
export function intlFallback(): IntlFallback | null {
  return fallback;
}

const storageKey = 'habeas.lang';
let current: Locale = 'en';
let messages: Record<string, string> = {};
const compiled = new Map<string, IntlMessageFormat>();
const listeners = new Set<() => void>();

export function isLocale(tag: unknown): tag is Locale {
  return typeof tag === 'string' && (locales as readonly string[]).includes(tag);
}

/** The language shown now. */
export function getLocale(): Locale {
  return current;
}

/**
 * The first of the reader's languages (navigator.languages, which the browser also sends as
 * Accept-Language) that the app speaks: 'be-BY' -> be, 'ru' -> ru; English otherwise.
 */
export const pickLocale: (preferred: readonly string[]) => Locale = readerLanguageOf;

/**
 * The language remembered in this browser, else the one the server chose from the request's
 * Accept-Language (it sets <html lang> and data-lang-from on the page it serves: server/static.ts),
 * else the browser's own list (a page not served by Habeas, such as Vite's dev server).
 */
export function initialLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage refused (privacy settings): fall back to the reader's languages.
  }
  const root = globalThis.document?.documentElement;
  if (root?.dataset.langFrom === 'accept-language' && isLocale(root.lang)) return root.lang;
  const nav = globalThis.navigator;
  return pickLocale(nav?.languages?.length ? nav.languages : [nav?.language ?? 'en']);
}

/**
 * Loads a language's catalog and makes it current; `lang` on <html> follows. `nativeIntl`
 * false loads the Intl stand-in even where Intl has the language (tests of the stand-in).
 */
export async function loadLocale(tag: Locale, nativeIntl = intlSpeaks(tag)): Promise<void> {
  const loadFallback = nativeIntl ? undefined : fallbacks[tag];
  const [catalog, intl] = await Promise.all([loaders[tag](), loadFallback?.()]);
  messages = catalog.default;
  fallback = intl?.default ?? null;
  current = tag;
  compiled.clear();
  if (typeof document !== 'undefined') document.documentElement.lang = tag;
  for (const l of listeners) l();
}

/** The reader's choice in the header: loaded, shown, and remembered in this browser. */
export async function chooseLocale(tag: Locale): Promise<void> {
  try {
    globalThis.localStorage?.setItem(storageKey, tag);
  } catch {
    // Not remembered, but still shown.
  }
  await loadLocale(tag);
}

/** For useSyncExternalStore: called after each language change. */
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

type Vars = Record<string, string | number>;

/** The message for `key` in the current language, its placeholders and plurals filled. */
export function t(key: MessageKey, vars?: Vars): string {
  const msg = messages[key];
  if (msg === undefined) return key;
  if (!msg.includes('{')) return msg;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(msg, current, undefined, { ignoreTag: true });
    compiled.set(key, format);
  }
  try {
    return String(format.format(vars ?? {}));
  } catch {
    // A value missing: show the message with what is known filled, the rest as {name}.
    return msg.replace(/\{(\w+)\}/g, (m, name: string) =>
      vars && name in vars ? String(vars[name]) : m,
    );
  }
}

/** True when `key` names a message: for labels built from data ('status.' + status). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(messages, key);
}
