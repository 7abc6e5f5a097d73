/**
 * Given names of the nm39 round (issue 14): common names of the traditions the issue names that
 * the tables lacked, so that they no longer resolve by sound to another name (Thierry to Tahir,
 * Lucia to Luka, Camila to Jamila, Manuela to Manuel) or go unread (Murad, Issa, Abolfazl).
 * Written from common usage, not from the labelled pairs: Romance names in both genders (a
 * woman's name listed beside the man's keeps the two apart), French names, and Arabic, Persian,
 * Turkish and Azerbaijani names with their usual spellings in Latin,
 * Cyrillic and Arabic letters. Data only: given-names-data.ts merges it.
 *
 * Left out, because a spelling would fold or sound like an old group's and take its unlisted
 * spellings away: Barış (Baris is a Belarusian Barys), Hande (Gennady's sound key), Тьерри
 * (folds as Terri), Eliza and Patricio (listed under Elizabeth and Patrick). Also Cécile
 * (readings.ts reads her Persian spelling only while the table does not list her) and Isa
 * (Jesus in Arabic, a pet form of Isabel in Spanish).
 */
import type { GivenNameGroup } from '../types.ts';

const arabic = (id: string, gender: 'm' | 'f', names: string[]): GivenNameGroup => ({
  id,
  gender,
  names,
  family: 'arabic',
});

const plain = (
  id: string,
  gender: 'm' | 'f',
  names: string[],
  diminutives?: string[],
): GivenNameGroup => ({ id, gender, names, ...(diminutives ? { diminutives } : {}) });

/** Romance and French names, both genders where both exist. */
const ROMANCE: GivenNameGroup[] = [
  plain('manuela', 'f', ['Manuela', 'Мануэла'], ['Manoli']),
  plain('daniela', 'f', ['Daniela', 'Danielle', 'Daniella', 'Даниэла']),
  plain('gabriel', 'm', ['Gabriel', 'Gabriele', 'Габриэль', 'Габриель'], ['Gabo']),
  plain('gabriela', 'f', ['Gabriela', 'Gabrielle', 'Gabriella', 'Габриэла'], ['Gaby']),
  plain('mariana', 'f', ['Mariana', 'Marianna', 'Марьяна', 'Марианна', "Мар'яна"]),
  plain('luciano', 'm', ['Luciano', 'Lucien', 'Лучано']),
  plain('luciana', 'f', ['Luciana', 'Lucienne', 'Лучана']),
  plain('lucia', 'f', ['Lucía', 'Lucia', 'Lucie', 'Лусия', 'Люсия']),
  plain('adriano', 'm', ['Adriano', 'Adrián', 'Adrian', 'Adrien', 'Адриан', 'Адріан']),
  plain('adriana', 'f', ['Adriana', 'Adrienne', 'Адриана']),
  plain('fabiano', 'm', ['Fabiano', 'Fabián', 'Fabian', 'Fabien', 'Фабиан']),
  plain('fabiana', 'f', ['Fabiana', 'Fabienne']),
  plain('juliano', 'm', ['Juliano', 'Julián', 'Julien', 'Жюльен', 'Хулиан']),
  plain('juliana', 'f', ['Juliana', 'Julienne', 'Хулиана']),
  plain('paula', 'f', ['Paula', 'Paola', 'Paule', 'Паула']),
  plain('paulo', 'm', ['Paulo', 'Paolo', 'Пауло', 'Паоло']),
  plain('carla', 'f', ['Carla', 'Karla', 'Карла']),
  plain('silvio', 'm', ['Silvio', 'Sílvio', 'Сильвио']),
  plain('silvia', 'f', ['Silvia', 'Sílvia', 'Sylvia', 'Sylvie', 'Сильвия']),
  plain('hector', 'm', ['Héctor', 'Hector', 'Heitor', 'Эктор', 'Гектор']),
  plain('raul', 'm', ['Raúl', 'Raul', 'Raoul', 'Рауль']),
  plain('mauricio', 'm', ['Mauricio', 'Maurício', 'Maurice', 'Maurizio', 'Маурисио', 'Морис']),
  plain('arnaldo', 'm', ['Arnaldo', 'Arnaud', 'Арнальдо']),
  plain('sebastian', 'm', ['Sebastián', 'Sebastian', 'Sébastien', 'Sebastião', 'Себастьян']),
  plain('cristobal', 'm', ['Cristóbal', 'Cristobal', 'Christophe', 'Cristóvão', 'Кристобаль']),
  plain('benito', 'm', ['Benito', 'Benoît', 'Benoit', 'Benedict', 'Бенито', 'Бенуа']),
  plain('clara', 'f', ['Clara', 'Claire', 'Klara', 'Clare', 'Клара', 'Клэр']),
  plain('cecilia', 'f', ['Cecilia', 'Cecília', 'Сесилия', 'Чечилия']),
  plain('camila', 'f', ['Camila', 'Camille', 'Camilla', 'Камила', 'Камилла']),
  plain('elisa', 'f', ['Elisa', 'Élise', 'Elise']),
  plain('florencia', 'f', ['Florencia', 'Florence', 'Флоренсия']),
  plain('brigida', 'f', ['Brígida', 'Brigitte', 'Bridget', 'Бриджит', 'Брижит']),
  plain('thierry', 'm', ['Thierry']),
  plain('olivier', 'm', ['Olivier', 'Oliver', 'Оливье', 'Оливер', 'اولیویه']),
  plain('olivia', 'f', ['Olivia', 'Оливия']),
  plain('jacques', 'm', ['Jacques', 'Жак', 'ژاک']),
  plain('sandrine', 'f', ['Sandrine', 'Сандрин']),
  plain('patrice', 'm', ['Patrice', 'Патрис']),
  plain('eleuterio', 'm', ['Eleuterio', 'Eleutério']),
];

/** Arabic, Persian, Turkish and Azerbaijani names, with their spellings in other letters. */
const MUSLIM_WORLD: GivenNameGroup[] = [
  arabic('murad', 'm', ['Murad', 'Morad', 'Mourad', 'Murat', 'Мурад', 'Мурат', 'مراد']),
  arabic('issa', 'm', ['Issa', 'Eisa', 'Eissa', 'Essa', 'Иса', 'عيسى', 'عیسی']),
  arabic('abolfazl', 'm', [
    'Abolfazl',
    'Abulfazl',
    'Abol-Fazl',
    'Abu al-Fadl',
    'Abulfaz',
    'Əbülfəz',
    'Абульфаз',
    'ابوالفضل',
  ]),
  arabic('rashid', 'm', ['Rashid', 'Rachid', 'Rasheed', 'Reşit', 'Рашид', 'رشيد', 'رشید']),
  arabic('fathi', 'm', ['Fathi', 'Fethi', 'Fathy', 'Фатхи', 'فتحي', 'فتحی']),
  arabic('ihsan', 'm', ['Ihsan', 'Ihsane', 'İhsan', 'Ehsan', 'Ихсан', 'إحسان', 'احسان']),
  arabic('burhan', 'm', ['Burhan', 'Borhane', 'Borhen', 'Burhaneddin', 'Бурхан', 'برهان']),
  arabic('ghiyath', 'm', ['Ghiyath', 'Ghiyas', 'Giyas', 'Qiyas', 'Гияс', 'غياث', 'غیاث']),
  arabic('ramzi', 'm', ['Ramzi', 'Ramzy', 'Remzi', 'Рамзи', 'Ремзи', 'رمزي', 'رمزی']),
  arabic('aziz', 'm', ['Aziz', 'Əziz', 'Азиз', 'عزيز', 'عزیز']),
  arabic('aziza', 'f', ['Aziza', 'Azizah', 'Əzizə', 'Азиза', 'عزيزة', 'عزیزه']),
  arabic('sharif', 'm', ['Sharif', 'Sherif', 'Chérif', 'Şerif', 'Шариф', 'شريف', 'شریف']),
  arabic('sharifa', 'f', ['Sharifa', 'Sharifeh', 'Cherifa', 'Şerife', 'شريفة', 'شریفه']),
  arabic('safar', 'm', ['Safar', 'Səfər', 'Сафар', 'سفر']),
  arabic('fida', 'f', ['Fida', 'Fidaa', 'Fida’', 'فداء']),
  arabic('shadi', 'm', ['Shadi', 'Shady', 'Chadi', 'Шади', 'شادي', 'شادی']),
  arabic('izzeddin', 'm', [
    'Ezzeddine',
    'Ezzedine',
    'Izz al-Din',
    'Izzeddin',
    'İzzettin',
    'عزالدين',
  ]),
  arabic('ghazi', 'm', ['Ghazi', 'Gazi', 'Гази', 'غازي', 'غازی']),
  arabic('raif', 'm', ['Raif', 'Raef', 'Раиф', 'رائف']),
  arabic('nouf', 'f', ['Nouf', 'Nuf', 'نوف']),
  arabic('ibtisam', 'f', ['Ibtisam', 'Ebtisam', 'Ibtissam', 'ابتسام']),
  arabic('baqir', 'm', ['Baqir', 'Baqer', 'Bagher', 'Baquer', 'Bager', 'Багир', 'باقر']),
  arabic('navid', 'm', ['Navid', 'Naveed', 'Навид', 'نوید']),
  arabic('ruhollah', 'm', ['Ruhollah', 'Rouhollah', 'Ruhullah', 'Рухолла', 'روح‌الله', 'روحالله']),
  arabic('elaheh', 'f', ['Elaheh', 'Elahe', 'Элахе', 'الهه']),
  arabic('mahvash', 'f', ['Mahvash', 'Mahvesh', 'مهوش']),
  arabic('bahareh', 'f', ['Bahareh', 'Bahare', 'بهاره']),
  arabic('shaima', 'f', ['Shaima', 'Shaimaa', 'Shaymaa', 'Chaima', 'Chaimaa', 'شيماء']),
  arabic('awad', 'm', ['Awad', 'Awadh', 'Авад', 'عوض']),
  arabic('ola', 'f', ['Ola', 'Olaa', 'علا']),
];

/**
 * Common Arabic, Persian, Turkish and Azerbaijani names missing from the tables, some of which
 * resolved by sound to another name (Ghada to Hoda, Tamer to Tamara). Saman
 * is left out: listed, it shares a sound key with Semyon, and Siamen (ICAO's Сямён) would no
 * longer resolve. Near names stay apart: Amer (عامر) is no Amir, Nader no Nodar.
 */
const COMMON: GivenNameGroup[] = [
  arabic('adham', 'm', ['Adham', 'Edhem', 'Адхам', 'أدهم', 'ادهم']),
  arabic('amer', 'm', ['Amer', 'Aamer', 'Ammar', 'عامر']),
  arabic('malik', 'm', ['Malik', 'Malek', 'Malick', 'Малик', 'مالك', 'مالک']),
  arabic('faris', 'm', ['Faris', 'Fares', 'Fariss', 'Фарис', 'فارس']),
  arabic('basim', 'm', ['Basim', 'Bassem', 'Bassim', 'Basem', 'Басим', 'باسم']),
  arabic('imad', 'm', ['Imad', 'Emad', 'Imed', 'Имад', 'عماد']),
  arabic('ihab', 'm', ['Ihab', 'Ehab', 'Ихаб', 'إيهاب', 'ايهاب']),
  arabic('faisal', 'm', [
    'Faisal',
    'Faysal',
    'Feisal',
    'Faycal',
    'Fayçal',
    'Фейсал',
    'فيصل',
    'فیصل',
  ]),
  arabic('farid', 'm', ['Farid', 'Fareed', 'Ferid', 'Фарид', 'فريد', 'فرید']),
  arabic('fawzi', 'm', ['Fawzi', 'Fawzy', 'Fevzi', 'Faouzi', 'Фаузи', 'فوزي', 'فوزی']),
  arabic('ghada', 'f', ['Ghada', 'Ghadah', 'Гада', 'غادة']),
  arabic('hafez', 'm', ['Hafez', 'Hafiz', 'Hafedh', 'Хафиз', 'حافظ']),
  arabic('haitham', 'm', ['Haitham', 'Haytham', 'Heitham', 'Хайсам', 'هيثم', 'هیثم']),
  arabic('jihad', 'm', ['Jihad', 'Djihad', 'Джихад', 'جهاد']),
  // Not لؤي: read li, it would file the Chinese surname Li under Luay.
  arabic('luay', 'm', ['Luay', 'Loay', 'Louay']),
  arabic('mansour', 'm', ['Mansour', 'Mansur', 'Mansoor', 'Mansor', 'Мансур', 'منصور']),
  arabic('muhannad', 'm', ['Muhannad', 'Mohannad', 'Mohanad', 'Муханнад', 'مهند']),
  arabic('munir', 'm', ['Munir', 'Mounir', 'Moneer', 'Münir', 'Мунир', 'منير', 'منیر']),
  arabic('nader', 'm', ['Nader', 'Nadir', 'Nadeer', 'Надир', 'نادر']),
  arabic('naji', 'm', ['Naji', 'Nagi', 'Naci', 'Наджи', 'ناجي', 'ناجی']),
  arabic('qasim', 'm', ['Qasim', 'Qassem', 'Kassem', 'Kasim', 'Qasem', 'Ghasem', 'Касым', 'قاسم']),
  arabic('rabab', 'f', ['Rabab', 'Rebab', 'رباب']),
  arabic('reem', 'f', ['Reem', 'Rim', 'Рим', 'ريم', 'ریم']),
  arabic('saad', 'm', ['Saad', 'Sa’ad', 'Saâd', 'Саад', 'سعد']),
  arabic('sabah', 'f', ['Sabah', 'Сабах', 'صباح']),
  arabic('salim', 'm', ['Salim', 'Saleem', 'Selim', 'Салим', 'سليم', 'سلیم']),
  arabic('sarah', 'f', ['Sarah', 'Sara', 'Сара', 'سارة', 'سارا']),
  arabic('shakir', 'm', ['Shakir', 'Shaker', 'Chaker', 'Şakir', 'Шакир', 'شاكر', 'شاکر']),
  arabic('tamer', 'm', ['Tamer', 'Tamir', 'Тамер', 'تامر']),
  arabic('zaid', 'm', ['Zaid', 'Zayd', 'Zeid', 'Заид', 'زيد', 'زید']),
  arabic('zakaria', 'm', [
    'Zakaria',
    'Zakariya',
    'Zakariyya',
    'Zakariah',
    'Zekeriya',
    'Закария',
    'زكريا',
    'زکریا',
  ]),
  arabic('zuhair', 'm', [
    'Zuhair',
    'Zouhair',
    'Zuheir',
    'Zoheir',
    'Züheyr',
    'Зухайр',
    'زهير',
    'زهیر',
  ]),
  arabic('dalia', 'f', ['Dalia', 'Dalya', 'Даля', 'داليا']),
  arabic('fadwa', 'f', ['Fadwa', 'Fadoua', 'Fadva', 'فدوى']),
  arabic('afshin', 'm', ['Afshin', 'Афшин', 'افشین']),
  arabic('bahman', 'm', ['Bahman', 'Бахман', 'بهمن']),
  arabic('behnam', 'm', ['Behnam', 'Бехнам', 'بهنام']),
  arabic('davood', 'm', ['Davood', 'Davoud', 'Davud', 'Dawood', 'Dawud', 'Давуд', 'داوود', 'داود']),
  arabic('farzad', 'm', ['Farzad', 'Фарзад', 'فرزاد']),
  arabic('fereshteh', 'f', ['Fereshteh', 'Fereshte', 'Fereshta', 'فرشته']),
  arabic('golnaz', 'f', ['Golnaz', 'Golnar', 'گلناز']),
  arabic('hengameh', 'f', ['Hengameh', 'Hengame', 'هنگامه']),
  arabic('kamran', 'm', ['Kamran', 'Камран', 'کامران', 'كامران']),
  arabic('kaveh', 'm', ['Kaveh', 'Kave', 'کاوه']),
  arabic('keyvan', 'm', ['Keyvan', 'Kayvan', 'Kaywan', 'کیوان']),
  arabic('mansoureh', 'f', ['Mansoureh', 'Mansoure', 'Mansura', 'منصوره']),
  arabic('masoud', 'm', [
    'Masoud',
    'Masud',
    'Massoud',
    'Masood',
    'Mesut',
    'Məsud',
    'Масуд',
    'مسعود',
  ]),
  arabic('mehrdad', 'm', ['Mehrdad', 'Мехрдад', 'مهرداد']),
  arabic('mina', 'f', ['Mina', 'Мина', 'مینا']),
  arabic('negin', 'f', ['Negin', 'Негин', 'نگین']),
  arabic('parviz', 'm', ['Parviz', 'Parvez', 'Perviz', 'Pervez', 'Парвиз', 'پرویز']),
  arabic('payam', 'm', ['Payam', 'Paiam', 'پیام']),
  arabic('pouya', 'm', ['Pouya', 'Pooya', 'Puya', 'پویا']),
  arabic('ramin', 'm', ['Ramin', 'Рамин', 'رامین']),
  arabic('shahram', 'm', ['Shahram', 'Шахрам', 'شهرام']),
  arabic('soheil', 'm', ['Soheil', 'Sohail', 'Suhail', 'Suheil', 'Сохейль', 'سهیل', 'سهيل']),
  arabic('soroush', 'm', ['Soroush', 'Sorush', 'Soroosh', 'سروش']),
  arabic('rovshan', 'm', ['Rovshan', 'Rövşən', 'Ровшан', 'Rawshan', 'روشن']),
  arabic('intigam', 'm', ['Intigam', 'İntiqam', 'Intiqam', 'Интигам']),
  plain('emre', 'm', ['Emre', 'Эмре']),
  plain('burak', 'm', ['Burak', 'Бурак']),
  plain('cem', 'm', ['Cem', 'Djem', 'Джем']),
  plain('deniz', 'm', ['Deniz', 'Дениз']),
  plain('elif', 'f', ['Elif', 'Элиф']),
  plain('emine', 'f', ['Emine', 'Эмине']),
  plain('levent', 'm', ['Levent', 'Левент']),
  plain('metin', 'm', ['Metin', 'Метин']),
  plain('ozan', 'm', ['Ozan', 'Озан']),
  plain('serkan', 'm', ['Serkan', 'Серкан']),
  plain('volkan', 'm', ['Volkan', 'Волкан']),
  plain('umut', 'm', ['Umut', 'Умут']),
];

/**
 * Names of the Gulf, often the father's name in the middle of a name (Mohammad Fahad
 * al-Qahtani): Hamad (حمد) is no Hamed (حامد), Zayed no Ziad, Talal no Jalal, though each
 * sounded like the other to the tables. Mishal (مشعل) is left out: it takes the sound key of
 * the Turkish woman's name Meşale.
 */
const GULF: GivenNameGroup[] = [
  arabic('fahad', 'm', ['Fahad', 'Fahd', 'Fahed', 'Фахд', 'Фахад', 'فهد']),
  arabic('turki', 'm', ['Turki', 'Torki', 'Турки', 'تركي']),
  arabic('sultan', 'm', ['Sultan', 'Soltan', 'Sultaan', 'Султан', 'سلطان']),
  arabic('bandar', 'm', ['Bandar', 'Bander', 'Бандар', 'بندر']),
  arabic('saud', 'm', ['Saud', 'Saoud', 'Сауд', 'سعود']),
  arabic('nayef', 'm', ['Nayef', 'Naif', 'Nayif', 'Naef', 'Наиф', 'نايف']),
  arabic('talal', 'm', ['Talal', 'Talaal', 'Талал', 'طلال']),
  arabic('hamad', 'm', ['Hamad', 'Хамад', 'حمد']),
  arabic('saif', 'm', ['Saif', 'Seif', 'Sayf', 'Saef', 'Сейф', 'سيف']),
  arabic('zayed', 'm', ['Zayed', 'Zayid', 'Zaied', 'Заид', 'زايد']),
  arabic('hamdan', 'm', ['Hamdan', 'Hemdan', 'Хамдан', 'حمدان']),
  arabic('mubarak', 'm', ['Mubarak', 'Moubarak', 'Mobarak', 'Mübarek', 'Мубарак', 'مبارك']),
  arabic('thamer', 'm', ['Thamer', 'Thamir', 'Thamar', 'ثامر']),
  arabic('obaid', 'm', ['Obaid', 'Ubaid', 'Obeid', 'Obaied', 'Убайд', 'عبيد']),
  arabic('ghanem', 'm', ['Ghanem', 'Ghanim', 'Ganem', 'Ганим', 'غانم']),
  arabic('marzouq', 'm', ['Marzouq', 'Marzouk', 'Marzuq', 'Marzook', 'مرزوق']),
  arabic('eid', 'm', ['Eid', 'Eyd', 'عيد']),
  arabic('ateeq', 'm', ['Ateeq', 'Atiq', 'Atik', 'عتيق']),
  arabic('matar', 'm', ['Matar', 'Mattar', 'Матар', 'مطر']),
  arabic('saqr', 'm', ['Saqr', 'Saqer', 'Saker', 'Sakr', 'صقر']),
  arabic('badr', 'm', ['Badr', 'Bader', 'Badar', 'Бадр', 'بدر']),
];

export const NM39_GIVEN_NAMES: GivenNameGroup[] = [...ROMANCE, ...MUSLIM_WORLD, ...COMMON, ...GULF];
