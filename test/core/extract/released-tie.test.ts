// Who a release frees, read from the name's tie to the release predicate: the patient of a
// release verb (its object when active, its subject when passive or intransitive), a member of
// a list or an apposition attached to it or to a released count, or the subject of 'returned
// home' after the release. Not freed: who pardons or releases (the agent), who speaks, waits or
// writes, who is still held, and who was freed years before. Every sentence here is written for
// this test; names are invented or from public reporting.
import { describe, expect, it } from 'vitest';
import { type FreedCase as Case, freed } from './freed-support.ts';

const cases: Case[] = [
  // it
  {
    lang: 'it',
    text: 'Il ministro degli Esteri Antonio Tajani ha accolto con gioia la liberazione del cooperante Alberto Trentini.',
    freed: ['Alberto Trentini'],
    notFreed: ['Antonio Tajani'],
  },
  {
    lang: 'it',
    text: 'Marco Ferrante è stato scarcerato ieri sera. Ad attenderlo davanti al carcere c’era la madre, Laura Moretti, in lacrime.',
    freed: ['Marco Ferrante'],
    notFreed: ['Laura Moretti'],
  },
  {
    lang: 'it',
    text: 'Il presidente Kassym Tokayev ha graziato tre attivisti: Anna Greco, Stefano Russo e Davide Lombardi.',
    freed: ['Anna Greco', 'Stefano Russo', 'Davide Lombardi'],
    notFreed: ['Kassym Tokayev'],
  },
  {
    lang: 'it',
    text: 'Sono stati rilasciati due giornalisti. Lo ha detto il portavoce Riccardo Galli, secondo cui Paolo Neri resta invece in cella.',
    freed: [],
    notFreed: ['Riccardo Galli', 'Paolo Neri'],
  },
  // fr
  {
    lang: 'fr',
    text: 'Le président Abdelmadjid Tebboune a gracié jeudi l’écrivain Boualem Sansal, a indiqué la présidence.',
    freed: ['Boualem Sansal'],
    notFreed: ['Abdelmadjid Tebboune'],
  },
  {
    lang: 'fr',
    text: 'Libéré mardi, Olivier Grondeau est rentré à Paris. « C’est un immense soulagement », a réagi son avocat, Me François Zimeray.',
    freed: ['Olivier Grondeau'],
    notFreed: ['François Zimeray'],
  },
  {
    lang: 'fr',
    text: 'Trois militants ont été remis en liberté, parmi lesquels Karim Tabbou et Samir Belarbi. Fethi Ghares, lui, reste en détention.',
    freed: ['Karim Tabbou', 'Samir Belarbi'],
    notFreed: ['Fethi Ghares'],
  },
  // es
  {
    lang: 'es',
    text: 'El presidente Daniel Ortega ordenó la excarcelación de 135 presos, entre ellos el periodista Miguel Mendoza.',
    freed: ['Miguel Mendoza'],
    notFreed: ['Daniel Ortega'],
  },
  {
    lang: 'es',
    text: 'Rocío San Miguel fue excarcelada el miércoles. Su hija, Carmen Rodríguez, la esperaba a la salida del penal.',
    freed: ['Rocío San Miguel'],
    notFreed: ['Carmen Rodríguez'],
  },
  // de
  {
    lang: 'de',
    text: 'Der Journalist Andreas Keller ist nach zwei Jahren Haft freigelassen worden, teilte seine Anwältin Petra Vogt mit.',
    freed: ['Andreas Keller'],
    notFreed: ['Petra Vogt'],
  },
  {
    lang: 'de',
    text: 'Präsident Alexander Lukaschenko begnadigte am Mittwoch den Aktivisten Maxim Sergejew.',
    freed: ['Maxim Sergejew'],
    notFreed: ['Alexander Lukaschenko'],
  },
  // ru
  {
    lang: 'ru',
    text: 'Журналист Игорь Лосик вышел на свободу, его встретила жена Дарья Лосик.',
    freed: ['Игорь Лосик'],
    notFreed: ['Дарья Лосик'],
  },
  {
    lang: 'ru',
    text: 'Александр Лукашенко помиловал 16 человек, среди них Виктор Бабарико не значится.',
    freed: [],
    notFreed: ['Александр Лукашенко'],
  },
  // uk
  {
    lang: 'uk',
    text: 'Президент Володимир Зеленський привітав звільнення журналіста Дмитра Хилюка.',
    freed: ['Дмитра Хилюка'],
    notFreed: ['Володимир Зеленський'],
  },
  // pl
  {
    lang: 'pl',
    text: 'Białoruskie władze uwolniły dziennikarza Andrzeja Poczobuta, poinformował minister Radosław Sikorski.',
    freed: ['Andrzeja Poczobuta'],
    notFreed: ['Radosław Sikorski'],
  },
  // en
  {
    lang: 'en',
    text: 'President Kassym Tokayev pardoned the poet Aron Atabek on Monday, his daughter Dana Atabekova told reporters.',
    freed: ['Aron Atabek'],
    notFreed: ['Kassym Tokayev', 'Dana Atabekova'],
  },
  {
    lang: 'en',
    text: 'Four dissidents were released on Friday: Daniel Brook, Sofia Larsen, Omar Haddad and Lena Fischer.',
    freed: ['Daniel Brook', 'Sofia Larsen', 'Omar Haddad', 'Lena Fischer'],
    notFreed: [],
  },
  {
    lang: 'en',
    text: 'Mark Fogel was freed on Tuesday and arrived home that evening. His sister Anne Fogel had campaigned for years.',
    freed: ['Mark Fogel'],
    notFreed: ['Anne Fogel'],
  },
  // tr
  {
    lang: 'tr',
    text: 'Gazeteci Furkan Karabay cuma günü tahliye edildi; avukatı Mehmet Demir kararı doğruladı.',
    freed: ['Furkan Karabay'],
    notFreed: ['Mehmet Demir'],
  },
  {
    lang: 'tr',
    text: 'Tahliye edilenler arasında Ayşe Kaya ve Fatma Çelik de bulunuyor.',
    freed: ['Ayşe Kaya', 'Fatma Çelik'],
    notFreed: [],
  },
  // ar
  {
    lang: 'ar',
    text: 'أفرجت السلطات التونسية عن الصحفية سنية الدهماني، فيما لا يزال الصحفي مراد الزغيدي في السجن.',
    freed: ['سنية الدهماني'],
    notFreed: ['مراد الزغيدي'],
  },
  // fa
  // Harder: people of a background story, agents of a verb whose object is the release
  {
    lang: 'en',
    text: 'Ahmed Samir, who was arrested with the blogger Karim Nabil in 2020, was released on Sunday.',
    freed: ['Ahmed Samir'],
    notFreed: ['Karim Nabil'],
  },
  {
    lang: 'fr',
    text: 'Libéré jeudi, l’opposant Ali Benhadj, arrêté en 2019 avec Mohamed Tadjadit, est rentré chez lui.',
    freed: ['Ali Benhadj'],
    notFreed: ['Mohamed Tadjadit'],
  },
  {
    lang: 'it',
    text: 'È stato scarcerato Luca Bianchi, arrestato nel 2022 insieme a Paolo Neri durante le proteste.',
    freed: ['Luca Bianchi'],
    notFreed: ['Paolo Neri'],
  },
  {
    lang: 'es',
    text: 'Excarcelaron al dirigente Félix Maradiaga, detenido en 2021 junto a Tamara Dávila tras las protestas.',
    freed: ['Félix Maradiaga'],
    notFreed: ['Tamara Dávila'],
  },
  {
    lang: 'de',
    text: 'Das Gericht ließ den Blogger Jonas Weber frei, der 2021 zusammen mit Tobias Braun festgenommen worden war.',
    freed: ['Jonas Weber'],
    notFreed: ['Tobias Braun'],
  },
  {
    lang: 'tr',
    text: "Tahliye kararını değerlendiren Özgür Özel, gazeteci Fatih Altaylı'nın serbest bırakılmasının sevindirici olduğunu söyledi.",
    freed: ['Fatih Altaylı'],
    notFreed: ['Özgür Özel'],
  },
  {
    lang: 'ar',
    text: 'رحب وزير الخارجية أحمد عطاف بالإفراج عن الكاتب بوعلام صنصال.',
    freed: [],
    notFreed: ['أحمد عطاف'],
  },
  {
    lang: 'fa',
    text: 'عباس عراقچی، وزیر امور خارجه، از آزادی این دو شهروند استقبال کرد.',
    freed: [],
    notFreed: ['عباس عراقچی'],
  },
  {
    lang: 'ru',
    text: 'Владимир Кара-Мурза был освобожден в 2024 году. Теперь на свободу вышел Игорь Ильяш.',
    freed: ['Игорь Ильяш'],
    notFreed: [],
  },
  {
    lang: 'pl',
    text: 'Uwolniony został Ihar Iljasz, zatrzymany w 2022 roku razem z Andrzejem Kowalskim.',
    freed: ['Ihar Iljasz'],
    notFreed: ['Andrzejem Kowalskim'],
  },
  {
    lang: 'uk',
    text: 'Звільнено журналіста Максима Бутенка, затриманого разом з Олегом Петренком у 2022 році.',
    freed: ['Максима Бутенка'],
    notFreed: ['Олегом Петренком'],
  },
  // Companions: 'arrested with Y' against 'freed with Y'
  {
    lang: 'en',
    text: 'Ahmed Samir was released on Sunday together with the blogger Karim Nabil.',
    freed: ['Ahmed Samir', 'Karim Nabil'],
    notFreed: [],
  },
  {
    lang: 'fr',
    text: 'L’opposant Ali Benhadj a été libéré jeudi avec le militant Mohamed Tadjadit.',
    freed: ['Ali Benhadj', 'Mohamed Tadjadit'],
    notFreed: [],
  },
  {
    lang: 'it',
    text: 'È stato scarcerato Luca Bianchi insieme a Paolo Neri.',
    freed: ['Luca Bianchi', 'Paolo Neri'],
    notFreed: [],
  },
  {
    lang: 'es',
    text: 'Fue excarcelado Félix Maradiaga junto a Tamara Dávila.',
    freed: ['Félix Maradiaga', 'Tamara Dávila'],
    notFreed: [],
  },
  {
    lang: 'de',
    text: 'Jonas Weber wurde zusammen mit Tobias Braun freigelassen.',
    freed: ['Jonas Weber', 'Tobias Braun'],
    notFreed: [],
  },
  {
    lang: 'tr',
    text: 'Gazeteci Ahmet Kaya, Mehmet Demir ile birlikte tahliye edildi.',
    freed: ['Ahmet Kaya', 'Mehmet Demir'],
    notFreed: [],
  },
  {
    lang: 'tr',
    text: 'Mehmet Demir ile birlikte tutuklanan gazeteci Ahmet Kaya tahliye edildi.',
    freed: ['Ahmet Kaya'],
    notFreed: ['Mehmet Demir'],
  },
  {
    lang: 'ar',
    text: 'أفرجت السلطات عن الصحفي رامي شعث الذي اعتقل مع الناشط زياد العليمي عام 2019.',
    freed: ['رامي شعث'],
    notFreed: ['زياد العليمي'],
  },
  {
    lang: 'ar',
    text: 'أفرجت السلطات عن الصحفي رامي شعث مع الناشط زياد العليمي.',
    freed: ['رامي شعث', 'زياد العليمي'],
    notFreed: [],
  },
  {
    lang: 'fa',
    text: 'رضا ولی‌زاده که همراه با بهروز احمدی بازداشت شده بود، آزاد شد.',
    freed: [],
    notFreed: ['بهروز احمدی'],
  },
  {
    lang: 'ru',
    text: 'На свободу вышел Игорь Ильяш, задержанный вместе с Андреем Кузнецовым в 2022 году.',
    freed: ['Игорь Ильяш'],
    notFreed: ['Андреем Кузнецовым'],
  },
  {
    lang: 'ru',
    text: 'Вместе с Андреем Кузнецовым на свободу вышел Игорь Ильяш.',
    freed: ['Игорь Ильяш', 'Андреем Кузнецовым'],
    notFreed: [],
  },
  {
    lang: 'pl',
    text: 'Uwolniony został Ihar Iljasz wraz z Andrzejem Kowalskim.',
    freed: ['Ihar Iljasz', 'Andrzejem Kowalskim'],
    notFreed: [],
  },
  {
    lang: 'en',
    text: 'Maria Alekhina, sentenced in 2012 alongside Nadezhda Tolokonnikova, was freed on Monday.',
    freed: ['Maria Alekhina'],
    notFreed: ['Nadezhda Tolokonnikova'],
  },
  {
    lang: 'en',
    text: 'The two men were charged with espionage and released on Friday: Daniel Brook and Omar Haddad.',
    freed: ['Daniel Brook', 'Omar Haddad'],
    notFreed: [],
  },
  // Still held, by 'still' and custody; officials, lawyers, kin, authors
  {
    lang: 'it',
    text: 'Il giornalista Marco Ferri è stato liberato venerdì. «Sono felice», ha dichiarato il ministro Guido Crosetto.',
    freed: ['Marco Ferri'],
    notFreed: ['Guido Crosetto'],
  },
  {
    lang: 'it',
    text: 'di Francesca Romano\nTeheran ha liberato la ricercatrice Elena Marchi, detenuta da otto mesi.',
    freed: ['Elena Marchi'],
    notFreed: ['Francesca Romano'],
  },
  {
    lang: 'it',
    text: 'La premier Giorgia Meloni ha telefonato ai genitori di Elena Marchi dopo la sua liberazione.',
    freed: [],
    notFreed: ['Giorgia Meloni'],
  },
  {
    lang: 'it',
    text: 'Il padre, Roberto Marchi, ha ringraziato il governo per la liberazione della figlia.',
    freed: [],
    notFreed: ['Roberto Marchi'],
  },
  {
    lang: 'fr',
    text: 'Le journaliste Karim Zeroual a été libéré lundi. « Justice est rendue », a déclaré son père, Ahmed Zeroual.',
    freed: ['Karim Zeroual'],
    notFreed: ['Ahmed Zeroual'],
  },
  {
    lang: 'fr',
    text: "Par Claire Dubois\nL'Iran a libéré le Français Louis Arnaud, a annoncé l'Élysée.",
    freed: ['Louis Arnaud'],
    notFreed: ['Claire Dubois'],
  },
  {
    lang: 'fr',
    text: 'Le roi Mohammed VI a gracié 1 300 détenus, dont le journaliste Taoufik Bouachrine.',
    freed: ['Taoufik Bouachrine'],
    notFreed: ['Mohammed VI'],
  },
  {
    lang: 'fr',
    text: "Selon son avocate, Nadia Kaci, l'écrivain devrait être libéré dans les prochains jours.",
    freed: [],
    notFreed: ['Nadia Kaci'],
  },
  {
    lang: 'fr',
    text: 'Le journaliste Christophe Gleizes reste emprisonné en Algérie, malgré la libération de Boualem Sansal.',
    freed: ['Boualem Sansal'],
    notFreed: ['Christophe Gleizes'],
  },
  {
    lang: 'tr',
    text: "Gazeteci Mehmet Yılmaz serbest bırakıldı. Yılmaz'ı cezaevi önünde annesi Zeynep Yılmaz karşıladı.",
    freed: ['Mehmet Yılmaz'],
    notFreed: ['Zeynep Yılmaz'],
  },
  {
    lang: 'tr',
    text: 'Adalet Bakanı Yılmaz Tunç, tahliye kararının hukuka uygun olduğunu söyledi.',
    freed: [],
    notFreed: ['Yılmaz Tunç'],
  },
  {
    lang: 'tr',
    text: 'Ahmet Kaya tahliye edildi, ancak Osman Kavala hâlâ tutuklu.',
    freed: ['Ahmet Kaya'],
    notFreed: ['Osman Kavala'],
  },
  {
    lang: 'tr',
    text: "Cumhurbaşkanı Recep Tayyip Erdoğan'ın affıyla 12 mahkum serbest bırakıldı.",
    freed: [],
    notFreed: ['Recep Tayyip Erdoğan'],
  },
  {
    lang: 'ar',
    text: 'أطلقت السلطات سراح الناشط أحمد ماهر، وقال محاميه خالد علي إن الإفراج جاء بعد قرار من النيابة.',
    freed: ['أحمد ماهر'],
    notFreed: ['خالد علي'],
  },
  {
    lang: 'ar',
    text: 'رحب وزير الخارجية سامح شكري بقرار الإفراج عن الصحفي رامي شعث.',
    freed: ['رامي شعث'],
    notFreed: ['سامح شكري'],
  },
  {
    lang: 'fa',
    text: 'نرگس محمدی از زندان آزاد شد. همسرش تقی رحمانی گفت که او حالش خوب است.',
    freed: ['نرگس محمدی'],
    notFreed: ['تقی رحمانی'],
  },
  {
    lang: 'fa',
    text: 'توماج صالحی آزاد شد، اما سپیده قلیان همچنان در زندان است.',
    freed: ['توماج صالحی'],
    notFreed: ['سپیده قلیان'],
  },
  {
    lang: 'es',
    text: 'Fue excarcelado el periodista Juan Lorenzo Holmann. Su abogada, Yonarqui Martínez, confirmó la noticia.',
    freed: ['Juan Lorenzo Holmann'],
    notFreed: ['Yonarqui Martínez'],
  },
  {
    lang: 'es',
    text: 'El excarcelado Javier Tarazona dijo que seguirá luchando; su hermano José Rafael Tarazona sigue detenido.',
    freed: ['Javier Tarazona'],
    notFreed: ['José Rafael Tarazona'],
  },
  {
    lang: 'de',
    text: 'Der Aktivist Nikolai Petrow wurde freigelassen. Sein Bruder Sergei Petrow wartete vor dem Gefängnis.',
    freed: ['Nikolai Petrow'],
    notFreed: ['Sergei Petrow'],
  },
  {
    lang: 'en',
    text: 'Alaa Abdel Fattah was released on Monday. His mother, Laila Soueif, who had been on hunger strike, waited outside.',
    freed: ['Alaa Abdel Fattah'],
    notFreed: ['Laila Soueif'],
  },
  // Releases told by a year alone are the person's past: not freed by that mention
  {
    lang: 'it',
    text: "Il regime ha scarcerato 40 detenuti politici. Nel 2020 era già stato rilasciato l'attivista Omar Said, poi arrestato di nuovo.",
    freed: [],
    notFreed: ['Omar Said'],
  },
  {
    lang: 'fr',
    text: "Le militant Omar Radi, libéré en 2021 puis condamné à nouveau, n'a pas été gracié cette fois.",
    freed: [],
    notFreed: ['Omar Radi'],
  },
  {
    lang: 'tr',
    text: '2019 yılında tahliye edilen Ahmet Altan, bir hafta sonra yeniden tutuklanmıştı. Bugün ise gazeteci Murat Sabuncu serbest bırakıldı.',
    freed: ['Murat Sabuncu'],
    notFreed: ['Ahmet Altan'],
  },
  {
    lang: 'ar',
    text: 'وكان الناشط علاء عبد الفتاح قد أفرج عنه عام 2019 قبل أن يعاد اعتقاله، فيما أفرج اليوم عن الصحفي محمد أكسجين.',
    freed: ['محمد أكسجين'],
    notFreed: ['علاء عبد الفتاح'],
  },
  {
    lang: 'en',
    text: 'The journalist Ahmed Nabil was freed on Tuesday, two years after his colleague Omar Samy was released.',
    freed: ['Ahmed Nabil'],
    notFreed: ['Omar Samy'],
  },
  {
    lang: 'en',
    text: 'Karim Nabil, arrested in 2019, was freed on Monday.',
    freed: ['Karim Nabil'],
    notFreed: [],
  },
  {
    lang: 'en',
    text: 'The leader of the 2020 protests, Maria Kalesnikava, was released on Saturday.',
    freed: ['Maria Kalesnikava'],
    notFreed: [],
  },
  {
    lang: 'es',
    text: 'Fue excarcelado este lunes Juan Pérez. Su compañero Pedro Gómez había sido liberado en 2019 y volvió a ser detenido.',
    freed: ['Juan Pérez'],
    notFreed: ['Pedro Gómez'],
  },
  {
    lang: 'de',
    text: 'Am Montag kam der Blogger Jonas Weber frei. Sein Kollege Tobias Braun war bereits 2021 freigelassen worden.',
    freed: ['Jonas Weber'],
    notFreed: ['Tobias Braun'],
  },
  {
    lang: 'ru',
    text: 'В понедельник на свободу вышел Игорь Ильяш. Андрей Кузнецов был освобождён в 2023 году.',
    freed: ['Игорь Ильяш'],
    notFreed: ['Андрей Кузнецов'],
  },
  {
    lang: 'pl',
    text: 'W poniedziałek uwolniono Ihara Iljasza. Andrzej Kowalski wyszedł na wolność w 2022 roku.',
    freed: ['Ihara Iljasza'],
    notFreed: ['Andrzej Kowalski'],
  },
  // Verb-final subjects of a verb whose object is the release noun (fa 'از', tr accusative)
  {
    lang: 'fa',
    text: 'روزنامه‌نگار رضا کریمی از زندان اوین آزاد شد و وکیل او علی شریفی این خبر را تایید کرد.',
    freed: ['رضا کریمی'],
    notFreed: ['علی شریفی'],
  },
  {
    lang: 'fa',
    text: 'نرگس محمدی پس از آزادی از زندان اوین به خانه بازگشت.',
    freed: ['نرگس محمدی'],
    notFreed: [],
  },
  {
    lang: 'tr',
    text: "Özgür Özel, gazeteci Fatih Altaylı'nın tahliyesini memnuniyetle karşıladı.",
    freed: ['Fatih Altaylı'],
    notFreed: ['Özgür Özel'],
  },
  {
    lang: 'tr',
    text: "Gazeteci Ahmet Kaya'nın tahliyesine karar verildi.",
    freed: ['Ahmet Kaya'],
    notFreed: [],
  },
  {
    lang: 'tr',
    text: 'Dışişleri Bakanı Hakan Fidan, iki gazetecinin serbest bırakılmasını memnuniyetle karşıladı.',
    freed: [],
    notFreed: ['Hakan Fidan'],
  },
  {
    lang: 'ar',
    text: 'رحبت الناشطة منى سيف، شقيقة المعتقل، بالإفراج عن الصحفي رامي شعث.',
    freed: ['رامي شعث'],
    notFreed: ['منى سيف'],
  },
  // Names inside another's apposition or relative clause; authors; lawyers in apposition
  {
    lang: 'ar',
    text: 'بقلم سامي الخطيب\nأفرجت السلطات عن الصحفي رامي شعث يوم الخميس.',
    freed: ['رامي شعث'],
    notFreed: ['سامي الخطيب'],
  },
  {
    lang: 'it',
    text: 'Teheran ha liberato la ricercatrice Elena Marchi.\nFrancesca Romano',
    freed: ['Elena Marchi'],
    notFreed: ['Francesca Romano'],
  },
  {
    lang: 'tr',
    text: 'Haber: Elif Şahin\nGazeteci Furkan Karabay tahliye edildi.',
    freed: ['Furkan Karabay'],
    notFreed: ['Elif Şahin'],
  },
  {
    lang: 'en',
    text: 'Omar Haddad, whose brother Sami Haddad was executed in 2019, was freed on Monday.',
    freed: ['Omar Haddad'],
    notFreed: ['Sami Haddad'],
  },
  {
    lang: 'fr',
    text: 'Karim Tabbou, dont le frère Nabil Tabbou a été exécuté en 2019, a été libéré lundi.',
    freed: ['Karim Tabbou'],
    notFreed: ['Nabil Tabbou'],
  },
  {
    lang: 'it',
    text: 'Il giornalista Marco Ferri, amico dello scrittore Paolo Neri, è stato liberato lunedì.',
    freed: ['Marco Ferri'],
    notFreed: ['Paolo Neri'],
  },
  {
    lang: 'es',
    text: 'Fue excarcelado Juan Pérez, quien había criticado al ministro Pedro Gómez.',
    freed: ['Juan Pérez'],
    notFreed: ['Pedro Gómez'],
  },
  {
    lang: 'tr',
    text: "Gazeteci Furkan Karabay, Cumhurbaşkanı Recep Tayyip Erdoğan'ı eleştirdiği için tutuklanmıştı ve dün tahliye edildi.",
    freed: ['Furkan Karabay'],
    notFreed: ['Recep Tayyip Erdoğan'],
  },
  {
    lang: 'en',
    text: 'Daniel Brook was released on Friday after a meeting between Secretary of State Marco Rubio and Foreign Minister Sergei Lavrov.',
    freed: ['Daniel Brook'],
    notFreed: ['Marco Rubio', 'Sergei Lavrov'],
  },
  {
    lang: 'de',
    text: 'Der Blogger Jonas Weber, ein Freund des Journalisten Tobias Braun, wurde am Montag freigelassen.',
    freed: ['Jonas Weber'],
    notFreed: ['Tobias Braun'],
  },
  {
    lang: 'ru',
    text: 'Игорь Ильяш, муж журналистки Катерины Андреевой, вышел на свободу.',
    freed: ['Игорь Ильяш'],
    notFreed: ['Катерины Андреевой'],
  },
  {
    lang: 'pl',
    text: 'Ihar Iljasz, mąż dziennikarki Kaciaryny Andrejewej, wyszedł na wolność.',
    freed: ['Ihar Iljasz'],
    notFreed: ['Kaciaryny Andrejewej'],
  },
  {
    lang: 'it',
    text: "È tornato in libertà il blogger Samir Haddad. Lo ha annunciato il suo legale, l'avvocata Chiara Galli, che lo ha incontrato all'uscita dal carcere.",
    freed: ['Samir Haddad'],
    notFreed: ['Chiara Galli'],
  },
  {
    lang: 'es',
    text: 'Fue excarcelado el dirigente Félix Maradiaga, informó su defensor, el abogado Carlos Bonilla.',
    freed: ['Félix Maradiaga'],
    notFreed: ['Carlos Bonilla'],
  },
  {
    lang: 'en',
    text: "Ahmed Samir was released on Sunday, his family's lawyer, attorney Mark Gordon, said.",
    freed: ['Ahmed Samir'],
    notFreed: ['Mark Gordon'],
  },
  {
    lang: 'fr',
    text: 'L’opposant Ali Benhadj a été libéré, a annoncé sa fille, la militante Amina Benhadj.',
    freed: ['Ali Benhadj'],
    notFreed: ['Amina Benhadj'],
  },
];

describe('who a release frees, by the tie to its predicate', () => {
  for (const c of cases) {
    it(`${c.lang}: ${c.text.slice(0, 60)}`, () => {
      const got = freed(c.text, c.lang);
      for (const n of c.freed) expect(got).toContain(n);
      for (const n of c.notFreed) expect(got).not.toContain(n);
    });
  }
});
