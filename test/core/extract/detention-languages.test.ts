// Detentions in languages with a short word list and no fixture file of every kind (az, ro, cs,
// kk, ka, vi, bn): a handful of words each, routed to by the language guess. Reports in our own
// words.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/core/extract/index.ts';
import { detained } from './detained-support.ts';

const read = detained;

describe('detentions in languages with short word lists', () => {
  it('reads an Azerbaijani arrest and verdict', () => {
    expect(
      read(
        'Bakıda jurnalist Elnur Həsənli ötən həftə polis tərəfindən saxlanılıb və ona qaçaqmalçılıq ittihamı irəli sürülüb.',
        '2024-03-01',
      ),
    ).toEqual({ language: 'az', items: [{ kind: 'arrest', who: 'Elnur Həsənli', years: null }] });
    const verdict = read(
      'Məhkəmə jurnalist Elnur Həsənliyə 8 il müddətinə azadlıqdan məhrum etmə cəzası verib, o, məhkum edilib.',
      '2025-06-20',
    );
    expect(verdict.items).toEqual([{ kind: 'sentence', who: 'Elnur Həsənliyə', years: 8 }]);
  });

  it('does not read a hedged Azerbaijani arrest as one', () => {
    const r = read(
      'Hesabatda bildirilir ki, redaktor Rauf Qasımlı yazılarına görə həbs edilə bilər.',
      '2025-06-20',
    );
    expect(r.items).toEqual([]);
  });

  it('reads a Romanian verdict with its term', () => {
    expect(
      read(
        'Activistul Andrei Siniţki a fost condamnat la patru ani de închisoare de un tribunal din Minsk.',
        '2021-05-12',
      ),
    ).toEqual({ language: 'ro', items: [{ kind: 'sentence', who: 'Andrei Siniţki', years: 4 }] });
  });

  it('gives a Romanian term told before the name to the person named after it', () => {
    expect(
      read(
        'Un tânăr activist din Grodno a fost condamnat la patru ani de închisoare. Pavel Seviarynets, membru al partidului creștin-democrat, este al nouălea protestatar condamnat.',
        '2011-03-10',
      ),
    ).toEqual({
      language: 'ro',
      items: [{ kind: 'sentence', who: 'Pavel Seviarynets', years: 4 }],
    });
  });

  it('reads a Czech verdict with a term in the dative', () => {
    expect(
      read(
        'Soud v Minsku odsoudil novináře Andreje Počobuta k osmi letům vězení za údajné podněcování nenávisti.',
        '2023-02-09',
      ),
    ).toEqual({ language: 'cs', items: [{ kind: 'sentence', who: 'Andreje Počobuta', years: 8 }] });
  });

  it('routes Kazakh by its letters and reads an unnamed verdict count', () => {
    expect(
      read(
        'Тәжікстанда бес журналист түрлі мерзімге бас бостандығынан айырылды, деп хабарлады құқық қорғаушылар.',
        '2023-01-25',
      ),
    ).toEqual({ language: 'kk', items: [{ kind: 'sentence', who: 5, years: null }] });
  });

  it('reads a Georgian verdict of a counted group', () => {
    const r = read('სასამართლომ 5 აქტივისტს 4 წლით თავისუფლების აღკვეთა მიუსაჯა.', '2024-09-10');
    expect(r.language).toBe('ka');
    expect(r.items).toEqual([{ kind: 'sentence', who: 5, years: null }]);
  });
});

describe('names in Georgian script', () => {
  it('reads a given name of the table and its surname, in any case, and splits sentences', () => {
    const r = read(
      'თბილისის საქალაქო სასამართლომ ჟურნალისტ მზია ამაღლობელს 2 წლით თავისუფლების აღკვეთა მიუსაჯა. გიორგი ბერიძე კი დააკავეს.',
      '2025-08-07',
    );
    expect(r.items).toEqual([
      { kind: 'sentence', who: 'მზია ამაღლობელს', years: 2 },
      { kind: 'arrest', who: 'გიორგი ბერიძე', years: null },
    ]);
  });

  it('reads a consonant-stem given name without its nominative -ი', () => {
    const r = read(
      'პოლიციამ აქტივისტი ლევან ხაბეიშვილი დააკავა, დაკავებული ლევან ხაბეიშვილი ციხეშია.',
      '2024-05-02',
    );
    expect(r.items.map((i) => i.who)).toContain('ლევან ხაბეიშვილი');
  });
});

describe('Vietnamese', () => {
  it('reads an arrest dated by the word for night, the name opened by its family name', () => {
    expect(
      read(
        'Đêm 6/10/2020, công an bắt giữ nhà báo Phạm Đoan Trang tại TP Hồ Chí Minh rồi đưa bà ra Hà Nội.',
        '2020-10-07',
      ),
    ).toEqual({
      language: 'vi',
      items: [{ kind: 'arrest', who: 'Phạm Đoan Trang', years: null }],
    });
  });

  it('reads a charge and remand after a place spelled like a name, which is no one', () => {
    const r = read(
      'Ngày 15 tháng 3 năm 2024, công an tỉnh Thái Bình khởi tố và bắt tạm giam ông Nguyễn Văn Bình.',
      '2024-03-16',
    );
    expect(r.items.map((i) => i.who)).toEqual(['Nguyễn Văn Bình']);
  });

  it('reads a verdict with its term in digits or in a number word, not the year word as five', () => {
    expect(
      read(
        'Tòa án nhân dân Hà Nội đã tuyên phạt nhà báo Phạm Đoan Trang 9 năm tù theo Điều 117.',
        '2021-12-14',
      ).items,
    ).toEqual([{ kind: 'sentence', who: 'Phạm Đoan Trang', years: 9 }]);
    expect(
      read('Hội đồng xét xử tuyên phạt blogger Nguyễn Văn Hóa bảy năm tù giam.', '2017-11-28')
        .items,
    ).toEqual([{ kind: 'sentence', who: 'Nguyễn Văn Hóa', years: 7 }]);
  });
});

describe('Bengali', () => {
  it('reads an arrest after a lead word, the object ending cut from the name', () => {
    expect(read('পুলিশ সোমবার রাতে সাংবাদিক রোজিনা ইসলামকে গ্রেপ্তার করেছে।', '2021-05-18')).toEqual({
      language: 'bn',
      items: [{ kind: 'arrest', who: 'রোজিনা ইসলাম', years: null }],
    });
  });

  it('reads a verdict with its term in a number word', () => {
    expect(
      read('ঢাকার সাইবার ট্রাইব্যুনাল অধিকারের সম্পাদক আদিলুর রহমান খানকে দুই বছরের কারাদণ্ড দিয়েছে।', '2023-09-14')
        .items,
    ).toEqual([{ kind: 'sentence', who: 'আদিলুর রহমান খান', years: 2 }]);
  });

  it('reads a term in Bengali digits and a counted group', () => {
    expect(read('আদালত সাংবাদিক মাহমুদুর রহমানকে ৭ বছরের কারাদণ্ড দিয়েছে।', '2024-01-10').items).toEqual([
      { kind: 'sentence', who: 'মাহমুদুর রহমান', years: 7 },
    ]);
    expect(read('আদালত চার জন শিক্ষার্থীকে কারাদণ্ড দিয়েছে।', '2024-01-10').items).toEqual([
      { kind: 'sentence', who: 4, years: null },
    ]);
  });
});

describe('Persian', () => {
  it('reads a name opened by a given name of the list, its title after a comma left out', () => {
    const r = read(
      'نیروهای امنیتی روز دوشنبه در اراک مهدی رحمانی، سردبیر یک هفته‌نامه محلی، را بازداشت کردند.',
      '2024-08-06',
    );
    expect(r.items).toEqual([{ kind: 'arrest', who: 'مهدی رحمانی', years: null }]);
  });
});

describe('Chinese', () => {
  it('reads a verdict with its term after a lead word, not a running total nor a case named by its count', () => {
    const r = read(
      '香港高等法院今日就一宗國安法案件判刑，被告人陳大文被判監禁5年。警方共拘捕117人。「12人案」的被告早前已被判刑。',
      '2024-05-02',
    );
    expect(r.language).toBe('zh');
    expect(r.items).toEqual([{ kind: 'sentence', who: '陳大文', years: 5 }]);
  });
});

describe('releases in languages whose lists came with their detention words', () => {
  // A language with a list of its own is read with it (and English) only: the list must carry
  // release words too, or its releases would be lost that every list together had found.
  it('reads a Romanian, Czech and Azerbaijani release count', () => {
    for (const text of [
      'Minskul a eliberat 14 deținuți politici, a anunțat ieri opoziția.',
      'Minsk propustil 14 politických vězňů, oznámila včera opozice.',
      'Minsk 14 siyasi məhbusu azadlığa buraxılıb, deyə müxalifət bildirib.',
    ]) {
      const r = extractReport({ text, publishedAt: '2025-06-21' });
      expect(
        r.releases.map((x) => x.releasedCount?.value),
        text,
      ).toEqual([14]);
    }
  });
});

describe('Greek, Norwegian and Armenian', () => {
  // Names in Greek and Armenian letters are capitalised: the capitalised-run and noun-led name
  // rules read them once the words around them are listed (el.json, no.json, hy.json).
  it('reads a Greek arrest and a Greek verdict with its term', () => {
    expect(
      read(
        'Η ακτιβίστρια Μαρία Κολέσνικοβα συνελήφθη στο Μινσκ τον Σεπτέμβριο του 2020.',
        '2020-09-10',
      ),
    ).toEqual({
      language: 'el',
      items: [{ kind: 'arrest', who: 'Μαρία Κολέσνικοβα', years: null }],
    });
    expect(
      read(
        'Το δικαστήριο του Γκόμελ καταδίκασε τον δημοσιογράφο Ιγκόρ Λόσικ σε 15 χρόνια φυλάκιση.',
        '2021-12-14',
      ).items,
    ).toEqual([{ kind: 'sentence', who: 'Ιγκόρ Λόσικ', years: 15 }]);
  });

  it('reads a Norwegian arrest of a count and a verdict with its term', () => {
    expect(read('Politiet pågreip fem demonstranter i Minsk i går.', '2025-03-02')).toEqual({
      language: 'no',
      items: [{ kind: 'arrest', who: 5, years: null }],
    });
    expect(
      read('Tingretten i Homel dømte bloggeren Ihar Losik til 15 års fengsel.', '2021-12-14').items,
    ).toEqual([{ kind: 'sentence', who: 'Ihar Losik', years: 15 }]);
  });

  it('reads an Armenian arrest and verdict, the surname without its case ending', () => {
    expect(read('Երևանում ձերբակալվել է ընդդիմադիր գործիչ Արամ Սարգսյանը։', '2025-06-20')).toEqual({
      language: 'hy',
      items: [{ kind: 'arrest', who: 'Արամ Սարգսյան', years: null }],
    });
    expect(
      read(
        'Դատարանը լրագրող Արմեն Պետրոսյանին դատապարտել է 7 տարվա ազատազրկման։ Ոստիկանությունը երեկ ձերբակալել է 15 ցուցարարի։',
        '2025-06-20',
      ).items,
    ).toEqual([
      { kind: 'sentence', who: 'Արմեն Պետրոսյան', years: 7 },
      { kind: 'arrest', who: 15, years: null },
    ]);
  });
});

describe('Dutch', () => {
  it('reads a verdict with its term in a number word and celstraf', () => {
    expect(
      read(
        'Een rechtbank in Minsk heeft de blogger Pavel Sjarej veroordeeld tot vier jaar celstraf wegens zijn berichten over de protesten.',
        '2022-04-02',
      ),
    ).toEqual({ language: 'nl', items: [{ kind: 'sentence', who: 'Pavel Sjarej', years: 4 }] });
  });

  it('reads an arrest told with a past participle', () => {
    expect(
      read(
        'De Russische oppositieactivist Ilja Karpov is zaterdag in Moskou opgepakt door de politie na een demonstratie bij het parlement.',
        '2023-08-19',
      ).items,
    ).toEqual([{ kind: 'arrest', who: 'Ilja Karpov', years: null }]);
  });

  it('reads a headline term told with krijgt and jaar cel', () => {
    expect(
      read(
        'Iraanse econoom Karim Nasseri krijgt zeven jaar cel. De rechter achtte hem schuldig aan propaganda tegen de staat, meldt zijn familie.',
        '2019-11-05',
      ).items,
    ).toContainEqual({ kind: 'sentence', who: 'Karim Nasseri', years: 7 });
  });
});
