/**
 * Arabic words that name no one alone, whatever the model reads: titles, peoples and creeds,
 * generic institution nouns. Keys are normalised (`normalizeArabic`), proclitics stripped, the
 * article kept as written. Shared by the detector's span corrections and the consistency pass.
 */

/** Arabic titles and functions (normalised, article kept as written). */
const TITLES = new Set(
	(
		'سكرتير السكرتير امين الامين رئيس الرئيس رئيسة الرئيسة وزير الوزير وزيرة الوزيرة نائب النائب مدير المدير مديرة سفير السفير قائد القائد مستشار المستشار ناطق الناطق متحدث المتحدث عضو العضو زعيم الزعيم محافظ المحافظ والي الوالي عميد العميد الفريق فريق اللواء لواء العقيد عقيد الجنرال جنرال المشير مشير الشيخ الملك ملك الملكة الامير الاميرة السلطان الدكتور دكتور السيد السيدة مرشد المرشد مبعوث المبعوث موفد الموفد مندوب المندوب منسق المنسق مفوض المفوض' +
		// their feminine forms (not «المحافظة», also «the province»)
		' نائبة النائبة سفيرة السفيرة مستشارة المستشارة متحدثة المتحدثة ناطقة الناطقة المديرة عضوة العضوة مبعوثة المبعوثة مندوبة المندوبة منسقة المنسقة مفوضة المفوضة الدكتورة دكتورة الشيخة' +
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

/** Regnal ordinals, normalised («الحسن الثاني», «محمد السادس»). */
const ORDINALS = new Set('الاول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر'.split(' '));

/** A regnal ordinal: part of the name it follows, never a name alone. */
export function isRegnalOrdinal(key: string): boolean {
	return ORDINALS.has(key);
}
