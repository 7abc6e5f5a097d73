// A report's own credits name its writers, editors and photographers, not prisoners: 'By X',
// 'Reporting by X; Editing by Y', 'Photo: X/AFP', '(Foto: X)', 'Фото: X', 'صورة: X', '摄影：X'.
// Wire copy puts them on a line of their own right after a release sentence, where a list of
// two names would otherwise inherit the release (released-people.ts, releaseContext).

// A credit word right before the name: '... by', or a noun of the picture and a colon, slash
// or '©'.
const CREDIT_WORD =
  /(?:(?<![\p{L}])(?:(?:additional\s+)?reporting|editing|edited|writing|written|compiled|photos?|photographs?|pictures?|video|text)\s+by|(?<![\p{L}])(?:photos?|fotos?|фото|fotó|fotografia|fotografía|crédit(?:\s+photo)?|credits?|bild|صورة|تصوير|عکس)\s*[:：©/|]|(?:图片|圖片|摄影|攝影)\s*[:：]|©)\s*$/iu;
// A line that opens with 'By' and the name: the byline.
const BYLINE = /^[\s(]*(?:by|por|par|von|di|автор|авторка)\s+$/iu;

// A picture's credit in brackets, its parts split by slashes: '(picture alliance / AP / X)',
// '(Foto: Reuters/X)', '(AGENCY/X/)'. The name is the last part, a slash may close it.
const SLASHED_BEFORE = /\([^()]{0,60}\/\s*$/u;
const CLOSES_AFTER = /^[^()/]{0,40}(?:\/\s*)?\)/u;
// A wire agency's acronym and a slash right before the name, bracketed or not: 'EPA/X',
// 'Źródło: PAP/EPA/X', 'AFP/X'. Agencies write their names in capitals in every language.
const AGENCY_SLASH = /(?<![\p{L}])\p{Lu}{2,}\s*\/\s*$/u;

// The photographer before the agency: 'X/AP Photo', 'X / AFP', 'X/Reuters', 'X/Getty Images'.
const SLASH_AGENCY_AFTER =
  /^\s*\/\s*(?:\p{Lu}{2,}(?![\p{Ll}])|Reuters|Getty|Anadolu|picture alliance|dpa(?![\p{L}]))/u;

/** The name from `at` to `end` in sentence text `s` stands right after a credit word, opens a
 * byline, or ends a bracketed picture credit. */
export function creditedAt(s: string, at: number, end: number): boolean {
  if (SLASHED_BEFORE.test(s.slice(Math.max(0, at - 60), at)) && CLOSES_AFTER.test(s.slice(end)))
    return true;
  if (AGENCY_SLASH.test(s.slice(Math.max(0, at - 20), at))) return true;
  if (SLASH_AGENCY_AFTER.test(s.slice(end, end + 24))) return true;
  const from = Math.max(0, at - 40);
  const nl = s.lastIndexOf('\n', at - 1);
  const lineStart = nl >= 0 ? nl + 1 : 0;
  if (lineStart >= from && BYLINE.test(s.slice(lineStart, at))) return true;
  return CREDIT_WORD.test(s.slice(from, at));
}
