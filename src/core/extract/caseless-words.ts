// Words of the scripts without capital letters that caseless-people.ts reads (Arabic, Persian,
// Bengali), in a module of their own so that its helpers (aged-people.ts) need not import it.

/**
 * Letters of the Arabic block (Persian letters included) and the zero-width non-joiner; letters
 * and signs of the Bengali block and the zero-width joiner ('র‍্যাব').
 */
const WORD =
  /[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff\u0671\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c\u064b-\u065f]+|[\u0981-\u09e3\u09f0\u09f1\u200d]+/gu;

export interface Word {
  text: string;
  start: number;
  end: number;
}

/** The words of `s` in those scripts, with their offsets; joiners at a word's edges dropped. */
export function words(s: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) {
    const text = m[0].replace(/^\u200c+|\u200c+$/gu, '');
    if (text) out.push({ text, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Only spaces between two words: a comma, a bracket or a full stop ends a name. */
export function adjacent(s: string, a: Word, b: Word): boolean {
  return /^[ \u00a0]+$/u.test(s.slice(a.end, b.start));
}
