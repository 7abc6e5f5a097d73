// A report's own credits name its writers, editors and photographers, not prisoners: 'By X',
// 'Reporting by X; Editing by Y', 'Photo: X/AFP', '(Foto: X)', 'Фото: X', 'صورة: X', '摄影：X',
// 'Foto: EPA-EFE/ X POOL'. Wire copy puts them on a line of their own right after a release
// sentence, where a list of two names would otherwise inherit the release
// (released-people.ts, releaseContext), and beside a sentencing headline, where the
// photographer would read as the sentenced (detention-bystanders.ts). One reader serves both.

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

// Wire and photo agencies by name, in the case they write it, for credits that put the agency
// and a slash before the photographer ('Reuters/Jane Doe', 'Фото: ТАСС/ Иван Петров') or after
// ('X / Getty Images').
const AGENCY =
  '(?:AFP|AP|EPA|EFE|EPA-EFE|Reuters|ANSA|dpa|Getty Images|TASS|ТАСС|РИА Новости|Sputnik|Anadolu|IRNA|ISNA|Xinhua|Pool|POOL)';
// A picture's credit word and a colon, or a named agency and a slash, then only capitals,
// digits and slashes up to the name: 'Foto: EPA-EFE/ MAXIM GUCHEK', 'Zdjęcie: PAP/ X'.
const CREDIT_CAPS_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:[Pp]hoto|PHOTO|[Ff]oto|FOTO|[Фф]ото|ФОТО|[Ff]otó|[Zz]djęcie|[Ff]otoğraf|صورة|عکس)\s*:|(?<![\p{L}])${AGENCY}\s*\/)[\s\p{Lu}\p{N}\/-]*$`,
  'u',
);
const AGENCY_AFTER = new RegExp(String.raw`^\s*\/\s*${AGENCY}(?![\p{L}])`, 'u');

/** The name from `at` to `end` in sentence text `s` stands right after a credit word, opens a
 * byline, or ends or opens a picture credit. */
export function creditedAt(s: string, at: number, end: number): boolean {
  if (SLASHED_BEFORE.test(s.slice(Math.max(0, at - 60), at)) && CLOSES_AFTER.test(s.slice(end)))
    return true;
  if (AGENCY_SLASH.test(s.slice(Math.max(0, at - 20), at))) return true;
  const after = s.slice(end, end + 24);
  if (SLASH_AGENCY_AFTER.test(after) || AGENCY_AFTER.test(after)) return true;
  const from = Math.max(0, at - 40);
  if (CREDIT_CAPS_BEFORE.test(s.slice(from, at))) return true;
  const nl = s.lastIndexOf('\n', at - 1);
  const lineStart = nl >= 0 ? nl + 1 : 0;
  if (lineStart >= from && BYLINE.test(s.slice(lineStart, at))) return true;
  return CREDIT_WORD.test(s.slice(from, at));
}
