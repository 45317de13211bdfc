import { foldName, isOptionalArabicMark } from '../occurrences';

/**
 * Arabic words that name no one alone, whatever the model reads: titles, peoples and creeds,
 * generic institution nouns. Keys are normalised (`normalizeArabic`), proclitics stripped, the
 * article kept as written. Shared by the detector's span corrections and the consistency pass.
 */

/** Arabic titles and functions (normalised, article kept as written). */
const TITLES = new Set(
	(
		'سكرتير السكرتير امين الامين رئيس الرئيس رئيسة الرئيسة وزير الوزير وزيرة الوزيرة نائب النائب مدير المدير مديرة سفير السفير قائد القائد مستشار المستشار ناطق الناطق متحدث المتحدث عضو العضو زعيم الزعيم محافظ المحافظ والي الوالي عميد العميد الفريق فريق اللواء لواء العقيد عقيد الجنرال جنرال المشير مشير الشيخ الملك ملك الملكة الامير الاميرة السلطان الدكتور دكتور السيد السيدة مرشد المرشد مبعوث المبعوث موفد الموفد مندوب المندوب منسق المنسق مفوض المفوض' +
		// trades named before a person (never inside a person's span in ANERcorp: «اللاعب» 0 of 49);
		// not those that are adjectives too («الصحفي», «الروائية»: «المؤتمر الصحفي», «المشاريع الروائية»)
		' اللاعب لاعب المدرب مدرب الحارس حارس المهاجم مهاجم المدافع مدافع النجم الفنان الفنانة الكاتب الكاتبة الممثل الممثلة المغني المغنية المطرب المطربة المخرج الباحث الباحثة الخبير المحلل الداعية المفكر'
	).split(' '),
);

/** Peoples and religious communities (normalised, plural forms): alone they are no person's name. */
const GROUPS = new Set(
	// and peoples of history, which ANERcorp leaves untagged (AQMAR tags them PER): «الرومان», «الاغريق»
	'الشيعة شيعة السنة سنة المسلمين المسلمون مسلمين مسلمون اليهود يهود النصاري المسيحيين المسيحيون العرب عرب الفرس الروم الاكراد الكرد البدو الاتراك الامازيغ الاقباط الدروز العلويين العلويون الرومان الاغريق الفراعنة المغول التتار البربر'.split(
		' ',
	),
);

/**
 * A definite plural nisba, normalised («الصينيون», «الغربيين»): the people of a place or a creed,
 * never a person's name (ANERcorp tags 318 of 327 such words O, none PER).
 */
function isDefinitePluralNisba(key: string): boolean {
	return key.length >= 7 && key.startsWith('ال') && (key.endsWith('يون') || key.endsWith('يين'));
}

/** Generic institution nouns (indefinite): alone they are not a name. */
const GENERIC_INSTITUTIONS = new Set('منظمة مجلس وزارة حكومة شركة جامعة وكالة هيئة لجنة مؤسسة حزب جمعية اتحاد رابطة منظمات شركات ديوان الديوان'.split(' '));

/** A title or function alone («سكرتير», «الرئيس»): neither a person nor an organisation. */
export function isArabicTitle(key: string): boolean {
	return TITLES.has(key);
}

/**
 * A title in a construct after a name, normalised: no article, alone or in the dual («عضو»,
 * «عضوي» of «عضوي لجنة الكرة»), the function that follows a name rather than a part of it.
 */
export function isConstructTitle(key: string): boolean {
	return !key.startsWith('ال') && (TITLES.has(key) || (key.endsWith('ي') && TITLES.has(key.slice(0, -1))));
}

/** A people or a creed («الشيعة», «الصينيون»): never a person's name. */
export function isArabicGroup(key: string): boolean {
	return GROUPS.has(key) || isDefinitePluralNisba(key);
}

/** An indefinite institution noun («منظمة», «مجلس»): alone, not an organisation's name. */
export function isGenericInstitution(key: string): boolean {
	return GENERIC_INSTITUTIONS.has(key);
}

/**
 * Prepositions, adverbs and conjunctions as written (hamza kept: «أمام», «in front of», is no
 * «إمام», an imam or the surname of «عادل إمام»): never a name nor its last word (in the training
 * files «أمام» is O 94 times of 95), yet the model sometimes ends a person on one («… أمام مقتل»), and
 * the consistency pass then made every «أمام» of the article a person.
 */
const FUNCTION_WORDS = new Set(
	// and «أن» / «إن» with a pronoun («أكد مبابي أنه سيغادر»: «أنه» is listed as a given name too)
	'أمام بين عند حول قبل بعد فوق تحت ضد دون نحو خلال منذ لدى حتى سوى عن في من مع إلى الى ثم لكن هذا هذه ذلك تلك هناك حيث كما مثل لقد قد لم لن كان كانت أنه أنها أنهم إنه إنها إنهم لأنه لأنها'.split(' '),
);

/** A preposition, adverb or conjunction, alone or behind «و» or «ف» («وأمام»): no part of a name. */
export function isArabicFunctionWord(word: string): boolean {
	return FUNCTION_WORDS.has(word) || ((word[0] === 'و' || word[0] === 'ف') && FUNCTION_WORDS.has(word.slice(1)));
}

let foldedFunctionWords: ReadonlySet<string> | undefined;

/**
 * `isArabicFunctionWord` of a name as searches compare it (`foldName`: harakat, tatweel and the
 * hamza on an alef left out): «فِي», «أنّه» and «أَمام» fold to «في», «انه» and «امام», which find
 * every «في», «أنه», «إنه» and «أمام» of a text.
 */
export function isFoldedArabicFunctionWord(folded: string): boolean {
	foldedFunctionWords ??= new Set([...FUNCTION_WORDS].map(foldName));
	return foldedFunctionWords.has(folded) || ((folded[0] === 'و' || folded[0] === 'ف') && foldedFunctionWords.has(folded.slice(1)));
}

/**
 * Whether a name found where a text writes `written` (`findOccurrences`) is there a function word
 * the name is not: searches leave the hamza on an alef out, so «إمام» (an imam, a surname) finds
 * «أمام» (in front of), which only its hamza tells apart.
 */
export function isFunctionWordNotNamed(name: string, written: string): boolean {
	// harakat and tatweel left out, the hamzas kept
	const asWritten = (word: string) => Array.from(word.normalize('NFC'), (unit) => (isOptionalArabicMark(unit.charCodeAt(0)) ? '' : unit)).join('').trim();
	return isFoldedArabicFunctionWord(foldName(name.trim())) && isArabicFunctionWord(asWritten(written)) && !isArabicFunctionWord(asWritten(name));
}

/** Regnal ordinals, normalised («الحسن الثاني», «محمد السادس»). */
const ORDINALS = new Set('الاول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر'.split(' '));

/** A regnal ordinal: part of the name it follows, never a name alone. */
export function isRegnalOrdinal(key: string): boolean {
	return ORDINALS.has(key);
}
