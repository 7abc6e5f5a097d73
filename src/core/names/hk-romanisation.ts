/**
 * Jyutping syllables as the Hong Kong press writes them: the Hong Kong Government's
 * romanisation, with the alternatives people choose for their own names (Chi, Chee, Tsz for
 * zi; Yu, Yue for jyu; Kwok, Kwock for gwok) and a few Macau spellings (Leong, Ieong, Vong,
 * Kuok, Sou). Tones are left out, as the press leaves them out.
 */

/** Initials, longest first, and how the press writes each. */
const INITIALS: [string, string[]][] = [
  ['gw', ['kw']],
  ['kw', ['kw']],
  ['ng', ['ng']],
  ['b', ['p']],
  ['p', ['p']],
  ['m', ['m']],
  ['f', ['f']],
  ['d', ['t']],
  ['t', ['t']],
  ['n', ['n']],
  ['l', ['l']],
  ['g', ['k']],
  ['k', ['k']],
  ['h', ['h']],
  ['w', ['w']],
  ['z', ['ch', 'ts']],
  ['c', ['ch', 'ts']],
  ['s', ['s', 'sh']],
  ['j', ['y']],
];

/** Finals and how the press writes them (oeng as eung: Cheung, Yeung, Leung). */
const FINALS: Record<string, string[]> = {
  aa: ['a', 'ah'],
  aai: ['ai'],
  aau: ['au'],
  aam: ['am'],
  aan: ['an'],
  aang: ['ang'],
  aap: ['ap'],
  aat: ['at'],
  aak: ['ak'],
  ai: ['ai'],
  au: ['au', 'ow'],
  am: ['am', 'um'],
  an: ['an', 'un'],
  ang: ['ang'],
  ap: ['ap'],
  at: ['at'],
  ak: ['ak'],
  e: ['e', 'eh'],
  ei: ['ei', 'ee', 'i'],
  eng: ['eng'],
  ek: ['ek'],
  eu: ['eu'],
  i: ['i', 'ee'],
  ip: ['ip'],
  it: ['it'],
  ik: ['ik'],
  im: ['im'],
  in: ['in'],
  ing: ['ing'],
  iu: ['iu'],
  o: ['o', 'oh', 'aw'],
  oi: ['oi', 'oy'],
  on: ['on'],
  ong: ['ong'],
  ot: ['ot'],
  ok: ['ok', 'ock'],
  ou: ['o', 'ou'],
  u: ['u', 'oo'],
  ui: ['ui', 'ooi'],
  un: ['un', 'oon'],
  ung: ['ung'],
  ut: ['ut'],
  uk: ['uk'],
  oe: ['oe'],
  oeng: ['eung', 'eong'],
  oek: ['euk', 'eok'],
  eoi: ['ui', 'eui'],
  eon: ['un', 'eun'],
  eot: ['ut'],
  yu: ['u', 'ue'],
  yun: ['uen', 'un'],
  yut: ['uet', 'ut'],
};

/** zi, ci, si: the press's many spellings of one sound (Chi, Chee, Tsz, Sze, See). */
const SIBILANT_I: Record<string, string[]> = {
  z: ['chi', 'chee', 'tsz', 'tsze', 'tze', 'tsi'],
  c: ['chi', 'chee', 'tsz', 'tsze', 'tze', 'tsi'],
  s: ['si', 'see', 'sze', 'sz', 'shi'],
};

/** Macau's Portuguese-based spellings of some syllables. */
const MACAU: Record<string, string[]> = {
  joeng: ['ieong', 'iong'],
  wong: ['vong'],
  gwok: ['kuok'],
  jyu: ['u'],
  jau: ['iau'],
  jan: ['ian'],
};

/**
 * The spellings the press may give one Jyutping syllable (tone digits ignored): lower case,
 * no hyphen. Empty for a syllable the rules cannot read.
 */
export function hkSpellings(jyutping: string): string[] {
  const syllable = jyutping.toLowerCase().replace(/[1-6]$/, '');
  // Syllabic m and ng (吳 ng Ng, 唔 m): Ng is how both are written in names.
  if (syllable === 'm') return ['m', 'ng'];
  if (syllable === 'ng') return ['ng'];
  const [initial, spelled] = INITIALS.find(([i]) => syllable.startsWith(i)) ?? ['', ['']];
  const final = syllable.slice(initial.length);
  const out = new Set<string>();
  if (final === 'i' && SIBILANT_I[initial]) for (const s of SIBILANT_I[initial]!) out.add(s);
  const finals = FINALS[final];
  if (!finals) return [...out];
  for (const i of spelled) for (const f of finals) out.add(i + f);
  // gun, gut: the press writes a w the Jyutping leaves out (冠 Kwun, 觀 Kwun).
  if (initial === 'g' && (final === 'un' || final === 'ut')) out.add(`kw${final}`);
  for (const m of MACAU[syllable] ?? []) out.add(m);
  for (const o of [...out]) for (const p of personal(initial, o)) out.add(p);
  return [...out];
}

/** Jyutping b, d, g (unaspirated), which the Government writes p, t, k. */
const VOICED: Record<string, string> = { b: 'p', d: 't', g: 'k' };

/**
 * Spellings people give their own names beside the Government's (Chu Hoi-dick, 凱廸, where
 * the rules write Tik; Margaret Ng Ngoi-yee, 靄, Oi by the rules): an unaspirated initial
 * written b, d, g as English hears it, a final -k written -ck, and the ng- that older speech
 * puts before a syllable opening with a or o (and that younger speech drops: 我 ngo / o).
 */
function personal(initial: string, spelled: string): string[] {
  const out: string[] = [];
  const voiced = VOICED[initial];
  if (voiced && spelled.startsWith(voiced) && spelled[1] !== 'w')
    out.push(initial + spelled.slice(1));
  for (const x of [spelled, ...out])
    if (x.endsWith('k') && !x.endsWith('ck') && /[aeiou]k$/.test(x))
      out.push(`${x.slice(0, -1)}ck`);
  if (initial === '' && /^[ao]/.test(spelled)) out.push(`ng${spelled}`);
  if (initial === 'ng' && /^ng[ao]/.test(spelled)) out.push(spelled.slice(2));
  return out;
}
