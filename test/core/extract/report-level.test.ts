// What a whole report yields beyond counts: its country, a release with nothing but a country,
// names with a lower-case Arabic article. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extractReport, releaseCountry } from '../../../src/core/extract/index.ts';

const main = (text: string) => extractReport({ text }).releases.find((r) => r.role === 'main');

describe('releaseCountry', () => {
  it('leaves the dateline city out of the tally', () => {
    expect(
      releaseCountry(
        "BANGKOK (AP) — Myanmar's military government said it would free political prisoners.",
      ),
    ).toBe('MM');
    expect(
      releaseCountry(
        '(UPDATE) BANGKOK: The Myanmar junta announced an amnesty for prisoners on Wednesday.',
      ),
    ).toBe('MM');
  });

  it('reads a lower-case adjective when nothing else names the country', () => {
    expect(
      releaseCountry(
        'El Gobierno cubano dijo que liberaría a 553 personas, con el Vaticano como mediador.',
      ),
    ).toBe('CU');
    // A capitalised name still wins over an adjective of another country.
    expect(releaseCountry('Venezuela liberó a un periodista cubano el martes.')).toBe('VE');
  });

  it('counts any country when the text names none of the listed releasing ones', () => {
    // The list holds the countries our reports met; Chad, Bolivia and Serbia are not in it.
    expect(
      releaseCountry(
        "Le Tchad a gracié vendredi une dizaine d'opposants ; au Tchad, d'autres restent en prison.",
      ),
    ).toBe('TD');
    expect(
      releaseCountry('Bolivia excarceló a dos dirigentes; en Bolivia quedan unos treinta presos.'),
    ).toBe('BO');
    expect(
      releaseCountry('Srbija je pustila trojicu studenata iz pritvora, javlja agencija iz Srbije.'),
    ).toBe('RS');
    expect(
      releaseCountry('أفرجت بوليفيا عن زعيمين معارضين، وما زال في بوليفيا عشرات السجناء.'),
    ).toBe('BO');
    // Where the freed were taken is not the releasing state, even when it is all the text names.
    expect(
      releaseCountry('Tras su excarcelación, los dos pastores fueron trasladados a Bolivia.'),
    ).toBe(null);
    // A listed releasing country still wins over other countries named more often.
    expect(
      releaseCountry(
        'Spain and Spain again welcomed it: Belarus freed a Spanish teacher on Monday.',
      ),
    ).toBe('BY');
  });

  it('gives figures of prisoners still held the country of such a report', () => {
    const r = extractReport({
      text: 'Bolivia liberó el lunes a un dirigente indígena. Más de 40 presos políticos siguen en prisión en Bolivia, según la Defensoría.',
    });
    expect(r.remainingCounts.map((x) => [x.value, x.country])).toEqual([[40, 'BO']]);
  });

  it('refuses such a releasing country as its own go-between', () => {
    const r = main(
      'Bolivia released two opposition leaders on Friday. The deal was brokered by Bolivia and Qatar, officials said.',
    );
    expect(r?.country).toBe('BO');
    expect(r?.mediators.map((m) => m.name)).toEqual(['Qatar']);
  });

  it('still counts a country named in the text after the dateline', () => {
    expect(
      releaseCountry('RIYADH, Saudi Arabia — Saudi authorities have released a student.'),
    ).toBe('SA');
  });
});

describe('a release with neither count nor names', () => {
  it('is kept as the main release when the text says which country released', () => {
    const r = main('Iran has released a French citizen held for more than two years, Paris said.');
    expect(r).toMatchObject({ country: 'IR', releasedCount: null, released: [] });
  });

  it('gives no release when the text reports none', () => {
    expect(extractReport({ text: 'Iran and France held talks on Monday.' }).releases).toEqual([]);
  });
});

describe('names with an Arabic article', () => {
  it('reads "Salma al-Shehab" as one name', () => {
    const r = main(
      'Salma al-Shehab, who was studying for a PhD in Leeds, has been released by Saudi Arabia.',
    );
    expect(r?.released.map((p) => p.name)).toEqual(['Salma al-Shehab']);
    expect(r?.released[0]?.evidence.quote).toBe('Salma al-Shehab');
  });
});

describe('dates of a story or of an archive photo are not the release date', () => {
  it('skips a sentencing date a few words after the verb', () => {
    const r = main(
      'Лукашенко помиловал Виктора Бабарико, получившего 14 лет колонии по приговору в июле 2021 г.',
    );
    expect(r?.date).toBeNull();
  });

  it('skips the date of an arrest named by a noun and of an election', () => {
    expect(
      main(
        'Россия освободила журналиста, слухи о его обмене ходили с момента ареста в марте 2023 года.',
      )?.date,
    ).toBeNull();
    expect(
      main(
        'Venezuela excarceló a 88 personas que habían sido arrestadas después de las presidenciales del 28 de julio de 2024.',
      )?.date,
    ).toBeNull();
  });

  it('keeps a date that follows a release word', () => {
    expect(
      main('Ihar Losik, who was jailed in 2020 and freed on 11 September 2025, spoke to reporters.')
        ?.date,
    ).toMatchObject({ value: '2025-09-11' });
  });

  it('ignores the date in the caption of an archive photo', () => {
    const text =
      'FILE - Bishop Rolando Alvarez speaks to reporters in Managua, Nicaragua, May 3, 2018. ' +
      'Nicaragua released Bishop Rolando Alvarez and 18 priests on Sunday, Jan. 14, 2024.';
    expect(main(text)?.date).toMatchObject({ value: '2024-01-14' });
  });
});

describe('a background paragraph', () => {
  it('gives its figure to an earlier release, not to the one reported', () => {
    const r = extractReport({
      text:
        'Russia freed the American teacher Marc Fogel on Tuesday, 11 February 2025, the White House said. ' +
        'Background: In August 2024, a prisoner swap in Ankara involving 24 detainees freed Evan Gershkovich.',
    });
    const main = r.releases.find((x) => x.role === 'main');
    expect(main?.releasedCount).toBeNull();
    expect(main?.date).toMatchObject({ value: '2025-02-11' });
  });
});

describe('a list of the freed', () => {
  const text =
    'Nicaragua freed two bishops and 15 priests on Sunday and flew them to Rome.\n' +
    'The government published the full list of those released:\n' +
    '- Bishop Rolando Alvarez, of Matagalpa\n' +
    '- Father Pablo Antonio Villafranca Martinez, of the Archdiocese of Managua\n' +
    '- Seminarian Tonny Daniel Palacio Sequeira\n';

  it('reads each list item under a release as one of the freed, with the whole name', () => {
    expect(main(text)?.released.map((p) => p.name)).toEqual([
      'Rolando Alvarez',
      'Pablo Antonio Villafranca Martinez',
      'Tonny Daniel Palacio Sequeira',
    ]);
  });

  it('does not read a list under an unrelated introduction as the freed', () => {
    const other =
      'Nicaragua freed two bishops on Sunday.\n\nThe regime has long harassed the church.\n' +
      'Its critics abroad include:\n- Father Pablo Antonio Villafranca Martinez\n- Ana Maria Lopez Garcia\n';
    expect(main(other)?.released ?? []).toEqual([]);
  });
});

describe('the dateline that anchors relative days', () => {
  it('is not a date of the story in the lead', () => {
    const r = main(
      'Al menos 87 personas arrestadas a raíz de los comicios del 28 de julio de 2024 quedaron excarceladas este jueves, según varias ONG.',
    );
    // 'este jueves' cannot be read against the election day: no date rather than a wrong one.
    expect(r?.date).toBeNull();
    const first = main(
      'Este jueves quedaron excarceladas al menos 87 personas arrestadas a raíz de los comicios del 28 de julio de 2024, según varias ONG.',
    );
    expect(first?.date).toBeNull();
  });

  it('is still the timestamp under a headline that ends in a story word', () => {
    const r = main(
      'Belarus frees an American and a jailed journalist\n\nFeb 12, 2025, 11:31 AM\n\n' +
        'WASHINGTON (AP) — Belarus has released three people, U.S. officials said Wednesday.',
    );
    expect(r?.date).toMatchObject({ value: '2025-02-12' });
  });
});

describe('a release by another country told in passing', () => {
  it('does not count the person another country freed', () => {
    const r = main(
      'Belarus freed Andrey Kuznechyk, a journalist, on Wednesday. ' +
        'The release came a day after the teacher Marc Fogel was freed by Russia.',
    );
    expect(r?.country).toBe('BY');
    expect(r?.released.map((p) => p.name)).toEqual(['Andrey Kuznechyk']);
  });

  it('still counts a freed foreigner named by nationality', () => {
    const r = main('Belarus freed Andrey Kuznechyk and Vladimir Osipov, a Russian citizen.');
    expect(r?.released.map((p) => p.name)).toEqual(['Andrey Kuznechyk', 'Vladimir Osipov']);
  });
});

describe('the releasing country against the venue and broker of a swap', () => {
  it('takes the country that frees, named once, over a venue and a broker of one other country', () => {
    const r = extractReport({
      text: 'Россия освободила 16 человек, в том числе Эвана Гершковича. Обмен прошел в Анкаре при посредничестве Турции.',
    });
    expect(r.releases[0]?.country).toBe('RU');
    expect(r.releases[0]?.released.map((p) => p.name)).toContain('Эвана Гершковича');
  });
});
