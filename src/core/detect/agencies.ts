/**
 * News agencies and broadcasters that articles cite as their source («(AFP)», «a indiqué l'APS»,
 * «ذكرت وكالة رويترز»), and the international organisations news names most: always
 * organisations. The model misses the rarer ones in one sentence or reads them as places
 * («Xinhua reports…») or MISC («اليونسكو»); this finds them by name.
 */
import type { DetectedEntity, LanguageCode } from '../types';
import { normalizeArabic } from './arabic';

const PROCLITICS = 'وفبلك';

/** Names as token sequences, matched case-sensitively (Latin) or normalised (Arabic). */
const LATIN_AGENCIES = [
	'Reuters',
	'AFP',
	'AP',
	'Associated Press',
	'Agence France - Presse',
	'Agence France Presse',
	'Xinhua',
	'TASS',
	'RIA Novosti',
	'Interfax',
	'Sputnik',
	'APS',
	'Algérie Presse Service',
	'MAP',
	'TAP',
	'QNA',
	'WAM',
	'KUNA',
	'MENA',
	'ANSA',
	'EFE',
	'DPA',
	'Kyodo',
	'Yonhap',
	'PTI',
	'Anadolu Agency',
	'Bernama',
	'IRNA',
	'SANA',
	'UPI',
	'BBC',
	'CNN',
	'Al Jazeera',
	// international organisations (English and French names; not «UN», a French word in capitals)
	'United Nations',
	'UNESCO',
	'Unesco',
	'UNICEF',
	'Unicef',
	'NATO',
	'OTAN',
	'ONU',
	'OPEC',
	'OPEP',
	'IMF',
	'FMI',
	'OECD',
	'OCDE',
	'ASEAN',
	'Interpol',
	'European Union',
	'Union européenne',
	'African Union',
	'Union africaine',
	'Arab League',
	'Ligue arabe',
	'World Bank',
	'Banque mondiale',
	'Amnesty International',
	'Human Rights Watch',
];
/** Arabic (normalised: alef without hamza, ى → ي); short or ambiguous names (وام «and mother», قنا, بترا) are left out. */
const ARABIC_AGENCIES = [
	'رويترز', 'فرانس برس', 'ا ف ب', 'تاس', 'اسوشيتد برس', 'اسوشيتدبرس', 'اسوشييتد برس', 'شينخوا', 'نوفوستي', 'انترفاكس', 'سبوتنيك', 'يونهاب', 'كيودو', 'واج', 'بي بي سي', 'سي ان ان',
	// international organisations
	'الامم المتحدة', 'اليونسكو', 'اليونيسف', 'الناتو', 'اوبك', 'الاوبك', 'الانتربول', 'الاونروا', 'اليونيفيل', 'الاتحاد الاوروبي', 'الاتحاد الافريقي', 'جامعة الدول العربية', 'البنك الدولي', 'صندوق النقد الدولي', 'منظمة العفو الدولية', 'منظمة الصحة العالمية',
];

function index(names: readonly string[]): Map<string, string[][]> {
	const byFirst = new Map<string, string[][]>();
	for (const name of names) {
		const tokens = name.split(' ');
		const list = byFirst.get(tokens[0]) ?? [];
		list.push(tokens);
		byFirst.set(tokens[0], list);
	}
	// longest first
	for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
	return byFirst;
}

const LATIN = index(LATIN_AGENCIES);
const ARABIC = index(ARABIC_AGENCIES);

/**
 * Agency names among the tokens (`words[i]` is token i's text; `lineStarts[i]` marks a line
 * start, which a name does not cross). Arabic names may carry a proclitic («لرويترز»), left out
 * of the span.
 */
export function findAgencies(
	text: string,
	starts: ArrayLike<number>,
	ends: ArrayLike<number>,
	lineStarts: ArrayLike<number>,
	n: number,
	language: LanguageCode,
	words: readonly string[],
): DetectedEntity[] {
	const arabic = language === 'ar';
	const names = arabic ? ARABIC : LATIN;
	const out: DetectedEntity[] = [];
	for (let i = 0; i < n; i++) {
		const first = words[i];
		let offset = 0;
		let candidates = names.get(arabic ? normalizeArabic(first) : first);
		// «لرويترز», «وفرانس»: the list is closed, so up to two proclitic letters can simply be tried
		for (let p = 1; !candidates && arabic && p <= 2 && p < first.length - 1 && PROCLITICS.includes(first[p - 1]); p++) {
			candidates = names.get(normalizeArabic(first.slice(p)));
			offset = p;
		}
		if (!candidates) continue;
		for (const tokens of candidates) {
			let ok = i + tokens.length <= n;
			for (let k = 1; ok && k < tokens.length; k++) {
				const w = words[i + k];
				ok = !lineStarts[i + k] && (arabic ? normalizeArabic(w) : w) === tokens[k];
			}
			if (!ok) continue;
			const start = starts[i] + offset;
			const end = ends[i + tokens.length - 1];
			out.push({ start, end, type: 'ORG', text: text.slice(start, end), confidence: 0.7, source: 'rule' });
			i += tokens.length - 1;
			break;
		}
	}
	return out;
}

/**
 * Puts agency names into the detected entities (both sorted): one the model found with the same
 * span becomes ORG; one inside or across a model entity is left to the model («Xinhua News
 * Agency»); one found by nothing is added.
 */
export function mergeAgencies(entities: DetectedEntity[], agencies: readonly DetectedEntity[]): DetectedEntity[] {
	if (agencies.length === 0) return entities;
	const out: DetectedEntity[] = [];
	let i = 0;
	for (const agency of agencies) {
		while (i < entities.length && entities[i].end <= agency.start) out.push(entities[i++]);
		const next = entities[i];
		if (next && next.start < agency.end) {
			if (next.start === agency.start && next.end === agency.end) {
				out.push(next.type === 'ORG' ? next : { ...next, type: 'ORG' });
				i++;
			}
			continue;
		}
		out.push(agency);
	}
	while (i < entities.length) out.push(entities[i++]);
	return out;
}
