// 'Aliyev pardoned 801 people; 463 of them were released from prison': a figure that counts part
// of a group named before it by a partitive pronoun ('of them', 'из них', 'de las cuales',
// 'dont', 'von ihnen', 'bunlardan', 'منهم') has no noun of its own, so the count rules drop it
// as a subset. When its own clause frees, it is the part of a pardon that left prison, and the
// pardoned count gives way to it (release-count.ts, freedOverPardoned).
import { cueRules } from './lexicon.ts';
import type { Lexicon } from './lexicons/index.ts';
import { findQuantities } from './numbers.ts';

// The pronoun before the figure, with at most one word between ('de las cuales solo 463').
const PARTITIVE_BEFORE =
  /(?<![\p{L}])(?:из них|из которых|из числа которых|з них|з яких|з іх|de (?:los|las) cuales|de ellos|de ellas|entre ellos|dont|parmi eux|parmi lesquels|di cui|tra questi|tra loro|dos quais|das quais|deles|delas|z nich|spośród nich|z których|od toga|od njih|od kojih|од њих|од којих|med njimi|od teh|közülük|ebből|bunlardan|bunların|منهم|من بينهم|از آنها|از این تعداد|از میان آنها|iš jų|davon|daarvan)\s+(?:[\p{L}]+\s+)?$|其中$/iu;
// The pronoun after it: '463 of them', '463 von ihnen', '463 van hen'.
const PARTITIVE_AFTER = /^(?:[’']\p{L}{1,3})?\s+(?:of them|of whom|von ihnen|van hen)(?![\p{L}])/iu;
// Leaving prison, in the words a clause of parts uses beside the lists' release verbs ('sortent
// de prison', 'kamen aus der Haft frei', 'salieron de prisión', 'cezaevinden çıktı').
const OUT_OF_PRISON =
  /(?:from (?:prison|jail|custody)|out of (?:prison|jail)|sort\p{L}* de (?:prison|détention)|(?<![\p{L}])frei(?![\p{L}])|aus der haft|aus dem gefängnis|de (?:la )?prisión|de la cárcel|da prisão|dal carcere|cezaevinden|من السجن|از زندان|na wolność|на свобод\p{L}*|на волю|з в['’]язниці)/iu;
// The figure's clause: up to the next ',', ';' or sentence end.
const CLAUSE_STOP = /[,;:。，；]/u;

export interface PartFreed {
  value: number;
  /** Relative to the sentence. */
  start: number;
  end: number;
}

/** Figures of a sentence that count, by a partitive pronoun, the part of a group that was freed. */
export function partsFreed(s: string, lx: Lexicon): PartFreed[] {
  const out: PartFreed[] = [];
  const { strongRelease } = cueRules(lx);
  for (const q of findQuantities(s, undefined, lx)) {
    if (q.qualifier !== 'exact' || q.vague) continue;
    const before = s.slice(Math.max(0, q.start - 40), q.start);
    const after = s.slice(q.end, q.end + 100);
    if (!PARTITIVE_BEFORE.test(before) && !PARTITIVE_AFTER.test(after)) continue;
    const clause = after.split(CLAUSE_STOP)[0] ?? '';
    if (!strongRelease.test(clause) && !OUT_OF_PRISON.test(clause)) continue;
    out.push({ value: q.value, start: q.start, end: q.end });
  }
  return out;
}
