// Writes src/core/extract/lexicons/countries.json: the names of every country in every language
// the word lists serve, from the ICU data of Node's Intl.DisplayNames, so that a destination,
// a go-between or a releasing country is read whatever country the text names (the lists name
// only the countries our reports met). The extractor reads the file, never Intl: its output does
// not depend on the ICU version of the machine it runs on.
//   npx tsx scripts/write-countries.ts            writes the file; commit it
//   npx tsx scripts/write-countries.ts --check    exits 1 if the file is not this output
// Names already in a word list (lexicons/*.json, places.ts) are left out, and so is any name that
// may be read as something else: a given name ('Jordan', 'Chad'), a name two countries share
// ('Congo'), a common word of a covered language (SKIP).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isGivenName } from '../src/core/extract/given-names.ts';
import { LEXICONS } from '../src/core/extract/lexicons/index.ts';
import { listedPlaceCode } from '../src/core/extract/places.ts';

const OUT = resolve(import.meta.dirname, '..', 'src/core/extract/lexicons/countries.json');

// ICU's own codes beside ISO 3166-1 ('EU', 'QO', 'ZZ'...), old codes, and dependencies whose
// names are words or places elsewhere ('Jersey' in 'New Jersey', 'Man', 'Georgia').
const NOT_COUNTRY = new Set(
  (
    'AC AN AQ BQ BU BV CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB YD YU ' +
    'ZR ZZ AI AS AW AX BL BM CC CK CW CX FK FO GF GG GI GL GP GS GU HM IM IO JE KY MF MP MQ MS ' +
    'NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT'
  ).split(' '),
);

// Country names that are other words of a covered language, or given names the name engine's
// table lacks: Russian 'Того' (of that) and 'Чад' (fumes), Ukrainian 'Малі' (small), Arabic
// 'مالي' (financial) and 'بنين' (sons), Spanish 'gana' (wins), Turkish 'gine' (again), Chinese
// '苏丹' (a sultan too) and '黑山' (a black mountain), 'Salvador' and 'Mauricio' (given names),
// 'Granada' (a Spanish city), 'Monaco' (Munich in Italian), Bengali 'মালি' (a gardener)...
const SKIP = new Set([
  ...['того', 'тога', 'чад', 'малі', 'мали', 'перу', 'аман', 'mali', 'malí', 'gana', 'gine'],
  ...['مالي', 'مالی', 'بنين', 'بنین', 'هند', 'غنا', 'یمن', 'پرو'],
  ...['苏丹', '蘇丹', '黑山', '马里', '馬利', '查德', '尼日', '中非'],
  ...['salvador', 'mauricio', 'granada', 'monaco', 'trinidad', 'dominica', 'jordan', 'chad'],
  ...['israel', 'georgia', 'niger', 'guinea', 'samoa', 'island', 'chile', 'panama', 'togo'],
  // Vietnamese 'hà lan' (the Netherlands) is a person's name too: family name Hà, given name Lan.
  ...['মালি', 'hà lan'],
]);

// Arabic-script names may take a clitic of up to three letters before them (places.ts): a short
// one would then be read inside longer words ('مالي' in 'الشمالي', northern). Letters of scripts
// written without spaces match inside any run of them: two are enough only for Han names.
function longEnough(name: string): boolean {
  if (/\p{sc=Arabic}/u.test(name)) return name.replace(/\s/gu, '').length >= 5;
  if (/^\p{sc=Han}+$/u.test(name)) return name.length >= 2;
  return name.length >= 3;
}

/** Every language the word lists serve, and the scripts ICU writes apart. */
const LOCALES = [...LEXICONS.flatMap((l) => l.languages), 'sr-Latn', 'bs', 'zh-Hant'];

function regionCodes(): string[] {
  const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const out: string[] = [];
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (!NOT_COUNTRY.has(code) && en.of(code)) out.push(code);
    }
  return out;
}

/** 'Myanmar (Burma)' -> both; 'St. Kitts & Nevis' -> '... and ...'; 'Congo - Kinshasa' -> none. */
function forms(name: string): string[] {
  if (/\s[-–]\s|\d|[,،]/u.test(name)) return [];
  const parts = /^(.+?)\s*[(（](.+)[)）]$/u.exec(name);
  const names = parts ? [parts[1]!, parts[2]!] : [name];
  return names
    .map((n) => n.replace(/\s&\s/u, ' and ').trim().toLowerCase())
    .flatMap((n) => (n.includes('’') ? [n, n.replace(/’/gu, "'")] : [n]))
    .filter((n) => longEnough(n) && !/[.()（）]/u.test(n));
}

// Case endings of one-word country names in the languages that decline them: a destination is
// named in its goal case ('в Гватемалу', 'do Gwatemali', 'u Gvatemalu', 'į Gvatemalą'). Only
// the regular endings: a name the rules do not fit (Ukrainian 'Україна' after a preposition,
// Polish stem changes) keeps its listed forms. [ending, replacements].
const CASES: Record<string, [string, string[]][]> = {
  ru: [
    ['ия', ['ии', 'ию', 'ией']],
    ['а', ['ы', 'е', 'у', 'ой']],
    ['', ['а', 'у', 'е', 'ом']],
  ],
  uk: [
    ['ія', ['ії', 'ію', 'ією']],
    ['а', ['и', 'і', 'у', 'ою']],
    ['', ['у', 'і', 'ом', 'а']],
  ],
  be: [
    ['ія', ['іі', 'ію', 'іяй']],
    ['а', ['ы', 'е', 'у', 'ай']],
    ['', ['а', 'у', 'е', 'ам']],
  ],
  pl: [
    ['ia', ['ii', 'ię', 'ią']],
    ['a', ['y', 'ę', 'ą']],
    ['', ['u', 'ie', 'em']],
  ],
  cs: [
    ['ie', ['ii', 'ií']],
    ['a', ['y', 'u', 'ou']],
  ],
  hr: [
    ['ija', ['ije', 'iji', 'iju', 'ijom']],
    ['a', ['e', 'i', 'u', 'om']],
    ['', ['a', 'u', 'om']],
  ],
  sl: [
    ['ija', ['ije', 'iji', 'ijo']],
    ['a', ['e', 'i', 'o']],
  ],
  lt: [
    ['ija', ['ijos', 'ijoje', 'iją']],
    ['a', ['os', 'oje', 'ą']],
    ['as', ['o', 'e', 'ą']],
  ],
};

/** A one-word name and its case forms in a declining language ('гватемала' -> 'гватемалу'...). */
function declined(name: string, locale: string): string[] {
  const rules = CASES[locale.slice(0, 2) === 'bs' || locale.startsWith('sr') ? 'hr' : locale];
  if (!rules || /\s|-/u.test(name)) return [name];
  // Names ending in a vowel the rules do not list do not decline ('Перу', 'Того', 'Чили').
  const rule = rules.find(([end]) =>
    end === '' ? /[^\p{L}]|[^aeiouyаеиоуыэюяіїєąęóь]$/u.test(name) : name.endsWith(end),
  );
  if (!rule) return [name];
  const stem = name.slice(0, name.length - rule[0].length);
  return [name, ...rule[1].map((e) => stem + e)];
}

function countryNames(): Record<string, string[]> {
  const byName = new Map<string, Set<string>>();
  for (const locale of LOCALES)
    for (const style of ['long', 'short'] as const) {
      const names = new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'none' });
      for (const code of regionCodes())
        for (const n of forms(names.of(code) ?? '').flatMap((f) =>
          SKIP.has(f) ? [] : declined(f, locale),
        ))
          byName.set(n, (byName.get(n) ?? new Set()).add(code));
    }
  const out: Record<string, string[]> = {};
  for (const [name, codes] of [...byName].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (codes.size > 1 || SKIP.has(name) || listedPlaceCode(name) !== null) continue;
    if (isGivenName(name[0]!.toUpperCase() + name.slice(1))) continue;
    const code = [...codes][0]!;
    out[code] = [...(out[code] ?? []), name];
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
// One line a country: the file stays short to read and its diffs small.
const lines = Object.entries(countryNames()).map(([c, n]) => `  "${c}": ${JSON.stringify(n)}`);
const json = `{\n${lines.join(',\n')}\n}\n`;
if (values.check) {
  if (!existsSync(OUT) || readFileSync(OUT, 'utf8') !== json) {
    console.error(`${OUT} is not this Node's output: run \`npx tsx scripts/write-countries.ts\``);
    process.exit(1);
  }
  console.log(`${OUT} is up to date`);
} else {
  writeFileSync(OUT, json);
  console.log(`wrote ${OUT}`);
}
