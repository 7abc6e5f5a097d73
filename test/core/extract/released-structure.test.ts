// Who a release report frees, read from structure: the patient of a release verb (also a title's
// holder, 'freed the Swedish diplomat X'), a Chinese list before '獲釋', not the one still held in
// a second clause ('X was freed, while Y remains behind bars'), a relative by a possessed noun
// ('شقيقته', 'همسرش') or by kinship after the name ('X, the sister of ...'), nor a report's own
// credits ('Reporting by X', '(picture alliance / AP / X)'). Every sentence here is written for
// this test; names and events are from public reporting.
import { describe, expect, it } from 'vitest';
import { type FreedCase as Case, freed } from './freed-support.ts';

const cases: Case[] = [
  // en
  {
    lang: 'en',
    text: 'Belarus freed the opposition figure Maria Kalesnikava on Saturday, her sister Tatsiana Khomich said.',
    freed: ['Maria Kalesnikava'],
    notFreed: ['Tatsiana Khomich'],
  },
  {
    lang: 'en',
    text: 'The authorities released the blogger Ihar Losik on Friday. His colleague Andrzej Poczobut remains behind bars.',
    freed: ['Ihar Losik'],
    notFreed: ['Andrzej Poczobut'],
  },
  {
    lang: 'en',
    text: 'By Anna Petrova\nMinsk freed 14 prisoners on Tuesday, including Ales Bialiatski and Maxim Znak.\nReporting by Olga Ivanova; Editing by Peter Graff',
    freed: ['Ales Bialiatski', 'Maxim Znak'],
    notFreed: ['Anna Petrova', 'Olga Ivanova', 'Peter Graff'],
  },
  {
    lang: 'en',
    text: 'Iran released the Swedish diplomat Johan Floderus on Saturday in exchange for Hamid Nouri, Prime Minister Ulf Kristersson announced.',
    freed: ['Johan Floderus'],
    notFreed: ['Ulf Kristersson'],
  },
  // ar
  {
    lang: 'ar',
    text: 'أفرجت السلطات المصرية يوم الخميس عن الناشط علاء عبد الفتاح، وقالت شقيقته منى سيف إن العائلة تنتظره في المنزل.',
    freed: ['علاء عبد الفتاح'],
    notFreed: ['منى سيف'],
  },
  {
    lang: 'ar',
    text: 'أعلن وزير الخارجية بدر عبد العاطي الإفراج عن الباحث باتريك زكي بعد عفو رئاسي.',
    freed: ['باتريك زكي'],
    notFreed: ['بدر عبد العاطي'],
  },
  {
    lang: 'ar',
    text: 'أطلقت السلطات سراح المحامي محمد الباقر، بينما لا يزال المدون محمد أكسجين خلف القضبان.',
    freed: ['محمد الباقر'],
    notFreed: ['محمد أكسجين'],
  },
  {
    lang: 'ar',
    text: 'وقال المحامي خالد علي إن الإفراج عن الناشط أحمد دومة تم صباح اليوم.',
    freed: ['أحمد دومة'],
    notFreed: ['خالد علي'],
  },
  {
    lang: 'ar',
    text: 'أفرجت السلطات عن ثلاثة معتقلين هم: سامح شكري، وأحمد سمير، وهشام جعفر.',
    freed: ['أحمد سمير', 'هشام جعفر'],
    notFreed: [],
  },
  // tr
  {
    lang: 'tr',
    text: "Gazeteci Ahmet Altan'ın tahliyesine karar verildi, avukatı Figen Çalıkuşu açıklama yaptı.",
    freed: ['Ahmet Altan'],
    notFreed: ['Figen Çalıkuşu'],
  },
  {
    lang: 'tr',
    text: "Mahkeme gazeteci Can Dündar'ı serbest bıraktı; Osman Kavala ise hâlâ cezaevinde bulunuyor.",
    freed: ['Can Dündar'],
    notFreed: ['Osman Kavala'],
  },
  {
    lang: 'tr',
    text: "Cumhurbaşkanı Recep Tayyip Erdoğan, Alman gazeteci Deniz Yücel'in serbest bırakıldığını açıkladı.",
    freed: ['Deniz Yücel'],
    notFreed: ['Recep Tayyip Erdoğan'],
  },
  {
    lang: 'tr',
    text: "Tahliye edilen gazeteci Ahmet Şık'a eşi Yonca Şık cezaevi önünde sarıldı.",
    freed: ['Ahmet Şık'],
    notFreed: ['Yonca Şık'],
  },
  {
    lang: 'tr',
    text: "Dışişleri Bakanı Hakan Fidan, takasın Ankara'da gerçekleştiğini söyledi. Takas kapsamında Evan Gershkovich ve Paul Whelan serbest bırakıldı.",
    freed: ['Evan Gershkovich', 'Paul Whelan'],
    notFreed: ['Hakan Fidan'],
  },
  // zh
  {
    lang: 'zh',
    text: '中国当局释放了澳大利亚记者成蕾。外交部发言人汪文斌表示，此案依法处理。',
    freed: ['成蕾'],
    notFreed: ['汪文斌'],
  },
  {
    lang: 'zh',
    text: '维权律师王全璋获释，其妻子李文足说他身体状况很差。',
    freed: ['王全璋'],
    notFreed: ['李文足'],
  },
  {
    lang: 'zh',
    text: '人权律师江天勇已获释，但许志永仍在狱中服刑。',
    freed: ['江天勇'],
    notFreed: ['许志永'],
  },
  // fr
  {
    lang: 'fr',
    text: "L'Iran a libéré vendredi le chercheur Olivier Grondeau, a annoncé le président Emmanuel Macron.",
    freed: ['Olivier Grondeau'],
    notFreed: ['Emmanuel Macron'],
  },
  {
    lang: 'fr',
    text: 'Cécile Kohler a été libérée mardi soir, a déclaré sa sœur Noémie Kohler à la presse.',
    freed: ['Cécile Kohler'],
    notFreed: ['Noémie Kohler'],
  },
  {
    lang: 'fr',
    text: "Benjamin Brière a été libéré ce jeudi, tandis que Louis Arnaud est toujours détenu à la prison d'Evin.",
    freed: ['Benjamin Brière'],
    notFreed: ['Louis Arnaud'],
  },
  {
    lang: 'fr',
    text: 'Le journaliste Boualem Sansal a été libéré mercredi, selon son avocat François Zimeray.',
    freed: ['Boualem Sansal'],
    notFreed: ['François Zimeray'],
  },
  // es
  {
    lang: 'es',
    text: 'El régimen excarceló este domingo a la abogada Rocío San Miguel, informó su abogado Joel García.',
    freed: ['Rocío San Miguel'],
    notFreed: ['Joel García'],
  },
  {
    lang: 'es',
    text: 'Liberaron al periodista Roland Carreño, mientras que Javier Tarazona sigue preso en El Helicoide.',
    freed: ['Roland Carreño'],
    notFreed: ['Javier Tarazona'],
  },
  {
    lang: 'es',
    text: 'El canciller Yván Gil anunció la excarcelación de 20 presos políticos, entre ellos Perkins Rocha.',
    freed: ['Perkins Rocha'],
    notFreed: ['Yván Gil'],
  },
  {
    lang: 'es',
    text: 'La justicia excarceló a tres opositores: Perkins Rocha, Javier Tarazona y Rocío San Miguel.',
    freed: ['Perkins Rocha', 'Javier Tarazona', 'Rocío San Miguel'],
    notFreed: [],
  },
  // de
  {
    lang: 'de',
    text: 'Russland hat den Journalisten Evan Gershkovich freigelassen, teilte Bundeskanzler Olaf Scholz mit.',
    freed: ['Evan Gershkovich'],
    notFreed: ['Olaf Scholz'],
  },
  {
    lang: 'de',
    text: 'Ihar Losik wurde am Freitag freigelassen. Sein Kollege Andrzej Poczobut sitzt weiterhin in Haft.',
    freed: ['Ihar Losik'],
    notFreed: ['Andrzej Poczobut'],
  },
  {
    lang: 'de',
    text: 'Maxim Znak ist frei, sagte seine Frau Swetlana Znak am Samstag.',
    freed: ['Maxim Znak'],
    notFreed: ['Swetlana Znak'],
  },
  // ru
  {
    lang: 'ru',
    text: 'Власти Беларуси освободили Игоря Лосика, сообщила его жена Дарья Лосик.',
    freed: ['Игоря Лосика'],
    notFreed: ['Дарья Лосик'],
  },
  {
    lang: 'ru',
    text: 'Освобожден Максим Знак, однако Мария Колесникова по-прежнему остается за решеткой.',
    freed: ['Максим Знак'],
    notFreed: ['Мария Колесникова'],
  },
  {
    lang: 'ru',
    text: 'Помилованы Игорь Лосик и Максим Знак. Правозащитник Алесь Беляцкий продолжает отбывать срок.',
    freed: ['Игорь Лосик', 'Максим Знак'],
    notFreed: ['Алесь Беляцкий'],
  },
  // uk
  {
    lang: 'uk',
    text: 'Росія звільнила журналіста Владислава Єсипенка, повідомила його дружина Катерина Єсипенко.',
    freed: ['Владислава Єсипенка'],
    notFreed: ['Катерина Єсипенко'],
  },
  {
    lang: 'uk',
    text: 'Звільнено Нарімана Джелялова, а Сервер Мустафаєв досі перебуває за ґратами.',
    freed: ['Нарімана Джелялова'],
    notFreed: ['Сервер Мустафаєв'],
  },
  // fa
  {
    lang: 'fa',
    text: 'سپیده قلیان از زندان اوین آزاد شد، اما نرگس محمدی همچنان در زندان است.',
    freed: ['سپیده قلیان'],
    notFreed: ['نرگس محمدی'],
  },
  {
    lang: 'fa',
    text: 'توماج صالحی از زندان آزاد شد؛ وکیل او امیر رئیسیان این خبر را تایید کرد.',
    freed: ['توماج صالحی'],
    notFreed: ['امیر رئیسیان'],
  },
  // it
  {
    lang: 'it',
    text: 'È stata liberata la giornalista Cecilia Sala, ha annunciato la premier Giorgia Meloni.',
    freed: ['Cecilia Sala'],
    notFreed: ['Giorgia Meloni'],
  },
  {
    lang: 'it',
    text: 'Patrick Zaki è stato scarcerato; il suo avvocato Hoda Nasrallah ha confermato la notizia.',
    freed: ['Patrick Zaki'],
    notFreed: ['Hoda Nasrallah'],
  },
  // pl
  {
    lang: 'pl',
    text: 'Białoruś uwolniła Andrzeja Poczobuta, poinformowała jego żona Oksana Poczobut.',
    freed: ['Andrzeja Poczobuta'],
    notFreed: ['Oksana Poczobut'],
  },
  {
    lang: 'pl',
    text: 'Uwolniono Ihara Losika, natomiast Maria Kalesnikawa nadal przebywa w więzieniu.',
    freed: ['Ihara Losika'],
    notFreed: ['Maria Kalesnikawa'],
  },
];
cases.push(
  {
    lang: 'ar',
    text: 'أفرجت السلطات السعودية عن الناشطة لجين الهذلول. وكتبت علياء الهذلول شقيقة الناشطة على تويتر أنها سعيدة جدا.',
    freed: ['لجين الهذلول'],
    notFreed: ['علياء الهذلول'],
  },
  {
    lang: 'en',
    text: 'Egypt freed the activist Alaa Abdel Fattah on Monday. Mona Seif, the sister of the activist, said the family was overjoyed.',
    freed: ['Alaa Abdel Fattah'],
    notFreed: ['Mona Seif'],
  },
  {
    lang: 'es',
    text: 'Fue excarcelado el dirigente Freddy Superlano; Aurora Silva, la esposa de Superlano, lo confirmó en redes.',
    freed: ['Freddy Superlano'],
    notFreed: ['Aurora Silva'],
  },
  {
    lang: 'fa',
    text: 'نرگس محمدی از زندان آزاد شد و همسرش تقی رحمانی این خبر را تایید کرد.',
    freed: ['نرگس محمدی'],
    notFreed: ['تقی رحمانی'],
  },
  {
    lang: 'de',
    text: 'Brittney Griner ist frei. (Foto: picture alliance / AP / Max Mustermann)',
    freed: ['Brittney Griner'],
    notFreed: ['Max Mustermann'],
  },
);

cases.push(
  {
    lang: 'fr',
    text: 'La journaliste Chadha Hadj Mbarek a été libérée mardi. Son avocat, Me Ayachi Hammami, a salué une décision juste.',
    freed: ['Chadha Hadj Mbarek'],
    notFreed: ['Ayachi Hammami'],
  },
  {
    lang: 'fr',
    text: "Les deux Français ont été libérés, a écrit sur X Jean-Noël Barrot, ministre des Affaires étrangères. Il s'agit de Cécile Kohler et Jacques Paris.",
    freed: ['Cécile Kohler', 'Jacques Paris'],
    notFreed: ['Jean-Noël Barrot'],
  },
  {
    lang: 'es',
    text: 'Fueron excarcelados los presos políticos Perkins Rocha y Biagio Pilieri, confirmó Diosdado Cabello, ministro de Interior.',
    freed: ['Perkins Rocha', 'Biagio Pilieri'],
    notFreed: ['Diosdado Cabello'],
  },

  {
    lang: 'fr',
    text: "La journaliste Chadha Hadj Mbarek est rentrée chez elle. Son avocat, Me Ayachi Hammami, s'est exprimé à la radio. Il précise que l'ordre de libération a été signé lundi.",
    freed: [],
    notFreed: ['Ayachi Hammami'],
  },
  {
    lang: 'en',
    text: 'The reporter Chadha Hadj Mbarek is home. Her lawyer, Ayachi Hammami, spoke to the radio. He said that the release order was signed on Monday.',
    freed: [],
    notFreed: ['Ayachi Hammami'],
  },
);

cases.push(
  {
    lang: 'ru',
    text: 'В рамках обмена Москва передала американской стороне троих: Пол Уилан, Илья Яшин и Эван Гершкович.',
    freed: ['Эван Гершкович', 'Пол Уилан', 'Илья Яшин'],
    notFreed: [],
  },
  {
    lang: 'ru',
    text: 'Оппозиционер Григорий Костусёв вышел на свободу, пишет агентство со ссылкой на его зятя Дмитрия Антончика.',
    freed: ['Григорий Костусёв'],
    notFreed: ['Дмитрия Антончика'],
  },
  {
    lang: 'uk',
    text: 'Журналіста Владислава Єсипенка звільнили, повідомила його дружина Катерина Єсипенко.',
    freed: ['Владислава Єсипенка'],
    notFreed: ['Катерина Єсипенко'],
  },
  {
    lang: 'es',
    text: 'Fueron excarcelados varios colaboradores de María Corina Machado, entre ellos Perkins Rocha.',
    freed: ['Perkins Rocha'],
    notFreed: ['María Corina Machado'],
  },
);

describe('who a release frees, by structure', () => {
  for (const c of cases) {
    it(`${c.lang}: ${c.text.slice(0, 60)}`, () => {
      const got = freed(c.text, c.lang);
      for (const n of c.freed) expect(got).toContain(n);
      for (const n of c.notFreed) expect(got).not.toContain(n);
    });
  }
});
