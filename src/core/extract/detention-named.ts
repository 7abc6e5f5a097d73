// What a detention sentence names beside its event: criminal-code articles, the court, and the
// organisation that recognised someone as a political prisoner. Offsets are relative to the
// sentence searched; the patterns come from detention-rules.ts.
import {
  type ArticleFound,
  type DetentionRules,
  firstMatch,
  type NameFound,
  type RecogniserFound,
} from './detention-rules.ts';
import { allMatches } from './regex-all.ts';

const QUOTED = /^[\s,]*(?:\(|of the [\p{L} ]{3,30}?\s+)?[«"“„']([^»"”“'\n]{3,100})[»"”“']/u;

/** Criminal-code articles: 'Article 342', 'ч. 1 ст. 342', 'articles 342 and 361-1'. */
export function findArticles(s: string, rules: DetentionRules): ArticleFound[] {
  if (!rules.article || !rules.articleHint?.test(s)) return [];
  const out: ArticleFound[] = [];
  for (const m of allMatches(rules.article, s)) {
    const end = m.index + m[0].length;
    const quoted = QUOTED.exec(s.slice(end, end + 140));
    const list = m[1]!.split(/\s*(?:,|and|и|і|та|y)\s*/u).filter(Boolean);
    for (const article of list) {
      out.push({
        article,
        description: quoted ? quoted[1]!.trim() : null,
        start: m.index,
        end: quoted ? end + quoted[0].length : end,
      });
    }
  }
  return out;
}

/** A court: 'the Minsk City Court', 'Гомельский областной суд', 'el Tribunal Supremo'. */
export function findCourt(s: string, rules: DetentionRules): NameFound | null {
  if (!rules.courtHint?.test(s)) return null;
  for (const re of rules.courts) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const name = m[0].replace(/^(?:the|a|an)\s+/iu, '');
      // 'The court' alone names no court.
      if (!/\s/u.test(name)) continue;
      return { name, start: m.index + m[0].length - name.length, end: m.index + m[0].length };
    }
  }
  return null;
}

/** The organisation that recognised, when named in the sentence ('Viasna', '«Мемориал»'). */
export function findRecogniser(s: string, rules: DetentionRules): RecogniserFound | null {
  if (!rules.recogniser) return null;
  const m = firstMatch(rules.recogniser, s);
  if (!m) return null;
  const code = rules.recognisers.get(m[0].toLowerCase().replace(/\s+/gu, ' ')) ?? null;
  return {
    name: m[0],
    start: m.index,
    end: m.index + m[0].length,
    country: code === 'XX' ? null : code,
  };
}
