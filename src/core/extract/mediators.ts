import { isGivenName } from './given-names.ts';
import { hintSource, initialCaseSource, wordsOf } from './lexicons/index.ts';

/**
 * '|' and every language's entries of a list, or nothing: splices them into a rule. Case is
 * ignored in them only ('Sondergesandter', 'unter Vermittlung der'): German capitalises nouns,
 * while the rules around them read capitals as names.
 */
function more(field: Parameters<typeof wordsOf>[0]): string {
  const src = initialCaseSource(wordsOf(field));
  return src ? `|${src}` : '';
}

/** '|' and the stems of lists' entries, for a pre-test: see hintSource. */
function hintOf(...fields: Parameters<typeof wordsOf>[0][]): string {
  const src = hintSource(fields.flatMap((f) => wordsOf(f)));
  return src ? `|${src}` : '';
}

// Who brokered the release: envoys by name, states by 'brokered by Qatar' and the like.

export interface MediatorFound {
  name: string;
  role: string | null;
  /** Relative to the sentence. */
  start: number;
  end: number;
}

const NAME = String.raw`[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+){1,2}`;
const ENVOY_ROLE = String.raw`(?:special presidential envoy|special envoy|special representative(?: of the President of the USA| of the US President)?|presidential envoy|envoy|emissary|hostage envoy|chief negotiator|negotiator|спецпосланник\S*|специальн\S+ посланник\S*|посланник\S*${more('envoyRoles')})`;
const ENVOY_BEFORE = new RegExp(
  String.raw`(?<role>${ENVOY_ROLE})(?:\s(?:президента\s)?(?:США|Трампа|президента))?(?:\s(?:for|to|on)\s(?:[\p{Lu}][\p{L}]+\s?){1,3}(?:affairs\s)?)?,?\s(?:the\s)?(?<name>${NAME})`,
  'gu',
);
const ENVOY_AFTER = new RegExp(
  String.raw`(?<name>${NAME}),\s(?:the\s|a\s)?(?:(?:US|U\.S\.|American|Trump's|White House)\s)?(?<role>${ENVOY_ROLE})`,
  'gu',
);
const STATE = String.raw`[\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?`;
const CUES = initialCaseSource(wordsOf('mediatorCues'));
const BY_STATE = new RegExp(
  [
    String.raw`(?:brokered|mediated|facilitated|negotiated|coordinated)\sby\s(?:the\s)?(?<name>${STATE})`,
    String.raw`(?:mediation|help|good offices)\s(?:of|from|by)\s(?:the\s)?(?<name2>${STATE})`,
    String.raw`(?<name3>Qatar|Turkey|Türkiye|Oman|(?:the\s)?Vatican|Switzerland|Saudi Arabia|the United Arab Emirates|UAE)(?:'s|’s)?\s(?:mediated|brokered|helped broker|facilitated|played a role)`,
    String.raw`(?<name7>Qatar|Turkey|Türkiye|Oman|(?:the\s)?Vatican|Switzerland|Saudi Arabia|the United Arab Emirates|UAE),\s(?:which|who)\s(?:mediated|brokered|helped broker|facilitated)`,
    String.raw`(?<name8>[\p{Lu}][\p{L}]+)-(?:brokered|mediated|facilitated)`,
    String.raw`(?<adj>Turkish|Qatari|Omani|Swiss|Saudi|Emirati)\s(?:[\p{Ll}]+\s){0,2}(?:brokering|brokered|mediating|mediated|facilitating|facilitated)`,
    String.raw`при посредничестве\s(?<name4>[\p{Lu}][\p{L}]+)`,
    // 'con la mediazione del Vaticano', 'gracias a la mediación de Qatar'.
    ...(CUES ? [String.raw`(?<![\p{L}])${CUES}\s(?:\p{Ll}+\s){0,2}?(?<name9>${STATE})`] : []),
    String.raw`(?<name5>(?:the\s)?[\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+){0,2})\s(?:acted|served)\sas\s(?:an?\s|the\s)?(?:mediator|intermediary|go-between)`,
    String.raw`[Пп]осредник\p{L}*\s(?:[\p{Ll}\s]{0,30})?выступил\p{L}*\s(?<name6>[\p{Lu}][\p{L}]+)`,
  ].join('|'),
  'gu',
);
const STATE_OF: Record<string, string> = {
  Turkish: 'Turkey',
  Qatari: 'Qatar',
  Omani: 'Oman',
  Swiss: 'Switzerland',
  Saudi: 'Saudi Arabia',
  Emirati: 'UAE',
};
const NOT_MEDIATOR = /^(?:the|a|an|US|U\.S\.|Washington|Belarus|Russia|Lukashenko|Minsk)$/u;

const HINT = new RegExp(
  `envoy|emissary|representative|negotiator|brokered|brokering|mediat|facilitat|coordinated|good offices|help (?:of|from)|intermediary|go-between|played a role|посланник|посредни${hintOf('mediatorCues', 'envoyRoles')}`,
  'iu',
);

function push(out: MediatorFound[], name: string, role: string | null, start: number, end: number) {
  let clean = name.replace(/^the\s/iu, '').trim();
  // "спецпосланник Трампа Джон Коул": a possessor before the given name is not part of it.
  const parts = clean.split(/\s+/u);
  if (parts.length === 3 && isGivenName(parts[1]!) && !isGivenName(parts[0]!)) {
    clean = parts.slice(1).join(' ');
  }
  if (NOT_MEDIATOR.test(clean)) return;
  out.push({ name: clean, role, start, end });
}

export function findMediators(s: string): MediatorFound[] {
  const out: MediatorFound[] = [];
  if (!HINT.test(s)) return out;
  for (const re of [ENVOY_BEFORE, ENVOY_AFTER]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      push(out, m.groups!.name!, m.groups!.role!.toLowerCase(), m.index, m.index + m[0].length);
    }
  }
  BY_STATE.lastIndex = 0;
  for (let m = BY_STATE.exec(s); m; m = BY_STATE.exec(s)) {
    const g = m.groups!;
    const name =
      g.name ??
      g.name2 ??
      g.name3 ??
      g.name4 ??
      g.name5 ??
      g.name6 ??
      g.name7 ??
      g.name8 ??
      g.name9 ??
      STATE_OF[g.adj ?? ''] ??
      '';
    push(out, name, 'mediator', m.index, m.index + m[0].length);
  }
  return out;
}
