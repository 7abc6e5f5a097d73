/**
 * Given names of the nm39 round (issue 14): common names of the traditions the issue names that
 * the tables lacked, so that they no longer resolve by sound to another name (Thierry to Tahir,
 * Lucia to Luka, Camila to Jamila, Manuela to Manuel) or go unread (Murad, Issa, Abolfazl).
 * Written from common usage, not from the labelled pairs: Romance names in both genders (a
 * woman's name listed beside the man's keeps the two apart), French names, and Arabic, Persian,
 * Turkish and Azerbaijani names with their usual spellings in Latin,
 * Cyrillic and Arabic letters. Data only: given-names-data.ts merges it.
 *
 * Left out: Cécile (readings.ts reads her Persian spelling only while the table does not list
 * her), Isa (Jesus in Arabic, a pet form of Isabel in Spanish), and any spelling another
 * group already lists as written.
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
  plain('elisa', 'f', ['Elisa', 'Élise', 'Elise', 'Eliza', 'Элиза']),
  plain('florencia', 'f', ['Florencia', 'Florence', 'Флоренсия']),
  plain('brigida', 'f', ['Brígida', 'Brigitte', 'Bridget', 'Бриджит', 'Брижит']),
  plain('thierry', 'm', ['Thierry', 'Тьерри']),
  plain('olivier', 'm', ['Olivier', 'Oliver', 'Оливье', 'Оливер', 'اولیویه']),
  plain('olivia', 'f', ['Olivia', 'Оливия']),
  plain('jacques', 'm', ['Jacques', 'Жак', 'ژاک']),
  plain('sandrine', 'f', ['Sandrine', 'Сандрин']),
  plain('patrice', 'm', ['Patrice', 'Patricio', 'Патрис']),
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
  arabic('baris', 'm', ['Barış', 'Baris', 'Барыш']),
];

export const NM39_GIVEN_NAMES: GivenNameGroup[] = [...ROMANCE, ...MUSLIM_WORLD];
