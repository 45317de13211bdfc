/**
 * French post-tagging rules, run by the detector after the tagger: spans and types corrected from the
 * words around them and the lists (places in lists, functions, ministers, players and clubs).
 */
import type { DetectedEntity } from '../types';
import type { TaggerModel } from './model';
import { tokenize } from './tokenize';
import { isListedOrganisation } from './agencies';
import { entityRuns, putOverPiecesAll, replaceWhere, typeRanges } from './entityEdits';
import { isDemonym, isListedCountry, isListedPlaceName, listedTypes, LOC_BIT, ORG_BIT, PER_BIT, seenTypes, trainingTypes } from './listLookups';
import { allMatches } from './lineMatches';

/** A country's name, then «de» / «du» / «des» and more words. */
const COUNTRY_DE = /^(\p{Lu}[\p{L}-]*)\s+(?:de|du|des)\s/u;

/**
 * French: a name read from a listed country on through «de» («champion d'Algérie de Ligue 1» read
 * as the ORG «Algérie de Ligue») is the country: no organisation's or person's name opens with a
 * country and «de».
 */
export function countriesBeforeDe(model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e) => {
		if (e.type !== 'ORG' && e.type !== 'PER') return undefined;
		const m = COUNTRY_DE.exec(e.text);
		if (!m || !isListedCountry(model, m[1])) return undefined;
		return { ...e, end: e.start + m[1].length, text: m[1], type: 'LOC', source: 'rule' };
	});
}

/** What joins the names of a French list: a comma, «et», or both. */
const FRENCH_LIST_JOIN = /^(?: ?, | et | ?, et )$/u;

/**
 * French: «sur les wilayas de Jijel, Béjaïa et Tizi Ouzou», «à Oran, Béjaïa et Annaba»: in a list
 * of three names or more, two of them places, a one-word name read as a person or an organisation
 * is a place too, unless the lists know it as a person's or an organisation's, or it is written in
 * capitals (an acronym: «la France, l'Allemagne et l'ONU»).
 */
export function placesInFrenchLists(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	let out: DetectedEntity[] | undefined;
	for (const [first, last] of entityRuns(text, entities, FRENCH_LIST_JOIN)) {
		const places = entities.slice(first, last + 1).filter((e) => e.type === 'LOC').length;
		if (last - first < 2 || places < 2) continue;
		for (let k = first; k <= last; k++) {
			const e = entities[k];
			if ((e.type !== 'PER' && e.type !== 'ORG') || /\s/u.test(e.text) || /^\p{Lu}+$/u.test(e.text)) continue;
			if ((listedTypes(model, e.text) & (PER_BIT | ORG_BIT)) !== 0 || isListedOrganisation([e.text])) continue;
			out ??= entities.slice();
			out[k] = { ...e, type: 'LOC', source: 'rule' };
		}
	}
	return out ?? entities;
}

/** «, maire», «, banquier», «, ex-député»: a comma and an occupation in lower case right after a name. */
const OCCUPATION_AFTER = /^\s*,\s*(?:ex\s*-\s*)?(maire|banquier|banquière|notaire|avoué|avocat|avocate|négociant|négociante|pasteur|docteur|médecin|propriétaire|économiste|reporter|journaliste|industriel|professeur|ingénieur|architecte|agriculteur|député|députée|sénateur|sénatrice|général|colonel|capitaine|ministre|préfet|conseiller|conseillère|instituteur|institutrice|rédacteur|rédactrice|commerçant|commerçante|horloger|syndic)(?!\p{L})/u;

/**
 * French: «MOREAU, maire, ancien …», «GOUDCHAUX, banquier.», lists of candidates and of the
 * elected: a one-word name read as a place or an organisation right before a comma and an
 * occupation is the person, unless a list knows it as a place.
 */
export function personsBeforeOccupations(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e) => {
		if ((e.type !== 'LOC' && e.type !== 'ORG') || e.source !== 'model' || /\s/u.test(e.text)) return undefined;
		if (!OCCUPATION_AFTER.test(text.slice(e.end, e.end + 30)) || (seenTypes(model, e.text) & LOC_BIT) !== 0) return undefined;
		return { ...e, type: 'PER', source: 'rule' };
	});
}

/** French functions held by someone «of» an organisation or a place («le PDG de Sonatrach», «le maire de Lyon»). */
const FRENCH_FUNCTIONS = new Set(
	'pdg p.-d.g. dg directeur directrice patron patronne président présidente ministre secrétaire chef maire wali gouverneur ambassadeur ambassadrice porte-parole fondateur fondatrice dirigeant dirigeante responsable entraîneur sélectionneur recteur préfet consul'.split(' '),
);
/** A span that opens with «de» / «du» / «d'» («de Nissan»), and the rest of it. */
const COMPLEMENT_OF = /^(?:de|du|d['’])\s*(\p{Lu}.*)$/u;
/** A function word and a space right before a span («Le président »). */
const FUNCTION_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${[...FRENCH_FUNCTIONS].map((w) => w.replace(/\./gu, '\\.')).join('|')})\\s+$`, 'iu');
/** A function word, optionally its article, «de» / «du» / «d'», and the rest of the span. */
const FUNCTION_OF = /^(?:(?:le|la|l['’])\s*)?(\S+)\s+(?:de|du|d['’])\s*(\p{Lu}.*)$/u;

/**
 * French: a person read as a function and its complement («PDG de Sonatrach») is the organisation
 * or the place the function is of, when a list knows the complement as one (an organisation of
 * agencies.ts, an acronym, a listed place); so is a person read as the complement alone right
 * after the function («Le président | de Nissan», read like «de Gaulle»); «le président de Gaulle»
 * is left alone.
 */
export function functionComplements(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e) => {
		// «le PDG de Sonelgaz» read as a place or an organisation too
		if (e.type !== 'PER' && e.type !== 'LOC' && e.type !== 'ORG') return undefined;
		// the function may stand outside the span: «Le président | de Nissan» read as a name such as
		// «de Gaulle»
		const outside = e.type === 'PER' ? COMPLEMENT_OF.exec(e.text) : null;
		const own = outside && FUNCTION_BEFORE.test(text.slice(Math.max(0, e.start - 24), e.start)) ? outside : FUNCTION_OF.exec(e.text);
		if (!own || (own !== outside && !FRENCH_FUNCTIONS.has(own[1].toLowerCase()))) return undefined;
		const rest = own === outside ? own[1] : own[2];
		const type = isListedOrganisation(tokenize(rest).map((t) => t.text)) || /^\p{Lu}{2,6}$/u.test(rest) ? 'ORG' : (listedTypes(model, rest) & LOC_BIT) !== 0 && (listedTypes(model, rest) & PER_BIT) === 0 ? 'LOC' : undefined;
		if (type === undefined) return undefined;
		const start = e.end - rest.length;
		return { ...e, start, type, text: text.slice(start, e.end), source: 'rule' };
	});
}

/** A street, square or venue named after a date («stade du 1er-Novembre», «place du 1er-Mai», «rue du 8-Mai-1945», «stade du 5 Juillet 1962»): a capitalised month, or one joined by a hyphen. */
const PLACE_NAMED_AFTER_DATE = new RegExp(
	String.raw`(?<![\p{L}\p{N}])(?:rue|avenue|boulevard|place|quai|pont|square|parc|jardin|stade|cité|lycée|hôpital|aéroport|esplanade|complexe)\s+(?:du\s+)?\d{1,2}(?:er)?(?:[-‑](?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre)|\s(?:Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre))(?:[-‑\s]\d{4})?(?![\p{L}\p{N}-])`,
	'gu',
);
/** The first capitalised run after a cut, for what is left of a name the place cut into («Mai à Alger» → «Alger»). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)*/u;

/**
 * French (Algerian press above all): «au stade du 1er-Novembre», «place du 1er-Mai à Alger» read
 * as a month alone, or as the person «Mai à Alger»: a street, square or venue named after a date
 * is a place, from its noun on (as the street rule makes of «rue Didouche-Mourad»); the date inside
 * it goes (the dates are merged after the rules, and not inside an entity). What the place cuts
 * into is dropped, and of a name that runs on past it, its capitalised rest is kept: a place where
 * the lists know it («Alger»), as it was read otherwise. Entities in text order.
 */
export function placesNamedAfterDates(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	if (!/\d/u.test(text)) return entities;
	let out = entities;
	for (const m of allMatches(text, PLACE_NAMED_AFTER_DATE)) {
		const start = m.index;
		const end = start + m[0].length;
		const touched = out.filter((e) => e.start < end && start < e.end);
		if (touched.some((e) => e.start < start)) continue;
		const place: DetectedEntity = { start, end, type: 'LOC', text: m[0], confidence: Math.max(0.6, ...touched.map((e) => e.confidence)), source: 'rule' };
		const rests = touched.flatMap((e): DetectedEntity[] => {
			if (e.end <= end) return [];
			const run = CAPITALISED_RUN.exec(text.slice(end, e.end));
			if (!run) return [];
			const restStart = end + run.index;
			const type = isListedPlaceName(model, run[0]) ? 'LOC' : e.type;
			return [{ ...e, start: restStart, end: restStart + run[0].length, text: run[0], type, source: 'rule' }];
		});
		out = [...out.filter((e) => !touched.includes(e)), place, ...rests].sort((a, b) => a.start - b.start);
	}
	return out;
}

/** A street's or square's noun in lower case and «de la», «du», «des», «de l'», «d'» before a capital («place de la République», «rue du Bac»). */
const STREET_NOUN_AND_ARTICLE = /(?<![\p{L}\p{N}])(?:rue|place|avenue|boulevard|quai|pont|square|parc|jardin|cité|gare|esplanade|allée|impasse)[ \t]+(?:de[ \t]+la[ \t]+|du[ \t]+|des[ \t]+|de[ \t]+l['’]|d['’])(?=\p{Lu})/gu;

/**
 * French: «manifester place de la République» read «République» as an organisation, «rue du Bac»
 * the «Bac» as MISC: a name read right after a street's or a square's noun and its «de la», «du»,
 * «des» is the street or the square, a place from the noun on (as the street rule makes of «rue
 * Didouche-Mourad»). Not a date («place du 1er-Mai» is the date rule's), an organisation's
 * initials, nor «place» after an article or a possessive («à la place de la France», instead of).
 * Entities in text order.
 */
export function streetsWithArticles(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!/(?:rue|place|avenue|boulevard|quai|pont|square|parc|jardin|cité|gare|esplanade|allée|impasse)[ \t]+d/u.test(text)) return entities;
	const starts = new Map<number, number>();
	for (const m of allMatches(text, STREET_NOUN_AND_ARTICLE)) {
		// «à la place de la France», «prendre la place de Mbappé»: instead of, not a square («sur la place» is one)
		if (m[0].startsWith('place') && /(?:^|[^\p{L}])(?:la|sa|leur|une|ma|ta|cette)[ \t]+$/iu.test(text.slice(Math.max(0, m.index - 8), m.index)) && !/sur[ \t]+la[ \t]+$/iu.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
		starts.set(m.index + m[0].length, m.index);
	}
	return replaceWhere(entities, (e) => {
		const start = starts.get(e.start);
		// nor an organisation's initials («la gare des C.F.F.», the railway's)
		if (start === undefined || e.type === 'DATE' || (e.type === 'LOC' && e.source === 'rule') || (e.type === 'ORG' && /^[\p{Lu}. ]+$/u.test(e.text))) return undefined;
		return { ...e, start, type: 'LOC', text: text.slice(start, e.end), source: 'rule' };
	});
}

/** «M'hamed», «N'Djamena», «M'Sila»: a capital M or N glued by an apostrophe to a word, which French reads as an elision («m'a», «n'est»). */
const INITIAL_APOSTROPHE_NAME = /(?<![\p{L}\p{N}])[MN]['’](\p{L}[\p{L}-]*)/gu;

/**
 * French: «N'Golo Kanté» read as «Golo Kanté», «M'Sila» as «Sila», «Sidi M'hamed» as «Sidi», and
 * «M'sila» not at all: the tokens split at the apostrophe, and «M'», «N'» are elisions elsewhere.
 * A capital M or N glued to a word by an apostrophe (inside a sentence, or before a capital) is
 * the start of a name: a name read from the word on starts at the letter; one read up to the
 * letter, or up to the word before it, takes the word in; where nothing was read, a name the lists
 * know as a place is that place. Entities in text order.
 */
export function namesWithInitialApostrophes(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	if (!/[MN]['’]/u.test(text)) return entities;
	let out = entities;
	for (const m of allMatches(text, INITIAL_APOSTROPHE_NAME)) {
		const start = m.index;
		const end = start + m[0].length;
		// a sentence's opening «N'est», «M'a»: an elision
		if (!/^\p{Lu}/u.test(m[1]) && /(?:^|[.!?:«"\n]\s*)$/u.test(text.slice(Math.max(0, start - 3), start))) continue;
		const inside = out.findIndex((e) => e.start < end && e.end > start);
		// a person or a place right before, one space away («Sidi M'hamed»)
		const before = out.findIndex((e) => e.end === start - 1 && text[start - 1] === ' ' && (e.type === 'PER' || e.type === 'LOC'));
		const k = inside >= 0 ? inside : before;
		const e = k >= 0 ? out[k] : undefined;
		let replacement: DetectedEntity | undefined;
		if (e && e.start > start) replacement = { ...e, start, text: text.slice(start, e.end), source: 'rule' };
		else if (e && e.start < start && e.end < end) replacement = { ...e, end, text: text.slice(e.start, end), source: 'rule' };
		else if (!e && isListedPlaceName(model, m[0])) {
			out = [...out, { start, end, type: 'LOC', text: m[0], confidence: 0.6, source: 'rule' as const }].sort((x, y) => x.start - y.start);
			continue;
		}
		if (!replacement) continue;
		out = out.slice();
		out[k] = replacement;
	}
	return out;
}

/** French cities whose capitalised article is part of the name («Le Caire», «La Haye»), lower-cased. */
const ARTICLE_CITIES = new Set(['caire', 'haye', 'havre', 'mecque', 'valette', 'paz', 'rochelle', 'mans', 'creusot', 'touquet', 'plata']);

/** French: «LE CAIRE -», «à La Haye»: the capitalised article before such a city joins the place. */
export function citiesWithArticles(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e, k) => {
		if (e.type !== 'LOC' || !ARTICLE_CITIES.has(e.text.toLowerCase())) return undefined;
		const m = /(?:^|[^\p{L}])(Le|La|LE|LA) $/u.exec(text.slice(Math.max(0, e.start - 4), e.start));
		if (!m || (k > 0 && entities[k - 1].end > e.start - 3)) return undefined;
		const start = e.start - 3;
		return { ...e, start, text: text.slice(start, e.end), source: 'rule' };
	});
}

/** A French verb of a win between a player and the player beaten («Djokovic a battu | Alcaraz», «… face à | Alcaraz»). */
const FRENCH_BEATEN_BEFORE = /^\s+(?:a\s+|avait\s+)?(?:battu|bat|dominé|domine|éliminé|élimine|écarté|écarte|sorti|sort|surclassé|surclasse)\s+$|^[^.!?:;]{0,60}\sface\s+à\s+$/u;

/**
 * French: «Djokovic a battu Alcaraz», «Djokovic décroche l'or face à Alcaraz» with the beaten player
 * read as a place or an organisation: a one-word name beaten by a person, or facing one, is a person
 * too when the lists know it as a person's and the training files never as a place or a club (not
 * a listed country: «a battu la France»).
 */
export function frenchPlayersBeaten(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e, k) => {
		if (k === 0) return undefined;
		if ((e.type !== 'LOC' && e.type !== 'ORG') || /\s/u.test(e.text) || isListedCountry(model, e.text)) return undefined;
		// a surname the name lists know, which the training files never name as a place or a club
		// («Alcaraz», also a Spanish town; not «Marseille», which a coach's side beats)
		if ((listedTypes(model, e.text) & PER_BIT) === 0 || (trainingTypes(model, e.text) & (LOC_BIT | ORG_BIT)) !== 0) return undefined;
		const player = entities[k - 1];
		if (player.type !== 'PER' || !FRENCH_BEATEN_BEFORE.test(text.slice(player.end, e.start))) return undefined;
		return { ...e, type: 'PER', source: 'rule' };
	});
}

/** What joins the two sides of a French match: «opposant le Real Madrid à | Cruz Azul», «entre le MCA et | la JSK». */
const FRENCH_SIDES_JOINED = /^\s+(?:à|au|aux|et)\s+(?:(?:le|la|les)\s+|l['’]\s*)?$/u;
const FRENCH_MATCH_BEFORE = /(?:^|\s)(?:opposant|opposera|opposait|oppose|entre)\s+(?:(?:le|la|les)\s+|l['’]\s*)?$/u;
const FRENCH_MATCH_NOUN = /(?:^|[^\p{L}])(?:match|rencontre|finale|demi-finale|choc|derby|duel)(?![\p{L}])/u;

/**
 * French: «un match opposant le Real Madrid à Cruz Azul» with «Cruz Azul» read as a person: a club's
 * opponent in a match is a club (not a listed country, and not a person's opponent).
 */
export function frenchClubOpponents(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e, k) => {
		if (k === 0) return undefined;
		const club = entities[k - 1];
		if (club.type !== 'ORG' || e.type !== 'PER' || isListedCountry(model, e.text)) return undefined;
		if (!FRENCH_SIDES_JOINED.test(text.slice(club.end, e.start)) || !FRENCH_MATCH_BEFORE.test(text.slice(Math.max(0, club.start - 24), club.start))) return undefined;
		if (!FRENCH_MATCH_NOUN.test(text.slice(Math.max(0, club.start - 60), club.start))) return undefined;
		return { ...e, type: 'ORG', source: 'rule' };
	});
}

/**
 * «le ministre de l'», «ministre de la», «du», «des» right before the ministry's domain, or before
 * its second domain («ministre de la Jeunesse et des | Sports»).
 */
const MINISTER_OF_BEFORE = /(?:^|\s)(?:ministre|ministres|ministère|ministérielle|secrétaire d['’]État)\s+(?:de\s+l['’]\s*|de\s+la\s+|des\s+|du\s+|aux\s+|à\s+l['’]\s*)(?:\p{Lu}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?\s+et\s+(?:de\s+l['’]\s*|de\s+la\s+|des\s+|du\s+))?$/iu;

/**
 * French: «le ministre de l'Intérieur Bruno Retailleau» read as one name from the ministry's domain
 * («Intérieur Bruno Retailleau», a person or an organisation): the person begins at the first word
 * after the domain's first that the name lists know as a person's («Bruno»), and the domain is no
 * name (the span «ministère de l'Intérieur» is the institution rule's, not this one's). Where the
 * span ends on that given name («Economie Bruno» | «Le Maire»), the person takes the surname after it.
 * A one-word domain read alone as a name («Energie» of «ministre de l'Energie») is dropped.
 */
export function ministersAfterDomains(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	let out: DetectedEntity[] | undefined;
	let dropped: Set<number> | undefined;
	for (let k = 0; k < entities.length; k++) {
		const e = entities[k];
		if (e.type === 'MISC' || !MINISTER_OF_BEFORE.test(text.slice(Math.max(0, e.start - 72), e.start))) continue;
		// «le ministre de l'Energie et des Mines» with «Energie» read as a place: a ministry's domain
		// alone is no name (a country is: «ministre de France»)
		if (e.type !== 'PER' && !/\s/u.test(e.text) && !isListedCountry(model, e.text)) {
			(dropped ??= new Set()).add(k);
			continue;
		}
		if (e.type === 'LOC') continue;
		const words = [...e.text.matchAll(/\S+/gu)];
		for (let w = 1; w < words.length; w++) {
			if (!/^\p{Lu}\p{Ll}/u.test(words[w][0]) || (listedTypes(model, words[w][0]) & PER_BIT) === 0) continue;
			const start = e.start + (words[w].index ?? 0);
			// the given name ends the span («Economie Bruno» | «Le Maire»): the surname follows it
			let end = e.end;
			if (w + 1 === words.length) {
				const surname = SURNAME_AFTER.exec(text.slice(e.end, e.end + 40));
				const next = entities[k + 1];
				if (!surname || (next !== undefined && next.start < e.end + surname[0].length)) break;
				end = e.end + surname[0].length;
			}
			out ??= entities.slice();
			out[k] = { ...e, start, end, type: 'PER', text: text.slice(start, end), source: 'rule' };
			break;
		}
	}
	const kept = out ?? entities;
	return dropped ? kept.filter((_, k) => !dropped.has(k)) : kept;
}
/** A surname after a space: capitalised, maybe after a particle («Le Maire», «de Villepin»). */
const SURNAME_AFTER = /^ (?:(?:Le|La|De|Du|de|du|d['’]) ?)?\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?(?![\p{L}'’])/u;

/**
 * «le japonais Sony», «au français Ubisoft», «l'américain Boeing»: an article, a nationality in
 * lower case used as a noun, then a capitalised name of up to three words (a person's nationality
 * is written with a capital: «le Japonais Kei Nishikori»).
 */
const COMPANY_AFTER_NATIONALITY = /(?<![\p{L}])(?:[Ll]e|[Aa]u|[Dd]u|[Ll]['’])[ \t]*(\p{Ll}[\p{Ll}-]+)[ \t]+(\p{Lu}[\p{L}&-]*(?:\.(?=\p{L})[\p{L}&-]*)*(?:[ \t]+\p{Lu}[\p{L}&-]*(?:\.(?=\p{L})[\p{L}&-]*)*){0,2})(?=[ \t]*(?:[,.;:!?)»]|[ \t]\p{Ll}|$))/gu;
/** Capitalised words that open a clause rather than a name. */
const CLAUSE_OPENERS = new Set('Le La Les Il Elle Ils Elles On Mais Et Ou Donc Car Ni Un Une Ce Cette Ces Son Sa Ses Si Quand Selon'.split(' '));

/**
 * French: «le japonais Sony s'était opposé» with «Sony» read as a person, «au français Ubisoft» not
 * read at all: a name right after an article and a nationality in lower case is a company (the
 * adjective of «le groupe japonais», the noun left out). Entities in text order; returned in text order.
 */
export function companiesAfterNationalities(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	let out = entities;
	COMPANY_AFTER_NATIONALITY.lastIndex = 0;
	for (let m = COMPANY_AFTER_NATIONALITY.exec(text); m; m = COMPANY_AFTER_NATIONALITY.exec(text)) {
		const [whole, nationality, name] = m;
		if (!isDemonym(model, nationality) || CLAUSE_OPENERS.has(name.split(/[ \t]/u)[0])) continue;
		const start = m.index + whole.length - name.length;
		const end = m.index + whole.length;
		const overlapping = out.filter((e) => e.start < end && start < e.end);
		// a name read otherwise with this very span becomes the company; a longer or other reading stays
		if (overlapping.length > 1 || (overlapping.length === 1 && (overlapping[0].start !== start || overlapping[0].end !== end || overlapping[0].type === 'ORG' || overlapping[0].type === 'DATE'))) continue;
		const company: DetectedEntity = overlapping.length
			? { ...overlapping[0], type: 'ORG', source: 'rule' }
			: { start, end, type: 'ORG', text: name, confidence: 0.6, source: 'rule' };
		out = [...out.filter((e) => e !== overlapping[0]), company].sort((a, b) => a.start - b.start);
	}
	return out;
}

/** A club's staff or player and «de» before its name («l'entraîneur de City», «le gardien du PSG»). */
const CLUB_ROLE_BEFORE = /(?:^|[^\p{L}])(?:entraîneur|entraîneuse|entraîneurs|sélectionneur|coach|capitaine|attaquant|attaquants|gardien|défenseur|milieu|joueur|joueuse|joueurs|supporters|supporteurs)\s+(?:de\s+|du\s+|d['’]\s*)$/u;

/**
 * French: «l'entraîneur de City, Pep Guardiola» with «City» read as a person, «l'entraîneur du Wydad»
 * as a place: a one-word name after a club's coach, player or supporters and «de» is the club (a
 * person is named after the role, not as its complement; a place the lists know stays one: «le
 * sélectionneur du Maroc»). Entities in text order.
 */
export function clubsAfterClubRoles(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e) => {
		if ((e.type !== 'PER' && e.type !== 'LOC') || /\s/u.test(e.text) || !CLUB_ROLE_BEFORE.test(text.slice(Math.max(0, e.start - 24), e.start))) return undefined;
		return e.type === 'PER' || !isListedPlaceName(model, e.text) ? { ...e, type: 'ORG', source: 'rule' } : undefined;
	});
}

/** A storm's noun right before its name («le typhon Gaemi», «la tempête Ciaran»). */
const STORM_NOUN_BEFORE = /(?:^|[^\p{L}])(?:typhon|ouragan|cyclone|tempête|tempete|dépression tropicale|tempête tropicale)\s+$/iu;

/**
 * French: «le typhon Gaemi» read as a person: a name right after a storm's noun is the storm's, MISC
 * (as «Storm Ciaran» in English and «العاصفة دانيال» in Arabic). Entities in text order.
 */
export function frenchStormNames(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e) => ((e.type === 'PER' || e.type === 'LOC') && STORM_NOUN_BEFORE.test(text.slice(Math.max(0, e.start - 24), e.start)) ? { ...e, type: 'MISC', source: 'rule' } : undefined));
}

/**
 * French: «les quarts à Indian Wells» read as a person: a name of two words or more right after
 * «à» that the lists know as a place's, whose first word they do not know as a given name, is the
 * place («écrit à Jean Dupont» stays a person; a surname alone, «à Fréhel», is left to the model).
 * Entities in text order.
 */
export function placesAfterA(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e) => {
		if (e.type !== 'PER' || !/\s/u.test(e.text) || !/(?:^|[^\p{L}])à $/u.test(text.slice(Math.max(0, e.start - 3), e.start))) return undefined;
		if (!isListedPlaceName(model, e.text) || (listedTypes(model, e.text.split(/[\s-]/u)[0]) & PER_BIT) !== 0) return undefined;
		return { ...e, type: 'LOC', source: 'rule' };
	});
}

/** A movement's or a party's head, capitalised, right before a name («le Front Polisario», «le Parti Baas»). */
const MOVEMENT_HEAD_BEFORE = /(?:^|[^\p{L}])(Front|Parti|Mouvement|Rassemblement|Union|Alliance|Congrès)[ \t]+$/u;

/**
 * French: «le Front Polisario» read as the organisation «Polisario» alone (a list finds the name,
 * the model nothing): a capitalised movement's or party's head right before an organisation, and
 * not inside another name, is part of it. Entities in text order.
 */
export function movementsWithTheirHeads(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e, k) => {
		const head = e.type === 'ORG' ? MOVEMENT_HEAD_BEFORE.exec(text.slice(Math.max(0, e.start - 16), e.start)) : null;
		if (!head) return undefined;
		const start = e.start - (head[0].length - head[0].indexOf(head[1]));
		if (k > 0 && entities[k - 1].end > start) return undefined;
		return { ...e, start, text: text.slice(start, e.end), source: 'rule' };
	});
}

/**
 * French: «à Adrar et Tamanrasset» read the second as a person: a one-word name joined by «et» to
 * a place right after «à» is a place too, when no list knows it as a person's name (the French
 * lists of `placesInFrenchLists` need three names). Entities in text order.
 */
export function secondPlacesAfterA(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e, k) => {
		const place = k > 0 ? entities[k - 1] : undefined;
		if (e.type !== 'PER' || !place || place.type !== 'LOC' || /\s/u.test(e.text) || !/^[ \t]+et[ \t]+$/u.test(text.slice(place.end, e.start))) return undefined;
		if (!/(?:^|[^\p{L}])à[ \t]+$/u.test(text.slice(Math.max(0, place.start - 3), place.start))) return undefined;
		if (((listedTypes(model, e.text) | seenTypes(model, e.text)) & PER_BIT) !== 0) return undefined;
		return { ...e, type: 'LOC', source: 'rule' };
	});
}

/** A university and the town or the name after it («l'université d'Oxford», «l'Université de Lausanne», «l'université Harvard»). */
const UNIVERSITY = /(?<![\p{L}])[Uu]niversité(?:[ \t]+(?:de[ \t]+|d['’])|[ \t]+)(\p{Lu}[\p{L}-]+(?:[ \t]+\p{Lu}[\p{L}-]+)?)(?![\p{L}'’-])/gu;

/**
 * French: «l'université d'Oxford», «l'université Harvard» read as a person: a university and the
 * town or the name after it are one organisation (HIPE tags «Université de Lausanne» so), whatever
 * was read inside it. Entities in text order; returned in text order.
 */
export function universities(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!/[Uu]niversité/u.test(text)) return entities;
	return putOverPiecesAll(text, entities, allMatches(text, UNIVERSITY).map((m) => ({ start: m.index, end: m.index + m[0].length, type: 'ORG' })));
}

/** One to three capitalised words of a French name («Norka», «Jean-Marc Ayrault», «Abou Dhabi»). */
const FRENCH_NAME = String.raw`\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|de|d['’]|du|ben|el|al)){0,3}`;
/** A verb of speech in the perfect, inverted after a quotation («, a affirmé Norka.»). */
const SPEAKER_AFTER_QUOTE = new RegExp(String.raw`(?<=[»”",] (?:a|avait) (?:déclaré|affirmé|dit|indiqué|ajouté|souligné|expliqué|estimé|précisé|assuré|confié|répondu|martelé|insisté|regretté|lancé|poursuivi|conclu|déploré|averti) (?:(?:M|MM|Mme|Mlle|Me|Mgr|Dr)\.? )?)(\p{Lu}\p{Ll}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|de|d['’]|du|ben|el|al)){0,3})(?= ?[.,;)]| ?$)`, 'gu');
/** The people, the parts and the surroundings of a place before «de» and its name («les habitants de Dunrus», «au sud de Fourgel»). */
const PLACE_PART_DE = new RegExp(String.raw`(?<=(?:^|[^\p{L}])(?:habitants|habitantes|environs|banlieue|périphérie|centre|centre-ville|nord|sud|l['’]est|ouest|nord-est|nord-ouest|sud-est|sud-ouest) (?:de|d['’]) ?)(${FRENCH_NAME})`, 'gu');
/** Shares and mergers, which only companies have («les actions de Mirton ont chuté», «la fusion entre Urzivi et Zivengel»). */
const COMPANY_OF_SHARES = new RegExp(String.raw`(?<=(?:^|[^\p{L}])(?:[Ll]es actions (?:de|d['’])|[Ll]e titre (?:de|d['’])|[Ll]a fusion entre|[Ll]e rachat (?:de|d['’])|[Ll]a fusion (?:de|d['’])) ?)(${FRENCH_NAME})(?: et (${FRENCH_NAME}))?`, 'dgu');

/** A relative or a lawyer before «de» and a name («l'avocat de Zabilo», «la femme d'Urel»). */
const PERSON_OF_RELATIVE = new RegExp(String.raw`(?<=(?:^|[^\p{L}])(?:[Ll]['’]avocate?|[Ll]es avocats|[Ll]a femme|[Ll]['’]épouse|[Ll]e mari|[Ll]e fils|[Ll]a fille|[Ll]e frère|[Ll]a sœur|[Ll]a mère|[Ll]e père|[Ll]a veuve) (?:de |d['’]))(\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*)?)`, 'gu');
/** A role and its complement before a comma and a name between commas («Le porte-parole du gouvernement, Norka, a démenti»). */
const PERSON_IN_ROLE_APPOSITION = new RegExp(String.raw`(?<=(?:^|[^\p{L}])(?:[Ll]e|[Ll]a|[Ll]['’]) ?(?:porte-parole|ministre|président|présidente|directeur|directrice|maire|juge|procureur|procureure|avocat|avocate|secrétaire général|secrétaire générale|patron|patronne|fondateur|fondatrice|entraîneur|attaquant|gardien)(?: (?:du|de la|de l['’]|des|de) ?[\p{Ll}'’-]+){0,2}, )(\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*)?)(?=,)`, 'gu');
/** A name a place's noun follows in apposition («Zifote, une ville proche de la frontière»), or that people flee («ont fui Elur»). */
const PLACE_IN_APPOSITION = new RegExp(String.raw`(?<![\p{L}'’-])(\p{Lu}\p{Ll}[\p{L}'’-]*)(?=, (?:une|la) (?:ville|localité|commune|bourgade|région|province|île|capitale|petite ville)(?![\p{L}]))`, 'gu');
/** A name «, qui» takes up, opening a sentence («Garkate, qui dirigeait le parti, est mort»). */
const PERSON_BEFORE_QUI = /(?:^|(?<=[.!?»] ))(\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*)?)(?=, qui )/gmu;
const PLACE_FLED = new RegExp(String.raw`(?<=(?:^|[^\p{L}])(?:fui|fuient|fuyaient|fuyant) )(\p{Lu}\p{Ll}[\p{L}'’-]*)`, 'gu');

/**
 * French news: names the words around them type, where the model read another type or found
 * nothing. A person: the speaker after a quotation and an inverted verb of speech («« Nous
 * gagnerons », a affirmé Norka.»), a name after a relative or a lawyer and «de» («l'avocat de
 * Zabilo»), in apposition to a role («Le porte-parole du gouvernement, Norka,») or opening a
 * sentence before «, qui» («Garkate, qui dirigeait le parti»). A place: a name after its
 * inhabitants, its surroundings or a compass point and «de» («les habitants de Dunrus», «à 20 km au
 * sud de Fourgel»), one a settlement's noun follows in apposition («Zifote, une ville proche de la
 * frontière») or that people flee. A company: what has shares or merges. Not a name the lists know
 * as another type (a listed place stays one after «a déclaré»; a listed country never becomes a
 * company). Entities in text order; returned in text order.
 */
export function frenchNamesByContext(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	const ranges: { start: number; end: number; type: string }[] = [];
	const add = (start: number, name: string, type: string): void => {
		const listed = listedTypes(model, name) | seenTypes(model, name);
		const other = type === 'PER' ? (listed & (LOC_BIT | ORG_BIT)) !== 0 && (listed & PER_BIT) === 0 : isListedCountry(model, name) || (type === 'ORG' && isListedPlaceName(model, name));
		if (!other && !isDemonym(model, name.split(' ')[0])) ranges.push({ start, end: start + name.length, type });
	};
	if (/[»”",] (?:a|avait) /u.test(text)) for (const m of allMatches(text, SPEAKER_AFTER_QUOTE)) add(m.index, m[1], 'PER');
	if (/(?:habitant|environs|banlieue|périphérie|centre|nord|sud|est|ouest)\S* d/u.test(text)) for (const m of allMatches(text, PLACE_PART_DE)) add(m.index, m[1].replace(/ (?:de|d['’]|du)$/u, ''), 'LOC');
	// «l'avocat de Zabilo», «Le porte-parole du gouvernement, Norka,»; «Zifote, une ville», «ont fui Elur»
	for (const m of allMatches(text, PERSON_OF_RELATIVE)) add(m.index, m[1], 'PER');
	if (/, \p{Lu}/u.test(text)) for (const m of allMatches(text, PERSON_IN_ROLE_APPOSITION)) add(m.index, m[1], 'PER');
	if (/, (?:une|la) /u.test(text)) for (const m of allMatches(text, PLACE_IN_APPOSITION)) add(m.index, m[1], 'LOC');
	if (/, qui /u.test(text)) for (const m of allMatches(text, PERSON_BEFORE_QUI)) add(m.index, m[1], 'PER');
	if (/fu[iy]/u.test(text)) for (const m of allMatches(text, PLACE_FLED)) add(m.index, m[1], 'LOC');
	if (/actions|titre|fusion|rachat/u.test(text)) {
		for (const m of allMatches(text, COMPANY_OF_SHARES)) {
			add(m.indices![1][0], m[1], 'ORG');
			if (m[2]) add(m.indices![2][0], m[2], 'ORG');
		}
	}
	if (ranges.length === 0) return entities;
	// two patterns on the same words: the first in text order is kept
	ranges.sort((x, y) => x.start - y.start);
	const disjoint = ranges.filter((r, k) => k === 0 || r.start >= ranges[k - 1].end);
	// a reading of the same words takes the type (not a date); where nothing was found the name is added
	return typeRanges(text, entities, disjoint, (e) => e.type !== 'DATE');
}
