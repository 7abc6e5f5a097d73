import { en, type MessageKey } from './en.ts';

export type { MessageKey };
export type Catalog = Record<MessageKey, string>;

/** Catalogs by language tag; add a translation here (same keys as en.ts). */
const catalogs: Record<string, Catalog> = { en };
let current: Catalog = en;
export let locale = 'en';

export function setLocale(tag: string): void {
  const cat = catalogs[tag];
  if (cat) {
    current = cat;
    locale = tag;
  }
}

/** The message for `key` with `{name}` placeholders filled from `vars`. */
export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  const msg = current[key] ?? en[key] ?? key;
  if (!vars) return msg;
  return msg.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** True when `key` names a message: for labels built from data ('status.' + status). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(current, key);
}
