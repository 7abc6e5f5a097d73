// Concessions by their frames, written for issue 13 (conc41) before dev was read: our own
// sentences in en, ru, be, uk, pl, lt, de, fr, it, es, hr/sr/bs, sl, hu, tr, fa, ar, zh, pt.
import { describe, expect, it } from 'vitest';
import { findConcessions } from '../../../src/core/extract/concessions.ts';

const kinds = (s: string) => [...new Set(findConcessions(s).map((c) => c.kind))].sort();

describe('findConcessions: frames in many languages', () => {
  const relief = [
    'Washington lifted its sanctions on the national airline the day the prisoners crossed the border.',
    'The Treasury eased restrictions on two state banks after the release.',
    'США сняли санкции с авиакомпании «Белавиа» после освобождения заключённых.',
    'Вашингтон ослабил ограничения в отношении двух государственных банков.',
    'Вашынгтон зняў санкцыі з калійнай кампаніі пасля вызвалення палітвязняў.',
    "США зняли санкції з білоруського калію після звільнення в'язнів.",
    'Stany Zjednoczone zniosły sankcje nałożone na państwowe linie lotnicze.',
    'JAV panaikino sankcijas valstybinei aviakompanijai po kalinių paleidimo.',
    'Die USA hoben die Sanktionen gegen die staatliche Fluggesellschaft auf.',
    'Les États-Unis ont levé les sanctions visant la compagnie aérienne nationale.',
    'Washington ha revocato venerdì le sanzioni contro il produttore di potassio.',
    'Estados Unidos levantó las sanciones contra la aerolínea estatal tras la liberación.',
    'SAD su ukinuli sankcije državnoj avio-kompaniji nakon oslobađanja zatvorenika.',
    'ZDA so odpravile sankcije proti državnemu letalskemu prevozniku.',
    'Az Egyesült Államok feloldotta a nemzeti légitársaság elleni szankciókat.',
    'ABD, potas üreticisine yönelik yaptırımları askıya aldı.',
    'آمریکا تحریم‌های شرکت هواپیمایی ملی را لغو کرد.',
    'رفعت الولايات المتحدة العقوبات عن شركة الطيران الوطنية بعد الإفراج عن السجناء.',
    '美国解除了对该国国家航空公司的制裁。',
    'Os Estados Unidos suspenderam as sanções contra a companhia aérea estatal.',
    'Washington removed three officials and a bank from its sanctions list.',
    'The EU suspended sanctions on five individuals who had been blacklisted.',
    'Washington plans to lift sanctions on the potash producer in the coming weeks.',
    'The United States promised to ease sanctions on the national airline.',
    'The US will lift restrictions on potash exports, the envoy said.',
    'США пообещали снять санкции с калийной отрасли.',
    'США намерены снять санкции с «Белавиа».',
    'Вашингтон планує зняти санкції з калійної галузі.',
    'Waszyngton zapowiedział zniesienie sankcji wobec przemysłu potasowego.',
    'Die USA kündigten an, die Sanktionen gegen die Kaliindustrie aufzuheben.',
    'Les États-Unis ont promis de lever les sanctions sur la potasse.',
    'Gli Stati Uniti si sono impegnati a revocare le sanzioni sul potassio.',
    'Estados Unidos se comprometió a levantar las sanciones contra el potasio.',
    'ABD, potas yaptırımlarını kaldırmayı taahhüt etti.',
    'Minsk expects the lifting of sanctions on its potash in exchange for further releases.',
    'Минск ожидает снятия санкций с калия в обмен на новые освобождения.',
    'Two days after Washington lifted sanctions on the national airline, Minsk freed 52 prisoners.',
    'Через два дня после того, как США сняли санкции с «Белавиа», Минск освободил 52 заключённых.',
  ];
  it.each(relief)(
    'a sanctions relief, done or intended (verb of easing, sanctions noun, target): %s',
    (s) => {
      expect(kinds(s)).toEqual(['sanctions_relief']);
    },
  );

  const diplomatic = [
    'The United States reopened its embassy in Minsk a week after the release.',
    'Washington and Caracas restored diplomatic relations as part of the deal.',
    'The ambassador returned to the capital after a four-year absence.',
    'США возобновили работу посольства в Минске.',
    'Посол США вернулся в Минск.',
    'США відновили роботу посольства в Мінську.',
    'Stany Zjednoczone ponownie otworzyły ambasadę w Mińsku.',
    'Die USA eröffneten ihre Botschaft in Minsk wieder.',
    'Les États-Unis ont rouvert leur ambassade à Minsk.',
    "Gli Stati Uniti hanno riaperto l'ambasciata a Minsk.",
    'Estados Unidos reabrió su embajada en Caracas.',
    'Os Estados Unidos reabriram a embaixada em Caracas.',
    'SAD su ponovo otvorili ambasadu u Minsku.',
    "ABD, Minsk'teki büyükelçiliğini yeniden açtı.",
    'أعادت الولايات المتحدة فتح سفارتها في مينسك.',
    '美国重新开放了驻明斯克大使馆。',
    'JAV vėl atidarė ambasadą Minske.',
    'Az Egyesült Államok újranyitotta minszki nagykövetségét.',
    'ZDA so ponovno odprle veleposlaništvo v Minsku.',
    'آمریکا سفارت خود در مینسک را بازگشایی کرد.',
    'Washington plans to reopen its embassy in Minsk.',
    'Вашингтон намерен вновь открыть посольство в Минске.',
  ];
  it.each(diplomatic)(
    'a diplomatic step told by its verb (embassy reopened, relations restored, envoy back): %s',
    (s) => {
      expect(kinds(s)).toEqual(['diplomatic_step']);
    },
  );

  const money = [
    'Iran gained access to $6 billion in frozen funds as part of the deal.',
    'Иран получил доступ к 6 млрд долларов замороженных средств.',
    'South Korea transferred 6 billion dollars of frozen Iranian assets to Qatar.',
    "L'Iran a obtenu le déblocage de 6 milliards de dollars d'avoirs gelés.",
    'Irán obtuvo la liberación de 6.000 millones de dólares en fondos congelados.',
    'Iran erhielt Zugang zu eingefrorenen Geldern in Höhe von sechs Milliarden Dollar.',
    'İran, dondurulmuş 6 milyar dolarlık varlığına erişim kazandı.',
    'حصلت إيران على 6 مليارات دولار من الأموال المجمدة.',
    'Iran ha ottenuto lo sblocco di 6 miliardi di dollari di fondi congelati.',
    'O Irã obteve acesso a 6 bilhões de dólares em fundos congelados.',
    'Iran uzyskał dostęp do zamrożonych 6 miliardów dolarów.',
    'ایران به ۶ میلیارد دلار از دارایی‌های مسدودشده دسترسی یافت.',
  ];
  it.each(money)('frozen funds with a sum: %s', (s) => {
    expect(kinds(s)).toEqual(['financial']);
  });

  const swaps = [
    'The two countries swapped prisoners at the airport on Thursday.',
    'Россия и США обменялись заключёнными в Анкаре.',
    "Росія та США обмінялися в'язнями в Анкарі.",
    'Расія і ЗША абмяняліся вязнямі ў Анкары.',
    'Rosja i USA wymieniły się więźniami w Ankarze.',
    'Rusija ir JAV apsikeitė kaliniais Ankaroje.',
    'Russland und die USA tauschten Gefangene in Ankara aus.',
    'La Russie et les États-Unis ont échangé des prisonniers à Ankara.',
    'Russia e Stati Uniti si sono scambiati prigionieri ad Ankara.',
    'Rusia y Estados Unidos intercambiaron presos en Ankara.',
    'Rusija i SAD razmijenili su zatvorenike u Ankari.',
    'Rusija in ZDA sta izmenjali zapornike v Ankari.',
    'Oroszország és az Egyesült Államok foglyokat cserélt Ankarában.',
    "Rusya ve ABD Ankara'da mahkumları takas etti.",
    'روسیه و آمریکا در آنکارا زندانیان را مبادله کردند.',
    'تبادلت روسيا والولايات المتحدة السجناء في أنقرة.',
    '俄罗斯和美国在安卡拉交换了囚犯。',
    'Rússia e EUA trocaram prisioneiros em Ancara.',
    'He was freed in exchange for a Russian agent held in Germany.',
    'Он был освобождён в обмен на осуждённого в Германии россиянина.',
    'Er kam im Austausch gegen einen in Deutschland verurteilten Russen frei.',
    'Their release became possible thanks to another exchange of prisoners.',
    'Их освобождение стало возможным благодаря очередному обмену пленными.',
    'Su liberación se hizo posible gracias al canje de presos acordado en marzo.',
    'Ich uwolnienie stało się możliwe dzięki wymianie więźniów.',
    'A libertação só foi possível graças à troca de prisioneiros entre os dois países.',
    'The two governments agreed on the mutual release of detained nationals.',
    'Стороны договорились о взаимном освобождении задержанных граждан.',
    'Les deux pays ont procédé à la libération mutuelle de leurs ressortissants.',
    'İki ülke tutukluları karşılıklı olarak serbest bıraktı.',
    'أعلنت الوساطة نجاح الإفراج المتبادل عن المحتجزين في البلدين.',
    'Obje strane dogovorile su obostrano oslobađanje zatočenih državljana.',
    'Both sides exchanged dozens of captives and prisoners at the border.',
    'Obje zemlje obavile su razmjenu zarobljenika na aerodromu.',
    'جرى تبادل للأسرى بين الطرفين صباح اليوم.',
  ];
  it.each(swaps)(
    'a swap told by its verb, its noun with prisoners, a mutual release, or made possible by it: %s',
    (s) => {
      expect(kinds(s)).toEqual(['prisoner_exchange']);
    },
  );

  const none = [
    'The EU imposed new sanctions on the national airline after the forced landing.',
    'Washington threatened further sanctions against the potash producer.',
    'Евросоюз ввёл санкции против «Белавиа» в 2021 году.',
    'ЕС продлил санкции против калийной отрасли ещё на год.',
    'Die EU verhängte neue Sanktionen gegen die Fluggesellschaft.',
    "L'Union européenne a prolongé ses sanctions contre la compagnie aérienne.",
    'La UE impuso nuevas sanciones a la aerolínea estatal.',
    'AB, havayolu şirketine yeni yaptırımlar uyguladı.',
    'فرض الاتحاد الأوروبي عقوبات جديدة على شركة الطيران.',
    'The sanctions on potash, imposed in 2021, remain in force.',
    'Sanctions could be eased if more prisoners are freed, analysts said.',
    'The opposition called for lifting sanctions only after all prisoners are free.',
    'Unia Europejska nałożyła sankcje na linie lotnicze w 2021 roku.',
    '欧盟对该航空公司实施了新的制裁。',
    'The embassy issued a statement welcoming the release.',
    'Посольство США в Вильнюсе приветствовало освобождение.',
    "The ambassador met the prisoners' families.",
    'Die Botschaft in Vilnius begrüßte die Freilassung.',
    'La embajada de Estados Unidos en Caracas celebró la liberación.',
    'Büyükelçilik serbest bırakılmayı memnuniyetle karşıladı.',
    "The country's economy lost $2 billion because of the sanctions.",
    'The fine of 5 million roubles was paid by his family.',
    'The ministers held an exchange of views on the prisoners.',
    'Министры провели обмен мнениями о судьбе заключённых.',
    'The family demanded his release in exchange for nothing.',
    'Moscow has proposed a swap, but no exchange has been agreed.',
    'A prisoner swap could take place later this year, officials said.',
    'Обмен может состояться в ближайшие месяцы.',
    'The opposition demanded the release of all political prisoners.',
    'Takas ihtimali görüşülüyor.',
    'Un posible intercambio de presos se discute desde hace meses.',
    'Ein möglicher Gefangenenaustausch wird seit Monaten diskutiert.',
    'The release comes two months after Washington decided to lift some oil sanctions.',
    'La liberación llega tres meses después de que Washington decidiera aliviar las sanciones.',
    'Освобождение произошло через несколько месяцев после того, как США сняли санкции с «Белавиа».',
    'La libération intervient deux mois après que Washington a levé les sanctions contre la compagnie.',
    'Die Freilassung erfolgt zwei Monate nach der Aufhebung der Sanktionen gegen die Fluggesellschaft.',
    'La liberazione arriva tre mesi dopo la revoca delle sanzioni contro la compagnia aerea.',
    'Uwolnienie nastąpiło kilka miesięcy po zniesieniu sankcji wobec linii lotniczych.',
    'Tahliye, havayolu yaptırımlarının kaldırılmasından iki ay sonra geldi.',
  ];
  it.each(none)(
    'no concession: sanctions imposed, extended or threatened, talk of a step, a step months earlier, an exchange of views, a demand: %s',
    (s) => {
      expect(kinds(s)).toEqual([]);
    },
  );
});

describe('findConcessions: intended steps count, talk of one does not', () => {
  const cases: [string, string[]][] = [
    [
      'Warszawa nie, ale Waszyngton zamierza znieść sankcje wobec przewoźnika Belavia.',
      ['sanctions_relief'],
    ],
    ['США мають намір зняти санкції з «Белавіа».', ['sanctions_relief']],
    ['ЗША плануюць зняць санкцыі з калійнай галіны.', ['sanctions_relief']],
    [
      'Die USA werden die Sanktionen gegen Belavia aufheben, sagte der Gesandte.',
      ['sanctions_relief'],
    ],
    [
      "Les États-Unis vont lever les sanctions contre Belavia, a indiqué l'émissaire.",
      ['sanctions_relief'],
    ],
    [
      'Estados Unidos levantará las sanciones contra Belavia, dijo el enviado.',
      ['sanctions_relief'],
    ],
    ["Washington revocherà le sanzioni contro Belavia, ha detto l'inviato.", ['sanctions_relief']],
    ["ABD, Belavia'ya yönelik yaptırımları kaldıracak.", ['sanctions_relief']],
    ['ستخفف الولايات المتحدة العقوبات المفروضة على شركة الطيران.', ['sanctions_relief']],
    ['آمریکا تحریم‌های شرکت هواپیمایی را لغو خواهد کرد.', ['sanctions_relief']],
    ['美国将解除对该航空公司的制裁。', ['sanctions_relief']],
    ['Az Egyesült Államok feloldja majd a légitársaság elleni szankciókat.', ['sanctions_relief']],
    ['SAD će ukinuti sankcije avio-kompaniji Belavia.', ['sanctions_relief']],
    ['ZDA bodo odpravile sankcije proti letalski družbi Belavia.', ['sanctions_relief']],
    ['JAV ketina panaikinti sankcijas Belavia.', ['sanctions_relief']],
    ['Os Estados Unidos vão suspender as sanções contra a Belavia.', ['sanctions_relief']],
    ['Washington will consider easing sanctions if more prisoners are freed.', []],
    ['Вашингтон может рассмотреть смягчение санкций.', []],
    ['Les États-Unis pourraient lever les sanctions contre Belavia.', []],
    ['Estados Unidos podría levantar las sanciones si hay más liberaciones.', []],
    ['Die USA könnten die Sanktionen lockern.', []],
    ['ABD yaptırımları kaldırabilir.', []],
    [
      'A newspaper revived the hypothesis of an agreement between the two governments for a prisoner swap.',
      [],
    ],
    [
      "Un quotidiano ha rilanciato l'ipotesi di un accordo tra i due governi per uno scambio di prigionieri.",
      [],
    ],
    [
      'Un diario planteó la hipótesis de un acuerdo entre ambos gobiernos para un canje de presos.',
      [],
    ],
    [
      "Un journal a évoqué l'hypothèse d'un accord entre les deux gouvernements pour un échange de prisonniers.",
      [],
    ],
    [
      'Газета выдвинула гипотезу о договорённости двух правительств насчёт обмена заключёнными.',
      [],
    ],
    [
      'Um jornal levantou a hipótese de um acordo entre os dois governos para uma troca de prisioneiros.',
      [],
    ],
    [
      'Claims that he was freed in exchange for a tank deal between the two countries were denied.',
      [],
    ],
    ['İki ülke arasındaki tank anlaşması karşılığında serbest bırakıldığı iddiası yalanlandı.', []],
    ['Rumours of a prisoner swap between the two capitals have circulated for weeks.', []],
    ['Слухи об обмене заключёнными между двумя столицами ходят уже несколько недель.', []],
    [
      'Gerüchte über einen Gefangenenaustausch zwischen den beiden Hauptstädten kursieren seit Wochen.',
      [],
    ],
    [
      'The two governments completed a prisoner swap on Friday, ending months of speculation.',
      ['prisoner_exchange'],
    ],
    [
      'Il governo ha confermato lo scambio di prigionieri avvenuto ieri ad Ankara.',
      ['prisoner_exchange'],
    ],
  ];
  it.each(cases)('%s', (s, want) => {
    expect(kinds(s)).toEqual(want);
  });
});

describe('findConcessions: what was given, before a postposition or after an elided article', () => {
  const cases: [string, string[]][] = [
    [
      'Rusya, iki Amerikalı mahkum karşılığında bir Rus ajanını serbest bıraktı.',
      ['prisoner_exchange'],
    ],
    [
      "Gazeteci, Almanya'da tutuklu iki Rus vatandaşı karşılığında serbest bırakıldı.",
      ['prisoner_exchange'],
    ],
    ['Gazeteci, tank anlaşması karşılığında serbest bırakıldı iddialarını hükümet reddetti.', []],
    ['Gazeteci, kefalet karşılığında serbest bırakıldı.', []],
    [
      "Il a été libéré en échange d'un ressortissant iranien détenu en Belgique.",
      ['prisoner_exchange'],
    ],
    [
      "È stato liberato in cambio dell'ingegnere iraniano arrestato a Milano.",
      ['prisoner_exchange'],
    ],
    [
      'Fue liberado a cambio de dos ciudadanos venezolanos presos en Estados Unidos.',
      ['prisoner_exchange'],
    ],
    ["Il a été libéré en échange d'une caution de dix mille euros.", []],
  ];
  it.each(cases)('%s', (s, want) => {
    expect(kinds(s)).toEqual(want);
  });
});
