import { type NameOrder, parseName, type TokenInfo } from './parse.ts';
import { guessScript, type Script, type TokenLanguage } from './script.ts';

export type TokenRole = 'given' | 'surname' | 'patronymic' | 'middle';

export interface NormalisedToken {
  text: string;
  fold: string;
  role: TokenRole;
  initial: boolean;
  script: Script;
  lang: TokenLanguage;
}

export interface NormalisedName {
  input: string;
  /** 'given patronymic surname', lower case, NFC, punctuation and titles removed. */
  normalised: string;
  order: NameOrder;
  given: string | null;
  patronymic: string | null;
  surname: string | null;
  tokens: NormalisedToken[];
}

function token(t: TokenInfo, role: TokenRole): NormalisedToken {
  const g = guessScript(t.text);
  return {
    text: t.text,
    fold: t.folds[0] ?? '',
    role,
    initial: t.initial,
    script: g.script,
    lang: g.lang,
  };
}

/**
 * Reads a name the way the matcher does and reports it: which token is the surname, which the
 * given name and patronymic, each token's fold and its script and language guess.
 */
export function normaliseName(input: string): NormalisedName {
  const parsed = parseName(input);
  const p = parsed.parses[0];
  const surnameTokens = p?.surname
    ? parsed.tokens.filter((t) => p.surname?.text.split(' ').includes(t.text))
    : [];
  const tokens: NormalisedToken[] = [];
  if (p?.given) tokens.push(token(p.given.token, 'given'));
  if (p?.patronymic) tokens.push(token(p.patronymic.token, 'patronymic'));
  for (const m of p?.middle ?? []) tokens.push(token(m, 'middle'));
  for (const s of surnameTokens) tokens.push(token(s, 'surname'));
  return {
    input,
    normalised: tokens.map((t) => t.text).join(' '),
    order: p?.order ?? 'single',
    given: p?.given?.token.text ?? null,
    patronymic: p?.patronymic?.token.text ?? null,
    surname: p?.surname?.text ?? null,
    tokens,
  };
}
