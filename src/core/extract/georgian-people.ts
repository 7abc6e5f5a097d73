// Person names in Georgian script, which has no capitals to show them: a word that is a given
// name of the name engine's table once read in Latin letters ('ალეს' Ales, 'მზია' Mzia,
// 'ვლადიმერ' Vladimer), in any of its cases ('გიორგის', 'ლევანმა'), and the word after it, its
// surname. The name is kept as written, case ending and all, as the other readers keep theirs.
import { candidateMention } from './candidate-mention.ts';
import { isGivenName } from './given-names.ts';
import type { PersonMention } from './people.ts';
import { allMatches } from './regex-all.ts';
import type { Sentence } from './text.ts';

export const GEORGIAN = /[\u10d0-\u10fa]/u;
const WORDS = /[\u10d0-\u10fa]+/gu;

// The national romanisation, which the name engine's Georgian given names are written in.
const LATIN: Readonly<Record<string, string>> = {
  ა: 'a',
  ბ: 'b',
  გ: 'g',
  დ: 'd',
  ე: 'e',
  ვ: 'v',
  ზ: 'z',
  თ: 't',
  ი: 'i',
  კ: 'k',
  ლ: 'l',
  მ: 'm',
  ნ: 'n',
  ო: 'o',
  პ: 'p',
  ჟ: 'zh',
  რ: 'r',
  ს: 's',
  ტ: 't',
  უ: 'u',
  ფ: 'p',
  ქ: 'k',
  ღ: 'gh',
  ყ: 'q',
  შ: 'sh',
  ჩ: 'ch',
  ც: 'ts',
  ძ: 'dz',
  წ: 'ts',
  ჭ: 'ch',
  ხ: 'kh',
  ჯ: 'j',
  ჰ: 'h',
};

const latin = (w: string) => [...w].map((c) => LATIN[c] ?? '').join('');

// Case endings a given name takes, longest first: dative and genitive -ს/-ის, ergative -მ/-მა,
// instrumental -ით, adverbial -ად, with postpositions (-თან, -სთვის, -ზე, -ში, -დან).
const ENDINGS = [
  'ისთვის',
  'სთვის',
  'იდან',
  'ისგან',
  'სგან',
  'თან',
  'ის',
  'მა',
  'ით',
  'ად',
  'ზე',
  'ში',
  'ს',
  'მ',
  'ი',
];

/** The shortest word read as a given name: shorter ones are too often other words. */
const MIN_GIVEN = 3;

function givenName(word: string): boolean {
  if (word.length < MIN_GIVEN) return false;
  if (isGivenName(latin(word))) return true;
  for (const e of ENDINGS) {
    if (!word.endsWith(e) || word.length - e.length < MIN_GIVEN) continue;
    const stem = word.slice(0, -e.length);
    // Consonant stems take -ი in the nominative: 'ლევანი', 'ლევანს' for Levan.
    if (isGivenName(latin(stem)) || (e !== 'ი' && isGivenName(`${latin(stem)}i`))) return true;
  }
  return false;
}

/** Given name and surname pairs of a sentence written in Georgian, as candidates. */
export function findGeorgianPeople(text: string, sentence: Sentence): PersonMention[] {
  const s = sentence.text;
  const words = allMatches(WORDS, s);
  const out: PersonMention[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i]!, words[i + 1]!];
    // One space between: a comma or a clause mark parts a name from the next word.
    if (b.index !== a.index + a[0].length + 1 || s[a.index + a[0].length] !== ' ') continue;
    if (b[0].length < MIN_SURNAME || !(givenName(a[0]) || surnamePair(a[0], b[0]))) continue;
    // 'მოსამართლე ზვიად ცეკვავას გადაწყვეტილებით' (by judge Z. T.'s decision): who judges,
    // prosecutes or investigates is named by office, and is not held.
    if (JUDICIAL.test(s.slice(Math.max(0, a.index - 16), a.index))) {
      i++;
      continue;
    }
    const start = sentence.start + a.index;
    out.push(
      candidateMention(
        text,
        sentence,
        start,
        sentence.start + b.index + b[0].length,
        'Georgian given name',
      ),
    );
    i++;
  }
  return out;
}

// A judge, prosecutor or investigator right before a name, as a title: uninflected ('მოსამართლე
// თორნიკე კაპანაძემ'). The ergative 'მოსამართლემ ლევან ხუციშვილს' is the judge acting on him.
const JUDICIAL = /(?<![\u10d0-\u10fa])(?:მოსამართლე|პროკურორი?|გამომძიებელი?)\s$/u;

/** The shortest surname after a given name. */
const MIN_SURNAME = 4;

// The surname endings that mark a Georgian family name in any case: -შვილი ('son of'), -ძე,
// and the Megrelian -ავა ('კუპრავა'); '-ია' and '-ური' end too many common words to count.
const SURNAME = /(?:შვილ(?:ი|მა|ის|ს)|ძე(?:მ|ს)?|ძის|ავა(?:მ|ს)?)$/u;

/**
 * A given name the table lacks ('ზვიად') before a marked surname: a nominative common noun
 * ends in a vowel ('ექიმი ბერიძე' is a doctor), and a word ending in a case's consonant
 * (-ს, -მ, -თ) is no name's first word either; a given name of consonant stem ends bare.
 */
function surnamePair(a: string, b: string): boolean {
  return SURNAME.test(b) && a.length >= MIN_GIVEN && !/[აეიოუსმთ]$/u.test(a) && !SURNAME.test(a);
}
