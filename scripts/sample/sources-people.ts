/**
 * Sample profiles of people in the ledger: detention, sentence and release, written by the
 * Habeas team in its own words from public reporting. The Kalesnikava border note keeps a
 * real disagreement: abducted in Minsk on 7 September 2020, or detained at the border on the 8th.
 */
import type { SampleSource } from './sample-source.ts';

const p = (...paragraphs: string[]) => paragraphs.join('\n\n');

export const sourcesPeople: SampleSource[] = [
  {
    id: 'src_profile_tsikhanouski_be',
    title: 'Сяргей Ціханоўскі: даведка',
    publishedAt: '2025-06-24',
    language: 'be',
    text: p(
      'Сяргей Ціханоўскі — блогер, які ў 2020 годзе збіраўся балатавацца ў прэзідэнты.',
      'Яго затрымалі 29 мая 2020 года ў Гродне. 14 снежня 2021 года суд асудзіў яго на 18 гадоў калоніі.',
      'На волю ён выйшаў 21 чэрвеня 2025 года і быў вывезены ў Літву. Яго жонка Святлана Ціханоўская ўзначаліла выбарчую кампанію замест яго і з 2020 года жыве ў выгнанні.',
    ),
  },
  {
    id: 'src_profile_babaryka_team',
    title: 'The Babaryka campaign trio: arrests and sentences',
    publishedAt: '2025-12-15',
    language: 'en',
    text: p(
      'Profile notes on three leaders of the 2020 campaign freed on 13 December 2025.',
      'Viktar Babaryka, former head of Belgazprombank, was detained on 18 June 2020 while trying to register as a presidential candidate. On 6 July 2021 he was sentenced to 14 years. His son Eduard Babaryka was detained the same month and is still in prison.',
      'Maria Kalesnikava, a flautist who ran his campaign, was seized in central Minsk on 7 September 2020. Maksim Znak, the campaign lawyer, was detained on 9 September 2020. On 6 September 2021 a court sentenced Kalesnikava to 11 years and Znak to 10 years.',
      'Western papers have often spelt their names Maria Kolesnikova, Viktor Babariko and Maxim Znak.',
    ),
  },
  {
    id: 'src_kalesnikava_border_ru',
    title: 'Колесникова на границе: версия властей',
    publishedAt: '2020-09-09',
    language: 'ru',
    text: p(
      'По версии Государственного пограничного комитета, Мария Колесникова была задержана 8 сентября 2020 года на границе с Украиной, когда пыталась покинуть страну.',
      'Сама Колесникова и её соратники говорят иначе: её схватили накануне в Минске, вывезли к границе силой, а там она порвала паспорт.',
      'Колесникова руководила штабом Виктора Бабарико; юрист штаба Максим Знак также задержан.',
    ),
  },
  {
    id: 'src_profile_bialiatski',
    title: 'Ales Bialiatski: a profile',
    publishedAt: '2025-12-15',
    language: 'en',
    text: p(
      'Ales Bialiatski founded the Viasna human rights centre in 1996 and shared the Nobel Peace Prize in 2022 while in prison. In Belarusian Latin script his name is written Aleś Bialacki; RFE/RL spells it Ales Byalyatski.',
      'He was detained on 14 July 2021, and on 3 March 2023 a Minsk court sentenced him to 10 years. He was released on 13 December 2025 and taken to Lithuania.',
    ),
  },
  {
    id: 'src_profile_statkevich',
    title: 'Mikalai Statkevich: the prisoner who would not leave',
    publishedAt: '2025-09-20',
    language: 'en',
    text: p(
      'Mikalai Statkevich, also known as Mikola Statkevich and in Belarusian as Мікалай Статкевіч, ran for president in 2010 and has spent much of his life in prison.',
      'He was detained in May 2020, and in December 2021 he was sentenced to 14 years.',
      'On 11 September 2025 he was among the 52 pardoned and put on a bus to Lithuania, but he refused to cross the border and was returned to his colony. His supporters say he is still held.',
    ),
  },
  {
    id: 'src_profile_sep_2025',
    title: 'Three of the 52: Losik, Matskevich, Shchyrakova',
    publishedAt: '2025-09-15',
    language: 'en',
    text: p(
      'Ihar Losik (Ігар Лосік; Igor Losik in many English reports), a blogger and RFE/RL journalist, was detained in June 2020 and sentenced to 15 years in December 2021.',
      'Uladzimir Matskevich (Уладзімір Мацкевіч, often Vladimir Matskevich in English), a philosopher and methodologist, was detained in August 2021.',
      'Larysa Shchyrakova (Ларыса Шчыракова, sometimes Larissa Shchyrakova), a journalist from Homel, was detained in December 2022.',
      'All three were freed on 11 September 2025 and taken to Lithuania, with Elena Ramanauskienė, a Lithuanian citizen.',
    ),
  },
];
