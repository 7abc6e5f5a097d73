// What was given for the release: sanctions relief, diplomatic steps, prisoners, money.

import {
  embassyFrame,
  exchangedBefore,
  FRAME_HINT,
  frozenFunds,
  swapVerb,
} from './concession-frames.ts';
import { conjectured, earlierStep, leftOpen, withoutMadePossible } from './concession-hedges.ts';
import { FURTHER } from './concession-merge.ts';
import type { ConcessionKind } from './contract.ts';
import {
  ALL_LANGUAGES,
  hintRegExp,
  type Lexicon,
  orHints,
  orTargetHints,
  orWords,
  perLexicon,
  targetWords,
  withWords,
  wordsOf,
  wordsSource,
} from './lexicons/index.ts';
import { SWAP_STEMS, swapEvent } from './swap-event.ts';
import { PRISONER_SWAP, PRISONERS_SWAPPED } from './swap-named.ts';
import { EdgeRule } from './word-edge.ts';

export interface ConcessionFound {
  kind: ConcessionKind;
  /** Where the words that triggered it start (the relief verb, the swap phrase), for hedges. */
  at?: number;
  grantedBy: string | null;
  target: string | null;
  /** Relative to the sentence: the clause that states the concession. */
  start: number;
  end: number;
}

// Talk about a possible step is not a concession, nor a denial of one ('not done in exchange'),
// nor an aim ('trying to ease the weight of sanctions', 'tratar de aliviar').
// Each language's words join as alternatives with their own edges (wordsSource): spliced into
// the lookahead, as they once were, they only blocked the English words they followed.
const HEDGE_BASE =
  /(?<![\p{L}])(?:not (?:done|in exchange|linked|tied|connected)|не связан\p{L}*|discuss\p{L}*|could|might|may|consider\p{L}*|should|call(?:ed|s)? for|urg\p{L}+|hope\p{L}*|possible|demand\p{L}*|wants?|wanted|seek\p{L}*|would like|обсуд\p{L}*|может|могут|возможн\p{L}*|призвал\p{L}*|tr(?:y|ies|ying|ied) to|attempt\p{L}*|trat\p{L}* de|intent\p{L}*|пыта\p{L}*|попыт\p{L}*|стрем\p{L}*|tent(?:e|ent|er|ait|aient|ative)|cherch\p{L}* à|versuch\p{L}*|cerca\p{L}* di|tenta\p{L}*|procura\p{L}*|próbu\p{L}*|próbow\p{L}*|stara\p{L}* się|çalış\p{L}*|\p{L}+[ae]bil(?:ir|irler|ecek)\p{L}*)(?![\p{L}])/iu;
const RELIEF_BASE =
  /(?<![\p{L}])(?:lift\p{L}*|loosen\p{L}*|eas(?:e|ed|es|ing)|relax\p{L}*|reliev\p{L}*|relief|remov\p{L}*|suspend\p{L}*|waiv\p{L}*|unfreez\p{L}*|drop\p{L}*|scrap\p{L}*|roll\p{L}* back|снят\p{L}*|снял\p{L}*|сним\p{L}*|знял\p{L}*|зняц\p{L}*|смягч\p{L}*|ослаб\p{L}*|отмен\p{L}*|приостанов\p{L}*)(?![\p{L}])/iu;
const BASE_TARGETS: [RegExp, string][] = [
  [/belavia|белавиа|белаві/iu, 'Belavia'],
  [/potash|belaruskali|кали[йяюе]|калийн|беларуськали/iu, 'potash'],
  [/\bairline|авиакомпани/iu, 'airline'],
  [/fertili[sz]er|удобрени/iu, 'potash'],
  [/banks?\b|банк/iu, 'banks'],
];
// 'Other', 'further', 'remaining' before the sanctions lifted: a second step beside the named one
// ('lifted potash sanctions and began lifting other restrictions'), often only intended. Words
// from each language that mark it before the noun, and those that follow it.
const FURTHER_BEFORE = String.raw`(?<![\p{L}])(?:other|further|additional|remaining|more|друг\p{L}*|дальнейш\p{L}*|остальн\p{L}*|дополнительн\p{L}*|прочи[хем]|інш\p{L}*|подальш\p{L}*|додатков\p{L}*|далейш\p{L}*|inn(?:e|ych|ymi)|kolejn\p{L}*|dalsz\p{L}*|pozostał\p{L}*|dodatkow\p{L}*|weiter\p{L}*|ander(?:e|en)|übrig\p{L}*|zusätzlich\p{L}*|autres?|otras|demás|outras|demais|altre|ulteriori|diğer|başka|kalan|kit(?:as|os|ų|us)|papildom\p{L}*|drug(?:e|ih|a)|ostal(?:e|ih|a)|dodatn\p{L}*|daljnj\p{L}*|nadaljnj\p{L}*|preostal\p{L}*|andere|verdere|overige|további|egyéb|مزيد من)(?![\p{L}])|其他|其它|其余|更多|进一步`;
const FURTHER_AFTER = String.raw`(?<![\p{L}])(?:supplémentaires?|restantes?|adicionales|adicionais|restanti|rimanenti|أخرى|الأخرى|المتبقية|إضافية|الإضافية|دیگر|بیشتر)(?![\p{L}])`;
const RESTRICTIVE = String.raw`sanktion|sankcj|sankcij|sankci|sanzion|sancion|sanç|sancti|szankci|yaptırım|عقوب|تحریم|制裁|restrict\p{L}*|measures|ограничит\p{L}*|мер\p{L}*|обмеж\p{L}*|ogranicze\p{L}*|beschränk\p{L}*|restricc\p{L}*|restriz\p{L}*|restriç\p{L}*|mesures`;

const TERROR_LIST =
  /(?:remov\p{L}*|taken off|take \p{L}+ off|delist\p{L}*|lift\p{L}*|rescind\p{L}*|исключ\p{L}*|retir\p{L}*|sac(?:ar|ará|aría|ó|a)|salida|exclu\p{L}*|rimuov\p{L}*|rimozione|rimoss\p{L}*|remoção|remover|tirar|retirada|streich\p{L}*|gestrichen|entfern\p{L}*|usun\p{L}*|skreśl\p{L}*|retrait|retirer|retiré\p{L}*)[^.]{0,80}(?:terror\p{L}*(?: sponsor)?(?: list)?|state sponsors? of terrorism|спис\p{L}*[^.]{0,30}террор)/iu;
const EMBASSY =
  /(?:re-?open\p{L}*|restor\p{L}*|resum\p{L}*|return\p{L}*)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:US\s+|U\.S\.\s+|American\s+)?(?:embassy|diplomatic (?:relations|ties|presence)|ambassador)|embassy\s+(?:would|will)\s+(?:re-?open)|(?:возобнов|откры)\p{L}*\s+(?:работ\p{L}+\s+)?посольств\p{L}*/iu;
// People on the other side of a swap. Any word list's nouns for prisoners and people count too
// ('вісьмох громадян Росії', 'سجناء', 'mahkum', without case): in scripts without capitals no
// name can show it.
const PEOPLE_IN_OBJECT =
  /(?:[Pp]risoner|[Rr]ussian|[Vv]enezuelan|[Aa]merican|[Ii]ranian|[Cc]uban|[Bb]elarusian|agent|spy|spies|convict|detainee|people|person|citizens|nationals|migrants|deportees|compatriots|[Rr]ussians|\d+\s|[\p{Lu}][\p{L}]+ [\p{Lu}][\p{L}]+|заключ|граждан|россиян|ressortissant|citoyen|obywatel|[Bb]ürger|vatandaş|državljan|állampolgár|piliet|شهروند)/u;
// "In return, Washington granted clemency to five Iranians"; "In exchange, the 252 ... were returned".
const RETURNED_SIDE =
  /(?:in return|in exchange|as part of the (?:deal|swap)|взамен|в ответ|a cambio|em troca|in cambio|en échange|im gegenzug|w zamian|(?:exchange|swap) that),?\s+(?:(?:[^.;]{0,20}?\s)?(?:receiv\p{L}*|got|gets|obtain\p{L}*)\s+([^.;]{3,80})|[^.;]{0,40}?(?:granted clemency to|sent|returned|released|freed|commuted the sentences of|dropped charges against|освободил\p{L}*|помиловал\p{L}*)\s+([^.;]{3,80})|(?:the\s+)?([^.;]{3,100}?)\s+(?:were|was) (?:returned|released|freed|sent back|repatriated))/iu;
// 'in exchange for the prisoner release', 'in cambio della liberazione di detenuti': what the
// other side gave is named elsewhere, the object is the release itself.
const RELEASE_OBJECT =
  /^(?:the |their |his |her |la |il |la |a |die |их |ich )?(?:\p{L}+\s)?(?:releas\p{L}*|liberaz\p{L}*|liberac\p{L}*|libertaç\p{L}*|libération|freilassung|освобожд\p{L}*|uwolnien\p{L}*|paleidim\p{L}*)/iu;
// "Moscow ..., receiving in return the convicted hitman Vadim Krasikov".
const RECEIVED_IN_RETURN = /receiv\p{L}* in return\s+([^.;]{3,100})/iu;
// "while five Iranians were granted clemency in the US": the other side of a swap.
const CLEMENCY =
  /(?:^|[,;:]\s*|while\s+|and\s+)([^.;,:]{3,60}?)\s+(?:were|was)\s+granted clemency/iu;
const MONEY =
  /(?:\$\s?\d[\d.,]*\s*(?:billion|million|bn|m)?|\d[\d.,]*\s*(?:billion|million)\s*(?:dollars|euros|in (?:frozen|iranian) (?:funds|assets))|\d[\d.,]*\s*млрд\s*долл\p{L}*)/iu;
const MONEY_CONTEXT =
  /(?:unfr[eo]\p{L}*|frozen|funds|assets|transfer\p{L}*|released|access|разморож\p{L}*|средств)/iu;
const US =
  /(?:\bUS\b|\bU\.S\.|United States|Washington|American|Trump administration|Treasury|США|Вашингтон|американ)/u;
const EU = /(?:\bEU\b|European Union|Brussels|Евросоюз|\bЕС\b)/u;

/** The rules of a set of word lists: each language's words join the English and Russian. */
const rules = perLexicon((lx) => {
  const embassyWords = wordsSource(wordsOf(lx, 'embassyWords'));
  const objectNoun = wordsSource(wordsOf(lx, 'prisonerNouns'));
  return {
    hedge: new EdgeRule(withWords(HEDGE_BASE, wordsOf(lx, 'hedges'))),
    reliefVerb: new EdgeRule(withWords(RELIEF_BASE, wordsOf(lx, 'reliefWords'))),
    sanction: new RegExp(
      `(?:sanction|restriction|penalt|санкци|санкцы|ограничени|абмежаван${orWords(lx, 'sanctions')})`,
      'iu',
    ),
    targets: [
      ...BASE_TARGETS,
      // Other languages' names for the same targets ('potassio', 'aerolínea', 'Kali').
      ...[...targetWords(lx)].map(([target, words]): [RegExp, string] => [
        new RegExp(wordsSource(words)!, 'iu'),
        target,
      ]),
    ],
    further: new RegExp(
      `(?:${FURTHER_BEFORE})\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:sanction|санкц|${RESTRICTIVE}${orWords(lx, 'sanctions')})|(?:sanction|санкц|${RESTRICTIVE}${orWords(lx, 'sanctions')})\\p{L}*\\s+(?:${FURTHER_AFTER})`,
      'iu',
    ),
    embassyAny: embassyWords ? new RegExp(embassyWords, 'iu') : null,
    exchangeFor: new RegExp(
      String.raw`(?:(?:in exchange for|in return for|swapped for|traded for|in a swap for|exchanged for|в обмен на${orWords(lx, 'exchangeFor')})\s+|(?:en échange|in cambio|a cambio) d(?:ell)?['’])([^.;]{3,160}?)(?=[.;]|,\s|\s+(?:who|which|that|after|as)\s|$)`,
      'iu',
    ),
    objectNoun: objectNoun ? new RegExp(objectNoun, 'iu') : null,
    swapNamed: wordsOf(lx, 'swapWords').length
      ? new RegExp(wordsSource(wordsOf(lx, 'swapWords'))!, 'iu')
      : null,
    // Cheap test first: most sentences mention no deal at all. It must let through every
    // sentence a rule below can match: for relief, which needs a sanction word or a named
    // target besides its verb ('easing the country's isolation' is none), those; a word of each
    // other rule.
    hint: hintRegExp(
      String.raw`sanction|restriction|penalt|embassy|diplomatic|terror|in return|part of the deal|traded|trading|clemency|\$|billion|million|санкц|ограничен|абмежаван|посольств|взамен|в ответ|млрд|млн|кали|терро|belavia|белавиа|белаві|potash|belaruskali|fertili|удобрени|troc|im gegenzug|w zamian|a cambio|in cambio|değişim|kalini|fogolycser|schimb|výměn|${SWAP_STEMS}|${FRAME_HINT}${orHints(lx, 'sanctions', 'embassyWords', 'exchangeFor', 'swapWords')}${orTargetHints(lx)}`,
    ),
  };
});

type Rules = ReturnType<typeof rules>;

function peopleIn(object: string, r: Rules): boolean {
  return PEOPLE_IN_OBJECT.test(object) || (r.objectNoun?.test(object) ?? false);
}

function grantor(s: string): string | null {
  if (US.test(s)) return 'US';
  if (EU.test(s)) return 'EU';
  return null;
}

function whole(s: string): { start: number; end: number } {
  return { start: 0, end: s.length };
}

// How far from its verb a relief's object may stand: after it, 'lifted the sanctions imposed on
// potash'; before it, farther, a passive's subject ('Sanctions on ..., imposed in 2021 ..., were
// lifted'). Farther off the verb acts on something else ('revoked the agreement, ... imposing new
// sanctions').
const RELIEF_AFTER = 60;
const RELIEF_BEFORE = 90;

/** The first relief verb with a sanction word or a named target within reach, or null. */
function governingRelief(s: string, r: Rules): RegExpExecArray | null {
  for (let m = r.reliefVerb.exec(s); m; m = r.reliefVerb.exec(s, m.index + m[0].length)) {
    const around = s.slice(
      Math.max(0, m.index - RELIEF_BEFORE),
      m.index + m[0].length + RELIEF_AFTER,
    );
    if (r.sanction.test(around) || r.targets.some(([re, t]) => t !== 'banks' && re.test(around)))
      return m;
  }
  return null;
}

export function findConcessions(s: string, lx: Lexicon = ALL_LANGUAGES): ConcessionFound[] {
  const out: ConcessionFound[] = [];
  const r = rules(lx);
  if (!r.hint.test(s)) return out;
  const terror = /terror|террор/i.test(s) ? TERROR_LIST.exec(s) : null;
  if (terror) {
    out.push({
      kind: 'diplomatic_step',
      grantedBy: grantor(s),
      target: 'terrorism list',
      start: terror.index,
      end: terror.index + terror[0].length,
    });
  }
  const relief = governingRelief(s, r);
  if (relief) {
    const targets = r.targets.filter(([re]) => re.test(s)).map(([, t]) => t);
    // "relief on the airline Belavia" names its target; bare "relief" needs the word sanctions.
    const unique = [...new Set(targets)].filter(
      (t) => t !== 'airline' || !targets.includes('Belavia'),
    );
    const named = unique.filter((t) => t !== 'airline' && t !== 'banks');
    if (r.sanction.test(s) || named.length > 0) {
      // Further sanctions are a step of their own beside a named one, or the only one named.
      if (r.further.test(s)) unique.push(FURTHER);
      if (unique.length === 0 && !terror) unique.push('');
      for (const t of unique) {
        out.push({
          kind: 'sanctions_relief',
          grantedBy: grantor(s),
          target: t || null,
          ...whole(s),
          at: relief.index,
        });
      }
    }
  }
  const embassy =
    (/embass|посольств|diplomatic/i.test(s) ? EMBASSY.exec(s) : r.embassyAny?.exec(s)) ??
    embassyFrame(s);
  if (embassy) {
    out.push({
      kind: 'diplomatic_step',
      grantedBy: grantor(s),
      target: 'embassy',
      start: embassy.index,
      end: embassy.index + embassy[0].length,
    });
  }
  const swap = r.exchangeFor.exec(s);
  const before = exchangedBefore(s);
  if (before && peopleIn(before.object, r) && !RELEASE_OBJECT.test(before.object)) {
    out.push({ kind: 'prisoner_exchange', grantedBy: null, target: before.object, ...before });
  } else if (swap && !before && peopleIn(swap[1]!, r) && !RELEASE_OBJECT.test(swap[1]!)) {
    const objStart = swap.index + swap[0].length - swap[1]!.length;
    out.push({
      kind: 'prisoner_exchange',
      grantedBy: null,
      target: swap[1]!.trim(),
      start: swap.index,
      end: objStart + swap[1]!.length,
    });
  }
  const returned = RETURNED_SIDE.exec(s) ?? RECEIVED_IN_RETURN.exec(s);
  const side = (returned?.[1] ?? returned?.[2] ?? returned?.[3] ?? '').trim();
  if (returned && peopleIn(side, r) && !out.some((c) => c.kind === 'prisoner_exchange')) {
    const end = returned.index + returned[0].length;
    out.push({
      kind: 'prisoner_exchange',
      grantedBy: grantor(returned[0]),
      target: side,
      start: returned.index,
      end,
    });
  }
  const clemency = s.includes('clemency') ? CLEMENCY.exec(s) : null;
  if (clemency && peopleIn(clemency[1]!, r) && !out.some((c) => c.kind === 'prisoner_exchange')) {
    const start = clemency.index + clemency[0].indexOf(clemency[1]!);
    out.push({
      kind: 'prisoner_exchange',
      grantedBy: grantor(clemency[0]),
      target: clemency[1]!.trim(),
      start,
      end: clemency.index + clemency[0].length,
    });
  }
  const swapWords = out.some((c) => c.kind === 'prisoner_exchange')
    ? null
    : (PRISONER_SWAP.exec(s) ??
      r.swapNamed?.exec(s) ??
      PRISONERS_SWAPPED.exec(s) ??
      swapVerb(s) ??
      swapEvent(s));
  if (swapWords) {
    out.push({
      kind: 'prisoner_exchange',
      grantedBy: null,
      target: null,
      start: swapWords.index,
      end: swapWords.index + swapWords[0].length,
    });
  }
  const sum = /\$|billion|million|млрд|млн/i.test(s) ? MONEY.exec(s) : null;
  // A sum with English context words, or any language's word for frozen funds.
  const money = sum && MONEY_CONTEXT.test(s) ? sum : frozenFunds(s);
  if (money) {
    out.push({
      kind: 'financial',
      grantedBy: grantor(s),
      target: money[0].trim(),
      start: money.index,
      end: money.index + money[0].length,
    });
  }
  // Talk of a possible step is not a concession (tested last: most sentences found nothing).
  // Talk of a possible step is not a concession: a hedge shortly before the trigger drops it
  // ("discussed reopening the embassy", "could ease sanctions"), not one elsewhere in the sentence.
  // A swap named by its noun alone is hedged by what follows it too ('a swap could follow').
  const h = withoutMadePossible(s);
  return out.filter(
    (c) =>
      !r.hedge.test(h.slice(Math.max(0, (c.at ?? c.start) - 50), (c.at ?? c.start) + 15)) &&
      !(
        c.kind === 'prisoner_exchange' &&
        c.target === null &&
        r.hedge.test(h.slice(c.end, c.end + 25))
      ) &&
      !earlierStep(s, c.at ?? c.start) &&
      !leftOpen(s, c.at ?? c.start) &&
      !(c.kind === 'prisoner_exchange' && c.target === null && conjectured(s, c.start)),
  );
}
