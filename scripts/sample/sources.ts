/**
 * Source texts of the sample ledger. Each is a short summary written by the Habeas team, in
 * its own words, of public reporting on one event or one person; none copies an article.
 * No URL is given because none of these texts is published anywhere: the publisher says so.
 * Texts 2024 are in this file; 2025 and the profiles in sources-2025.ts and sources-people.ts.
 */
import type { SampleSource } from './sample-source.ts';
import { sources2025 } from './sources-2025.ts';
import { sourcesPeople } from './sources-people.ts';

export type { SampleSource } from './sample-source.ts';

const sources2024: SampleSource[] = [
  {
    id: 'src_2024_07_04_kastusiou',
    title: 'Cancer-stricken opposition leader Kastusiou walks free',
    publishedAt: '2024-07-04',
    language: 'en',
    text: [
      'MINSK, July 4 - Ryhor Kastusiou (Рыгор Кастусёў), the 67-year-old chairman of the banned Belarusian Popular Front party, was freed on Wednesday, July 3, under an amnesty announced for Independence Day, his relatives told the rights group Viasna.',
      'Kastusiou was detained in April 2021 and tried with other defendants in the so-called conspirators case; in September 2022 a court gave him 10 years. He was diagnosed with cancer while in custody.',
      'Viasna said it had confirmed at least eight political prisoners released on July 3, two women and six men, and was not publishing the other names for their safety.',
      'The day before, Alexander Lukashenko had said that some gravely ill prisoners, most of them with cancer, would soon be let go.',
    ].join('\n\n'),
  },
  {
    id: 'src_2024_08_16_pardon',
    title: 'Lukashenko pardons 30 protest prisoners; names withheld',
    publishedAt: '2024-08-16',
    language: 'en',
    text: [
      "Belarus' leader Alexander Lukashenko pardoned 30 people jailed over the 2020 protests, his office said on Friday, 16 August 2024. The group was 14 women and 16 men, some elderly or seriously ill; no names were given.",
      'It was the second round of releases this summer: in early July, 18 gravely ill political prisoners were freed, Ryhor Kastusiou among them.',
      'Opposition leader in exile Sviatlana Tsikhanouskaya welcomed the step and said the work goes on until every political prisoner is out. Viasna counts about 1,400 political prisoners in Belarus.',
    ].join('\n\n'),
  },
  {
    id: 'src_2024_07_ru_digest',
    title: 'Освобождения политзаключённых летом 2024 года: краткая справка',
    publishedAt: '2024-08-20',
    language: 'ru',
    text: [
      'Справка команды. 3 июля 2024 года в Беларуси вышли на свободу 18 тяжелобольных политзаключённых. Среди них лидер Партии БНФ Григорий Костусев, у которого в заключении обнаружили онкологическое заболевание; в 2022 году его приговорили к 10 годам.',
      '16 августа Александр Лукашенко помиловал ещё 30 человек, осуждённых по «протестным» статьям. Имена не называются.',
    ].join('\n\n'),
  },
  {
    id: 'src_2024_09_digest',
    title: 'Two more pardon decrees in September 2024',
    publishedAt: '2024-09-17',
    language: 'en',
    text: [
      'Team digest, September 2024: pardons in Belarus.',
      '4 September: a decree pardons 30 people convicted over the protests, 7 women and 23 men, most of them parents of young children, according to the presidential press service. Their names are not published.',
      '16 September: on the eve of National Unity Day, a further 37 people convicted of "extremist" offences are pardoned, 6 of them women. Again no names.',
      'With these two decrees, the press service figures add up to more than a hundred people pardoned since July.',
    ].join('\n\n'),
  },
  {
    id: 'src_2024_11_digest',
    title: 'November 2024: two pardon rounds',
    publishedAt: '2024-11-22',
    language: 'en',
    text: [
      'Team digest, November 2024: pardons in Belarus.',
      'On 7 November the presidential press service announced that 31 people convicted of "extremist crimes" had been pardoned: 29 men and 2 women, 17 of them with chronic illnesses.',
      'On 20 November another pardon of 32 people followed, again without names; relatives and rights defenders later identified some of them.',
    ].join('\n\n'),
  },
  {
    id: 'src_2024_12_digest',
    title: 'December 2024 pardons and the year so far',
    publishedAt: '2024-12-28',
    language: 'en',
    text: [
      'Team digest, end of 2024: pardons in Belarus.',
      'On 9 December Lukashenko pardoned 29 people, 11 women and 18 men, six of them under 25. In late December a further 20 people convicted of "extremism" were pardoned, 11 of them women.',
      'The previous round, according to the press service as relayed by Ukrainian media, came on 21 November, when 32 people were pardoned.',
      'None of the decrees gave the names of the people released; rights groups put the number still in prison at well above a thousand.',
    ].join('\n\n'),
  },
];

export const sampleSources: readonly SampleSource[] = [
  ...sources2024,
  ...sources2025,
  ...sourcesPeople,
];
