// Two more places where Chinese news puts a person's name, beside the lead words of
// han-people.ts (issue 20, detentions in Chinese):
// - A transliterated foreign or Uyghur name, its parts joined by a middle dot ('安德烈·波恰布特',
//   '伊力哈木·土赫提'): the dot is written between the parts of a person's name and almost nowhere
//   else, so the run around it is read as one. A joining word before the first part ('和', '、')
//   and a particle or time word after the last ('被', '周二') are left out.
// - A Chinese name right before the passive '被' and a verb of detention ('丁家喜被判12年',
//   '其中戴耀廷被判監十年'): a common surname and one or two letters, which must start after
//   punctuation, another script or a joining word, so that the tail of a longer word is not read.
import { candidateMention } from './candidate-mention.ts';
import { AFTER_NAME, SURNAMES } from './han-surnames.ts';
import type { PersonMention } from './people.ts';
import type { Sentence } from './text.ts';

const DOTTED = /[\u4e00-\u9fff]+(?:[·•‧・][\u4e00-\u9fff]+)+/gu;

// Time words that may follow a name without a particle ('洛西克周二被捕').
const TIME_AFTER = new Set([...'周週星上下本前去今昨日月年']);

// The passive before a verb of arrest, charge, sentence or transfer.
const PASSIVE =
  /(?:[已曾再又均都亦]{0,2})被(?:判|捕|控|拘|起訴|起诉|檢控|检控|羈押|羁押|逮捕|關押|关押|移|囚|監禁|监禁|定罪)/gu;

// A verb of release with the freed as its subject ('江天勇获释', '王全璋今早出獄'), after the
// time and aspect words that may stand between them ('今日(29日)獲釋', '已经刑满释放').
const FREED_VERB =
  /(?:获释|獲釋|出狱|出獄|被释放|被釋放|获得释放|獲得釋放|刑满释放|刑滿釋放|获特赦|獲特赦|重获自由|重獲自由)/gu;
const TIME_BEFORE_VERB =
  /(?:今日|昨日|今天|昨天|今早|今晨|昨晚|周[一二三四五六日]|週[一二三四五六日]|星期[一二三四五六日天]|[（(]\d{1,2}日[)）]|\d{1,2}月\d{1,2}日|已经|已經|终于|終於|正式|提前|刑满|刑滿|先后|先後|已|均|都|亦|也)*$/u;
// The words that join the freed in a list ('毛孟靜、譚文豪、郭家麒及范國威').
const LIST_JOIN = /(?:、|以及|和|及|与|與)$/u;

// Words a name in a list or clause may follow: '其中', '和', '以及'.
const JOINERS = /(?:其中|包括|以及|和|與|与|及|另|而|但|後|后)$/u;

/** The dotted names in a run of Han letters and dots, with their offsets in the run. */
function dottedNames(run: string): { at: number; name: string }[] {
  const out: { at: number; name: string }[] = [];
  // A particle or joining word ends one name ('科列斯尼科娃和伊戈尔·洛西克').
  let from = 0;
  for (let i = 0; i <= run.length; i++) {
    if (i < run.length && !AFTER_NAME.has(run[i]!)) continue;
    const piece = run.slice(from, i);
    const lastDot = Math.max(...[...'·•‧・'].map((d) => piece.lastIndexOf(d)));
    if (lastDot > 0) {
      // A time word after the last part is no part of it ('洛西克周二').
      let end = piece.length;
      for (let j = lastDot + 1; j < piece.length; j++)
        if (TIME_AFTER.has(piece[j]!)) {
          end = j;
          break;
        }
      const name = piece.slice(0, end);
      if (/^[\u4e00-\u9fff]+(?:[·•‧・][\u4e00-\u9fff]+)+$/u.test(name))
        out.push({ at: from, name });
    }
    from = i + 1;
  }
  return out;
}

function startsClause(s: string, at: number): boolean {
  if (at === 0) return true;
  const before = s[at - 1]!;
  return !/[\u4e00-\u9fff]/u.test(before) || JOINERS.test(s.slice(Math.max(0, at - 2), at));
}

/** The name of two or three letters ending at `end` in `s`, or null. */
function passiveName(s: string, end: number): { at: number; name: string } | null {
  for (const len of [3, 2]) {
    const at = end - len;
    if (at < 0) continue;
    const name = s.slice(at, end);
    if (!/^[\u4e00-\u9fff]+$/u.test(name) || !SURNAMES.has(name[0]!)) continue;
    if ([...name.slice(1)].some((c) => AFTER_NAME.has(c))) continue;
    if (startsClause(s, at)) return { at, name };
  }
  return null;
}

/**
 * The names right before the release verb at `verb`: the last one, and those a list joins to it
 * ('毛孟靜、譚文豪、郭家麒及范國威今日獲釋'), each of two or three letters opening with a common
 * surname. The first name of the list must open a clause or follow '的' ('刑期最低的毛孟靜').
 */
function freedSubjects(s: string, verb: number): { at: number; name: string }[] {
  const head = s.slice(Math.max(0, verb - 40), verb);
  const offset = verb - head.length;
  const end = head.length - (TIME_BEFORE_VERB.exec(head)?.[0].length ?? 0);
  const out: { at: number; name: string }[] = [];
  for (let to = end; ; ) {
    const p = passiveName(head, to) ?? afterOf(head, to);
    if (!p) return out;
    out.push({ at: offset + p.at, name: p.name });
    const join = LIST_JOIN.exec(head.slice(0, p.at));
    if (!join) return out;
    to = p.at - join[0].length;
  }
}

/** A name of two or three letters ending at `end` right after '的'. */
function afterOf(s: string, end: number): { at: number; name: string } | null {
  for (const len of [3, 2]) {
    const at = end - len;
    const name = s.slice(at, end);
    if (at < 1 || s[at - 1] !== '的' || !SURNAMES.has(name[0]!)) continue;
    if (/^[\u4e00-\u9fff]+$/u.test(name) && ![...name.slice(1)].some((c) => AFTER_NAME.has(c)))
      return { at, name };
  }
  return null;
}

export function findMoreHanPeople(
  text: string,
  sentence: Sentence,
  known: readonly PersonMention[],
): PersonMention[] {
  const s = sentence.text;
  const out: PersonMention[] = [];
  const taken = (at: number) =>
    [...known, ...out].some((p) => p.start <= sentence.start + at && sentence.start + at < p.end);
  const push = (at: number, name: string, why: string) => {
    if (taken(at)) return;
    const start = sentence.start + at;
    out.push(candidateMention(text, sentence, start, start + name.length, why));
  };
  DOTTED.lastIndex = 0;
  for (let m = DOTTED.exec(s); m; m = DOTTED.exec(s)) {
    for (const d of dottedNames(m[0]))
      push(m.index + d.at, d.name, 'Han name joined by a middle dot');
  }
  FREED_VERB.lastIndex = 0;
  for (let m = FREED_VERB.exec(s); m; m = FREED_VERB.exec(s))
    for (const p of freedSubjects(s, m.index))
      push(p.at, p.name, 'Han name before a verb of release');
  PASSIVE.lastIndex = 0;
  for (let m = PASSIVE.exec(s); m; m = PASSIVE.exec(s)) {
    const p = passiveName(s, m.index);
    if (p) push(p.at, p.name, 'Han name before the passive of a detention verb');
  }
  return out;
}
