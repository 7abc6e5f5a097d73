// Figures still held in the frames the world's press states them, in many languages, written by
// the team in its own words (issue 13, rem40): a count and a prisoner noun with a verb of
// remaining, an attribution, a number noun over a political noun ('the number of political
// prisoners stands at'), a verb of recognising, an existential verb; with negatives (the freed,
// the arrested since a year, a tally of years).
import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../../src/core/extract/lexicons/index.ts';
import { findRemaining } from '../../../src/core/extract/remaining.ts';

type Row = [language: string, sentence: string, values: number[]];

const values = ([language, s]: Row) =>
  findRemaining(s, lexiconFor(['en', language])).map((r) => r.value);

function table(rows: Row[]) {
  it.each(rows)('%s: %s', (...row) => {
    expect(values(row as Row)).toEqual(row[2]);
  });
}

describe('frames of a figure still held, language by language', () => {
  table([
    ['en', 'Some 1,187 political prisoners remain behind bars in Belarus.', [1187]],
    ['en', 'More than 1,100 are still held, the rights group said.', [1100]],
    ['en', 'According to Viasna, the number of political prisoners is now 1,187.', [1187]],
    ['en', 'The number of political prisoners stands at 1,187, according to Viasna.', [1187]],
    ['en', 'The total number of political prisoners has risen to 1,187.', [1187]],
    ['en', 'Some 1,100 others are still in jail.', [1100]],
    ['en', 'Viasna still counts 1,187 political prisoners in the country.', [1187]],
    ['en', 'Memorial considers 780 people in Russia political prisoners.', [780]],
    ['en', 'The rights group Viasna lists 1,187 political prisoners.', [1187]],
    ['en', 'Over 1,000 people remain imprisoned on politically motivated charges.', [1000]],
    ['en', 'Belarus holds about 1,187 political prisoners, according to Viasna.', [1187]],
    ['en', 'Belarus still has 1,187 political prisoners.', [1187]],
    [
      'en',
      'According to HRANA, at least 800 political prisoners are held in Iranian jails.',
      [800],
    ],
    ['en', 'Rights groups put the number of political prisoners at about 1,187.', [1187]],
    ['en', 'Viasna recognizes 1,187 people as political prisoners.', [1187]],
    ['en', 'Since 2020, more than 35,000 people have been detained for political reasons.', []],
    ['en', 'The 52 political prisoners released on Thursday crossed into Lithuania.', []],
    ['en', 'Over the past year the authorities freed more than 300 political prisoners.', []],
    ['ru', 'В Беларуси остаются за решёткой 1187 политзаключённых.', [1187]],
    ['ru', 'По данным «Вясны», в стране 1187 политзаключённых.', [1187]],
    ['ru', 'Число политзаключённых в Беларуси составляет 1187.', [1187]],
    ['ru', 'Более 1100 человек по-прежнему находятся в заключении.', [1100]],
    ['ru', 'Правозащитники признают политзаключёнными 1187 человек.', [1187]],
    ['ru', 'Количество политзаключённых достигло 1187.', [1187]],
    ['ru', 'За решёткой остаются ещё 1100 человек.', [1100]],
    ['ru', 'С 2020 года по политическим мотивам были задержаны более 35 000 человек.', []],
    ['ru', 'Власти освободили 52 политзаключённых.', []],
    [
      'uk',
      'За даними правозащитників, у Білорусі досі перебувають за ґратами 1187 політв’язнів.',
      [1187],
    ],
    ['uk', 'Кількість політв’язнів становить 1187.', [1187]],
    ['uk', 'Понад 1100 людей досі залишаються за ґратами.', [1100]],
    ['be', 'Паводле звестак Вясны, у Беларусі застаюцца за кратамі 1187 палітвязняў.', [1187]],
    ['be', 'Колькасць палітвязняў складае 1187.', [1187]],
    ['be', 'Больш за 1100 чалавек дагэтуль утрымліваюцца ў турмах.', [1100]],
    [
      'pl',
      'Według Wiasny w białoruskich więzieniach przebywa wciąż 1187 więźniów politycznych.',
      [1187],
    ],
    ['pl', 'Liczba więźniów politycznych wynosi obecnie 1187.', [1187]],
    ['pl', 'Ponad 1100 osób nadal pozostaje za kratami.', [1100]],
    ['pl', 'Wiasna uznaje za więźniów politycznych 1187 osób.', [1187]],
    ['pl', 'Od 2020 roku zatrzymano ponad 35 tysięcy osób.', []],
    ['lt', 'Pasak Viasnos, Baltarusijoje vis dar kalinami 1187 politiniai kaliniai.', [1187]],
    ['lt', 'Politinių kalinių skaičius siekia 1187.', [1187]],
    ['lt', 'Daugiau nei 1100 žmonių tebėra kalinami.', [1100]],
    ['de', 'Laut Wjasna sitzen in Belarus noch immer 1187 politische Gefangene in Haft.', [1187]],
    ['de', 'Die Zahl der politischen Gefangenen liegt bei 1187.', [1187]],
    ['de', 'Mehr als 1100 Menschen sind weiterhin inhaftiert.', [1100]],
    ['de', 'Nach Angaben von Wjasna gibt es derzeit 1187 politische Gefangene im Land.', [1187]],
    ['de', 'Seit 2020 wurden mehr als 35.000 Menschen festgenommen.', []],
    [
      'fr',
      'Selon Viasna, 1 187 prisonniers politiques sont toujours derrière les barreaux.',
      [1187],
    ],
    ['fr', 'Le nombre de prisonniers politiques s’élève à 1 187.', [1187]],
    ['fr', 'Plus de 1 100 personnes restent emprisonnées.', [1100]],
    ['fr', 'On compte encore 1 187 prisonniers politiques dans le pays.', [1187]],
    ['fr', 'Depuis 2020, plus de 35 000 personnes ont été arrêtées.', []],
    ['it', 'Secondo Viasna, in Bielorussia restano in carcere 1.187 prigionieri politici.', [1187]],
    ['it', 'Il numero dei prigionieri politici è salito a 1.187.', [1187]],
    ['it', 'Oltre 1.100 persone sono ancora detenute.', [1100]],
    ['es', 'Según Foro Penal, en Venezuela hay 887 presos políticos.', [887]],
    ['es', 'La cifra de presos políticos asciende a 887.', [887]],
    ['es', 'Más de 800 personas siguen tras las rejas por motivos políticos.', [800]],
    ['es', 'Foro Penal contabiliza 887 presos políticos en el país.', [887]],
    ['es', 'Aún quedan 887 presos políticos en las cárceles venezolanas.', [887]],
    ['es', 'Desde 2014, más de 15.000 personas han sido detenidas por motivos políticos.', []],
    ['pt', 'Segundo o Foro Penal, ainda há 887 presos políticos no país.', [887]],
    ['pt', 'O número de presos políticos chega a 887.', [887]],
    ['pt', 'Mais de 800 pessoas continuam atrás das grades.', [800]],
    [
      'hr',
      'Prema podacima Vjasne, u Bjelorusiji je i dalje u zatvoru 1187 političkih zatvorenika.',
      [1187],
    ],
    ['hr', 'Broj političkih zatvorenika iznosi 1187.', [1187]],
    ['hr', 'Više od 1100 ljudi i dalje je iza rešetaka.', [1100]],
    [
      'hr',
      'Према подацима Вјасне, у Белорусији се и даље налази 1187 политичких затвореника.',
      [1187],
    ],
    [
      'sl',
      'Po podatkih Vjasne je v Belorusiji še vedno zaprtih 1187 političnih zapornikov.',
      [1187],
    ],
    ['sl', 'Število političnih zapornikov znaša 1187.', [1187]],
    [
      'hu',
      'A Vjaszna szerint Fehéroroszországban még mindig 1187 politikai fogoly van börtönben.',
      [1187],
    ],
    ['hu', 'A politikai foglyok száma 1187.', [1187]],
    ['hu', 'Több mint 1100 ember továbbra is rács mögött van.', [1100]],
    ['tr', 'Viasna’ya göre Belarus’ta hâlâ 1187 siyasi tutuklu bulunuyor.', [1187]],
    ['tr', 'Siyasi tutukluların sayısı 1187’ye ulaştı.', [1187]],
    ['tr', '1100’den fazla kişi hâlâ cezaevinde.', [1100]],
    ['fa', 'به گزارش هرانا، بیش از ۸۰۰ زندانی سیاسی همچنان در زندان‌های ایران به سر می‌برند.', [800]],
    ['fa', 'شمار زندانیان سیاسی به ۸۰۰ نفر رسیده است.', [800]],
    ['ar', 'ووفقا لمنظمات حقوقية، لا يزال أكثر من 60 ألف معتقل سياسي في السجون المصرية.', [60000]],
    ['ar', 'ويبلغ عدد المعتقلين السياسيين نحو 60 ألفا.', [60000]],
    ['zh', '据人权组织统计，目前仍有1187名政治犯被关押。', [1187]],
    ['zh', '政治犯人数达到1187人。', [1187]],
    [
      'az',
      'Hüquq müdafiəçilərinin siyahısına görə, Azərbaycanda 350-dən çox siyasi məhbus var.',
      [350],
    ],
    ['ka', 'საქართველოში 80-ზე მეტი პოლიტპატიმარი რჩება ციხეში.', [80]],
  ]);
});

describe('number nouns, recognising verbs and thousands: what they do not count', () => {
  table([
    ['en', 'The number of political prisoners freed this year has reached 300.', []],
    ['en', 'The number of political prisoners has doubled since 2020.', []],
    ['en', 'The number of people detained since the protests stands at 35,000.', []],
    ['en', 'The total of those pardoned rose to 52 on Friday.', []],
    ['en', 'Viasna recognised 52 of the freed as political prisoners.', []],
    ['en', 'In all, 2,400 people were released from custody in 2024.', []],
    ['en', 'The figure of political prisoners hovers around 1,150.', [1150]],
    ['en', 'Political prisoners now number about 1,150, Viasna says.', [1150]],
    ['es', 'El número de presos políticos es de 887, según Foro Penal.', [887]],
    ['es', 'La cifra de presos políticos supera los 800.', [800]],
    ['es', 'El número de presos políticos excarcelados asciende a 146.', []],
    ['es', 'El número de detenidos desde las protestas llega a 2.000.', []],
    ['fr', 'Le nombre de prisonniers politiques libérés atteint 52.', []],
    ['fr', 'Le nombre de prisonniers politiques est passé à 1 187.', [1187]],
    ['de', 'Die Zahl der freigelassenen politischen Gefangenen liegt bei 52.', []],
    ['de', 'Die Zahl der politischen Gefangenen ist auf 1187 gestiegen.', [1187]],
    ['ru', 'Число освобождённых политзаключённых достигло 52.', []],
    ['ru', 'Общее число политзаключённых в стране — 1187 человек.', [1187]],
    ['pl', 'Liczba uwolnionych więźniów politycznych wynosi 52.', []],
    ['it', 'Il numero dei prigionieri politici liberati è salito a 52.', []],
    ['tr', 'Serbest bırakılan siyasi tutukluların sayısı 52’ye ulaştı.', []],
    ['uk', 'Кількість звільнених політв’язнів сягнула 52.', []],
    ['ar', 'وبلغ عدد المعتقلين السياسيين المفرج عنهم 52.', []],
    ['fa', 'شمار زندانیان سیاسی آزاد شده به ۵۲ نفر رسید.', []],
    ['zh', '获释政治犯人数达到52人。', []],
    ['ru', 'Правозащитники признали политзаключёнными ещё 12 человек.', []],
    ['pl', 'Od 2020 roku Wiasna uznała za więźniów politycznych ponad 3 tysiące osób.', []],
    ['en', 'The authorities released 2 thousand prisoners under the amnesty.', []],
    ['es', 'Unos 15 mil presos quedaron en libertad.', []],
    ['tr', '35 bin kişi tahliye edildi.', []],
    [
      'en',
      'Russia, for its part, holds more than 700 political prisoners, according to Memorial.',
      [700],
    ],
  ]);
});

describe("a state that still holds, the country as a noun, a country's own", () => {
  table([
    ['ar', 'وقال المرصد إن السلطات لا تزال تحتجز نحو 45 ألفاً من المعارضين.', [45000]],
    ['nl', 'Het regime houdt nog steeds ruim 1200 politieke gevangenen vast.', [1200]],
    ['hr', 'Režim i dalje drži više od 1200 političkih zatvorenika.', [1200]],
    ['sl', 'Režim še vedno zadržuje več kot 1200 političnih zapornikov.', [1200]],
    ['hu', 'A rezsim továbbra is fogva tart több mint 1200 politikai foglyot.', [1200]],
    ['lt', 'Režimas vis dar kalina daugiau nei 1200 politinių kalinių.', [1200]],
    ['be', 'Рэжым па-ранейшаму ўтрымлівае больш за 1200 палітвязняў.', [1200]],
    ['zh', '当局仍关押1200多名政治犯。', [1200]],
    ['el', 'Το καθεστώς κρατά ακόμη πάνω από 1200 πολιτικούς κρατούμενους.', [1200]],
    ['es', 'La mayoría de los 1.200 presos políticos del país son hombres.', [1200]],
    ['fr', 'Les quelque 1 200 prisonniers politiques du pays attendent une amnistie.', [1200]],
    ['ru', 'Большинство из 1200 политзаключённых в стране — мужчины.', [1200]],
    ['pl', 'Wśród 1200 więźniów politycznych w kraju jest wiele kobiet.', [1200]],
    ['en', "Most of the country's more than 1,200 political prisoners are men.", [1200]],
    ['en', "Belarus's 1,200 political prisoners include Nobel laureate Ales Bialiatski.", [1200]],
    ['en', "Saturday's release of 52 political prisoners was the largest.", []],
    ['es', 'Los 52 presos políticos del país liberados ayer llegaron a Vilna.', []],
    ['es', 'La ONG reconoció como presos políticos a otras 40 personas en enero.', []],
    ['en', 'Viasna recognised 120 more people as political prisoners last month.', []],
  ]);
});

describe('a group records the figure; a political word a few words after it', () => {
  table([
    ['es', 'Foro Penal registra 887 presos políticos en el país.', [887]],
    ['es', 'La ONG documentó más de 800 presos políticos a finales de mayo.', [800]],
    ['en', 'HRANA has documented at least 800 political prisoners in Iranian jails.', [800]],
    ['de', 'Die Organisation verzeichnet derzeit 1187 politische Gefangene.', [1187]],
    ['ru', 'ОВД-Инфо насчитал более 700 политзаключённых в России.', [700]],
    ['pl', 'Organizacja odnotowała ponad 1100 więźniów politycznych.', [1100]],
    ['ar', 'ووثقت المنظمة أكثر من 900 معتقل سياسي في السجون.', [900]],
    ['es', 'En Nicaragua hay unas 150 personas encarceladas por motivos políticos.', [150]],
    [
      'de',
      'Im Land gibt es noch rund 150 Menschen, die aus politischen Gründen inhaftiert sind.',
      [150],
    ],
    [
      'ru',
      'По данным правозащитников, около 1200 человек находятся в заключении по политическим мотивам.',
      [1200],
    ],
    [
      'en',
      'According to Viasna, 35,000 people have been detained for political reasons since 2020.',
      [],
    ],
    [
      'es',
      'Según Foro Penal, 2.000 personas fueron detenidas por motivos políticos tras las elecciones.',
      [],
    ],
    ['es', 'Foro Penal registra la excarcelación de 146 presos políticos desde enero.', []],
  ]);
});

describe('the common frames again, in more languages and word orders', () => {
  table([
    ['pt', 'De acordo com a ONG, mais de 800 opositores continuam atrás das grades.', [800]],
    ['pt', 'Ainda restam cerca de 800 presos políticos nas prisões do país.', [800]],
    [
      'it',
      'Secondo le organizzazioni per i diritti umani, nel paese ci sono ancora oltre 1.000 detenuti politici.',
      [1000],
    ],
    ['tr', 'İnsan hakları örgütlerine göre ülkede 1.100’den fazla siyasi mahkum var.', [1100]],
    ['tr', 'Cezaevlerinde hâlâ 1.100 siyasi tutuklu bulunuyor.', [1100]],
    ['fa', 'به گفته فعالان حقوق بشر، هنوز بیش از ۱۰۰ زندانی سیاسی در زندان اوین هستند.', [100]],
    ['fa', 'بیش از ۲۰۰ فعال مدنی همچنان در بازداشت به سر می‌برند.', [200]],
    ['ar', 'وتقول منظمات حقوقية إن عدد المعتقلين السياسيين في مصر يتجاوز 60 ألفا.', [60000]],
    ['ar', 'ولا يزال هناك أكثر من 100 صحفي خلف القضبان.', [100]],
    ['zh', '据统计，香港目前仍有超过1000名政治犯在囚。', [1000]],
    [
      'hu',
      'Az emberi jogi szervezetek szerint több mint 1100 politikai fogoly van még börtönben.',
      [1100],
    ],
    [
      'lt',
      'Žmogaus teisių gynėjų duomenimis, Baltarusijoje kalinama daugiau kaip 1100 politinių kalinių.',
      [1100],
    ],
    [
      'sl',
      'V zaporih je po podatkih organizacije še vedno več kot 1100 političnih zapornikov.',
      [1100],
    ],
    ['hr', 'U zatvorima se i dalje nalazi više od 1100 političkih zatvorenika.', [1100]],
    ['uk', 'У білоруських в’язницях досі утримуються понад 1100 політв’язнів.', [1100]],
    ['be', 'У беларускіх турмах застаюцца больш за 1100 палітвязняў.', [1100]],
    ['ka', 'უფლებადამცველების ინფორმაციით, ციხეებში კვლავ 80-ზე მეტი პოლიტპატიმარია.', [80]],
    [
      'az',
      'Hüquq müdafiəçilərinin məlumatına görə, həbsdə hələ də 300-dən çox siyasi məhbus qalır.',
      [300],
    ],
    ['en', 'Still behind bars are more than 1,100 political prisoners, Viasna says.', [1100]],
    ['en', 'An estimated 1,100 political prisoners are still in Belarusian jails.', [1100]],
    ['en', 'Roughly 1,100 people are still imprisoned for political reasons.', [1100]],
    ['es', 'Todavía permanecen en las cárceles más de 800 presos políticos.', [800]],
    ['fr', 'Plus de 1 100 personnes sont encore détenues pour des raisons politiques.', [1100]],
    ['de', 'Noch immer sind mehr als 1100 Menschen aus politischen Gründen in Haft.', [1100]],
    ['ru', 'В белорусских тюрьмах всё ещё остаются более 1100 политзаключённых.', [1100]],
    ['pl', 'W więzieniach na Białorusi wciąż przebywa ponad 1100 więźniów politycznych.', [1100]],
  ]);
});
