// Which word lists a report's rules are compiled from (language.ts, reportLexicon), and that
// rules compiled from a few lists still find what every list's rules found.
import { describe, expect, it } from 'vitest';
import { analyseSentence } from '../../../src/core/extract/analyse.ts';
import { extractReport } from '../../../src/core/extract/index.ts';
import { guessLanguage, reportLexicon } from '../../../src/core/extract/language.ts';
import { cueRules } from '../../../src/core/extract/lexicon.ts';
import {
  ALL_LANGUAGES,
  hintSource,
  LEXICONS,
  lexiconFor,
  perLexicon,
  wordsSource,
} from '../../../src/core/extract/lexicons/index.ts';
import { splitSentences } from '../../../src/core/extract/text.ts';

const codes = (text: string) => {
  const g = guessLanguage(text);
  return reportLexicon(text, g.language, g.close).lists.map((l) => l.languages[0]);
};

describe('reportLexicon', () => {
  it('reads an English report with the English list alone', () => {
    expect(
      codes(
        'Belarus released 52 political prisoners on Thursday after talks with a United States envoy, officials in Vilnius said.',
      ),
    ).toEqual(['en']);
  });

  it('reads a report with English and the lists of its language group', () => {
    expect(
      codes(
        'Белорусские власти освободили 52 политических заключенных после переговоров с американским посланником.',
      ),
    ).toEqual(['be', 'en', 'hr', 'ru', 'uk']);
    expect(
      codes(
        'El gobierno de Nicaragua excarceló a 135 presos políticos que fueron enviados a Guatemala tras una negociación.',
      ),
    ).toEqual(['en', 'es', 'fr', 'it', 'pt']);
  });

  it('reads Vietnamese and Bengali reports with their own lists, and English', () => {
    expect(
      codes('Việt Nam trả tự do cho nhà hoạt động Trần Huỳnh Duy Thức sau 15 năm tù giam.'),
    ).toEqual(['en', 'vi']);
    expect(codes('আলোকচিত্রী শহিদুল আলম কারাগার থেকে জামিনে মুক্তি পেয়েছেন।')).toEqual(['bn', 'en']);
  });

  it('takes every list for a Bengali quote in an English report', () => {
    const text =
      'Photographer Shahidul Alam was freed on bail on Tuesday. "আমি মুক্ত," he told reporters in Dhaka.';
    expect(reportLexicon(text, 'en', [])).toBe(ALL_LANGUAGES);
  });

  it('takes every list for a script the chosen lists are not written in', () => {
    const text =
      'Belarus released 52 political prisoners on Thursday. "Мы рады, что они на свободе," a relative told reporters in Vilnius.';
    expect(guessLanguage(text).language).toBe('en');
    expect(reportLexicon(text, 'en', [])).toBe(ALL_LANGUAGES);
  });

  it('takes every list when the language has none of its own or another one scored close', () => {
    expect(reportLexicon('Belarus har frigett 52 politiska fångar.', 'sv', [])).toBe(ALL_LANGUAGES);
    expect(reportLexicon('Belarus freed 52 prisoners', 'en', ['nl'])).toBe(ALL_LANGUAGES);
    // A close language without a list of its own adds nothing.
    expect(reportLexicon('Беларусь освободила 52 человека', 'ru', ['bg']).key).toBe(
      'be+en+hr+ru+uk',
    );
  });

  it('gives one set of lists one object, and its rules are built once', () => {
    expect(lexiconFor(['en', 'it'])).toBe(lexiconFor(['it', 'en', 'xx']));
    let built = 0;
    const rules = perLexicon(() => ++built);
    const lx = lexiconFor(['de']);
    rules(lx);
    rules(lx);
    rules(lexiconFor(['nl']));
    expect(built).toBe(2);
  });
});

describe('rules of a few lists', () => {
  it('keep the English words other lists used to catch', () => {
    const r = extractReport({
      text: 'Nicaragua announced the deportation to the United States of 222 political prisoners on Thursday.',
      publishedAt: '2023-02-10',
    });
    expect(r.releases[0]?.destinations.map((d) => d.country)).toEqual(['US']);
  });

  it('read Spanish with its kin: Italian and Portuguese stems', () => {
    const r = extractReport({
      text: 'La organización Foro Penal corroboró la libertad del estudiante Juan Francisco Alvarado en Venezuela.',
    });
    expect(r.report.language).toBe('es');
    expect(r.releases[0]?.released.map((p) => p.name)).toEqual(['Juan Francisco Alvarado']);
  });

  it('let every sentence a rule can match through its pre-test', () => {
    // 'is in prison' and 'negotiated by' were let through only by other languages' words.
    const text = 'Ales Bialiatski is in prison.';
    const [sentence] = splitSentences(text);
    expect(
      analyseSentence(text, sentence!, undefined, 'BY', 'en', lexiconFor(['en'])).negatedAt,
    ).toEqual([16]);
    const brokered = extractReport({
      text: 'Belarus freed 14 prisoners on Thursday in a release negotiated by Qatar.',
      publishedAt: '2025-06-21',
    });
    expect(brokered.releases[0]?.mediators.map((m) => m.name)).toEqual(['Qatar']);
  });

  it('let every release word of every list through the release pre-test', () => {
    for (const l of LEXICONS) {
      const cues = cueRules(lexiconFor(l.languages));
      for (const entry of [...(l.release ?? []), ...(l.releaseWeak ?? [])]) {
        const text = ` ${entry.replace(/\*/g, '')} `;
        if (cues.release.test(text))
          expect(cues.hint.test(text), `${l.languages[0]}: '${entry}'`).toBe(true);
      }
    }
  });

  it('find a strong release cue only where there is a release cue', () => {
    const cues = cueRules(ALL_LANGUAGES);
    for (const l of LEXICONS)
      for (const entry of l.release ?? []) {
        const text = ` ${entry.replace(/\*/g, '')} `;
        if (cues.strongRelease.test(text)) expect(cues.release.test(text), entry).toBe(true);
      }
  });
});

describe('hintSource of phrases', () => {
  it('needs the whole phrase, not its longest word', () => {
    const hint = new RegExp(hintSource(['with the help of', 'talks with'])!, 'i');
    expect(hint.test('freed with the help of the Vatican')).toBe(true);
    expect(hint.test('after talks  with Washington')).toBe(true);
    expect(hint.test('he met with reporters')).toBe(false);
    expect(new RegExp(wordsSource(['talks with'])!, 'iu').test('talks  with')).toBe(true);
  });
});
