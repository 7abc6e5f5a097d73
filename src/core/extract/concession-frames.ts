// Concessions read as a verb frame rather than as a fixed phrase (issue 13, conc41): a verb of
// reopening or restoring with an embassy or relations noun, an ambassador with a verb of return,
// a sum with a word of frozen funds, a verb of swapping with a prisoner noun. The lexicons hold
// nominal phrases ('reopening of the embassy'); reports as often use the finite verb ('reopened
// its embassy', 'обменялись заключёнными', 'foglyokat cserélt'), in either order.
import { EdgeRule } from './word-edge.ts';

const L = String.raw`(?<![\p{L}])`;
const R = String.raw`(?![\p{L}])`;
// Both words within this many characters, with no sentence or clause stop between them.
const GAP = '[^.;:!?。；]{0,50}?';

// Read on every sentence with a deal word: the leading lookbehinds are checked in code
// (word-edge.ts), which scans several times faster than trying them at every position.
const pair = (a: string, b: string): EdgeRule =>
  new EdgeRule(new RegExp(`${L}(?:${a})${GAP}${L}(?:${b})|${L}(?:${b})${GAP}${L}(?:${a})`, 'iu'));
// Scripts without spaces between words: no letter edges.
const pairBare = (a: string, b: string): RegExp =>
  new RegExp(`(?:${a})${GAP}(?:${b})|(?:${b})${GAP}(?:${a})`, 'u');

const EMBASSY_NOUN = String.raw`embass\p{L}*|diplomatic (?:relations|ties)|посольств\p{L}*|амбасад\p{L}*|дипломатическ\p{L}* отношени\p{L}*|дипломатичн\p{L}* відносин\p{L}*|дыпламатычн\p{L}* адносін\p{L}*|ambasad\p{L}*|stosunk\p{L}* dyplomatyczn\p{L}*|botschaft|diplomatischen beziehungen|ambassade|relations diplomatiques|ambasciata|relazioni diplomatiche|embajada|relaciones diplomáticas|embaixada|relações diplomáticas|veleposlanstv\p{L}*|veleposlaništv\p{L}*|велепосланств\p{L}*|diplomatsk\p{L}* odnos\p{L}*|büyükelçiliğ\p{L}*|diplomatik ilişki\p{L}*|nagykövetség\p{L}*|diplomáciai kapcsolat\p{L}*|diplomatinius santykius|سفارة|سفارت\p{L}*|السفارة|العلاقات الدبلوماسية|روابط دیپلماتیک`;
const REOPEN_VERB = String.raw`re-?open\p{L}*|restor\p{L}*|resum\p{L}*|re-?establish\p{L}*|возобнов\p{L}*|восстанов\p{L}*|вновь откр\p{L}*|відновил\p{L}*|відновити|відновлен\p{L}*|знову відкри\p{L}*|аднав\p{L}*|ponown\p{L}* otw\p{L}*|przywróc\p{L}*|wznowi\p{L}*|(?:wieder)?eröffne\p{L}*|wiedereröffn\p{L}*|wiederhergestellt|wiederaufgenommen|rouv(?:ert|erte|rir|re|rira)\p{L}*|rétabli\p{L}*|riapert\p{L}*|riapr\p{L}*|ripristin\p{L}*|reabr\p{L}*|restablec\p{L}*|restabelec\p{L}*|ponovo otvor\p{L}*|ponovno otvor\p{L}*|obnovi\p{L}*|ponovno odpr\p{L}*|yeniden aç\p{L}*|újranyit\p{L}*|újra megnyit\p{L}*|helyreáll\p{L}*|vėl atidar\p{L}*|atnaujin\p{L}*|أعاد(?:ت)? فتح|إعادة فتح|فتح|استئناف|بازگشایی|ازسرگیری|از سر گرفت\p{L}*`;
const EMBASSY_ZH = '大使馆|大使館|外交关系|外交關係';
const REOPEN_ZH = '重新开放|重新開放|重开|重開|恢复|恢復';

const AMBASSADOR = String.raw`ambassador|посол|посла|пасол|пасла|ambasador\p{L}*|botschafter\p{L}*|ambassadeur\p{L}*|ambasciator\p{L}*|embajador\p{L}*|embaixador\p{L}*|veleposlanik\p{L}*|büyükelçi|nagykövet|سفير|السفير|سفیر`;
const RETURN_VERB = String.raw`return(?:ed|s)?|came back|вернул\p{L}*|возвращ\p{L}*|повернув\p{L}*|повернул\p{L}*|вярнуў\p{L}*|wrócił\p{L}*|powróci\p{L}*|zurückgekehrt|kehrte\p{L}*|est revenu\p{L}*|est retourné\p{L}*|retour|è tornat\p{L}*|rientrat\p{L}*|regresó|volvió|retornou|voltou|vratio|vrnil|döndü|visszatért|grįžo|عاد|عودة|بازگشت`;

const FROZEN = String.raw`frozen|unfr[eo]\p{L}*|заморож\p{L}*|разморож\p{L}*|розморож\p{L}*|gelés|dégel\p{L}*|congelad\p{L}*|descongel\p{L}*|eingefroren\p{L}*|congelat\p{L}*|sblocc\p{L}*|zamrożon\p{L}*|odmroż\p{L}*|dondurul\p{L}*|zamrznut\p{L}*|befagyasztott|įšaldyt\p{L}*|المجمدة|مجمدة|مسدود\p{L}*|بلوکه`;
const SUM = String.raw`\d|billion|million|млрд|млн|milliards?|millones|milliarden|miliard\p{L}*|milyar|مليار\p{L}*|میلیارد|bilh\p{L}*|milh\p{L}*|mil millones`;

const SWAP_VERB = String.raw`exchanged|swapped|traded|обменял\p{L}*|обменя\p{L}*ся|абмяня\p{L}*|обміня\p{L}*|wymieni\p{L}* się|apsikeit\p{L}*|iškeit\p{L}*|tauscht\p{L}*|ausgetauscht|échangé\p{L}*|échangèrent|scambiat\p{L}*|intercambiaron|intercambió|canjearon|canjeó|trocaram|trocou|razmijeni\p{L}*|razmeni\p{L}*|razmenja\p{L}*|размени\p{L}*|размијени\p{L}*|izmenjal\p{L}*|izmenjan\p{L}*|cserélt\p{L}*|kicserél\p{L}*|takas (?:et|edil)\p{L}*|مبادله (?:کرد|شد)\p{L}*|تبادلت|تبادلوا|بادلت`;
const PRISONER = String.raw`prisoners|detainees|заключ\p{L}*|узник\p{L}*|пленн\p{L}*|вязн\p{L}*|в['’ʼ]?язн\p{L}*|полонен\p{L}*|więź\p{L}*|jeńc\p{L}*|kalin\p{L}*|gefangen\p{L}*|häftling\p{L}*|prisonniers|détenus|prigionier\p{L}*|detenut\p{L}*|presos|prisioneros|prisioneiros|zatvoreni\p{L}*|zarobljen\p{L}*|zapornik\p{L}*|fogoly\p{L}*|foglyo\p{L}*|mahkum\p{L}*|tutuklu\p{L}*|زندانی\p{L}*|السجناء|سجناء|الأسرى|المعتقلين`;
const SWAP_ZH = '交换了|交換了|互换|互換';
const PRISONER_ZH = '囚犯|犯人|被拘留者|在押人员';

const EMBASSY_RE = pair(EMBASSY_NOUN, REOPEN_VERB);
const EMBASSY_ZH_RE = pairBare(EMBASSY_ZH, REOPEN_ZH);
const AMBASSADOR_RE = pair(AMBASSADOR, RETURN_VERB);
const FROZEN_RE = new RegExp(`${L}(?:${FROZEN})${R}`, 'iu');
const SUM_RE = new RegExp(`${SUM}`, 'iu');
const SWAP_RE = pair(SWAP_VERB, PRISONER);
const SWAP_ZH_RE = pairBare(SWAP_ZH, PRISONER_ZH);
// Both sides freeing each other's people is a swap by another name.
const MUTUAL_RE =
  /mutual release|взаимн\p{L}* освобожд\p{L}*|взаємн\p{L}* звільнен\p{L}*|узаемн\p{L}* вызвален\p{L}*|wzajemn\p{L}* uwolnien\p{L}*|gegenseitig\p{L}* freilassung|libération mutuelle|liberación mutua|liberazione reciproca|libertação mútua|karşılıklı (?:olarak )?serbest bırak\p{L}*|الإفراج المتبادل|الافراج المتبادل|آزادی متقابل|相互释放|互相释放|obostran\p{L}* oslobađanj\p{L}*|kölcsönös szabadon bocsát\p{L}*|abipus\p{L}* paleidim\p{L}*/iu;

/** Stems any of the frames below needs: for the rules' cheap pre-test. */
export const FRAME_HINT =
  'embass|посольств|амбасад|ambasad|botschaft|ambassade|ambasciat|embajad|embaixad|veleposlan|велепослан|büyükelçi|nagykövet|سفار|سفیر|سفير|大使|外交|diplomat|дипломат|дыпламат|ambassador|посол|пасол|frozen|unfr|замор|размор|розмор|gelés|dégel|congel|eingefror|sblocc|zamroż|odmroż|dondur|zamrzn|befagyaszt|įšaldyt|مجمد|مسدود|بلوکه|exchanged|swapped|traded|обменя|абмяня|обміня|wymieni|keit|tausch|échang|scambiat|intercambi|canje|troc|razmijen|razmen|размен|размијен|izmenja|cserél|takas|مبادله|تبادل|بادلت|متبادل|mutual|взаимн|взаємн|узаемн|wzajemn|gegenseitig|mutuelle|mutua|reciproca|mútua|karşılıklı|متقابل|相互释放|互相释放|obostran|kölcsönös|abipus|交换|交換|互换|互換';

/** A diplomatic step told by its verb: an embassy reopened, relations restored, an envoy back. */
export function embassyFrame(s: string): RegExpExecArray | null {
  return EMBASSY_RE.exec(s) ?? EMBASSY_ZH_RE.exec(s) ?? AMBASSADOR_RE.exec(s);
}

/** Frozen funds with a sum: money released or made reachable. */
export function frozenFunds(s: string): RegExpExecArray | null {
  const m = FROZEN_RE.exec(s);
  return m && SUM_RE.test(s) ? m : null;
}

/** Two sides swapping prisoners told by the verb ('обменялись заключёнными', 'foglyokat cserélt'). */
export function swapVerb(s: string): RegExpExecArray | null {
  return SWAP_RE.exec(s) ?? SWAP_ZH_RE.exec(s) ?? MUTUAL_RE.exec(s);
}

// Turkish puts 'in exchange for' after what was given ('iki Rus ajanı karşılığında'): the
// object stands before the postposition, within its clause.
const POSTPOSITION_FOR = /([^.;:,]{3,80}?)\s+(?:karşılığında|karşılık olarak)(?![\p{L}])/iu;
// What POSTPOSITION_FOR cannot match without (same flags): its lazy run, tried from every
// position of every sentence, took a fiftieth of extraction on the cached real reports.
const POSTPOSITION_HINT = /karşılı(?:ğında|k olarak)/iu;

/** The object a postposition of exchange governs, with where it starts, or null. */
export function exchangedBefore(s: string): { object: string; start: number; end: number } | null {
  const m = POSTPOSITION_HINT.test(s) ? POSTPOSITION_FOR.exec(s) : null;
  if (!m) return null;
  return { object: m[1]!.trim(), start: m.index, end: m.index + m[0].length };
}
