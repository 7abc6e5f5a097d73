/**
 * Sample source texts on the negotiated releases of 2025, written by the Habeas team in its
 * own words from public reporting (see docs/sample-data.md). Two deliberately keep real
 * disagreements of the press: '13 other detainees' in June, Coale's '156' in December.
 */
import type { SampleSource } from './sample-source.ts';

const p = (...paragraphs: string[]) => paragraphs.join('\n\n');

export const sources2025: SampleSource[] = [
  {
    id: 'src_2025_02_12_three',
    title: 'Belarus frees an American, an RFE/RL journalist and a jailed mother',
    publishedAt: '2025-02-13',
    language: 'en',
    text: p(
      'WASHINGTON/VILNIUS, Feb 12 - Belarus released three prisoners on Wednesday, the White House said, calling it the result of talks with the Trump administration. One of them is a US citizen whose name was not made public.',
      'The second is Andrey Kuznechyk (in Belarusian Андрэй Кузьнечык), a journalist of the Belarus service of Radio Free Europe/Radio Liberty, who was detained in November 2021 and sentenced in 2022 to six years; he was reunited with his family in Lithuania. The third is Alena Maushuk, a mother of three jailed since 2020 over the protests.',
      'In January another American, Anastassia Nuhfer, had already been freed, Secretary of State Marco Rubio said.',
      'The country still holds more than 1,200 political prisoners, according to rights groups.',
    ),
  },
  {
    id: 'src_2025_06_21_wire',
    title: 'Tsikhanouski among 14 freed after Kellogg meets Lukashenko',
    publishedAt: '2025-06-21',
    language: 'en',
    text: p(
      'VILNIUS, June 21 - Belarus freed 14 prisoners on Saturday, among them opposition figure Siarhei Tsikhanouski, hours after US envoy Keith Kellogg held talks with Alexander Lukashenko in Minsk.',
      "Kellogg's deputy John Coale wrote that President Trump's leadership had brought the 14 home and thanked Lithuania, where all of them were taken. Former RFE/RL journalist Ihar Karnei was among those freed; citizens of Japan, Poland, Latvia, Estonia, Sweden and the United States were in the group too.",
      'Tsikhanouski, a blogger who wanted to run for president in 2020, was arrested in May 2020 and later sentenced to 18 years. His wife Sviatlana Tsikhanouskaya, who ran in his place, said 1,150 political prisoners were still behind bars.',
    ),
  },
  {
    id: 'src_2025_06_22_early',
    title: 'Early account of the June release',
    publishedAt: '2025-06-22',
    language: 'en',
    text: p(
      'Team summary of first reports, 21-22 June 2025.',
      'Siarhei Tsikhanouski, Sergei Tikhanovsky in Russian-language media, was released along with 13 other detainees and brought to Lithuania, the Lithuanian government said. The release was brokered by US special envoy Keith Kellogg.',
      'One early report also named the journalist Ihar Losik among those freed.',
    ),
  },
  {
    id: 'src_2025_06_21_ru',
    title: 'Сергей Тихановский на свободе',
    publishedAt: '2025-06-21',
    language: 'ru',
    text: p(
      'Краткое изложение. 21 июня 2025 года в Беларуси освободили 14 человек. Среди них Сергей Тихановский и бывший журналист Радио Свобода Игорь Карней.',
      'Перед этим спецпосланник США Кит Келлог провёл в Минске долгие переговоры с Лукашенко. Всех освобождённых вывезли в Литву. Светлана Тихановская поблагодарила американскую сторону.',
    ),
  },
  {
    id: 'src_2025_06_be_latn',
    title: 'Cichanoŭski na voli',
    publishedAt: '2025-06-23',
    language: 'be-Latn',
    text: p(
      'Siarhiej Cichanoŭski vyjšaŭ na volu 21 červienia 2025 hoda razam z inšymi palitviaźniami; usich vyvieźli ŭ Litvu.',
      'Amierykanski pasłaniec Kit Kielah pierad hetym sustreŭsia z Łukašenkam u Miensku. Žonka Siarhieja, Śviatłana Cichanoŭskaja, padziakavała ZŠA i Litvie.',
    ),
  },
  {
    id: 'src_2025_09_11_wire',
    title: '52 prisoners freed as US eases sanctions on Belavia',
    publishedAt: '2025-09-12',
    language: 'en',
    text: p(
      'VILNIUS, Sept 11 - On Thursday, Belarus released 52 political prisoners under an agreement brokered by Washington, which in return lifted part of its sanctions on the state airline Belavia.',
      'US envoy John Coale announced the relief on Belavia after meeting Alexander Lukashenko in Minsk. The freed prisoners were driven across the border into Lithuania; 14 of them are foreign nationals, six of them Lithuanians, among them Alena Ramanauskiene.',
      'Veteran opposition politician Mikalai Statkevich refused to leave Belarus: he stayed on the Belarusian side of the border and was taken back to prison.',
      'Among those who crossed were the journalist Ihar Losik, the 69-year-old philosopher Uladzimir Matskevich and the journalist Larysa Shchyrakova. Belarus still holds more than 1,000 political prisoners, said Lithuanian President Gitanas Nauseda.',
    ),
  },
  {
    id: 'src_2025_09_12_ru',
    title: 'Освобождение 52 политзаключённых: кто вышел',
    publishedAt: '2025-09-12',
    language: 'ru',
    text: p(
      'Сводка. 11 сентября 2025 года Беларусь освободила 52 заключённых, после чего США сняли часть санкций с «Белавиа». Переговоры в Минске вёл посланник Джон Коул.',
      'Среди вышедших — журналист Игорь Лосик, философ Владимир Мацкевич и журналистка Лариса Щирякова. Их вывезли в Литву.',
      'Николай Статкевич отказался уезжать из страны, остался на белорусской стороне границы и, по данным правозащитников, был возвращён в колонию. По данным правозащитного центра «Вясна», в стране остаются более 1100 политзаключённых.',
    ),
  },
  {
    id: 'src_2025_12_13_wire',
    title: '123 freed, Bialiatski and Kalesnikava among them, as US lifts potash sanctions',
    publishedAt: '2025-12-13',
    language: 'en',
    text: p(
      'MINSK/KYIV, Dec 13 - Belarus released 123 prisoners on Saturday after two days of talks between Alexander Lukashenko and US special envoy John Coale, who said Washington was lifting sanctions on Belarusian potash and on the state producer Belaruskali.',
      'Among those freed are Ales Bialiatski, founder of the Viasna human rights centre and a 2022 Nobel Peace Prize laureate, and Maria Kalesnikava, a leader of the 2020 protests. Viktar Babaryka, the ex-banker who tried to stand against Lukashenko in 2020, and lawyer Maksim Znak were freed too, as was Viasna lawyer Uladzimir Labkovich.',
      'Ukraine said 114 of the released were handed over to it, Kalesnikava, Babaryka and Znak among them; the other nine, Bialiatski included, were taken to Lithuania.',
      'Coale put the number still held in Belarus at about 1,000.',
    ),
  },
  {
    id: 'src_2025_12_14_envoy',
    title: 'Counting the December release: 123 or 156?',
    publishedAt: '2025-12-14',
    language: 'en',
    text: p(
      'Team note on the figures of 13 December 2025.',
      'Belarusian state media, rights defenders and Ukrainian officials all reported 123 pardoned. The US envoy John Coale, in a post on X, spoke of 156 political prisoners released, a figure that did not match the initial reports and was not explained.',
      "Ukraine's coordination headquarters for prisoners of war reported receiving 114 people from Belarus, five of them Ukrainian citizens.",
    ),
  },
  {
    id: 'src_2025_12_13_ru',
    title: 'Помилованы 123 человека, среди них Беляцкий и Колесникова',
    publishedAt: '2025-12-13',
    language: 'ru',
    text: p(
      'Кратко. 13 декабря 2025 года Александр Лукашенко помиловал 123 человека. На свободе нобелевский лауреат Алесь Беляцкий, Мария Колесникова, Виктор Бабарико и Максим Знак.',
      'США в ответ отменили санкции против калийной отрасли Беларуси и «Беларуськалия».',
    ),
  },
  {
    id: 'src_2025_12_14_be',
    title: 'На волі 123 палітвязні',
    publishedAt: '2025-12-14',
    language: 'be',
    text: p(
      '13 снежня 2025 года на волю выйшлі 123 палітвязні. Сярод іх Марыя Калеснікава, Віктар Бабарыка, Максім Знак і лаўрэат Нобелеўскай прэміі міру Алесь Бяляцкі.',
      '114 чалавек перадалі Украіне, яшчэ 9, у тым ліку Бяляцкага, вывезлі ў Літву. Віктар Бабарыка адразу нагадаў, што ягоны сын Эдуард Бабарыка застаецца за кратамі.',
    ),
  },
  {
    id: 'src_2025_12_counts',
    title: 'How many remain: figures after the December release',
    publishedAt: '2025-12-24',
    language: 'en',
    text: p(
      'Team note on counts of political prisoners in Belarus.',
      'On 15 December 2025 Human Rights Watch wrote that more than 1,100 people remained behind bars for exercising their rights.',
      "Viasna's year-end review put the number of political prisoners held on 23 December 2025 at 1,135.",
    ),
  },
];
