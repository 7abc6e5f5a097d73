// Chinese reports name the heads of rights groups and agencies they quote by their office and a
// transliterated name, with the name in Latin letters in brackets: '某组织亚洲部主任索菲(Sophie
// X)', '某机构中国事务总监布鲁克斯(Sarah X)'. Such a name is an official's, never one freed; so is a
// Han run the reader took for a name that holds the office word itself.

// Offices of bodies and states; not nouns a prisoner is called by (律师, 记者, 维权人士).
const OFFICES = [
  '主任',
  '总监',
  '總監',
  '负责人',
  '負責人',
  '总干事',
  '總幹事',
  '研究员',
  '研究員',
  '主管',
  '执行长',
  '執行長',
  '执行董事',
  '執行董事',
  '理事长',
  '理事長',
  '发言人',
  '發言人',
  '秘书长',
  '秘書長',
  '总统',
  '總統',
  '总理',
  '總理',
  '外长',
  '外長',
  '部长',
  '部長',
  '大使',
  '国务卿',
  '國務卿',
];
const OFFICE = new RegExp(OFFICES.join('|'), 'u');
// The office, then at most eight Han letters or the transliteration dot before the bracket.
const OFFICE_BEFORE_BRACKET = new RegExp(
  String.raw`(?:${OFFICES.join('|')})[\p{Script=Han}•·・‧]{0,8}\s*[(（]\s*$`,
  'u',
);
const HAN = /\p{Script=Han}/u;

/** The name from `at` to `end` of sentence text `s` is an office holder's, by the rules above. */
export function hanOfficial(s: string, at: number, end: number): boolean {
  const name = s.slice(at, end);
  if (HAN.test(name)) return OFFICE.test(name);
  return OFFICE_BEFORE_BRACKET.test(s.slice(Math.max(0, at - 16), at));
}
