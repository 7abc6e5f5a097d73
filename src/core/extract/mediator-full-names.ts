// A go-between named in full once is then often named by surname alone ('Salvadoran President
// Nayib Bukele ... Rubio thanked Bukele for his help'): the sentence with the cue gives only the
// surname. The report says whom it stands for: a full name the rules read (anyone, any role, or
// a mediator read in full), as for the released (surname-mentions.ts), else the capitalised word
// written before that surname elsewhere in the text ('Foreign Minister Badr Albusaidi'), when it
// is neither a title nor a place.
import type { SentenceFacts } from './analyse.ts';
import type { ExtractedRelease, Mediator } from './contract.ts';
import { escapeRegExp } from './lexicons/index.ts';
import { isQualifier } from './name-after-cue.ts';
import { fullNameOf, surnamesOf } from './surname-mentions.ts';
import { EdgeRule } from './word-edge.ts';

// The rule of a surname, kept: the same go-betweens ('Qatar', 'Vatican') come back report after
// report. Cleared when full, so a long run's distinct names do not pile up.
const RULES = new Map<string, EdgeRule>();
const KEPT_RULES = 256;

function beforeRule(surname: string): EdgeRule {
  let rule = RULES.get(surname);
  if (!rule) {
    if (RULES.size >= KEPT_RULES) RULES.clear();
    rule = new EdgeRule(
      new RegExp(
        String.raw`(?<![\p{L}\p{M}])(?<given>\p{Lu}[\p{L}\p{M}'’-]+)\s${escapeRegExp(surname)}(?![\p{L}\p{M}])`,
        'gu',
      ),
    );
    RULES.set(surname, rule);
  }
  return rule;
}

/** 'Badr Albusaidi' where the text writes the surname after a given name, else null. */
function writtenInFull(text: string, surname: string): string | null {
  if (!text.includes(surname)) return null;
  const rule = beforeRule(surname);
  for (let m = rule.exec(text); m; m = rule.exec(text, m.index + Math.max(1, m[0].length))) {
    const given = m.groups!.given!;
    if (!isQualifier(given)) return `${given} ${surname}`;
  }
  return null;
}

export function completeMediatorNames(
  releases: readonly ExtractedRelease[],
  facts: readonly SentenceFacts[],
  text: string,
): void {
  const alone = releases.some((r) => r.mediators.some((m) => !/\s/u.test(m.name)));
  if (!alone) return;
  const known = surnamesOf([
    ...releases.flatMap((r) => r.mediators.map((m) => m.name)),
    ...facts.flatMap((f) => f.people.map((p) => p.name)),
  ]);
  for (const r of releases) {
    const out: Mediator[] = [];
    for (const m of r.mediators) {
      const full = /\s/u.test(m.name)
        ? null
        : (fullNameOf(m.name, known) ?? writtenInFull(text, m.name));
      const item = full ? { ...m, name: full } : m;
      // Named in full and by surname in one release: one go-between, the first evidence kept.
      if (!out.some((x) => x.name.toLowerCase() === item.name.toLowerCase())) out.push(item);
    }
    r.mediators = out;
  }
}
