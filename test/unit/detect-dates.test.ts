import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/core/detect/dates';

const dates = (s: string, lang: 'ar' | 'fr' | 'en') => findDates(s, lang).map((d) => d.text);

test('French dates', () => {
	assert.deepEqual(dates('La réunion a eu lieu ce jeudi à Oran.', 'fr'), ['ce jeudi']);
	assert.deepEqual(dates('Il est arrivé le 3 mars 2021 puis le 1er juin.', 'fr'), ['3 mars 2021', '1er juin']);
	assert.deepEqual(dates('Le salon se tient du 24 au 27 novembre.', 'fr'), ['24 au 27 novembre']);
	assert.deepEqual(dates('Une visite en juin 2023, puis mardi dernier.', 'fr'), ['juin 2023', 'mardi dernier']);
	assert.deepEqual(dates('Signé le 05/11/2024, valable de 2020 à 2023.', 'fr'), ['05/11/2024', '2020 à 2023']);
	assert.deepEqual(dates("Nous partons aujourd'hui, et hier il pleuvait.", 'fr'), ["aujourd'hui", 'hier']);
	assert.deepEqual(dates('Il a mis mars dans la liste.', 'fr'), []);
});

test('English dates', () => {
	assert.deepEqual(dates('The talks ended on November 24, 2024 in Geneva.', 'en'), ['November 24, 2024']);
	assert.deepEqual(dates('She left last Tuesday and returns 3 May 2025.', 'en'), ['last Tuesday', '3 May 2025']);
	assert.deepEqual(dates('Between 2019-2021 sales fell; yesterday they rose.', 'en'), ['2019-2021', 'yesterday']);
	assert.deepEqual(dates('You may go.', 'en'), []);
	// a time of day in wire copy is no year
	assert.deepEqual(dates('Brent rose 1.2% by 1030 GMT on Monday, as in 2023.', 'en'), ['Monday', '2023']);
	// a telephone number's last group is no year; a row of years and a dashed date's year stay dates
	assert.deepEqual(dates('-- Johannesburg Newsroom +27 11 482 1003. Call 212-859-1610 or 650 723 1976.', 'en'), []);
	assert.deepEqual(dates('Sales 1994 1995 1996 rose.', 'en'), ['1994', '1995', '1996']);
	// a house number before a street's name is no year; after «in» it stays one
	assert.deepEqual(dates('Write to 1200 Pine Street or to 1600 Amphitheatre Parkway, not 1999 West.', 'en'), ['1999']);
	assert.deepEqual(dates('In 1990 Main Street shops closed.', 'en'), ['1990']);
	assert.deepEqual(dates('توفي الأربعاء 30 - 8 - 2006 عن عمر يناهز 94 عاما', 'ar'), ['الأربعاء', '2006']);
	// a month's abbreviation is a date with a number only: alone it is often a given name
	assert.deepEqual(dates('said Jan Willem Smit and Jun Ishikawa on Jan. 5, 1996, Sept. 3 and 5 Nov.', 'en'), ['Jan. 5, 1996', 'Sept. 3', '5 Nov.']);
	// «March» and «May» alone are dates after a word that introduces a time, not after «by» (an author), not before a name
	assert.deepEqual(dates('Talks resumed in March and stalled in late May.', 'en'), ['March', 'May']);
	assert.deepEqual(dates('A speech by May, the march in may and the May Day rally in Jan.', 'en'), []);
	assert.deepEqual(dates('Les prix montent depuis mars et baisseront fin mai.', 'fr'), ['mars', 'mai']);
});

test('Arabic dates, Maghreb and Levantine month names, relative days', () => {
	assert.deepEqual(dates('وصل الوفد أمس الثلاثاء إلى العاصمة.', 'ar'), ['أمس الثلاثاء']);
	assert.deepEqual(dates('عقد الاجتماع يوم 5 جويلية 2023 في المدينة.', 'ar'), ['يوم 5 جويلية 2023']);
	assert.deepEqual(dates('تنتهي الدورة في 12 أوت.', 'ar'), ['12 أوت']);
	assert.deepEqual(dates('وقع الاتفاق في شهر يونيو الماضي.', 'ar'), ['شهر يونيو الماضي']);
	assert.deepEqual(dates('صدر القرار في 3 كانون الثاني 2020.', 'ar'), ['3 كانون الثاني 2020']);
	assert.deepEqual(dates('من 24 إلى 27 نوفمبر تقام الدورة.', 'ar'), ['24 إلى 27 نوفمبر']);
	assert.deepEqual(dates('تأسست الشركة عام 1999 وتوسعت سنة 2010.', 'ar'), ['عام 1999', 'سنة 2010']);
	assert.deepEqual(dates('قال إنه سيعود فيفري المقبل.', 'ar'), ['فيفري المقبل']);
	// «من» between the day and the month; Hijri dates with their era mark
	assert.deepEqual(dates('انطلقت الحملة في 15 من مارس 2024 وانتهت.', 'ar'), ['15 من مارس 2024']);
	assert.deepEqual(dates('وصل الوفد الموافق 15 رمضان 1445 هـ إلى المدينة.', 'ar'), ['15 رمضان 1445 هـ']);
	assert.deepEqual(dates('ذهب من البيت إلى المدرسة.', 'ar'), []);
});

test('relative periods, times ago and decades in the three languages', () => {
	assert.deepEqual(dates('The talks ended last week and resume next year; this morning they met.', 'en'), ['last week', 'next year', 'this morning']);
	assert.deepEqual(dates('Two days ago, a few months ago and 40,000 years ago, in the 1990s.', 'en'), ['Two days ago', 'a few months ago', '40,000 years ago', '1990s']);
	// a count and a period without «ago» are no date
	assert.deepEqual(dates('He has a week to decide, and two years of work.', 'en'), []);
	// a two-digit decade needs «the» or an apostrophe: «in his 60s» is an age
	assert.deepEqual(dates("Music of the 60s and '70s; a man in his 60s.", 'en'), ['60s', '70s']);
	assert.deepEqual(dates("Cette semaine, ce week-end et ce mois-ci, puis l'an prochain.", 'fr'), ['Cette semaine', 'ce week-end', 'ce mois-ci', "l'an prochain"]);
	assert.deepEqual(dates('La semaine dernière, il y a trois jours, dans les années 90.', 'fr'), ['La semaine dernière', 'il y a trois jours', 'années 90']);
	assert.deepEqual(dates('La semaine de travail dure deux ans ; il a deux ans.', 'fr'), []);
	// «l'année 2023»: the period noun is a year trigger
	assert.deepEqual(dates("Dans l'année 2023.", 'fr'), ['2023']);
	assert.deepEqual(dates('قال الأسبوع الماضي إن العام المقبل صعب، وفي هذا العام وهذه السنة.', 'ar'), ['الأسبوع الماضي', 'العام المقبل', 'هذا العام', 'هذه السنة']);
	assert.deepEqual(dates('وصل قبل يومين، ومنذ ثلاث سنوات، وبالثمانينيات.', 'ar'), ['قبل يومين', 'منذ ثلاث سنوات', 'الثمانينيات']);
	// «الأمين العام المقبل» is the next secretary-general; «منذ عام 2003» stays a year
	assert.deepEqual(dates('انتخب الأمين العام المقبل، والرأي العام.', 'ar'), []);
	assert.deepEqual(dates('منذ عام 2003 وقبل الاجتماع.', 'ar'), ['عام 2003']);
});

test('Arabic date after a proclitic excludes it', () => {
	const s = 'زار المدينة والخميس غادرها.';
	const d = findDates(s, 'ar');
	assert.equal(d.length, 1);
	assert.equal(d[0].text, 'الخميس');
	assert.equal(s.slice(d[0].start, d[0].end), d[0].text);
});

test('date finder is linear on hostile input', () => {
	const s = '12 '.repeat(100000) + 'janvier '.repeat(50000);
	const t0 = Date.now();
	findDates(s, 'fr');
	assert.ok(Date.now() - t0 < 3000);
});

test('dates over the detector tokens equal findDates', async () => {
	const { findDatesInTokens } = await import('../../src/core/detect/dates');
	const { tokenize } = await import('../../src/core/detect/tokenize');
	for (const [text, lang] of [
		['Il est arrivé le 3 mars 2021 puis le 1er juin, et hier.', 'fr'],
		['وصل الوفد أمس الثلاثاء، وفي 12 أوت 2020.', 'ar'],
		['She left last Tuesday and returns on May 3, 2025.', 'en'],
	] as const) {
		const toks = tokenize(text);
		const out: import('../../src/core/types').DetectedEntity[] = [];
		const kind = { word: 0, number: 1, punct: 2, url: 3 } as const;
		findDatesInTokens(text, toks.map((t) => t.start), toks.map((t) => t.end), toks.map((t) => kind[t.kind]), toks.map((t) => (t.lineStart ? 1 : 0)), toks.length, lang, undefined, out);
		assert.deepEqual(out, findDates(text, lang));
		assert.ok(out.length > 0);
	}
});
