/**
 * English post-tagging rules, run by the detector after the tagger: spans and types corrected from the
 * words around them and the lists (persons and organisations split or joined, possessors, countries).
 */
import type { DetectedEntity } from '../types';
import type { TaggerModel } from './model';
import { tokenize } from './tokenize';
import { isListedOrganisation } from './agencies';
import { LISTED_COMPANIES } from './companies';
import { FOOTBALL_CLUBS } from './clubs';
import { FACILITY_HEADS, isRunTimeTitleWord, isTitleWord, leadingTitleTokens } from './nameSpans';
import { COUNTRY_ABBREVIATIONS, DAYS_AND_MONTHS, HOME_NATIONS, isCompanyNameEnd, isInstitutionHead, isOrganisationNameEnd, SHORT_COUNTRY_NAMES } from './rules';
import { entryBits, isDemonym, isListedCountry, isListedPlaceName, isPlaceNotName, listedTypes, LOC_BIT, nameKey, NATIONALITY_NOUN, ORG_BIT, PER_BIT, seenTypes, trainingTypes } from './listLookups';
import { applyEdits, entityRuns, overlapsOfRanges, putOverPiecesAll, replaceWhere, ruleEntity, splitEntity, splitWhere, typeRanges, type Edit, type TypedRange } from './entityEdits';
import { COUNTRY_INITIALISMS, FORMER_COUNTRY_LIST, LEGAL_FORMS } from './latinScriptRules';
import { allMatches, lineAround, matchesOnLinesWith } from './lineMatches';
import { isNationName } from './nations';

/**
 * English: «the campaign in Tikrit and Huwaijah»: a name read as a person, joined by «and» or a
 * comma to a place of a list that follows a preposition of place («in», «on», «near», «from»…, or a
 * noun of places and «of»: «the townships of Kanyama and Chawama»; not «between»: «between Israel
 * and Netanyahu»; the places before it may be several: «in Adre, Tiné and Birak»), and ending the
 * list (or before a plural noun of places: «in the Cidade Baixa and Menino Deus neighbourhoods»), is
 * a place too, unless the training files know a word of it as a person's; between two places of
 * such a list («in Dakar, Thies and Ziguinchor») it is one whatever the lists say.
 */
export function placesJoinedToPlaces(text: string, entities: DetectedEntity[], isListedPerson: (word: string) => boolean): DetectedEntity[] {
	let out = entities;
	for (let k = 1; k < entities.length; k++) {
		const e = entities[k];
		const place = out[k - 1];
		if (e.type !== 'PER' || place.type !== 'LOC' || !JOINED_BY_AND.test(text.slice(place.end, e.start))) continue;
		// the list's first place follows the preposition («in Adre, Tiné and Birak»)
		let first = k - 1;
		while (first > 0 && out[first - 1].type === 'LOC' && JOINED_BY_AND.test(text.slice(out[first - 1].end, out[first].start))) first--;
		const opening = out[first].start;
		if (!PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, opening - 12), opening)) && !PLACE_NOUN_OF_BEFORE.test(text.slice(Math.max(0, opening - 30), opening))) continue;
		// between two places of the list («in Dakar, Thies and Ziguinchor»), even a name the lists know
		// as a person's is a place
		const next = entities[k + 1];
		const betweenPlaces = next !== undefined && next.type === 'LOC' && LIST_JOIN_AFTER.test(text.slice(e.end, next.start));
		if (!betweenPlaces && e.text.split(/\s+/u).some(isListedPerson)) continue;
		// the list ends there: punctuation, a preposition or the end follows («in Tikrit and Huwaijah,»),
		// not a verb («in Gaza and Netanyahu said»)
		if (!betweenPlaces && !LIST_END_AFTER.test(text.slice(e.end, e.end + 12))) continue;
		if (out === entities) out = entities.slice();
		out[k] = { ...e, type: 'LOC' };
	}
	return out;
}
const JOINED_BY_AND = /^(?: and | ?, )$/u;
const LIST_JOIN_AFTER = /^(?: and | ?, | ?, and )$/u;
const LIST_END_AFTER = /^(?:\s*$|\s*[.,;:!?)'"’”]|\s+(?:in|on|at|to|for|near|during|since|until|last|this|and|or|as|where|regions|provinces|states|districts|towns|villages|neighbourhoods|neighborhoods|territories|counties|camps|areas)\b)/u;

/**
 * English: «spurred GM and Ford to introduce»: a one-word name read as a place right after an
 * organisation and «and» (or «&») is an organisation too (ORG 42 times of 48 such one-word names in
 * the English training files; four places, countries and capitals, and two persons), when it is no
 * listed country or capital and the training files know it as an organisation
 * (`knownAsOrganisation`: «Ford», not «Gaza» in «Hamas and Gaza», nor «Catalonia»). So is one read
 * as a person that the training files know as an organisation and not as a person
 * (`knownAsPerson`: «Nissan and Honda», not «Hamas and Netanyahu»), and not before a possessive
 * («the ACLU and Carder's parents»). A comma is left alone: «University of California, Berkeley»
 * names where.
 */
export function organisationsJoinedToOrganisations(
	text: string,
	entities: DetectedEntity[],
	knownAsOrganisation: (word: string) => boolean,
	knownAsPerson: (word: string) => boolean = () => true,
): DetectedEntity[] {
	let out = entities;
	for (let k = 1; k < entities.length; k++) {
		const e = entities[k];
		if ((e.type !== 'LOC' && e.type !== 'PER') || out[k - 1].type !== 'ORG' || /\s/u.test(e.text) || !ORGANISATIONS_JOINED.test(text.slice(out[k - 1].end, e.start))) continue;
		if (!knownAsOrganisation(e.text) || (e.type === 'PER' && (knownAsPerson(e.text) || POSSESSIVE_AFTER.test(text.slice(e.end, e.end + 3))))) continue;
		if (out === entities) out = entities.slice();
		out[k] = { ...e, type: 'ORG' };
	}
	return out;
}
const ORGANISATIONS_JOINED = /^ (?:and|&) $/u;
const POSSESSIVE_AFTER = /^ ?['’]/u;
const PLACE_PREPOSITION_BEFORE = /(?:^|\s)(?:in|on|at|near|from|to|into|across|around|outside)\s$/u;
/** A noun of places and «of» before a list of them («the townships of Kanyama and Chawama»). */
const PLACE_NOUN_OF_BEFORE = /(?:^|\s)(?:cities|towns|villages|townships|provinces|regions|districts|suburbs|neighbou?rhoods|city|town|village|township|province|region|district|suburb|neighbou?rhood)\s+of\s$/u;
/** Capitalised prepositions and conjunctions that open a sentence (French and English). */
export const SENTENCE_OPENERS = new Set(
	(
		'Selon Pour Avec Après Avant Pendant Chez Par Sur Dans Et Mais Quand Si Lorsque Comme Depuis Contre Entre Vers Sans Sous Malgré Outre ' +
		'With After Before For From By At On Under Against Without Despite Unlike Since During Among Meanwhile But And When While If As'
	).split(' '),
);

/** «St», «St.», «Ste» alone: the saint's abbreviation that opens a name («St. Paul», «St. Louis»). */
const SAINT_ABBREVIATION = /^(?:St|Ste)\.?$/u;

/**
 * English: «detained in St. Paul» read as the place «St» and the person «Paul»: the abbreviation of
 * «Saint» found alone, then a name after its full stop, are one name (the English training files
 * write «St. Louis», «St. Thomas», «St. Jerome» whole), a place where either piece was read as one,
 * else what the name after it was read as. Entities in text order; a new list only when one was
 * joined.
 */
export function joinSaintNames(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	let out: DetectedEntity[] | undefined;
	for (let k = 0; k < entities.length; k++) {
		const saint = entities[k];
		const name = entities[k + 1];
		if (name && saint.type !== 'DATE' && name.type !== 'DATE' && SAINT_ABBREVIATION.test(saint.text) && /^\.? $/u.test(text.slice(saint.end, name.start)) && (saint.text.endsWith('.') || text[saint.end] === '.')) {
			out ??= entities.slice(0, k);
			const type = saint.type === 'LOC' || name.type === 'LOC' ? 'LOC' : name.type;
			out.push({ ...name, start: saint.start, type, text: text.slice(saint.start, name.end), confidence: Math.min(saint.confidence, name.confidence), source: 'rule' });
			k++;
			continue;
		}
		// «the parishes of St. Elizabeth» read as the person «Elizabeth»: the abbreviation found by
		// nothing before a name opens it, a place after a preposition or a noun of places
		// (a quick test, bounded: «St» within the five characters before the name)
		const abbreviation = text.slice(Math.max(0, saint.start - 5), saint.start).includes('St');
		const before = abbreviation && saint.type !== 'DATE' && (k === 0 || entities[k - 1].end < saint.start) ? SAINT_BEFORE.exec(text.slice(Math.max(0, saint.start - 40), saint.start)) : null;
		// (not a street's abbreviation ending a sentence: «at 10 Downing St. Johnson said»)
		const street = before !== null && before[1] === undefined && /\p{Lu}[\p{L}\p{M}'’-]*[ \t]+$/u.test(text.slice(Math.max(0, saint.start - before[2].length - 30), saint.start - before[2].length));
		if (before && !street && /^\p{Lu}/u.test(saint.text)) {
			out ??= entities.slice(0, k);
			const start = saint.start - before[2].length;
			const type = before[1] !== undefined ? 'LOC' : saint.type;
			out.push({ ...saint, start, type, text: text.slice(start, saint.end), source: 'rule' });
			continue;
		}
		out?.push(saint);
	}
	return out ?? entities;
}
/** The abbreviation of «Saint» right before a name (2), after a preposition of place or a noun of places (1) maybe. */
const SAINT_BEFORE = /(?:(?<![\p{L}\p{N}])(in|at|near|parish(?:es)? of|towns? of|city of|island of|village of)[ \t]+)?(?<![\p{L}\p{N}])(St\.?[ \t]|Ste\.?[ \t])$/u;

/**
 * «Joaquin "El Chapo" Guzman» read as two persons, as a person and a nickname, or as a person and
 * a place: a quoted capitalised nickname between a given name and a surname is inside the person's
 * name (whole 10 times of 14 in the English training files). A person's reading that opens such a
 * name, and what was read after it inside the name (with or without the quotes), become one
 * person; so does a person read on the given name alone, where nothing was read after it.
 * `entities` in text order; changed in place.
 */
export function joinNicknames(text: string, entities: DetectedEntity[]): void {
	let w = 0;
	for (let k = 0; k < entities.length; k++) {
		const a = entities[k];
		const m = a.type === 'PER' && (k + 1 === entities.length || entities[k + 1].start - a.end <= 40) ? NICKNAME_INSIDE.exec(text.slice(a.start, a.start + 80)) : null;
		const end = m ? a.start + m[0].length : -1;
		// the readings inside the name, the last one ending with it; or none, the person read on the
		// given name alone («Jimmy "Barbecue" Chérizier» read as «Jimmy»)
		let last = k;
		while (last + 1 < entities.length && entities[last + 1].start < end && entities[last + 1].type !== 'DATE') last++;
		const givenNameOnly = m !== null && last === k && end > a.end && /^\s*["“'‘]/u.test(text.slice(a.end, a.end + 3)) && (k + 1 === entities.length || entities[k + 1].start >= end);
		if (m && ((last > k && entities[last].end === end) || givenNameOnly)) {
			const inside = entities.slice(k, last + 1);
			entities[w++] = { ...a, end, text: m[0], confidence: Math.min(...inside.map((e) => e.confidence)), source: 'rule' };
			k = last;
			continue;
		}
		entities[w++] = a;
	}
	entities.length = w;
}
/** A given name, a capitalised nickname of one to three words in quotes (spaced too, as text joined from tokens writes them), and a surname. */
const NICKNAME_INSIDE = /^\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*)? ["“'‘] ?\p{Lu}[\p{L}.-]*(?: \p{L}[\p{L}.-]*){0,2} ?["”'’] \p{Lu}[\p{L}'-]*(?![\p{L}\p{M}\p{N}'-])/u;

/** Nations that news names and the country lists do not hold: former states, a short form, the cricketing «West Indies». */
const NATIONS_NOT_LISTED = new Set([...FORMER_COUNTRY_LIST, 'Bosnia', 'Yugoslavia', 'Czechoslovakia', 'Soviet Union', 'West Germany', 'East Germany', 'Korea', 'West Indies'].map((name) => name.toLowerCase()));

/**
 * The name in brackets after a player's is their country, and a side named by a country is the
 * national team: a nation (not a capital, which names a club: «OTTAWA 4 Boston 2»), or «U.S.»,
 * «Britain», the home nations and other nations, which the lists write otherwise or not at all.
 */
export function isPlayersCountry(name: string): boolean {
	return name === 'U.S.' || SHORT_COUNTRY_NAMES.has(name) || HOME_NATIONS.has(name) || NATIONS_NOT_LISTED.has(name.toLowerCase()) || COUNTRY_ABBREVIATIONS.has(name) || isNationName(name);
}
/**
 * English: a country named alone is a place, whatever the model or a team rule read there
 * («England beat Pakistan», «the Brazil coach», «sanctions against Russia» read as
 * organisations): news as CoNLL annotates it tags a national team and a government by their
 * country's name as the place (a club named by its city stays an organisation). So is a capital
 * acting as its government («Beijing believes…»), unless a team rule typed it («OTTAWA 4 Boston 2»,
 * «Washington lost to Toronto») or its line gives a score («Washington beat Toronto 101-95»): there
 * it names a club. Entities in text order; returned in text order.
 */
export function countriesAsPlaces(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e) => {
		if (e.type !== 'ORG') return undefined;
		const place = isPlayersCountry(e.text) || (isListedCountry(model, e.text) && e.source === 'model' && !SCORE_IN_LINE.test(lineAround(text, e.start, e.end)));
		return place ? { ...e, type: 'LOC', source: 'rule' } : undefined;
	});
}
/** A game's score («101-95», «2-1», «3 - 0» as tokens are joined). */
const SCORE_IN_LINE = /(?<![\p{L}\p{N}.,])\d{1,3} ?[-–] ?\d{1,3}(?![\p{L}\p{N}.,-])/u;


/** A country in brackets right after a name: the player's, in a sports table («Todd Martin ( U.S. )»). */
const BRACKETED_COUNTRY = /^[ \t]*\([ \t]*(\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*){0,2})[ \t]*\)/u;

/**
 * English: a given name and a surname read as an organisation, a place or MISC, right before a
 * country in brackets, are a player («Marcelo Rios ( Chile ) beat Todd Martin ( U.S. )»: an ORG, as
 * if «U.S.» were its acronym; «Ernie Els ( South Africa )» as MISC).
 */
export function playersBeforeCountries(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e) => {
		if (e.type === 'PER' || e.type === 'DATE' || e.source !== 'model') return undefined;
		const country = BRACKETED_COUNTRY.exec(text.slice(e.end, e.end + 40));
		if (!country) return undefined;
		const words = e.text.split(' ');
		if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) || (listedTypes(model, words[0]) & PER_BIT) === 0) return undefined;
		// a name some list knows as a place or an organisation («New York», «Goldman Sachs») stays one
		const key = nameKey(e.text);
		if (key !== undefined && (entryBits(model.resources.gazetteers, key) & (LOC_BIT | ORG_BIT)) !== 0) return undefined;
		if (!isPlayersCountry(country[1])) return undefined;
		return { ...e, type: 'PER' };
	});
}

/** What stands between a player's name and the country in brackets after it. */
const OPENING_BRACKET = /^[ \t]*\([ \t]*$/u;

/**
 * English: the country in brackets after a player's name is the player's country, a place, where
 * the model read it as an organisation or MISC («Thomas Enqvist (Sweden) beat …»: «Sweden» an ORG,
 * as a team would be). Entities in text order.
 */
export function playersCountries(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e, k) => {
		if ((e.type !== 'ORG' && e.type !== 'MISC') || k === 0 || !/^[ \t]*\)/u.test(text.slice(e.end, e.end + 4))) return undefined;
		const player = entities[k - 1];
		if (player.type !== 'PER' || !OPENING_BRACKET.test(text.slice(player.end, e.start)) || !isPlayersCountry(e.text)) return undefined;
		return { ...e, type: 'LOC', source: 'rule' };
	});
}

/** The team a driver or rider races for, after their bracketed country: one or two capitalised words, then a time, a figure or lower-case words («Ferrari 1 hour …», «Jordan one lap behind»). */
const TEAM_AFTER_COUNTRY = /^[ \t]*\)[ \t]+(\p{Lu}[\p{L}'’&-]*(?:[ \t]+\p{Lu}[\p{L}'’&-]*)?)(?=[ \t]+(?:\d|\p{Ll})|[ \t]*(?:[\r\n]|$))/u;

/**
 * English: motor-racing and cycling results, where the team follows the driver's bracketed country
 * («1. Michael Schumacher (Germany) Ferrari 1 hour 17 minutes»): the team is an organisation (the
 * model read «Ferrari» as MISC, «Jordan» as the country, «Benetton» as nothing). Entities in text
 * order; returned in text order.
 */
export function teamsAfterPlayersCountries(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	const teams: TypedRange[] = [];
	for (let k = 0; k + 1 < entities.length; k++) {
		const player = entities[k];
		const country = entities[k + 1];
		if (player.type !== 'PER' || !OPENING_BRACKET.test(text.slice(player.end, country.start)) || !isPlayersCountry(country.text)) continue;
		const team = TEAM_AFTER_COUNTRY.exec(text.slice(country.end, country.end + 60));
		if (!team) continue;
		const start = country.end + team[0].length - team[1].length;
		teams.push({ start, end: start + team[1].length, type: 'ORG' });
	}
	return putOverPiecesAll(text, entities, teams);
}

/** «Dan Ives of Wedbush Securities»: a person's name, «of», and the organisation they speak for. */
const PERSON_OF_ORGANISATION = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)+) of ((?:the )?\p{Lu}[\p{L}&'’.-]*(?: (?:\p{Lu}[\p{L}&'’.-]*|of|and|&))*)$/u;

/** Last words of the firms analysts and researchers are quoted for («Wedbush Securities», «Capital Economics»). */
const AFFILIATION_ENDS = new Set(['securities', 'research', 'financial', 'markets', 'advisors', 'advisers', 'associates', 'economics', 'consulting', 'analytics', 'institute', 'university', 'college']);

/** The name's last word makes it an organisation's or a firm's («Wedbush Securities», «World Meteorological Organization»). */
function endsLikeOrganisation(name: string): boolean {
	const words = name.split(' ');
	const last = words[words.length - 1];
	return isCompanyNameEnd(last) || AFFILIATION_ENDS.has(last.toLowerCase()) || isOrganisationNameEnd(words.length > 1 ? words[words.length - 2] : '', last);
}

/**
 * English: «U.S. President Donald Trump» read as one person (GUM writes the office inside the
 * span): a country's initials and a title before a capitalised name are the country, a place, and
 * the person from the name on, as the title trim makes of «President Donald Trump».
 */
export function splitCountryTitles(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	return splitWhere(entities, (e) => {
		// every initialism of COUNTRY_INITIALISMS starts with «U»: most persons stop here
		if (e.type !== 'PER' || !e.text.startsWith('U')) return undefined;
		// the span's words, with where each starts (spaces may be more than one)
		const spanWords = [...e.text.matchAll(/\S+/gu)];
		if (spanWords.length < 3 || !COUNTRY_INITIALISMS.has(spanWords[0][0])) return undefined;
		const k = 1 + leadingTitleTokens(spanWords.slice(1).map((w) => w[0]), true);
		if (k === 1 || !/^\p{Lu}/u.test(spanWords[k][0])) return undefined;
		const initials = spanWords[0][0];
		const nameStart = e.start + spanWords[k].index;
		return [
			{ start: e.start, end: e.start + initials.length, type: 'LOC', text: initials, confidence: e.confidence, source: 'rule' },
			{ ...e, start: nameStart, text: text.slice(nameStart, e.end), source: 'rule' },
		];
	});
}

/** « and England midfielder»: «and», a country (1), and a player's position or «international», read from the «and» on. */
const AND_COUNTRY_POSITION = /[ \t]+and[ \t]+(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?)[ \t]+(?:midfielder|striker|defender|goalkeeper|forward|winger|captain|full-back|centre-back|center-back|playmaker|international|fly-half|scrum-half|flanker|wicketkeeper|batsman|batter|bowler|all-rounder|keeper)s?(?![\p{L}\p{N}])/uy;
/** The club's name of one or two capitalised words right before « and » (1). */
const CLUB_BEFORE_AND = /(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?)$/u;

/**
 * English: «Former Liverpool and England midfielder Steven Gerrard» read as one organisation,
 * «the Chelsea and France midfielder» as two places: a player's club and national side before the
 * player's position are the club, an organisation, and the country, a place (news annotates a
 * national team as its country). The second name must be a listed country or a home nation, the
 * first not; the names found inside the two are replaced, where none reaches out of them. Read
 * from each « and » of the text. Entities in text order; returned in text order.
 */
export function clubsAndCountriesOfPlayers(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	const edits: Edit[] = [];
	for (let p = text.indexOf(' and '); p >= 0; p = text.indexOf(' and ', p + 5)) {
		AND_COUNTRY_POSITION.lastIndex = p;
		const after = AND_COUNTRY_POSITION.exec(text);
		const before = after ? CLUB_BEFORE_AND.exec(text.slice(Math.max(0, p - 60), p)) : null;
		if (!after || !before) continue;
		const country = after[1];
		// «Former Liverpool»: a sentence's or a description's first word is no part of the club's name
		const club = before[1].replace(/^(?:Former|Ex|The|Veteran|Retired|Then)[ \t]+/u, '');
		if (!(HOME_NATIONS.has(country) || isListedCountry(model, country)) || HOME_NATIONS.has(club) || isListedCountry(model, club) || isTitleWord(club.split(/\s+/u)[0])) continue;
		const start = p - club.length;
		const countryStart = p + after[0].indexOf(country);
		const end = countryStart + country.length;
		const inside = entities.filter((e) => e.start < end && start < e.end);
		if (inside.some((e) => e.start < start || e.end > end || e.type === 'DATE')) continue;
		edits.push({ entity: ruleEntity(text, start, start + club.length, 'ORG'), replaced: inside });
		edits.push({ entity: ruleEntity(text, countryStart, end, 'LOC'), replaced: [] });
	}
	return applyEdits(entities, edits);
}

/** A character that goes on a word right before a name (so the name is no word of its own): tested in code, as a look-behind opening a pattern is tried at every character. */
const WORD_PART_BEFORE = /[\p{L}\p{N}'’-]/u;
/** «Police Scotland», «Ambulance Victoria», «Fire Rescue Victoria», «Sport England»: one or two words of a public service, then a place (1). */
const SERVICE_OF_PLACE = /(?:(?:Police|Ambulance|Fire|Rescue|Sport|Transport|Health|Statistics|Environment|Parks|Elections|Historic|Natural|Tourism|Water|Forestry)[ \t]+){1,2}(\p{Lu}[\p{L}\p{M}]+(?:[ \t]+\p{Lu}[\p{L}\p{M}]+)?)(?![\p{L}\p{N}'’-]|[ \t]+\p{Lu})/gu;

const PLACE_HEADS_AFTER_SERVICES = new Set(['Island', 'Islands', 'Bay', 'Lake', 'Valley', 'Coast', 'Park']);

/**
 * English: «Police Scotland said», «according to Ambulance Victoria» read as the place alone or a
 * place: a public service named by its field and the country or state it serves is an organisation
 * («Health Canada», «Statistics Canada», which the model reads so), when the place is a listed one
 * and the words are not inside a longer capitalised name. Entities in text order; returned in text
 * order.
 */
export function servicesOfPlaces(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	const ranges: TypedRange[] = [];
	for (const m of allMatches(text, SERVICE_OF_PLACE)) {
		if (m.index > 0 && (WORD_PART_BEFORE.test(text[m.index - 1]) || text[m.index - 1] === '.')) continue;
		// (not «Fire Island»: the list's Iceland in German, and a geographic head)
		if (!isListedPlaceName(model, m[1]) || PLACE_HEADS_AFTER_SERVICES.has(m[1])) continue;
		ranges.push({ start: m.index, end: m.index + m[0].length, type: 'ORG' });
	}
	return ranges.length ? putOverPiecesAll(text, entities, ranges) : entities;
}

/** Universities that news names by their name alone, which is also a town's («Harvard president Alan Garber»). */
const UNIVERSITIES_BY_NAME = new Set(['Harvard', 'Yale', 'Stanford', 'Princeton', 'Cornell']);

/**
 * English: «Harvard president Alan Garber», «Yale spokesman Tom Conroy» read as a place: a
 * university that news names by its name alone, read alone as a place, is the university (not
 * «Harvard Square», whose next word is capitalised; a person of that name stays one).
 */
export function universitiesByName(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e) => (e.type === 'LOC' && UNIVERSITIES_BY_NAME.has(e.text) && !/^[ \t]+\p{Lu}/u.test(text.slice(e.end, e.end + 3)) ? { ...e, type: 'ORG', source: 'rule' } : undefined));
}

/** A saint's name with its possessive, up to two capitalised words and an institution's or a building's head («St. Mary's Catholic School», «St Thomas' Hospital»). */
const SAINTS_INSTITUTION = /(?:St\.?|Saint) \p{Lu}\p{Ll}+(?:['’]s|s['’])(?: \p{Lu}\p{Ll}+){0,2} (College|School|Academy|University|Hospital|Infirmary|Cathedral|Church|Abbey|Chapel|Basilica|Priory|Minster)(?![\p{L}\p{N}])/gu;
/** … the heads that make it a school, an organisation where nothing else tells. */
const SCHOOL_HEADS = new Set(['College', 'School', 'Academy', 'University']);

/**
 * English: «St. Mary's Catholic School» read as the place «St. Mary» and the organisation «Catholic
 * School», «St. Patrick's Cathedral» as two places: a saint's name with its possessive and the
 * head of an institution or a building are one name, of the type read on its head (a school
 * where nothing was read there, a place otherwise).
 */
export function institutionsOfSaints(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!text.includes('St') || !/['’]/u.test(text)) return entities;
	const ranges: TypedRange[] = [];
	for (const m of allMatches(text, SAINTS_INSTITUTION)) {
		if (m.index > 0 && WORD_PART_BEFORE.test(text[m.index - 1])) continue;
		const end = m.index + m[0].length;
		const onHead = entities.find((e) => e.start < end && e.end >= end && e.type !== 'DATE');
		ranges.push({ start: m.index, end, type: onHead?.type ?? (SCHOOL_HEADS.has(m[1]) ? 'ORG' : 'LOC') });
	}
	return ranges.length ? putOverPiecesAll(text, entities, ranges) : entities;
}

/** «, known as Prachanda», «, better known as El Chapo»: another name of the name right before, one to three capitalised words. */
const KNOWN_AS = /^[ \t]*,?[ \t]+(?:(?:also|better|popularly|widely)[ \t]+)?(?:known[ \t]+as|nicknamed|dubbed)[ \t]+((?:\p{Lu}[\p{L}\p{M}'’-]*)(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,2})(?![\p{L}\p{N}])/u;

/**
 * English: «Prime Minister Pushpa Kamal Dahal, known as Prachanda» found the person and not the
 * other name: what a person, a place or an organisation is «known as», «nicknamed» or «dubbed»
 * right after its name is a name of the same kind (as the English training files type it after
 * persons and places), where nothing was read there (`namesAfterNames` retypes what was). Entities
 * in text order; returned in text order.
 */
export function namesKnownAs(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!text.includes('known as') && !text.includes('nicknamed') && !text.includes('dubbed')) return entities;
	const ranges: TypedRange[] = [];
	for (const e of entities) {
		if (e.type !== 'PER' && e.type !== 'LOC' && e.type !== 'ORG') continue;
		const m = KNOWN_AS.exec(text.slice(e.end, e.end + 80));
		if (!m) continue;
		const end = e.end + m[0].length;
		ranges.push({ start: end - m[1].length, end, type: e.type });
	}
	return typeRanges(text, entities, ranges, () => false);
}

/** A federal state's or a province's name of one or two capitalised words with its noun («Lagos State», «Western Cape Province»). */
const STATE_NAME = /^(?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]+){1,2}(?:State|Province)$/u;

/**
 * English: «Kano State Governor Abba Yusuf» read as one person, «Lagos State Governor Babajide
 * Sanwo-Olu» as the organisation «Lagos State» and the person: a state named with «State» or
 * «Province» before a title is the place whose office the title is, and the person is the name
 * after the title, as the title trim makes of «Governor Abba Yusuf» («the Ogun State Government»,
 * an organisation, has no title after it).
 */
export function splitStateTitles(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	const retyped = replaceWhere(entities, (e) => {
		if (e.type !== 'ORG' || !STATE_NAME.test(e.text)) return undefined;
		const next = /^[ \t]+(\p{L}+)/u.exec(text.slice(e.end, e.end + 24))?.[1];
		return next !== undefined && leadingTitleTokens([next, 'X']) === 1 ? { ...e, type: 'LOC', source: 'rule' } : undefined;
	});
	return splitWhere(retyped, (e) => {
		if (e.type !== 'PER' || (!e.text.includes(' State ') && !e.text.includes(' Province '))) return undefined;
		const spanWords = [...e.text.matchAll(/\S+/gu)];
		const state = spanWords.findIndex((w) => w[0] === 'State' || w[0] === 'Province');
		if (state < 1 || state > 2 || !STATE_NAME.test(text.slice(e.start, e.start + spanWords[state].index + spanWords[state][0].length))) return undefined;
		const k = state + 1 + leadingTitleTokens(spanWords.slice(state + 1).map((w) => w[0]), true);
		if (k === state + 1 || k >= spanWords.length || !/^\p{Lu}/u.test(spanWords[k][0])) return undefined;
		const stateEnd = e.start + spanWords[state].index + spanWords[state][0].length;
		const nameStart = e.start + spanWords[k].index;
		return [
			{ start: e.start, end: stateEnd, type: 'LOC', text: text.slice(e.start, stateEnd), confidence: e.confidence, source: 'rule' },
			{ ...e, start: nameStart, text: text.slice(nameStart, e.end), source: 'rule' },
		];
	});
}

/**
 * English: «the Afghan Ambassador to the United States Hamdullah Mohib», «the Ambassador to France
 * Jean Dupont» read as one person or one place: a listed country opening the name (its longest
 * listed opening, up to four words), then two to four capitalised words one of which the lists
 * know as a person's name, none a common word or a title, and no listed place together, are the
 * country and the person; not a one-word country the training files never name alone as a place
 * (a given name there: «Chad Edward Gaudin»).
 * Entities in text order.
 */
export function splitCountriesBeforePersons(text: string, model: TaggerModel, entities: DetectedEntity[], inLowerCase: (word: string) => boolean): DetectedEntity[] {
	return splitWhere(entities, (e) => {
		// three words at least: most names stop here
		if ((e.type !== 'PER' && e.type !== 'LOC') || e.text.indexOf(' ', e.text.indexOf(' ') + 1) < 0) return undefined;
		const spanWords = [...e.text.matchAll(/\S+/gu)];
		if (spanWords.length < 3 || !spanWords.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w[0]) || w[0] === 'of' || w[0] === 'the')) return undefined;
		let country = 0;
		for (let k = Math.min(4, spanWords.length - 2); k >= 1; k--) {
			const end = spanWords[k - 1].index + spanWords[k - 1][0].length;
			if (isListedCountry(model, e.text.slice(0, end))) {
				country = k;
				break;
			}
		}
		if (country === 0) return undefined;
		const rest = spanWords.slice(country).map((w) => w[0]);
		// a given name that is a country's too («Chad Edward Gaudin»); an office after the country
		// («United States Marshal Foraker», the title rules' case)
		if (country === 1 && (trainingTypes(model, spanWords[0][0]) & LOC_BIT) === 0) return undefined;
		if (rest.length > 4 || isRunTimeTitleWord(rest[0]) || rest.some((w) => !/^\p{Lu}/u.test(w) || inLowerCase(w))) return undefined;
		const restStart = e.start + spanWords[country].index;
		if (isListedPlaceName(model, text.slice(restStart, e.end)) || !rest.some((w) => (seenTypes(model, w) & PER_BIT) !== 0)) return undefined;
		const countryEnd = e.start + spanWords[country - 1].index + spanWords[country - 1][0].length;
		return [
			{ start: e.start, end: countryEnd, type: 'LOC', text: text.slice(e.start, countryEnd), confidence: e.confidence, source: 'rule' },
			{ start: restStart, end: e.end, type: 'PER', text: text.slice(restStart, e.end), confidence: e.confidence, source: 'rule' },
		];
	});
}

/**
 * English: «King Charles and Queen Camilla» read as one person (GUM writes a couple or a pair of
 * authors as one mention; the UNER files never put «and» inside a person): two persons, each
 * named without its title, as the title trim makes of one. Only where both sides hold a capitalised
 * word («Charles and Queen Camilla», «Simon and Garfunkel»), after a listed organisation after «and»
 * has been split off («Renault and Mercedes-Benz»); not «&», which joins a firm's names («Simon &
 * Schuster»). Entities in text order.
 */
export function splitCoordinatedPersons(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	return splitWhere(entities, (e) => {
		if (e.type !== 'PER') return undefined;
		// not «&», which joins the names of a firm («Simon & Schuster»)
		const and = / and (?=\p{Lu})/u.exec(e.text);
		if (!and || !/^\p{Lu}/u.test(e.text)) return undefined;
		const rest = [...e.text.slice(and.index + and[0].length).matchAll(/\S+/gu)];
		const k = leadingTitleTokens(rest.map((w) => w[0]), true);
		const secondStart = e.start + and.index + and[0].length + rest[k].index;
		return splitEntity(text, e, e.start + and.index, secondStart, 'PER');
	});
}

/**
 * English: «rents in Cork and Galway climbed» read as one place: two places a list knows, joined by
 * «and», are two places where no list knows the whole («Trinidad and Tobago», «Bosnia and
 * Herzegovina» stay one). Entities in text order.
 */
export function splitCoordinatedPlaces(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	return splitWhere(entities, (e) => {
		if (e.type !== 'LOC') return undefined;
		const and = / and (?=\p{Lu})/u.exec(e.text);
		if (!and || !/^\p{Lu}/u.test(e.text) || isListedPlaceName(model, e.text) || isListedCountry(model, e.text)) return undefined;
		const first = e.text.slice(0, and.index);
		const second = e.text.slice(and.index + and[0].length);
		if (!isListedPlaceName(model, first) || !isListedPlaceName(model, second)) return undefined;
		return splitEntity(text, e, e.start + and.index, e.start + and.index + and[0].length, 'LOC');
	});
}

/** The companies market reports name (some also towns or words: only before a region here). */
const MARKET_COMPANIES = new Set(LISTED_COMPANIES);
/** Continents and regions a company's branch is named after («Nikko Europe», «Toyota Asia»). */
const BRANCH_REGIONS = new Set(['Europe', 'Asia', 'America', 'Americas', 'Africa', 'Pacific', 'International']);

/**
 * English: a name read as a place that is a listed company and a region («Nikko Europe»; a company
 * market reports name, even one that is a town too), or a listed town and a company of the list
 * news names everywhere («Shanghai Volkswagen», a joint venture; not «Nkwo Nike», a town), is the
 * company's branch, an organisation. Entities in text order; returned in text order.
 */
export function companyBranches(model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e) => {
		if (e.type !== 'LOC' || !e.text.includes(' ')) return undefined;
		const words = tokenize(e.text).map((t) => t.text);
		if (words.length < 2) return undefined;
		const last = words[words.length - 1];
		const branch = BRANCH_REGIONS.has(last) && (isListedOrganisation(words.slice(0, -1)) || MARKET_COMPANIES.has(e.text.slice(0, e.text.length - last.length).trimEnd()));
		const venture = isListedOrganisation(words.slice(1)) && /^\p{Lu}\p{Ll}/u.test(words[0]) && isListedPlaceName(model, words[0]);
		return branch || venture ? { ...e, type: 'ORG', source: 'rule' } : undefined;
	});
}

/**
 * English: a person read across «of» and an organisation («Dan Ives of Wedbush Securities») is two
 * names: the person, from a listed given name, and what follows «of»: a listed place, else an
 * organisation («Catherine Moulin of Banque Paribas», «Nathan Law of Demosisto»), when it has no
 * «of» or «and» of its own or its last word is an organisation's or a company's («Securities»,
 * «University», «Bank») or it is an acronym («UBS»). «Catherine of Aragon», one name before «of»,
 * stays one person, and so does a name whose part before «of» ends like an institution's.
 */
export function splitPersonsOfOrganisations(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	return splitWhere(entities, (e) => {
		if (e.type !== 'PER' || !e.text.includes(' of ')) return undefined;
		const m = PERSON_OF_ORGANISATION.exec(e.text);
		if (!m || (listedTypes(model, m[1].split(' ')[0]) & PER_BIT) === 0) return undefined;
		// «Max Rady College of Medicine» is the college's name
		if (endsLikeOrganisation(m[1]) || isInstitutionHead(m[1].slice(m[1].lastIndexOf(' ') + 1), 'en')) return undefined;
		const place = isListedPlaceName(model, m[2]);
		if (!place && / (?:of|and|&) /u.test(m[2]) && !endsLikeOrganisation(m[2]) && !/^\p{Lu}{2,5}$/u.test(m[2])) return undefined;
		return splitEntity(text, e, e.start + m[1].length, e.end - m[2].length + (m[2].startsWith('the ') ? 4 : 0), place ? 'LOC' : 'ORG');
	});
}

/** Heads of organisations named after «of» («House of Windsor», «Friends of the Earth», «Law Offices of …»). */
const NAMED_AFTER_OF = new Set(['House', 'Houses', 'Friends', 'Sons', 'Daughters', 'Order', 'Church', 'Society', 'Offices', 'Office', 'Chambers', 'Company', 'Guild', 'Brotherhood', 'Knights', 'Museum', 'Foundation', 'Fund', 'Trust']);
/** An organisation's name, «of», and two or three capitalised words («Economic Freedom Fighters of Julius Malema»). */
const ORGANISATION_OF_NAME = /^(.+\S) of (\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2})$/u;

/**
 * English: «the Economic Freedom Fighters of Julius Malema» read as one organisation: a name after
 * «of» that opens with a given name the lists know as a person's only, and does not end like an
 * organisation's, is the person the organisation belongs to: not after a head that names
 * organisations after «of» («University of Sao Paulo», «Law Offices of Armando Villega», «House of
 * Luiz Caloi»), nor where a word after «of» is a common word («Association of Muslim Scholars») or
 * the name a listed place.
 */
export function splitOrganisationsOfPersons(text: string, model: TaggerModel, entities: DetectedEntity[], isCommonWord: (word: string) => boolean): DetectedEntity[] {
	return splitWhere(entities, (e) => {
		if (e.type !== 'ORG' || !e.text.includes(' of ')) return undefined;
		const m = ORGANISATION_OF_NAME.exec(e.text);
		if (!m || m[1].includes(' of ') || listedTypes(model, m[2].split(' ')[0]) !== PER_BIT || endsLikeOrganisation(m[2]) || isListedPlaceName(model, m[2])) return undefined;
		// «University of Sao Paulo», «Law Offices of Armando …», «House of …», «Association of Muslim Scholars»
		const head = m[1].slice(m[1].lastIndexOf(' ') + 1);
		if (isInstitutionHead(head, 'en') || NAMED_AFTER_OF.has(head) || m[2].split(' ').some(isCommonWord)) return undefined;
		return splitEntity(text, e, e.start + m[1].length, e.end - m[2].length, 'PER');
	});
}

/**
 * English: «Volkswagen, Renault and Mercedes-Benz» read as the person «Renault and Mercedes-Benz»:
 * a person read across «and» whose last part is a listed organisation is two names: the listed
 * organisation, and before «and» another organisation when one word, else a person («Karen Smith
 * and Goldman Sachs»); not «Carrano and Biewener», two persons, which GUM writes as one span.
 */
export function splitPersonsBeforeOrganisations(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	return splitWhere(entities, (e) => {
		const m = e.type === 'PER' ? / and (\p{Lu}\S*(?: \p{Lu}\S*)*)$/u.exec(e.text) : null;
		if (!m || /\sand\s/u.test(e.text.slice(0, m.index)) || !isListedOrganisation(tokenize(m[1]).map((t) => t.text))) return undefined;
		const [first, second] = splitEntity(text, e, e.start + (m.index ?? 0), e.end - m[1].length, 'ORG');
		// one word before «and» is the list's other company; a full name stays the person («Karen Smith and Goldman Sachs»)
		return [/\s/u.test(first.text) ? first : { ...first, type: 'ORG' }, second];
	});
}

/** «Anglo-Dutch», «Sino-U.S.», «Franco-German»: two peoples joined by a combining form make an adjective. */
const COMPOUND_NATIONALITY = /^(?:Anglo|Franco|Sino|Russo|Indo|Afro|Euro|Austro|Greco|Italo|Hispano|Judeo|Turco|Irano|Germano)-\p{Lu}[\p{L}.]+$/u;

/** English: a compound nationality read as a name («the Anglo-Dutch company» as an ORG) is MISC, as a demonym is. */
export function compoundNationalities(entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e) => ((e.type === 'ORG' || e.type === 'LOC' || e.type === 'PER') && COMPOUND_NATIONALITY.test(e.text) ? { ...e, type: 'MISC', source: 'rule' } : undefined));
}

/** Compass adjectives, which name no place before a lower-case noun («Western governments»). */
const COMPASS_ADJECTIVES = 'Western|Eastern|Northern|Southern';
const COMPASS_ADJECTIVE = new RegExp(`^(?:${COMPASS_ADJECTIVES})$`, 'u');
/** The least confidence of the name split from a compass adjective (the threshold of the CLI is 0.3). */
const SPLIT_NAME_CONFIDENCE = 0.5;
/** «the United Nations and Western» of «… and Western governments»: a name, «and», a compass adjective. */
const NAME_AND_COMPASS_ADJECTIVE = new RegExp(`^(.+\\S) and (${COMPASS_ADJECTIVES})$`, 'u');

/**
 * English: «the United Nations and Western governments» read as the organisation «United Nations and
 * Western», «Kyiv and Western allies» with the place «Western»: a compass adjective before a
 * lower-case noun is an adjective (MISC), as a people's is, and no part of the name before «and»
 * (the training files leave it untagged 8 of 10 times; of the others, one opens a place: «Western
 * and Central Massachusetts», one ends a company's name).
 */
export function compassAdjectivesBeforeNouns(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	const beforeNoun = (e: DetectedEntity): boolean => /^ \p{Ll}/u.test(text.slice(e.end, e.end + 2));
	const split = splitWhere(entities, (e) => {
		if (e.type === 'MISC' || e.type === 'DATE' || !e.text.includes(' and ') || !beforeNoun(e)) return undefined;
		const m = NAME_AND_COMPASS_ADJECTIVE.exec(e.text);
		if (!m) return undefined;
		// the model's doubt was over the join («the European Union and Western», 0.22), not the name
		const [name, adjective] = splitEntity(text, e, e.start + m[1].length, e.end - m[2].length, 'MISC');
		return [{ ...name, confidence: Math.max(name.confidence, SPLIT_NAME_CONFIDENCE) }, adjective];
	});
	return replaceWhere(split, (e) => (e.type !== 'MISC' && e.type !== 'DATE' && COMPASS_ADJECTIVE.test(e.text) && beforeNoun(e) ? { ...e, type: 'MISC', source: 'rule' } : undefined));
}

/** «World Meteorological Organization in Geneva»: an organisation's name, «in», and the place it sits in. */
const ORGANISATION_IN_PLACE = /^(.+\S) in (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})$/u;

/**
 * English: an organisation read across «in» and a listed place («World Meteorological Organization
 * in Geneva», «Ohio State University in Columbus») is the organisation and the place, when its
 * name before «in» ends with an organisation's or a firm's word (GUM writes such spans whole, UNER
 * and the other files two names: 38 of them).
 */
export function splitOrganisationsInPlaces(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	return splitWhere(entities, (e) => {
		if (e.type !== 'ORG' || !e.text.includes(' in ')) return undefined;
		const m = ORGANISATION_IN_PLACE.exec(e.text);
		if (!m || (listedTypes(model, m[2]) & LOC_BIT) === 0 || !endsLikeOrganisation(m[1])) return undefined;
		return splitEntity(text, e, e.start + m[1].length, e.end - m[2].length, 'LOC');
	});
}

/** «, widely known as », «, also known as »: right after a name, its other name follows. */
const KNOWN_AS_BETWEEN = /^\s*,?\s*(?:(?:widely|better|popularly|commonly|also)\s+)?known\s+as\s+$/u;
/** « of the », « of »: between a person and where they come from. */
const OF_BETWEEN = /^\s+of\s+(?:the\s+)?$/u;

/**
 * English: a name right after another, read from what joins them. «Mohamed Hamdan Dagalo, widely
 * known as Hemedti» read as a place: the other name after «, known as» is the person's (a one-word
 * name no list knows as a country); «the Chilean Copper Commission, known as Cochilco» read as a
 * place: the organisation's. «Coco Gauff of the United States» read as an organisation: a listed
 * country after a person and «of» is where the person comes from, a place (after a person, «of»
 * and a capital, LOC 8 times, ORG 3 in the English training files, the ORGs newspapers: «Troy
 * Patterson of Slate»).
 */
export function namesAfterNames(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	let out: DetectedEntity[] | undefined;
	entities.forEach((e, k) => {
		if (k === 0) return;
		const before = entities[k - 1].type;
		const between = text.slice(entities[k - 1].end, e.start);
		let type: string | undefined;
		const otherName = e.source === 'model' && !/\s/u.test(e.text) && KNOWN_AS_BETWEEN.test(between) && !isListedCountry(model, e.text);
		if (otherName && before === 'PER' && (e.type === 'LOC' || e.type === 'ORG')) type = 'PER';
		else if (otherName && before === 'ORG' && (e.type === 'LOC' || e.type === 'PER')) type = 'ORG';
		// (the person before may be a nickname just read so)
		else if (e.type === 'ORG' && (out ?? entities)[k - 1].type === 'PER' && OF_BETWEEN.test(between) && isListedCountry(model, e.text)) type = 'LOC';
		if (type === undefined) return;
		out ??= entities.slice();
		out[k] = { ...e, type, source: 'rule' };
	});
	return out ?? entities;
}

/**
 * Prepositions after which a listed country is the place, whatever it does in the sentence, and
 * «to» after a verb or noun of going («returned to Tunisia»: after these words a name is LOC 127
 * times, ORG 17 — none a country — in the English training files).
 */
const COUNTRY_PLACE_BEFORE =
	/(?:^|[^\p{L}])(?:in|from|across|near|into|throughout|within|inside|(?:returned|returning|returns?|travell?ed|travell?ing|travels?|flew|fly|flying|fled|flee|fleeing|moved|moving|went|going|back|trip|visit|journey|deported|headed|heading|emigrated)\s+to)\s+(?:the\s+)?$/u;
/** What joins the places of a list: a comma or «and», and the article. */
const PLACE_LIST_JOIN = /^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:the\s+)?$/u;

/**
 * English: «firms in China and the United Arab Emirates» read as an organisation: a listed country
 * after «in», «from», «across», «returned to»… (and the article), or ending a list of places that starts so, is
 * the place (after these words and a listed country, LOC 361 times, ORG 3 in the English training
 * files); a country acting elsewhere is left to the model («Russia said»).
 */
export function countriesAfterPlacePrepositions(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	let out: DetectedEntity[] | undefined;
	let listOpen = false;
	entities.forEach((e, k) => {
		const previous = k > 0 ? (out ?? entities)[k - 1] : undefined;
		const inList = listOpen && previous !== undefined && previous.type === 'LOC' && PLACE_LIST_JOIN.test(text.slice(previous.end, e.start));
		const afterPreposition = COUNTRY_PLACE_BEFORE.test(text.slice(Math.max(0, e.start - 32), e.start));
		listOpen = e.type === 'LOC' && (afterPreposition || inList);
		if (e.type !== 'ORG' || !(afterPreposition || inList) || !isListedCountry(model, e.text)) return;
		out ??= entities.slice();
		out[k] = { ...e, type: 'LOC', source: 'rule' };
		listOpen = true;
	});
	return out ?? entities;
}

/** «in», «near»… right before a name («a plant in Taylor, Texas»). */
const TOWN_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|near|outside|from|at)\s$/u;
/** After a town's region: the clause goes on or ends («, Texas, on Monday», «, Texas.»), not a possessive. */
const AFTER_REGION = /^(?:\s*[,.;:)!?]|\s+\p{Ll}|\s*$)/u;

/**
 * English: «a plant in Taylor, Texas» read as a person: a one-word name after «in», «near»,
 * «outside», «from» or «at», then a comma and a place the text names (a state or a country, not
 * before «'s»), is a town. Entities in text order.
 */
export function townsBeforeRegions(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e, k) => {
		const region = entities[k + 1];
		if (e.type !== 'PER' || /\s/u.test(e.text) || region?.type !== 'LOC' || !/^\s*,\s*$/u.test(text.slice(e.end, region.start))) return undefined;
		if (!TOWN_PREPOSITION_BEFORE.test(text.slice(Math.max(0, e.start - 8), e.start)) || !AFTER_REGION.test(text.slice(region.end, region.end + 2))) return undefined;
		return { ...e, type: 'LOC', source: 'rule' };
	});
}

/** «in» right before a name («In Bonn, a spokesman said»). */
const IN_BEFORE = /(?:^|[^\p{L}\p{N}'’-])[Ii]n $/u;

/**
 * English: «In Bonn, a spokesman for Chancellor Helmut Kohl said» read as a person: one name after
 * «in» and before a comma is a place (in the English training files LOC 209 times, a person once,
 * an organisation 4 times), when the lists know it as one, whatever else they know it as («Bonn»
 * is a surname too). Entities in text order.
 */
export function listedPlacesAfterIn(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e) => {
		if (e.type !== 'PER' || !/^\p{Lu}[\p{L}'’-]*$/u.test(e.text) || text[e.end] !== ',' || !IN_BEFORE.test(text.slice(Math.max(0, e.start - 4), e.start))) return undefined;
		return listedTypes(model, e.text) & LOC_BIT ? { ...e, type: 'LOC', source: 'rule' } : undefined;
	});
}

/** A company's officer between its name and the officer's («SK Hynix chief executive Kwak Noh-jung»). */
const COMPANY_OFFICER_BETWEEN = /^ (?:CEO|CFO|COO|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|[Cc]hief [Ff]inancial [Oo]fficer|[Cc]hairman|[Cc]hairwoman|[Ff]ounder|[Cc]o-founder|[Pp]resident and [Cc]hief [Ee]xecutive) $/u;

/**
 * English: «SK Hynix chief executive Kwak Noh-jung» with the company read as a person: a name right
 * before a company officer's title and the officer's name is the company (a person's adviser or
 * spokesman, «Trump adviser Steve Bannon», is no such title). Entities in text order.
 */
export function employersBeforeCompanyOfficers(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e, k) => {
		const officer = entities[k + 1];
		return e.type === 'PER' && officer?.type === 'PER' && COMPANY_OFFICER_BETWEEN.test(text.slice(e.end, officer.start)) ? { ...e, type: 'ORG', source: 'rule' } : undefined;
	});
}

/** «the Africa |»: the article and one or two capitalised words right before a name. */
const THE_AND_PLACE_BEFORE = /(?:^|[^\p{L}])[Tt]he ((?:\p{Lu}[\p{L}-]* ){1,2})$/u;

/**
 * English: «the Africa Centres for Disease Control and Prevention» read from «Centres» on: a
 * country's or a place's name the model left untagged between «the» and an organisation's name is
 * its first words (after «the» a place's name is a modifier, not the place itself). Entities in
 * text order.
 */
export function placesOpeningOrganisations(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e, k) => {
		const m = e.type === 'ORG' ? THE_AND_PLACE_BEFORE.exec(text.slice(Math.max(0, e.start - 40), e.start)) : null;
		if (!m) return undefined;
		const place = m[1].trimEnd();
		const start = e.start - m[1].length;
		const previous = entities[k - 1];
		if ((previous && previous.end > start) || !(isListedCountry(model, place) || isListedPlaceName(model, place))) return undefined;
		return { ...e, start, text: text.slice(start, e.end), source: 'rule' };
	});
}

/** The noun of an area after a space, a quick test and the lines to read. */
const AREA_NOUN = / (?:province|region|district|governorate|prefecture|oblast|county|state|village)s?(?![\p{L}\p{N}])/u;
/** One or two capitalised words before a lower-case noun of an administrative area («Fujian province», «Kherson region»). */
const NAME_BEFORE_AREA_NOUN = /(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?) (?:province|region|district|governorate|prefecture|oblast|county|state|village)(?![\p{L}\p{N}])/gu;
/** Two names before the plural of such a noun («Bac Ninh and Thai Nguyen provinces»). */
const NAMES_BEFORE_AREA_NOUNS = /(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?) and (\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?) (?:provinces|regions|districts|governorates|prefectures|oblasts|counties|states|villages)(?![\p{L}\p{N}])/gu;

/**
 * English: «China's Fujian province», «the Kherson region», «Tokuoko village», «Bac Ninh and Thai
 * Nguyen provinces» where the model found nothing, or read the name as a person or an
 * organisation: a name right before a lower-case noun of an administrative area (or two before its
 * plural) is a place, the noun left outside as the detector writes «… region» (not a
 * nationality, «the Kurdish region», nor a common word given a capital, «Wine region» opening a
 * sentence). Entities in text order; returned in text order.
 */
export function placesBeforeAreaNouns(text: string, model: TaggerModel, entities: DetectedEntity[], isCommonWord: (word: string) => boolean): DetectedEntity[] {
	if (!AREA_NOUN.test(text)) return entities;
	// a nationality («the Kurdish region»), which may open a place's name of two words («Thai Nguyen
	// province»), or common words only («Wine region» opening a sentence; «Bac Ninh» has one of its own)
	const notAreaName = (name: string): boolean => {
		const words = name.split(/[ -]/u);
		return isDemonym(model, words[words.length - 1]) || words.every(isCommonWord);
	};
	const places: TypedRange[] = [];
	for (const m of matchesOnLinesWith(text, AREA_NOUN, NAME_BEFORE_AREA_NOUN)) {
		let name = m[1];
		let start = m.index;
		// «The Vidramon province was hit» opening a sentence: the article is no part of the name
		const opener = /^(\p{Lu}\p{Ll}+) /u.exec(name);
		if (opener && (NOT_NAME_OPENERS.has(opener[1]) || SENTENCE_OPENERS.has(opener[1]))) {
			name = name.slice(opener[0].length);
			start += opener[0].length;
		}
		// «a long Islamized region»: a participle is no name
		if (notAreaName(name) || /ed$/u.test(name.split(/[ -]/u)[0])) continue;
		places.push({ start, end: start + name.length, type: 'LOC' });
	}
	for (const m of matchesOnLinesWith(text, AREA_NOUN, NAMES_BEFORE_AREA_NOUNS)) {
		const names = [
			{ name: m[1], start: m.index },
			{ name: m[2], start: m.index + m[1].length + ' and '.length },
		];
		if (names.some(({ name }) => notAreaName(name))) continue;
		for (const { name, start } of names) places.push({ start, end: start + name.length, type: 'LOC' });
	}
	places.sort((x, y) => x.start - y.start);
	// a person or an organisation the model read with this very span becomes the place; another reading stays
	return typeRanges(text, entities, places, (e) => e.type === 'PER' || e.type === 'ORG');
}

/** English words that open a storm's name («Hurricane Idalia», «Storm Ciaran», «Tropical Storm Hilary»). */
export const STORM_WORDS = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm']);
/** A storm's word and its name («Typhoon Gaemi», «Tropical Storm Hilary»). */
const STORM_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:Tropical Storm|${[...STORM_WORDS].join('|')}) \p{Lu}\p{Ll}+(?![\p{L}\p{N}])`, 'gu');
const ANY_STORM_WORD = new RegExp([...STORM_WORDS].join('|'), 'u');

/** Capitalised words right before a storm's word, and right after its name, that may make it an office's name («National Hurricane Center»). */
const CAPITALISED_BEFORE = /(?:\p{Lu}\p{Ll}+ )+$/u;
const CAPITALISED_AFTER = /^(?: \p{Lu}\p{Ll}+)+/u;

/**
 * English: «Typhoon Gaemi made landfall» where the model found nothing: a storm's word and a
 * capitalised name are the storm, MISC (as the detector writes a storm it read as a person or a
 * place). Only where no entity holds the words. A capitalised run around it that ends with an
 * organisation's head is that organisation, in place of what was read inside it («the National
 * Hurricane Center», «the Joint Typhoon Warning Center»; «Hurricane Center» was a storm). Entities
 * in text order; returned in text order.
 */
export function untaggedStorms(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!ANY_STORM_WORD.test(text)) return entities;
	const storms: TypedRange[] = [];
	const offices: TypedRange[] = [];
	for (const m of allMatches(text, STORM_NAME)) {
		const after = CAPITALISED_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 80))?.[0] ?? '';
		const words = `${m[0]}${after}`.split(' ');
		const last = words[words.length - 1];
		// «Center» also ends places' names («Lincoln Center»), not with a storm's word in them
		if (!(last === 'Center' || last === 'Centre' || isOrganisationNameEnd(words[words.length - 2], last))) {
			storms.push({ start: m.index, end: m.index + m[0].length, type: 'MISC' });
			continue;
		}
		const before = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index))?.[0].split(' ').filter(Boolean) ?? [];
		while (before.length > 0 && (before[0] === 'The' || SENTENCE_OPENERS.has(before[0]))) before.shift();
		const opening = before.reduce((length, word) => length + word.length + 1, 0);
		offices.push({ start: m.index - opening, end: m.index + m[0].length + after.length, type: 'ORG' });
	}
	return putOverPiecesAll(text, typeRanges(text, entities, storms, () => false), offices);
}

/** Two sets or more of a tennis score («6-4 6-3», «7-6 (5), 3-6, 6-2»), as a quick test and as the score after a name. */
const SET_SCORES = /^ (?:[0-7]-[0-7](?: ?\(\d{1,2}\))?,? ){1,4}[0-7]-[0-7](?![\p{N}-])/u;
const ANY_SET_SCORES = /(?<![\p{N}-])[67]-[0-6](?: ?\(\d{1,2}\))?,? [0-7]-[0-7](?![\p{N}-])/u;
/** What a winner does to the loser before the sets. */
const WIN_OVER = /^ (?:beat|beats|defeated|defeats|downed|edged|routed|thrashed|overcame|stunned|upset|saw off|outlasted|ousted|eliminated) $/u;

/**
 * English tennis results: «Sinner beat Fritz 6-3 6-4» read as a football result, the sides as
 * teams: a name right before two sets or more, and the one that beat it, are players, persons
 * (not a listed country: «Spain beat France 6-4 6-3» is a Davis Cup tie's). Entities in text order.
 */
export function tennisPlayers(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	if (!/[67]-[0-6]/u.test(text) || !ANY_SET_SCORES.test(text)) return entities;
	const players = new Set<number>();
	const unfound: TypedRange[] = [];
	entities.forEach((e, k) => {
		if (!SET_SCORES.test(text.slice(e.end, e.end + 40))) return;
		players.add(k);
		const winner = entities[k - 1];
		if (winner && WIN_OVER.test(text.slice(winner.end, e.start))) players.add(k - 1);
		else {
			// «Sinner beat Fritz 6-3 6-4»: a winner found by nothing (a word of the language too)
			const before = UNFOUND_WINNER.exec(text.slice(Math.max(winner?.end ?? 0, e.start - 40), e.start));
			if (before) unfound.push({ start: e.start - before[0].length, end: e.start - before[0].length + before[1].length, type: 'PER' });
		}
	});
	const retyped = replaceWhere(entities, (e, k) => (players.has(k) && (e.type === 'ORG' || e.type === 'LOC') && !isListedCountry(model, e.text) ? { ...e, type: 'PER', source: 'rule' } : undefined));
	return unfound.length ? typeRanges(text, retyped, unfound, () => false) : retyped;
}
/** A capitalised word and a verb of winning right before the loser («Sinner beat »), not after another capitalised word. */
const UNFOUND_WINNER = /(?<![\p{L}\p{N}'’.-])(?<!\p{Lu}[\p{L}'’.-]* )(\p{Lu}\p{Ll}+) (?:beat|beats|defeated|defeats|downed|edged|routed|thrashed|overcame|stunned|upset|saw off|outlasted|ousted|eliminated) $/u;

/** «the Palisades Fire», «the Camp Fire»: one or two capitalised words and «Fire» after «the», not before another capitalised word («the Eaton Fire Department») or «of» («the Great Fire of London»). */
const WILDFIRE_NAME = /(?<=(?:^|[^\p{L}\p{N}])[Tt]he )(?:\p{Lu}\p{Ll}+ ){1,2}Fire(?![\p{L}\p{N}'’-])(?! +(?:\p{Lu}|of ))/gu;
/** Teams named «… Fire» («the Chicago Fire»). */
const FIRE_TEAMS = new Set(['Chicago Fire']);

/** A wire story's credit, capitalised as credit lines write it: «Reporting by», «Writing by», «Editing by», «Additional reporting by», «Compiled by» (not «produced by Warner Bros»). */
const CREDIT_BY = /(?:Reporting|Writing|Editing|Additional reporting|Compiled) by /gu;
/** A reporter's or editor's name: two to four capitalised words. */
const CREDITED_NAME = /\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}/uy;
/** Between two credited names: a comma or «and»; «in» and a place end a name's part («Ken Ito in Tokyo»). */
const CREDIT_JOIN = /(?:,? and |, )/uy;

/**
 * English: «(Reporting by Maya Cortland; Editing by Patrick Vance)» read «Maya Cortland» as an
 * organisation: the names credited after «Reporting by», «Editing by»… are persons (a place after
 * «in» is left to the model). Entities in text order; returned in text order.
 */
export function personsInCreditLines(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!/(?:Reporting|Writing|Editing|reporting|Compiled) by /u.test(text)) return entities;
	const ranges: TypedRange[] = [];
	for (const m of allMatches(text, CREDIT_BY)) {
		let at = m.index + m[0].length;
		for (;;) {
			CREDITED_NAME.lastIndex = at;
			const name = CREDITED_NAME.exec(text);
			if (!name) break;
			ranges.push({ start: at, end: at + name[0].length, type: 'PER' });
			at += name[0].length;
			// «Ken Ito in Tokyo»: the place after «in» is no credited name
			const place = /^ in \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)*/u.exec(text.slice(at, at + 40));
			if (place) at += place[0].length;
			CREDIT_JOIN.lastIndex = at;
			const join = CREDIT_JOIN.exec(text);
			if (!join) break;
			at += join[0].length;
		}
	}
	return ranges.length ? typeRanges(text, entities, ranges, (e) => e.type === 'ORG' || e.type === 'LOC' || e.type === 'MISC') : entities;
}

/**
 * English: a named wildfire is an event, MISC like a storm («the Palisades Fire spread», read as an
 * organisation or found by nothing; «the Camp Fire» as an organisation). Not a team of that name.
 * Entities in text order; returned in text order.
 */
export function namedWildfires(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!/ Fire(?![\p{L}])/u.test(text)) return entities;
	const ranges: TypedRange[] = [];
	for (const m of allMatches(text, WILDFIRE_NAME)) {
		if (FIRE_TEAMS.has(m[0]) || /^(?:The|A|An|This|That) /u.test(m[0])) continue;
		ranges.push({ start: m.index, end: m.index + m[0].length, type: 'MISC' });
	}
	return ranges.length ? putOverPiecesAll(text, entities, ranges) : entities;
}

/** A policy's name before an office («Competition Commissioner», «Trade Minister»), or a court's before its judge («District Judge»): the title's. */
const POLICY_BEFORE_OFFICE = /(?:^| )(?:Competition|Trade|Finance|Foreign|Defence|Defense|Energy|Health|Economy|Economic|Interior|Justice|Agriculture|Transport|Climate|Digital|Industry|Labour|Labor|Education|Environment|Home|Budget|Enlargement|Migration|District|Circuit|Farm|Fisheries|Monetary|Social|Research|Regional|Development|Telecommunications)$/u;
/** An office right after a name, or after one more word of the policy («… Commissioner», «… Security Minister»). */
const OFFICE_AFTER = /^(?: \p{Lu}\p{Ll}+)? (?:Commissioner|Minister|Secretary|Chief|Representative|Spokesman|Spokeswoman|Spokesperson|Judge)(?![\p{L}])/u;

/**
 * English: «EU Competition Commissioner Margrethe Vestager» read with the organisation as «EU
 * Competition», «Economy Minister Robert Habeck» with «Economy» as one: a policy's name that ends
 * an organisation right before an office belongs to the title, not to the organisation; so does a
 * court's level before «Judge» («U.S. District Judge James Donato»). What is left is the
 * organisation, or the place where the lists know it as a country («U.S.»); a policy alone is no
 * entity. Entities in text order.
 */
export function policiesOutOfOrganisations(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	// the office after first: a short anchored test, where the policy's pattern reads the whole name
	let out: DetectedEntity[] | undefined;
	for (let k = 0; k < entities.length; k++) {
		const e = entities[k];
		const policy = e.type === 'ORG' && OFFICE_AFTER.test(text.slice(e.end, e.end + 32)) ? POLICY_BEFORE_OFFICE.exec(e.text) : null;
		if (!policy) {
			out?.push(e);
			continue;
		}
		out ??= entities.slice(0, k);
		if (policy.index === 0) continue;
		const end = e.start + policy.index;
		const rest = text.slice(e.start, end);
		out.push({ ...e, end, text: rest, type: isListedCountry(model, rest) ? 'LOC' : e.type, source: 'rule' });
	}
	return out ?? entities;
}

/** A cricket scorecard's marks between two players («c» caught, «b» bowled, «st» stumped, «lbw»). */
const SCORECARD_MARK = /\s(?:c|b|st|lbw)\s/u;
/** A batsman's initial at the start of a scorecard line («M. Atherton b …»). */
const LINE_INITIAL = /(?:^|\n)[ \t]*(\p{Lu}\.[ \t]+)$/u;

/**
 * English: a name read across a cricket scorecard's marks is the players on either side («M.
 * Atherton b Waqar Younis» → «M. Atherton», «Waqar Younis»; a name never holds a lone «b» or
 * «c»), persons whatever the model read («c Cork b Croft» a place: Cork is a town); the batsman's
 * initial at the start of the line belongs to the first.
 */
export function splitScorecardPersons(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	let out: DetectedEntity[] | undefined;
	for (let k = 0; k < entities.length; k++) {
		const e = entities[k];
		if (e.type === 'DATE' || !SCORECARD_MARK.test(e.text)) {
			out?.push(e);
			continue;
		}
		out ??= entities.slice(0, k);
		let offset = 0;
		for (const part of e.text.split(/(\s(?:c|b|st|lbw)(?=\s))/u)) {
			const name = part.trim();
			if (name && !SCORECARD_MARK.test(` ${name} `) && /^\p{Lu}/u.test(name)) {
				let start = e.start + offset + part.indexOf(name);
				const initial = offset === 0 ? LINE_INITIAL.exec(text.slice(Math.max(0, start - 8), start)) : null;
				if (initial) start -= initial[1].length;
				const end = e.start + offset + part.indexOf(name) + name.length;
				out.push({ ...e, start, end, text: text.slice(start, end), type: 'PER' });
			}
			offset += part.length;
		}
	}
	return out ?? entities;
}

/** Plural nouns and titles whose possessive stands inside organisations' names («People's», «Children's», «King's College», «Sheriff's Department»). */
const POSSESSORS = '(?:People|Peoples|Women|Children|Workers|Men|King|Queen|Sheriff)';
/** «People's», «Women's» and a capitalised word before them, right before an organisation's name. */
const POSSESSOR_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}'’])((?:(\\p{Lu}\\p{Ll}+) )?${POSSESSORS} ?['’]s )$`, 'u');
/** Words that open a sentence or a noun phrase, not a name: «The People's Bank». */
export const NOT_NAME_OPENERS = new Set(['The', 'A', 'An', 'This', 'That', 'Our', 'Their', 'His', 'Her', 'Its', 'Every', 'All']);

/**
 * «the People's Liberation Army», «the National People's Congress»: a name with «People's» or
 * «Women's» inside, which the model cuts at the apostrophe («Liberation Army»; «National People» and
 * «Congress»; the place «Pakistan» and «Party»), is one organisation. Entities in text order; a
 * new list only when one was joined.
 */
export function joinPossessorNames(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	let out: DetectedEntity[] | undefined;
	for (let k = 0; k < entities.length; k++) {
		const b = entities[k];
		const m = b.type === 'ORG' ? POSSESSOR_BEFORE.exec(text.slice(Math.max(0, b.start - 40), b.start)) : null;
		if (m) {
			const prev = out ? out[out.length - 1] : entities[k - 1];
			let start = b.start - m[1].length;
			if (m[2] && (NOT_NAME_OPENERS.has(m[2]) || SENTENCE_OPENERS.has(m[2]))) start += m[2].length + 1;
			// the possessive written on or apart («Children's», «Children 's» as tokens are joined)
			const possessorEnd = b.start - / ?['’]s $/u.exec(m[1])![0].length;
			if (prev && (prev.type === 'ORG' || prev.type === 'LOC') && prev.end === possessorEnd && prev.start <= start) {
				// «National People» + «Congress»: two pieces of one organisation, the whole surer than
				// the model's unsure piece («Tigray People» at 0.496), so that it teaches the article its
				// acronym («the TPLF»); a place's name ends with no «Children» or «People» either
				// («Cincinnati Children» + «Hospital Medical Center»)
				out ??= entities.slice(0, k);
				out[out.length - 1] = { ...b, start: prev.start, text: text.slice(prev.start, b.end), confidence: Math.max(0.6, Math.min(prev.confidence, b.confidence)), source: 'rule' };
				continue;
			}
			if (!prev || prev.end <= start) {
				out ??= entities.slice(0, k);
				out.push({ ...b, start, text: text.slice(start, b.end) });
				continue;
			}
			// «Pakistan» + «Party» of «the Pakistan People's Party»: the place is the name's first word,
			// or the name's first words («Los Angeles County» + «Department» of «the Los Angeles County
			// Sheriff's Department»)
			if (m[2] && prev.start <= start && prev.end === start + m[2].length && prev.type !== 'PER' && prev.type !== 'DATE') {
				out ??= entities.slice(0, k);
				out[out.length - 1] = { ...b, start: prev.start, text: text.slice(prev.start, b.end), confidence: Math.min(prev.confidence, b.confidence) };
				continue;
			}
		}
		if (out) out.push(b);
	}
	return out ?? entities;
}

/** «Children's Fund» after an organisation: a possessor and one to three capitalised words. */
const POSSESSOR_AFTER = new RegExp(`^ ${POSSESSORS} ?['’]s((?: \\p{Lu}[\\p{L}-]*){1,3})`, 'u');
const ENDS_WITH_POSSESSOR = new RegExp(`\\s${POSSESSORS}$`, 'u');
const POSSESSOR_REST = /^ ?['’]s((?: \p{Lu}[\p{L}-]*){1,3})/u;

/**
 * English: «McLaren's Lando Norris», «Ferrari's Charles Leclerc» read as two persons: a one-word name
 * whose person of two words or more follows the possessive is the team, party or country they
 * belong to (ORG 15 times, LOC 7, PER never in the English training files), a place when the lists
 * know it as one and not as a person's name («Canada's Milos Raonic»). A listed country read as an
 * organisation before the possessive and an organisation or a person's full name is a place
 * («Norway's Equinor», «Spain's Carlos Alcaraz»).
 */
export function retypePossessors(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	let out: DetectedEntity[] | undefined;
	for (let k = 0; k + 1 < entities.length; k++) {
		const e = entities[k];
		const person = entities[k + 1];
		if (!POSSESSIVE_BETWEEN.test(text.slice(e.end, person.start))) continue;
		// «operated by Norway's Equinor»: a listed country read as an organisation before an
		// organisation's name and the possessive is its place (LOC 10 times of 16 such one-word
		// names in the English training files, the organisations not countries)
		// and so is one before a person's full name («Spain's Carlos Alcaraz»: a listed country before
		// «'s» and a person of two words or more is LOC all 7 times in the English training files); a
		// country of two words too («South Korea's Samsung Electronics»)
		if (e.type === 'ORG' && (person.type === 'ORG' || (person.type === 'PER' && /\s/u.test(person.text))) && isListedCountry(model, e.text)) {
			out ??= entities.slice();
			out[k] = { ...e, type: 'LOC', source: 'rule' };
			continue;
		}
		if (e.type !== 'PER' || person.type !== 'PER' || /\s/u.test(e.text) || !/\s/u.test(person.text)) continue;
		// a name the training files know as a person's and not an organisation's stays a person
		// («Trump's Mike Pence»; the package lists know «McLaren», «Ferrari» as surnames too)
		if ((trainingTypes(model, e.text) & (PER_BIT | ORG_BIT)) === PER_BIT) continue;
		// «Princess Beatrice's Philip Treacy hat»: after a title, a person
		if (isTitleWord(text.slice(Math.max(0, e.start - 24), e.start).trimEnd().split(/\s+/u).pop() ?? '')) continue;
		out ??= entities.slice();
		out[k] = { ...e, type: isListedCountry(model, e.text) || isPlaceNotName(model, e.text) ? 'LOC' : 'ORG', source: 'rule' };
	}
	return out ?? entities;
}
const POSSESSIVE_BETWEEN = /^ ?['’]s $/u;
/** One capitalised word after a possessive, before a comma, «and» or a verb a person does («Hungary's Orban said»). */
const OWNED_PERSON = /(?<=[\p{L}.]['’]s )\p{Lu}\p{Ll}+(?=,| and | (?:said|says|told|met|visited|called|warned|urged|added|spoke|signed|attended|arrived|rejected|insisted|announced)(?![\p{L}]))/gu;

/**
 * English: «Hungary's Orban, Slovakia's Fico», «Hungary's Orban said» read as a place or found by
 * nothing: one word after a listed country's possessive that the lists know as a person's name
 * and not as a place's, before a comma, «and» or a verb of a person, is the person. Entities in
 * text order; returned in text order.
 */
export function personsOfCountries(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	if (!/['’]s \p{Lu}/u.test(text)) return entities;
	const ranges: TypedRange[] = [];
	let k = 0;
	for (const m of allMatches(text, OWNED_PERSON)) {
		const possessiveStart = m.index - 3;
		while (k < entities.length && entities[k].end < possessiveStart) k++;
		const country = entities[k];
		if (!country || country.end !== possessiveStart || !isListedCountry(model, country.text)) continue;
		const listed = listedTypes(model, m[0]);
		if ((listed & PER_BIT) === 0 || (listed & LOC_BIT) !== 0) continue;
		ranges.push({ start: m.index, end: m.index + m[0].length, type: 'PER' });
	}
	return ranges.length ? typeRanges(text, entities, ranges, (e) => e.type === 'LOC') : entities;
}
/** A name read across a possessive: what comes before it and the capitalised words after. */
const ACROSS_POSSESSIVE = /^(\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)?) ?['’]s ((?:\p{Lu}[\p{L}-]*)(?: \p{Lu}[\p{L}-]*){0,3})$/u;

/** A lower-case noun of an area right after a name («… district», «… neighbourhood»). */
const AREA_NOUN_AFTER = /^ (?:district|neighbourhood|neighborhood|suburb|quarter|area|province|region|county|state|township|village)(?![\p{L}\p{N}])/u;

/**
 * English: «Ukraine's Zelenskiy met Trump» read as one place: a name read across a listed
 * country's possessive is the country and, after it, the name it owns (a country and «'s» open no
 * name of the English training files but a MISC title). The name after it is a person where the
 * lists know it as one or know it as nothing, an organisation where they know it as one only or
 * it ends like one; else it is left unread. Not a MISC (a title: «Canada's Royal Winter Game»),
 * nor a name with a word the text writes in lower case («Indonesia's Center for Volcanology», left
 * to the rules for institutions). A listed town's possessive before a name and an area noun («of
 * Ibadan's Beere district») is two places.
 * Entities in text order; returned in text order.
 */
export function splitCountryPossessives(text: string, model: TaggerModel, entities: DetectedEntity[], inLowerCase: (word: string) => boolean): DetectedEntity[] {
	let out: DetectedEntity[] | undefined;
	for (let k = 0; k < entities.length; k++) {
		const e = entities[k];
		const m = e.type === 'MISC' || e.type === 'DATE' || !/['’]s /u.test(e.text) ? null : ACROSS_POSSESSIVE.exec(e.text);
		const words = m ? m[2].split(' ') : [];
		// «of Ibadan's Beere district» read as one place: a listed town's possessive before a name and
		// an area noun in lower case are two places
		if (m && e.type === 'LOC' && !isListedCountry(model, m[1]) && isListedPlaceName(model, m[1]) && AREA_NOUN_AFTER.test(text.slice(e.end, e.end + 16))) {
			out ??= entities.slice(0, k);
			out.push(ruleEntity(text, e.start, e.start + m[1].length, 'LOC', e.confidence), ruleEntity(text, e.end - m[2].length, e.end, 'LOC', e.confidence));
			continue;
		}
		// «at Manila's Ninoy Aquino International Airport», read as one unsure place: so is a listed
		// town's possessive before a facility's name (sure enough to show: the head says what it is)
		if (m && e.type === 'LOC' && words.length >= 2 && FACILITY_HEADS.has(words[words.length - 1]) && isListedPlaceName(model, m[1])) {
			out ??= entities.slice(0, k);
			const confidence = Math.max(e.confidence, 0.6);
			out.push(ruleEntity(text, e.start, e.start + m[1].length, 'LOC', confidence), ruleEntity(text, e.end - m[2].length, e.end, 'LOC', confidence));
			continue;
		}
		// «Indonesia's Center for Volcanology»: an institution's name, left to the rules for them
		if (!m || !isListedCountry(model, m[1]) || words.some(inLowerCase)) {
			out?.push(e);
			continue;
		}
		const last = words[words.length - 1];
		const listed = listedTypes(model, words[0]) | seenTypes(model, words[0]);
		const owned = isOrganisationNameEnd(words[words.length - 2] ?? '', last) || isCompanyNameEnd(last) || (listed & (PER_BIT | ORG_BIT)) === ORG_BIT ? 'ORG' : (listed & PER_BIT) !== 0 || listed === 0 ? 'PER' : '';
		const place = ruleEntity(text, e.start, e.start + m[1].length, 'LOC', e.confidence);
		const ownedStart = e.end - m[2].length;
		out ??= entities.slice(0, k);
		out.push(place);
		if (owned) out.push(ruleEntity(text, ownedStart, e.end, owned, e.confidence));
	}
	return out ?? entities;
}

/**
 * «the United Nations Children's Fund»: an organisation the model ended before «Children's» (or
 * «People's», «Women's»…), or a name of several words read as a person up to «Children», runs on
 * to the organisation head the capitalised words after the possessive end with, as an
 * organisation; what the model found inside those words joins it.
 */
export function extendPossessorNames(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	let out: DetectedEntity[] | undefined;
	for (let k = 0; k < entities.length; k++) {
		const e = entities[k];
		// the possessor after the name, or its last word («United Nations Children» read as a person)
		// (an organisation of several words that ends with the possessor itself, «National People» of
		// «the National People's Power coalition», is cut before its own name's end, whatever that is)
		const cutAtPossessor = e.type === 'ORG' && ENDS_WITH_POSSESSOR.test(e.text);
		// (and a place before one, which then names the organisation: «the Hennepin County Sheriff's Office»)
		const m = cutAtPossessor || (e.type === 'PER' && ENDS_WITH_POSSESSOR.test(e.text)) ? POSSESSOR_REST.exec(text.slice(e.end, e.end + 80)) : e.type === 'ORG' || e.type === 'LOC' ? POSSESSOR_AFTER.exec(text.slice(e.end, e.end + 80)) : null;
		if (m) {
			const words = m[1].trim().split(' ');
			const end = e.end + m[0].length;
			let next = k + 1;
			while (next < entities.length && entities[next].start >= e.end && entities[next].end <= end) next++;
			// («Office» after a possessor is one's, «Sheriff's Office», though alone it may be a place's, «Oval Office»)
			const last = words[words.length - 1];
			if ((cutAtPossessor || last === 'Office' || isOrganisationNameEnd(words.length > 1 ? words[words.length - 2] : '', last)) && (next === entities.length || entities[next].start >= end)) {
				// (the whole name is surer than the model's piece of it: it teaches the article its mentions
				// and its acronym, «the TPLF» after «the Tigray People's Liberation Front»)
				out ??= entities.slice(0, k);
				out.push({ ...e, type: 'ORG', end, text: text.slice(e.start, end), confidence: Math.max(e.confidence, 0.6), source: 'rule' });
				k = next - 1;
				continue;
			}
		}
		if (out) out.push(e);
	}
	return out ?? entities;
}

/** «Department's Bureau», «Department 's Office»: an institution's head, a possessive, another's head. */
const POSSESSIVE_BETWEEN_HEADS = /(\p{Lu}\p{Ll}+)[ \t]?['’]s[ \t]+(?=(\p{Lu}\p{Ll}+))/gu;
/** «Sony Group and Denso»: a company's last word («Group», «Corp»), «and», a capitalised word. */
const AND_AFTER_COMPANY = /(\p{Lu}[\p{L}.]*)[ \t]+and[ \t]+(?=\p{Lu})/gu;

/**
 * English: two organisations the model read as one. «the U.S. Commerce Department's Bureau of
 * Industry and Security»: one institution's possessive before another's head names two, the owner
 * and the owned (the institution rule then reads the second whole); «a joint venture with Sony
 * Group and Denso»: a name that a company's last word ends, then «and», then another name (no
 * organisation of the English training files is written so). Both parts keep the model's type and
 * confidence.
 */
export function splitJoinedOrganisations(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	let out: DetectedEntity[] | undefined;
	entities.forEach((e, k) => {
		if (e.type === 'ORG') {
			for (const m of allMatches(e.text, POSSESSIVE_BETWEEN_HEADS)) {
				if (isInstitutionHead(m[1], 'en') && isInstitutionHead(m[2], 'en')) return split(e, k, m.index + m[1].length, m.index + m[0].length);
			}
			for (const m of allMatches(e.text, AND_AFTER_COMPANY)) {
				if (m.index > 0 && isCompanyNameEnd(m[1])) return split(e, k, m.index + m[1].length, m.index + m[0].length);
				// «Facebook and Instagram»: two organisations the list knows
				const [first, second] = [e.text.slice(0, m.index + m[1].length), e.text.slice(m.index + m[0].length)];
				if (isListedOrganisation(tokenize(first).map((t) => t.text)) && isListedOrganisation(tokenize(second).map((t) => t.text))) return split(e, k, first.length, m.index + m[0].length);
			}
		}
		out?.push(e);
	});
	function split(e: DetectedEntity, k: number, firstEnd: number, secondStart: number): void {
		out ??= entities.slice(0, k);
		const end = e.start + firstEnd;
		const start = e.start + secondStart;
		out.push({ ...e, end, text: text.slice(e.start, end) }, { ...e, start, text: text.slice(start, e.end) });
	}
	return out ?? entities;
}

/** Kinds of companies by their trade, which wire copy writes before a company's name and in appositions after it («carmaker Toyota», «Toyota, the carmaker»). */
const COMPANY_TRADES = 'carmaker|automaker|chipmaker|planemaker|drugmaker|steelmaker|refiner|retailer|lender|insurer|airline|conglomerate|brewer';
/** Kinds of public bodies an apposition names («Frontex, the European Union's border agency,»): only where the kind ends its phrase («an agency spokesman» names a person). */
const PUBLIC_BODY_KINDS = 'agency|watchdog|regulator|broadcaster|charity|organisation|organization';
/** Kinds of armed groups an apposition names («Los Lobos, a gang that…»), read as public bodies' are. */
const ARMED_GROUP_KINDS = 'gang|cartel|militia';
const PUBLIC_BODY_KIND = new RegExp(`^(?:${PUBLIC_BODY_KINDS}|${ARMED_GROUP_KINDS})$`, 'u');
/** A company's or a public body's apposition after a name: a comma, an article, up to three words, the kind («, a Chinese company»). */
const COMPANY_APPOSITION = new RegExp(
	String.raw`(?<![\p{L}\p{N}'’.&-])(\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,2}) ?, (?:a|an|the) (?:[\p{L}\p{N}'’-]+ ){0,3}(company|firm|${COMPANY_TRADES}|miner|startup|manufacturer|venture|subsidiary|unit|division|operator|maker|producer|supplier|${PUBLIC_BODY_KINDS}|${ARMED_GROUP_KINDS})(?=[ ,.;])`,
	'gu',
);
/** Where an apposition may open: a comma and an article (the pattern is tried only around these). */
const APPOSITION_OPENING = / ?, (?:a|an|the) /gu;
/** Kinds said of places too («Alberta, the biggest oil producer»): they make a company of no place the model read. */
const KINDS_OF_PLACES_TOO = new Set(['maker', 'producer', 'supplier']);
/** Kinds said of persons too («a coal miner», «a film producer», «a crane operator»): they make a company of no person the model read. */
const KINDS_OF_PERSONS_TOO = new Set(['miner', 'maker', 'producer', 'supplier', 'operator', 'regulator']);
/** What may follow the kind of company where it ends its phrase («…, a Chinese company that owns», «company,»). */
const COMPANY_NOUN_ENDING_PHRASE = /^(?: ?[,.;:)]| (?:that|which|whose|based|in|of|with|from|between|owned|listed|headquartered|known|and|said|has|had|is|was|will)(?![\p{L}]))/u;
/** A reporting verb right after the kind of company: «…, the company said» opens a clause, it closes no apposition. */
const REPORTING_CLAUSE = /^ (?:said|says|added|adds|told|announced|reported|stated|wrote|confirmed|noted|explained|warned|insisted)(?![\p{L}])/u;
/** Where a sentence opens, a capital says nothing of a name. */
const SENTENCE_OPENING = /(?:^|[\n.!?:"“—–-]\s*)$/u;

/**
 * The matches of COMPANY_APPOSITION in `text`, with their offsets in it: the pattern, which would try
 * every capital of a long text, runs on a window around each comma and article, opening where a
 * word does (so that its look-behind sees what the text has there).
 */
function appositionsOfCompanies(text: string): RegExpExecArray[] {
	const out: RegExpExecArray[] = [];
	// every opening holds a comma and a space: most lines have none
	if (!text.includes(', ')) return out;
	let searchedTo = 0;
	for (const opening of allMatches(text, APPOSITION_OPENING)) {
		const comma = opening.index;
		if (comma < searchedTo) continue;
		const from = Math.max(searchedTo, text.lastIndexOf(' ', Math.max(0, comma - 100)) + 1, 0);
		const window = text.slice(from, comma + 160);
		COMPANY_APPOSITION.lastIndex = 0;
		for (let m = COMPANY_APPOSITION.exec(window); m; m = COMPANY_APPOSITION.exec(window)) {
			if (from + m.index + m[1].length !== comma) continue;
			m.index += from;
			out.push(m);
			searchedTo = comma + 1;
		}
	}
	return out;
}

/**
 * English: «Tianqi Lithium, a Chinese company that owns …» where the model found nothing, «Epic
 * Games, the maker of …» read as MISC: a name that an apposition calls a company is one (the
 * training files hold few: wire copy writes them often). Opening a sentence, leading words the text
 * writes in lower case are left out («Meanwhile, a company …»); a person stays a person («Smith, a
 * film producer», «Smith, a company director») unless the kind is a company's only and ends its
 * phrase («EuBiologics, a South Korean company that …»), and a country and a place the lists know
 * stay so («In Ohio, a company said»). So is a public body's («Frontex, the European Union's
 * border agency, said» read as a person) and an armed group's («Los Lobos, a gang that…»), where
 * its kind ends the phrase.
 * Entities in text order; returned in text order.
 */
export function companiesBeforeAppositions(text: string, model: TaggerModel, entities: DetectedEntity[], isCommonWord: (word: string) => boolean): DetectedEntity[] {
	const ranges: (TypedRange & { kind: string; after: number })[] = [];
	for (const m of appositionsOfCompanies(text)) {
		const words = m[1].split(' ');
		let skip = words[0] === 'The' ? 1 : 0;
		if (SENTENCE_OPENING.test(text.slice(Math.max(0, m.index - 3), m.index))) while (skip < words.length && isCommonWord(words[skip])) skip++;
		if (skip === words.length) continue;
		const name = words.slice(skip).join(' ');
		const end = m.index + m[1].length;
		// «Airbus delivered 60 jets in May, the company said»: the company is the clause's subject
		if (REPORTING_CLAUSE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
		if (!isListedCountry(model, name)) ranges.push({ start: end - name.length, end, type: 'ORG', kind: m[2], after: m.index + m[0].length });
	}
	// the names end at distinct commas, so the ranges are disjoint and in text order
	const edits: Edit[] = [];
	overlapsOfRanges(entities, ranges).forEach((inside, r) => {
		const { start, end, kind, after } = ranges[r];
		if (inside.length > 1) return;
		const endsPhrase = COMPANY_NOUN_ENDING_PHRASE.test(text.slice(after, after + 14));
		if (PUBLIC_BODY_KIND.test(kind) && !endsPhrase) return;
		const found = inside[0];
		const place = found?.type === 'LOC' && !KINDS_OF_PLACES_TOO.has(kind) && !isListedPlaceName(model, text.slice(start, end));
		// «EuBiologics, a South Korean company that …» read as a person: a company that ends its phrase
		// is none (not «Smith, a company director», nor a maker or a miner, which a person can be)
		const person = found?.type === 'PER' && !KINDS_OF_PERSONS_TOO.has(kind) && endsPhrase;
		if (found && (found.start !== start || found.end !== end || !(place || person || found.type === 'MISC'))) return;
		edits.push({ entity: found ? { ...found, type: 'ORG', source: 'rule' } : ruleEntity(text, start, end, 'ORG'), replaced: inside });
	});
	return applyEdits(entities, edits);
}

/** What a party is said to be, right before its name («the ruling Morena party», «the far-right AfD party»). */
const PARTY_QUALIFIER_BEFORE = /(?:^|[\s(])(?:ruling|opposition|governing|nationalist|conservative|centrist|leftist|populist|Islamist|socialist|communist|separatist|liberal|far-right|far-left|right-wing|left-wing|hard-right|hard-left|anti-immigration|pro-\p{L}+) $/u;
const PARTY_AFTER = /^ part(?:y|ies)(?![\p{L}])/u;
/** A lower-case «party» ending a name of two words or more read with it. */
const PARTY_NOUN_ENDING = /(?<=\S \S+) part(?:y|ies)$/u;

/** A share of the vote or seats won, right after a name («won 54 percent of the vote», «won 12 seats»). */
const VOTE_SHARE_AFTER = /^ (?:won|took|secured|got|received) (?:about |nearly |almost |more than |over |just over |just under )?\d+(?:[.,]\d+)? ?(?:percent|per cent|%|seats)(?![\p{L}])/u;

/**
 * English: «the ruling Morena party» read as a person, «the ruling Georgian Dream party» as MISC (a
 * people's adjective opens it): a one-word name between what a party is said to be and «party»,
 * or a MISC name of up to three words, is the party's (not a listed country: «the ruling Kenya
 * party» names no party); so is a MISC name that won a share of the vote or seats («Georgian Dream
 * won 54 percent of the vote»; a person or a place that won them is left as read). Entities in
 * text order.
 */
export function partiesBeforePartyNoun(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	if (!text.includes(' part') && !/ (?:won|took|secured|got|received) /u.test(text)) return entities;
	return replaceWhere(entities, (e) => {
		// «the United Russia party» read with its noun: a name of two words or more is the party's
		// without it, as the English training files write «the ruling Fatah party» (the web's tweets
		// keep it; a word of the language, «the Republican party», is left as read)
		const noun = e.type === 'ORG' ? PARTY_NOUN_ENDING.exec(e.text) : null;
		if (noun) return { ...e, end: e.end - noun[0].length, text: e.text.slice(0, -noun[0].length), source: 'rule' };
		if (e.type === 'MISC' && VOTE_SHARE_AFTER.test(text.slice(e.end, e.end + 40))) return { ...e, type: 'ORG', source: 'rule' };
		const oneWord = !/\s/u.test(e.text);
		// (a one-word MISC is a people's adjective: «the nationalist Scottish party»)
		if (!((e.type === 'PER' || e.type === 'LOC') && oneWord) && !(e.type === 'MISC' && !oneWord && e.text.split(/\s+/u).length <= 3)) return undefined;
		if (!PARTY_AFTER.test(text.slice(e.end, e.end + 9))) return undefined;
		if (!PARTY_QUALIFIER_BEFORE.test(text.slice(Math.max(0, e.start - 20), e.start)) || isListedCountry(model, e.text)) return undefined;
		return { ...e, type: 'ORG', source: 'rule' };
	});
}

/**
 * «his La Libertad Avanza party», «Giorgia Meloni's Brothers of Italy party», «the ruling Pheu Thai
 * party»: two to five words before a lower-case «party», each capitalised but for a small word
 * between two, after a possessive, «the» or a party's qualifier.
 */
const NAME_BEFORE_PARTY_NOUN = /(?:(?<![\p{L}\p{N}'’-])(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|ruling|opposition|governing|centrist|nationalist|populist|far-right|far-left|right-wing|left-wing)|\p{L} ?['’]s) (\p{Lu}[\p{L}\p{M}'’-]*(?: (?:of|for|and|the|de|del|di|do|da) \p{Lu}[\p{L}\p{M}'’-]*| \p{Lu}[\p{L}\p{M}'’-]*){1,4}) part(?:y|ies)(?![\p{L}\p{N}])/gu;
/** An ideology's word («Islamist», «Marxist»), which opens no party's name before its own. */
const IDEOLOGY_WORD = /^\p{Lu}\p{Ll}+ist$/u;
/** Words of an election's or a government's news: a capitalised phrase before «party» near them is a political party's name (not «the New Year Victory party»). */
const POLITICAL_CONTEXT = /\b(?:vote[sd]?|voters?|votes|elections?|electoral|polls?|seats?|parliament(?:ary)?|coalition|lawmakers?|legislators?|candidates?|campaign(?:ed|ing)?|government|cabinet|ruling|opposition|minister|president|premier|leader|chairman|congress|members)\b/u;

/** The sentence holding `start` to `end` (from the full stop, question or exclamation mark before it to the next, on its line). */
function sentenceAround(text: string, start: number, end: number): string {
	const line = lineAround(text, start, end);
	const lineStart = text.lastIndexOf('\n', start - 1) + 1;
	let from = start - lineStart;
	while (from > 0 && !/[.!?] $/u.test(line.slice(from - 2, from))) from--;
	const after = /[.!?](?:\s|$)/u.exec(line.slice(end - lineStart));
	return line.slice(from, after ? end - lineStart + after.index + 1 : line.length);
}

/**
 * English: «his La Libertad Avanza party» read as a place, «Giorgia Meloni's Brothers of Italy party»
 * as the place «Italy»: capitalised words before a lower-case «party», in a sentence of politics,
 * are one political party, over what was read inside (a people's, a country's or an ideology's
 * word opening them is left out: «the French Socialist party», «the Islamist Ennahda party»; a
 * single word is left to `partiesBeforePartyNoun`, and «and» between two parties' words names two:
 * «the Democratic and Republican parties»).
 */
export function namesBeforePartyNoun(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	if (!text.includes(' part')) return entities;
	const ranges: TypedRange[] = [];
	for (const m of allMatches(text, NAME_BEFORE_PARTY_NOUN)) {
		let start = m.index + m[0].length - m[1].length - (m[0].endsWith('parties') ? 8 : 6);
		const words = m[1].split(' ');
		while (words.length > 0 && (isDemonym(model, words[0]) || isListedCountry(model, words[0]) || IDEOLOGY_WORD.test(words[0]))) start += words.shift()!.length + 1;
		if (words.length < 2 || words.includes('and') || words.some((w) => DAYS_AND_MONTHS.has(w))) continue;
		if (!POLITICAL_CONTEXT.test(sentenceAround(text, m.index, m.index + m[0].length))) continue;
		ranges.push({ start, end: start + words.join(' ').length, type: 'ORG' });
	}
	return ranges.length ? putOverPiecesAll(text, entities, ranges) : entities;
}

/** Nouns of a party, which may stand right before its name. */
const PARTY_NOUNS = ['party', 'coalition', 'alliance', 'movement', 'bloc'];
/** The same with the space after them, built once for the rule's word search. */
const PARTY_NOUNS_BEFORE_SPACE = PARTY_NOUNS.map((noun) => `${noun} `);
/** «the Peronist coalition Fuerza Patria», «the far-right party Vox»: a lower-case noun of a party, then one to four capitalised words (a small word between two) before no other. */
const NAME_AFTER_PARTY_NOUN = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:${PARTY_NOUNS.join('|')}) (\p{Lu}[\p{L}\p{M}'’-]*(?: (?:de|del|della|di|la|le|du|des|of|for) \p{Lu}[\p{L}\p{M}'’-]*| \p{Lu}[\p{L}\p{M}'’-]*){0,3})(?![ -]\p{Lu})`, 'gu');

/**
 * English: «the Peronist coalition Fuerza Patria» read as the person «Patria», «the opposition
 * alliance Fuerza Patria» as a person: capitalised words right after a lower-case noun of a party,
 * in a sentence of politics, are the party, over what was read inside; not a name opening with a
 * given name the lists know («the party Boris Johnson led»), a day, a month or a country alone.
 */
export function namesAfterPartyNoun(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	// (a word search first: the pattern's alternation is slow to scan a text that holds none)
	if (!PARTY_NOUNS_BEFORE_SPACE.some((noun) => text.includes(noun))) return entities;
	const ranges: TypedRange[] = [];
	for (const m of allMatches(text, NAME_AFTER_PARTY_NOUN)) {
		const words = m[1].split(' ');
		if ((listedTypes(model, words[0]) & PER_BIT) !== 0 || words.some((w) => DAYS_AND_MONTHS.has(w)) || isListedCountry(model, m[1])) continue;
		if (!POLITICAL_CONTEXT.test(sentenceAround(text, m.index, m.index + m[0].length))) continue;
		const start = m.index + m[0].length - m[1].length;
		ranges.push({ start, end: start + m[1].length, type: 'ORG' });
	}
	return ranges.length ? putOverPiecesAll(text, entities, ranges) : entities;
}

/** «the Unite union», «the Solidarity trade union», «the RMT rail union»: one to four capitalised words between «the» and «union». */
const NAME_BEFORE_UNION = /[Tt]he (\p{Lu}[\p{L}\p{M}&'’-]*(?: \p{Lu}[\p{L}\p{M}&'’-]*){0,3}) (?:(?:trade|labor|labour|rail|transport|teachers['’]?|workers['’]?|nurses['’]?|doctors['’]?|miners['’]?|dockworkers['’]?|farmers['’]?|students['’]?) )?unions?(?![\p{L}\p{N}])/gu;

/**
 * English: «The Unite union said», «members of the Teamsters union» where the model found nothing:
 * capitalised words between «the» and a lower-case «union» name the union (a people's or a
 * country's word opening them is left out: «the French CGT union», «the US union» names none).
 * Entities in text order; returned in text order.
 */
export function unionsBeforeUnionNoun(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	if (!text.includes(' union')) return entities;
	const ranges: TypedRange[] = [];
	for (const m of allMatches(text, NAME_BEFORE_UNION)) {
		if (m.index > 0 && WORD_PART_BEFORE.test(text[m.index - 1])) continue;
		let start = m.index + m[0].indexOf(m[1]);
		// «the Teamsters' union»: the possessive stays out
		const words = m[1].replace(/['’]s?$/u, '').split(' ');
		while (words.length > 0 && (isDemonym(model, words[0]) || isListedCountry(model, words[0]) || words[0] === 'US' || words[0] === 'U.S.')) start += words.shift()!.length + 1;
		if (words.length === 0 || DAYS_AND_MONTHS.has(words[0])) continue;
		ranges.push({ start, end: start + words.join(' ').length, type: 'ORG' });
	}
	return ranges.length ? putOverPiecesAll(text, entities, ranges) : entities;
}

/** A title in double quotes (1): a capital or a digit first, on one line, a comma or a full stop maybe inside the closing quote. */
const QUOTED_TITLE = /["“] ?((?:\p{Lu}|\d)[^"“”\n]{0,70}?) ?[,.!?]? ?["”]/gu;
/** Words a title may hold in lower case («Father of the Bride»). */
const TITLE_SMALL_WORDS = new Set('a an the of in on and or for to with at by from into after before under over vs de la le'.split(' '));
/** What names a work right before its quoted title («the film», «starred in», «Woody Allen's»). */
const WORK_BEFORE_TITLE = /(?:\b(?:film|films|movie|movies|book|books|novel|novels|memoir|song|songs|single|album|albums|series|show|shows|sitcom|drama|documentary|play|musical|opera|episode|podcast|poem|painting|programme|program|titled|entitled|starred in|starring in|stars in|role in|roles in|appeared in|directed|wrote|sang|released)|\p{Lu}[\p{L}\p{M}.-]*['’]s) ?[,:]? $/u;
/** What joins quoted titles of one list («"A," "B" and "C"»). */
const BETWEEN_TITLES = /^[ ,]*(?:(?:and|or) )?$/u;

/**
 * English: «starred in "Father of the Bride"» read as the person «Bride», «Woody Allen's "Annie
 * Hall"» as a person: a title in double quotes, its words capitalised but for small ones, is a
 * work (MISC) where a noun of a work, a verb of making or playing one, or a possessive name stands
 * right before it, or where it follows such a title in a list. What was read inside it goes (the
 * training files type such titles as works or not at all: MISC 81 times, O 75, PER 8 of 190).
 */
export function worksInQuotes(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!/["“]/u.test(text)) return entities;
	const ranges: TypedRange[] = [];
	let lastEnd = -1;
	for (const m of allMatches(text, QUOTED_TITLE)) {
		const title = m[1];
		if (!title.split(' ').every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w)))) continue;
		const before = text.slice(Math.max(0, m.index - 30), m.index);
		const listed = lastEnd >= 0 && BETWEEN_TITLES.test(text.slice(lastEnd, m.index));
		if (!listed && !WORK_BEFORE_TITLE.test(before)) continue;
		const start = m.index + m[0].indexOf(title);
		ranges.push({ start, end: start + title.length, type: 'MISC' });
		lastEnd = m.index + m[0].length;
	}
	if (ranges.length === 0) return entities;
	const edits: Edit[] = [];
	overlapsOfRanges(entities, ranges).forEach((inside, r) => {
		const { start, end } = ranges[r];
		// a reading reaching out of the quotes, or a date inside, is left alone
		if (inside.some((e) => e.start < start || e.end > end || e.type === 'DATE')) return;
		if (inside.length === 1 && inside[0].start === start && inside[0].end === end && inside[0].type === 'MISC') return;
		edits.push({ entity: ruleEntity(text, start, end, 'MISC'), replaced: inside });
	});
	return applyEdits(entities, edits);
}

/** A name's last word that is an initial, not a regnal number («Elizabeth I», «Malcolm X»). */
const INITIAL_ENDING = / (?![IVX]$)\p{Lu}$/u;

/**
 * English: «the Michael J. Fox Foundation» read as the person «Michael J» and the organisation «Fox
 * Foundation» (the initial's full stop taken as a sentence's end): a person ending with an initial,
 * its full stop, and an organisation, a place or a work right after are one name of the second's
 * type. Entities in text order; a new list only when two were joined.
 */
export function namesAfterInitials(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	let out: DetectedEntity[] | undefined;
	for (let k = 0; k < entities.length; k++) {
		const e = entities[k];
		const next = entities[k + 1];
		const joined = e.type === 'PER' && next !== undefined && (next.type === 'ORG' || next.type === 'LOC' || next.type === 'MISC') && next.start === e.end + 2 && text.slice(e.end, next.start) === '. ' && INITIAL_ENDING.test(e.text);
		if (!joined) {
			out?.push(e);
			continue;
		}
		out ??= entities.slice(0, k);
		out.push({ ...next, start: e.start, text: text.slice(e.start, next.end), confidence: Math.min(e.confidence, next.confidence), source: 'rule' });
		k++;
	}
	return out ?? entities;
}

/** Navies' prefixes before a ship's name. */
const SHIP_PREFIXES = 'USS|HMS|HMAS|HMCS|HMNZS|INS|USNS';
/** One of them before a capitalised word, anywhere: the quick test. */
const SHIP_PREFIX_ANYWHERE = new RegExp(String.raw`\b(?:${SHIP_PREFIXES}) \p{Lu}`, 'u');
/** One opening a name. */
const SHIP_PREFIX_OPENING = new RegExp(String.raw`^(?:${SHIP_PREFIXES}) `, 'u');
/** One right before a name, with the space after it (1). */
const SHIP_PREFIX_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])((?:${SHIP_PREFIXES}) )$`, 'u');

/**
 * English: «the USS Gerald R. Ford» read as a person, «the destroyer USS Carney» as the person
 * «Carney»: a person's reading after (or opening with) a navy's prefix is a ship, a MISC with its
 * prefix. A place so read stays (a naval base: «HMAS Cerberus» is one in the training files).
 */
export function shipsReadAsPersons(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!SHIP_PREFIX_ANYWHERE.test(text)) return entities;
	return replaceWhere(entities, (e) => {
		if (e.type !== 'PER') return undefined;
		if (SHIP_PREFIX_OPENING.test(e.text)) return { ...e, type: 'MISC', source: 'rule' };
		const prefix = SHIP_PREFIX_BEFORE.exec(text.slice(Math.max(0, e.start - 7), e.start));
		if (!prefix) return undefined;
		const start = e.start - prefix[1].length;
		return { ...e, start, text: text.slice(start, e.end), type: 'MISC', source: 'rule' };
	});
}

/** The last words of a treaty's name («North Atlantic Treaty», «Kyoto Protocol», «Oslo Accords»). */
const TREATY_HEAD_LIST = ['Treaty', 'Accord', 'Accords', 'Agreement', 'Protocol'];
const TREATY_HEADS = new Set(TREATY_HEAD_LIST);
/** One of them after a space, anywhere: the quick test. */
const TREATY_HEAD_ANYWHERE = new RegExp(String.raw` (?:${TREATY_HEAD_LIST.join('|')})\b`, 'u');
/** One right after a name. */
const TREATY_HEAD_AFTER = new RegExp(String.raw`^ (?:${TREATY_HEAD_LIST.join('|')})(?![\p{L}\p{N}])`, 'u');

/**
 * English: «the North Atlantic Treaty» read as an organisation, «the Kyoto Protocol» as the place
 * «Kyoto»: a treaty's name is a MISC (no treaty is a person, a place or an organisation of the
 * English training files), the name read before its head taking it in.
 */
export function treatiesReadAsNames(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!TREATY_HEAD_ANYWHERE.test(text)) return entities;
	return replaceWhere(entities, (e, k) => {
		if (e.type !== 'PER' && e.type !== 'ORG' && e.type !== 'LOC') return undefined;
		const words = e.text.split(' ');
		if (words.length >= 2 && TREATY_HEADS.has(words[words.length - 1])) return { ...e, type: 'MISC', source: 'rule' };
		return overItsHeadAsMisc(text, entities, k, TREATY_HEAD_AFTER, 11);
	});
}

/**
 * Entity k of `entities` stretched over the head right after it (`headAfter`, tried on the `reach`
 * characters after it) as a MISC: a treaty's or an award's name. Undefined where no head follows,
 * or where the next entity starts inside it.
 */
function overItsHeadAsMisc(text: string, entities: readonly DetectedEntity[], k: number, headAfter: RegExp, reach: number): DetectedEntity | undefined {
	const e = entities[k];
	const head = headAfter.exec(text.slice(e.end, e.end + reach));
	if (!head || (k + 1 < entities.length && entities[k + 1].start < e.end + head[0].length)) return undefined;
	const end = e.end + head[0].length;
	return { ...e, end, text: text.slice(e.start, end), type: 'MISC', source: 'rule' };
}

/** Nouns of kin, which name a person after «of» («the daughter of …»). */
const KIN_NOUNS = 'daughter|son|wife|husband|widow|widower|father|mother|brother|sister|grandson|granddaughter|grandfather|grandmother|nephew|niece|cousin';
/** A kin noun ending the text before « of » (the quick test before NAME_AFTER_KIN). */
const KIN_NOUN_ENDING = new RegExp(`(?:^|[^\\p{L}])(?:${KIN_NOUNS})s?$`, 'u');
/** «the daughter of Thaksin Shinawatra»: a kin noun, «of», and two or three capitalised words before no other. */
const NAME_AFTER_KIN = new RegExp(String.raw`\b(?:${KIN_NOUNS})s? of (\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{Ll}\p{M}'’-]+){1,2})(?! \p{Lu})`, 'gu');

/**
 * English: «the youngest daughter of Thaksin Shinawatra» found nothing: two or three capitalised
 * words after a kin noun and «of», where nothing was found, are a person (the training files tag
 * 10 of 11 such names so), unless a list knows them as a place or an organisation.
 */
export function personsAfterKinNouns(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	// (« of » after a kin noun first: the pattern's alternation is slow to scan a text that holds none)
	let kin = false;
	for (let at = text.indexOf(' of '); at >= 0 && !kin; at = text.indexOf(' of ', at + 4)) kin = KIN_NOUN_ENDING.test(text.slice(Math.max(0, at - 15), at));
	if (!kin) return entities;
	const ranges: TypedRange[] = [];
	for (const m of allMatches(text, NAME_AFTER_KIN)) {
		if ((listedTypes(model, m[1]) & (LOC_BIT | ORG_BIT)) !== 0 || m[1].split(' ').some((w) => DAYS_AND_MONTHS.has(w))) continue;
		const start = m.index + m[0].length - m[1].length;
		ranges.push({ start, end: start + m[1].length, type: 'PER' });
	}
	return typeRanges(text, entities, ranges, () => false, 0.5);
}

/** A stadium, a palace or a park named by the head word of its own language first: «Stade Louis II», «Estadio Azteca», «Stadio Diego Armando Maradona», «Estádio do Maracanã», «Palacio Quemado», «Parc des Princes». */
const FOREIGN_FACILITY = /(?<![\p{L}\p{N}])(?:Stade|Stadio|Estadio|Estádio|Stadion|Palacio|Palácio|Palazzo|Palais|Parc) (?:(?:de|do|da|del|di|della|dos|das|du|des|la|le) )?\p{Lu}(?:[\p{L}\p{M}'’.-]*[\p{L}\p{M}])?(?: (?:(?:de|do|da|del|di|della|dos|das|du|des|la|le) )?\p{Lu}(?:[\p{L}\p{M}'’.-]*[\p{L}\p{M}])?)*/gu;

/** Heads of palaces and parks, named by the rule only where something was read inside them. */
const READ_ONLY_FACILITY_HEAD = /^(?:Palacio|Palácio|Palazzo|Palais|Parc) /u;

/** The rule's confidence in a facility it names (the rules' usual one). */
const FACILITY_CONFIDENCE = 0.6;

/**
 * English: «the Stade Louis II» read as a person, «the Estadio Azteca» as an organisation, «the
 * Stadio Diego Armando Maradona» as the person after the head, «the Palacio Quemado» as a person, «the
 * Parc des Princes» as an organisation: a stadium, a palace or a park whose name opens with its own
 * language's head word is a place (as the English training files type stadiums), over what was
 * read inside it. Entities in text order; returned in text order.
 */
export function facilitiesByForeignHead(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!text.includes('Stad') && !text.includes('Estad') && !text.includes('Estád') && !text.includes('Pal') && !text.includes('Parc ')) return entities;
	// a palace or a park only where something was read inside it: the two palaces the English
	// training files hold, in a travel guide, are tagged nothing there
	const ranges: TypedRange[] = allMatches(text, FOREIGN_FACILITY)
		.filter((m) => !READ_ONLY_FACILITY_HEAD.test(m[0]) || entities.some((e) => e.start < m.index + m[0].length && m.index < e.end))
		.map((m) => ({ start: m.index, end: m.index + m[0].length, type: 'LOC' }));
	if (ranges.length === 0) return entities;
	// the model's own reading of the whole stadium, too unsure to show («Estádio do Maracanã», 0.27), is the rule's
	const sure = replaceWhere(entities, (e) => (e.type === 'LOC' && e.confidence < FACILITY_CONFIDENCE && ranges.some((r) => r.start === e.start && r.end === e.end) ? { ...e, confidence: FACILITY_CONFIDENCE, source: 'rule' } : undefined));
	return putOverPiecesAll(text, sure, ranges);
}

/** Sports whose national or regional bodies are named by the sport and the place («Cricket Australia», «Athletics Kenya»). */
const BODY_SPORTS = ['Swimming', 'Cricket', 'Rugby', 'Tennis', 'Athletics', 'Cycling', 'Hockey', 'Football', 'Basketball', 'Golf', 'Netball', 'Rowing', 'Sailing', 'Gymnastics', 'Volleyball', 'Badminton', 'Boxing', 'Judo', 'Baseball', 'Softball', 'Squash', 'Triathlon', 'Diving', 'Archery', 'Fencing', 'Wrestling', 'Weightlifting', 'Surfing', 'Equestrian'];
const BODY_SPORT_WORDS = new Set(BODY_SPORTS);
const SPORT_BEFORE_PLACE = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(?:${BODY_SPORTS.join('|')}) (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)(?![\p{L}\p{N}'’-])`, 'gu');

/**
 * English: «Swimming Australia head coach Rohan Taylor», «Cricket Australia said» read as the
 * place alone: a sport's name right before a country or a place the lists know is that sport's
 * body there, an organisation («Badminton Canada» is ORG in the English training files), where
 * something was read right after the sport. Entities in text order; returned in text order.
 */
export function sportsBodiesOfPlaces(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	// only where something was read right after a sport's name (the place, mostly): a look-up per
	// entity, not the pattern's scan of every text
	let sport = false;
	for (let k = 0; k < entities.length && !sport; k++) {
		const start = entities[k].start;
		if (start < 2 || text.charCodeAt(start - 1) !== 32) continue;
		const wordStart = text.lastIndexOf(' ', start - 2) + 1;
		sport = BODY_SPORT_WORDS.has(text.slice(wordStart, start - 1));
	}
	if (!sport) return entities;
	const ranges: TypedRange[] = [];
	for (const m of allMatches(text, SPORT_BEFORE_PLACE)) {
		// the place's first word alone where two capitalised words follow («Cricket Australia Chief …»)
		let place = m[1];
		if (!isListedCountry(model, place) && !isListedPlaceName(model, place)) {
			place = place.split(' ')[0];
			if (place === m[1] || !(isListedCountry(model, place) || isListedPlaceName(model, place))) continue;
		}
		const end = m.index + m[0].length - m[1].length + place.length;
		ranges.push({ start: m.index, end, type: 'ORG' });
	}
	return ranges.length ? putOverPiecesAll(text, entities, ranges) : entities;
}

/** Awards' heads («Awards», «Prizes» too). */
const AWARD_HEADS = ['Award', 'Prize', 'Medal', 'Trophy'];
/** The same with the space before them, built once for the rule's word search. */
const AWARD_HEADS_AFTER_SPACE = AWARD_HEADS.map((head) => ` ${head}`);
/** An award's head right after a name («Edinburgh Comedy| Award»). */
const AWARD_HEAD_AFTER = new RegExp(String.raw`^ (?:${AWARD_HEADS.join('|')})s?(?![\p{L}\p{N}])`, 'u');

/**
 * English: «the Edinburgh Comedy Award» read as the organisation «Edinburgh Comedy»: a name read as
 * a person, a place or an organisation right before an award's head is the award's name, a MISC
 * with its head (the training files tag the capitalised words before such a head MISC or nothing
 * 33 times of 36). Entities in text order; returned in text order.
 */
export function awardsReadAsNames(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!AWARD_HEADS_AFTER_SPACE.some((head) => text.includes(head))) return entities;
	return replaceWhere(entities, (e, k) => (e.type === 'MISC' || e.type === 'DATE' ? undefined : overItsHeadAsMisc(text, entities, k, AWARD_HEAD_AFTER, 8)));
}

/** Festivals and holidays whose names the model reads as persons or places («Mardi Gras», «Yom Kippur»). */
const FESTIVALS = new Set(['Mardi Gras', 'Yom Kippur', 'Rosh Hashanah', 'Hanukkah', 'Chanukah', 'Passover', 'Purim', 'Sukkot', 'Diwali', 'Deepavali', 'Navratri', 'Durga Puja', 'Pongal', 'Onam', 'Nowruz', 'Songkran', 'Vesak', 'Kwanzaa', 'Thanksgiving', 'Halloween', 'Oktoberfest', 'Hogmanay', 'Lunar New Year', 'Chinese New Year']);

/** English: «for Mardi Gras» read as a person: a festival's or a holiday's name read as a person, a place or an organisation is a MISC. */
export function festivalsReadAsNames(entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e) => (e.type !== 'MISC' && e.type !== 'DATE' && FESTIVALS.has(e.text) ? { ...e, type: 'MISC', source: 'rule' } : undefined));
}

/** Combining forms that open a compound name with a hyphen and name nothing alone («Pan-American», «Sino-Japanese»). */
const COMBINING_FORM_BEFORE = /(?<![\p{L}\p{N}'’.-])(?:Pan|Trans|Anglo|Franco|Sino|Afro|Indo|Euro|Austro|Italo|Russo|Greco|Judeo|Hispano|Luso|Serbo|Czecho|Slavo)-$/u;

/**
 * English: «the Pan-American Highway» read as «American Highway» (the tokens split at the hyphen):
 * a combining form glued before a name is part of it, whatever its type. Entities in text order;
 * returned in text order.
 */
export function combiningFormsBeforeNames(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!text.includes('-')) return entities;
	return replaceWhere(entities, (e) => {
		const form = text[e.start - 1] === '-' ? COMBINING_FORM_BEFORE.exec(text.slice(Math.max(0, e.start - 8), e.start)) : null;
		if (!form || !/^\p{Lu}/u.test(e.text)) return undefined;
		const start = e.start - form[0].length;
		return { ...e, start, text: text.slice(start, e.end), source: 'rule' };
	});
}

/**
 * English: «Hapag-Lloyd» read as the company «Hapag» and the person «Lloyd» (the tokens split at the
 * hyphen): a capitalised word glued by a hyphen right after an organisation belongs to it, with
 * whatever was read there. Entities in text order; returned in text order.
 */
export function hyphenatedOrganisations(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	let out: DetectedEntity[] | undefined;
	for (let k = 0; k < entities.length; k++) {
		const e = entities[k];
		const glued = e.type === 'ORG' && text[e.end] === '-' ? /^-\p{Lu}[\p{L}]*(?![\p{L}\p{N}-])/u.exec(text.slice(e.end, e.end + 30)) : null;
		if (!glued) {
			out?.push(e);
			continue;
		}
		const end = e.end + glued[0].length;
		const next = entities[k + 1];
		// a reading that runs beyond the glued word is left alone
		if (next && next.start < end && next.end > end) {
			out?.push(e);
			continue;
		}
		out ??= entities.slice(0, k);
		out.push({ ...e, end, text: text.slice(e.start, end), source: 'rule' });
		if (next && next.start < end) k++;
	}
	return out ?? entities;
}

/** «Fed» alone, the Federal Reserve's short name in wire copy (not «Fed up»). */
const FED = /(?<![\p{L}\p{N}@#_])Fed(?![\p{L}\p{N}_])(?! up\b)/gu;

/**
 * English: «Fed Chair Jerome Powell» where the model found nothing, «Cleveland Fed President Beth
 * Hammack» read as the place «Cleveland»: «Fed» alone is the Federal Reserve, and a place right
 * before it names a regional reserve bank, one organisation («the New York Fed»). Where an entity
 * holds «Fed» («Fed Reserve»), its reading stands. Entities in text order; returned in text order.
 */
export function reserveBanks(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!text.includes('Fed')) return entities;
	const feds = allMatches(text, FED).map((m) => ({ start: m.index, end: m.index + 3 }));
	// the places a «Fed» may follow, by where they end
	const placesByEnd = new Map(entities.filter((e) => e.type === 'LOC').map((e) => [e.end, e]));
	const edits: Edit[] = [];
	overlapsOfRanges(entities, feds).forEach((inside, k) => {
		const { start, end } = feds[k];
		if (inside.length) return;
		const place = text[start - 1] === ' ' ? placesByEnd.get(start - 1) : undefined;
		edits.push(place ? { entity: { ...place, end, text: text.slice(place.start, end), type: 'ORG', source: 'rule' }, replaced: [place] } : { entity: ruleEntity(text, start, end, 'ORG'), replaced: [] });
	});
	return applyEdits(entities, edits);
}

/** «Fitch» alone, not inside a longer name («Fitch Ratings» is listed; «John Fitch», «Fitch Street» are not the agency). */
const FITCH = /(?<![\p{L}\p{N}@#_-])Fitch(?![\p{L}\p{N}_-])(?! \p{Lu})/gu;
/** What a sentence on credit ratings says. */
const CREDIT_RATING_WORDS = /\b(?:ratings?|rated|downgrad(?:e|ed|es|ing)|upgrad(?:e|ed|es|ing)|outlook|affirm(?:ed|s)?|sovereign|credit|investment[ -]grade|junk|default(?:ed|s)?|bonds?|debt)\b/u;

/**
 * English: «Fitch downgraded Italy», «Fitch cut its outlook» found nothing (the name opens the
 * sentence, and the lists know Fitch as a surname): in a sentence on credit ratings, «Fitch» alone
 * is the rating agency, as Moody's and S&P are named in every text. A person's name ending with it
 * («John Fitch») or a longer name starting with it stays as read. Entities in text order.
 */
export function ratingAgencies(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!text.includes('Fitch') || !CREDIT_RATING_WORDS.test(text)) return entities;
	const ranges: TypedRange[] = allMatches(text, FITCH).map((m) => ({ start: m.index, end: m.index + 'Fitch'.length, type: 'ORG' }));
	return typeRanges(text, entities, ranges, (e) => e.type !== 'ORG' && e.type !== 'DATE');
}

/** A party's qualifier in brackets right after its name («Janata Dal (United)», «Communist Party of India (Marxist)»). */
const PARTY_QUALIFIER_AFTER = /^ \((?:United|Secular|Marxist|Maoist|Marxist-Leninist|Provisional|Official|Reformed)\)/u;

/**
 * English: «Janata Dal (United)» read as MISC and the organisation «United», «Janata Dal (Secular)» as a
 * person: a party's name and its qualifier in brackets are one organisation. Entities in text order.
 */
export function partiesWithQualifiers(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!text.includes(' (')) return entities;
	let out: DetectedEntity[] | undefined;
	for (let k = 0; k < entities.length; k++) {
		const e = entities[k];
		const qualifier = e.type !== 'DATE' && e.type !== 'LOC' ? PARTY_QUALIFIER_AFTER.exec(text.slice(e.end, e.end + 22)) : null;
		if (!qualifier) {
			out?.push(e);
			continue;
		}
		const end = e.end + qualifier[0].length;
		out ??= entities.slice(0, k);
		out.push({ ...e, end, text: text.slice(e.start, end), type: 'ORG', source: 'rule' });
		while (k + 1 < entities.length && entities[k + 1].start < end) k++;
	}
	return out ?? entities;
}

/** «the Gulf», «the Caribbean» alone: not «the Gulf War», «the Gulf of Mexico», «the Caribbean Community». */
const REGION_AFTER_THE = /(?<=(?:^|[^\p{L}\p{N}])[Tt]he )(?:Gulf|Caribbean)(?![\p{L}\p{N}'’-])(?! +(?:of|\p{Lu}))/gu;

/** Under the whole-article pass's teaching confidence (consistency.ts). */
const REGION_CONFIDENCE = 0.45;
/**
 * Great rivers after «the», alone («the banks of the Seine», «the Tagus burst its banks»), written
 * from general knowledge; not those named like a country, a state's town or a person («Jordan»,
 * «Niger», «Hudson»), which the model weighs better in context.
 */
const RIVER_NAMES = 'Seine|Thames|Rhine|Danube|Nile|Euphrates|Tigris|Yangtze|Ganges|Mekong|Volga|Dnieper|Dnipro|Dniester|Loire|Rh[oô]ne|Elbe|Oder|Indus|Douro|Tagus|Ebro|Zambezi|Limpopo|Orinoco|Potomac|Tiber|Vistula|Mississippi|Brahmaputra|Irrawaddy|Yenisei|Meuse|Moselle|Garonne|Shannon|Severn|Po';
/** Any river's name after «the», as a quick test. */
const ANY_RIVER = new RegExp(`he (?:${RIVER_NAMES})`, 'u');
const RIVER_AFTER_THE = new RegExp(String.raw`(?<=(?:^|[^\p{L}\p{N}])[Tt]he )(?:${RIVER_NAMES})(?![\p{L}\p{N}'’-])(?! +(?:of|\p{Lu}))`, 'gu');

/**
 * English: «tankers loading in the Gulf», «storms hit the Caribbean», found by nothing (the training
 * files write «Gulf» mostly inside longer names): the region after «the», alone, is a place; too
 * unsure to teach the whole-article pass, which would find it in «the 1991 Gulf War». Entities in
 * text order; returned in text order.
 */
export function regionsAfterThe(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!/Gulf|Caribbean/u.test(text)) return entities;
	const ranges = allMatches(text, REGION_AFTER_THE).map((m) => ({ start: m.index, end: m.index + m[0].length, type: 'LOC' }));
	return typeRanges(text, entities, ranges, () => false, REGION_CONFIDENCE);
}

/**
 * English: a great river after «the», alone, is a place where the model found nothing or read it
 * as something else («the banks of the Douro» as MISC; not «the Thames Valley Police», «the Don
 * of the family» before «of»). Entities in text order; returned in text order.
 */
export function riversAfterThe(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!ANY_RIVER.test(text)) return entities;
	const ranges = allMatches(text, RIVER_AFTER_THE).map((m) => ({ start: m.index, end: m.index + m[0].length, type: 'LOC' }));
	return ranges.length ? putOverPiecesAll(text, entities, ranges) : entities;
}

/** A continent's name, as a quick test. */
const CONTINENTS = /America|Asia|Africa|Europe/u;
/** A part of a continent named by a compass word or «Latin» («Latin America», «Central Asia»; not the country «South Africa»). */
const CONTINENTAL_REGION = /(?<![\p{L}\p{N}'’-])(?!South Africa)(?:Latin|Central|South|North|Southeast|South-East|Southwest|Northeast|North-East|Northwest|East|West|Western|Eastern|Southern|Northern) (?:America|Asia|Africa|Europe)(?![\p{L}\p{N}-])/gu;

/**
 * English: «sales in Latin America» found by nothing, «Central America» read as «America» alone,
 * «South Asia» as an organisation: a part of a continent named by a compass word or «Latin» is
 * one place where the model found nothing, a piece of it, or the whole as an organisation (not
 * before a capitalised word, in a longer name: «the Central America Free Trade Agreement»).
 * Entities in text order; returned in text order.
 */
export function continentalRegions(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!CONTINENTS.test(text)) return entities;
	const ranges = allMatches(text, CONTINENTAL_REGION)
		.map((m) => ({ start: m.index, end: m.index + m[0].length, type: 'LOC' }))
		.filter(({ end }) => !/^ \p{Lu}/u.test(text.slice(end, end + 2)));
	return putOverPiecesAll(text, entities, ranges, (e) => e.type === 'LOC' || e.type === 'ORG');
}

/** A team's name in a results line: up to four capitalised words. */
const TEAM = String.raw`\p{Lu}[\p{L}.'’&-]*(?:[ \t]+\p{Lu}[\p{L}.'’&-]*){0,3}`;
/**
 * A results line of a league summary, each side with its goals and its scorers in brackets
 * («Bayern Munich 2 (Klinsmann 34, Scholl 78) Schalke 1 (Max 55)»).
 */
const RESULT_WITH_SCORERS = new RegExp(
	// the half-time score and the attendance may follow after a full stop («… Hamburg 0. Halftime 1-0. Attendance 63,000»),
	// the half-time score in brackets before it («… Tottenham 3 (Sheringham 26) (1-1). 30,441»)
	String.raw`^[ \t]*(${TEAM})[ \t]+\d{1,2}(?:[ \t]*\(([^()\n]*)\))?[ \t]+(${TEAM})[ \t]+\d{1,2}(?:[ \t]*\(([^()\n]*)\))?(?:[ \t]*\([ \t]*\d{1,2}[ \t]*-[ \t]*\d{1,2}[ \t]*\))?(?:[ \t]*\.(?:[ \t]+[^\n]*)?)?[ \t]*$`,
	'gmud',
);
/** A scorer and the minutes of their goals («Klinsmann 34», «Haessler 8 pen», «Van Basten 12 45»). */
const SCORER = /^[ \t]*(\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|van|de|der|da|di|dos))*)(?:[ \t]+\d{1,3}(?:[ \t]+(?:pen|penalty|og))?)+[ \t]*$/u;

/**
 * English: the results lines of a league summary, where each side's scorers follow its goals in
 * brackets: the sides are teams (ORG; a country, «Britain» or a home nation is the national team's
 * country, LOC, as in the results tables), the scorers persons (the model read «Chapuisat 88» as a place, «Haessler 8
 * pen» as MISC, missed «Klinsmann 34», and read «Valencia 1», a side with its goals, as MISC).
 * Entities in text order; returned in text order.
 */
export function resultsWithScorers(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	if (!text.includes('(')) return entities;
	const ranges: TypedRange[] = [];
	for (const m of allMatches(text, RESULT_WITH_SCORERS)) {
		if (m[2] === undefined && m[4] === undefined) continue;
		const indices = m.indices!;
		// in the line's order: a side, its scorers, the other side, its scorers
		for (const group of [1, 2, 3, 4]) {
			if (m[group] === undefined) continue;
			const [from, to] = indices[group];
			if (group === 1 || group === 3) {
				ranges.push({ start: from, end: to, type: isPlayersCountry(m[group]) ? 'LOC' : 'ORG' });
				continue;
			}
			let at = from;
			for (const item of m[group].split(',')) {
				const scorer = SCORER.exec(item);
				if (scorer) {
					const start = at + item.indexOf(scorer[1]);
					ranges.push({ start, end: start + scorer[1].length, type: 'PER' });
				}
				at += item.length + 1;
			}
		}
	}
	// a side read with its goals («Valencia 1» as MISC) gives way to the side
	const sides = ranges.filter((r) => r.type !== 'PER');
	const kept = entities.filter((e) => !sides.some((r) => e.start === r.start && e.end > r.end && /^[ \t]+\d{1,2}$/u.test(text.slice(r.end, e.end))));
	return putOverPiecesAll(text, kept.length === entities.length ? entities : kept, ranges);
}

/** A cricketer as a scorecard writes them: initials, then one to three capitalised words («M. Atherton», «Inzamam-ul-Haq», «Mushtaq Ahmed»). */
const CRICKETER = String.raw`(?:\p{Lu}\.[ \t]*){0,3}\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}`;
/** A batting line: the batsman, how they were out (caught, stumped, leg before, caught and bowled) and by whom, their runs. */
const BATTING_LINE = new RegExp(String.raw`^[ \t]*(${CRICKETER})[ \t]+(?:(?:c|st)[ \t]+(${CRICKETER})[ \t]+|lbw[ \t]+|c[ \t]*(?:&|and)[ \t]*)?b[ \t]+(${CRICKETER})[ \t]+\d{1,3}[ \t]*$`, 'gmud');
/** A batting line of a batsman not out or run out, with their runs. */
const NOT_OUT_LINE = new RegExp(String.raw`^[ \t]*(${CRICKETER})[ \t]+(?:not|run)[ \t]+out[ \t]+\d{1,3}[ \t]*$`, 'gmud');

/** A bowler and their figures, overs-maidens-runs-wickets, in a scorecard's bowling line («Bowling: Ambrose 30-6-73-2, Walsh 34-7-99-2»). */
const BOWLING_FIGURES = new RegExp(String.raw`(?<![\p{L}\p{N}'’.-])(${CRICKETER})[ \t]+\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}(?![\p{N}-])`, 'gud');

/**
 * A player with initials and their runs or figures in a match's summary scores, after a bracket, a
 * comma or a semicolon («Australia 118 (D. Gough 3-43, A. Caddick 5-50)», «; R. Croft 3-125)»).
 */
const SUMMARY_SCORER = new RegExp(String.raw`(?<=[(,;][ \t]*)((?:\p{Lu}\.[ \t]*){1,3}\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?)[ \t]+\d{1,3}(?:-\d{1,3})?\*?(?=[ \t]*[,;)]|[ \t]+not[ \t]+out)`, 'gud');

/**
 * A golfer on a leaderboard line, after the total or a comma, with their country in brackets maybe,
 * before two to four rounds («283 Tommy Tolles 72 72 72 67», «, Per-Ulrik Johansson (Sweden) 72 73 73 69»).
 */
const LEADERBOARD_PLAYER = new RegExp(String.raw`(?<=(?:^|\n)[ \t]*\d{2,3}[ \t]+|,[ \t]*)(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,2})(?:[ \t]+\([\p{L} .]+\))?[ \t]+\d{2}(?:[ \t]+\d{2}){1,3}(?=[ \t]*(?:,|\r?\n|$))`, 'gud');

/** A bowler's figures, an initial after a bracket or a comma, a leaderboard's rounds: one scan for the three (they only gate the rule). */
const SCORECARD_SIGNS = /\d-\d+-\d+-\d|[(,;] ?\p{Lu}\. | \d\d \d\d(?: |$)/mu;

/**
 * English: the batting lines of a cricket scorecard («M. Atherton c Inzamam-ul-Haq b Mushtaq Ahmed
 * 31»): the batsman with their initials, the fielder and the bowler are persons (the model read
 * «Atherton» without its initial and missed «Inzamam-ul-Haq»); so are the bowlers before their
 * figures («Ambrose 30-6-73-2» read as an organisation) and the players of a match's summary scores
 * («(D. Gough 3-43, A. Caddick 5-50)», missed or read as organisations); so are the golfers of a
 * leaderboard («283 Tommy Tolles 72 72 72 67» read as an organisation, «Davis Love» as «Davis»).
 * Entities in text order; returned in text order.
 */
export function scorecardPlayers(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!text.includes(' b ') && !text.includes('not out') && !text.includes('run out') && !SCORECARD_SIGNS.test(text)) return entities;
	let out = entities;
	for (const pattern of [BATTING_LINE, NOT_OUT_LINE, BOWLING_FIGURES, SUMMARY_SCORER, LEADERBOARD_PLAYER]) {
		const players: TypedRange[] = [];
		for (const m of allMatches(text, pattern)) {
			for (let group = 1; group < m.length; group++) {
				if (m[group] === undefined) continue;
				const [start, end] = m.indices![group];
				players.push({ start, end, type: 'PER' });
			}
		}
		out = putOverPiecesAll(text, out, players);
	}
	return out;
}

/**
 * Nicknames of North American major-league teams that are no common word, people or place
 * («the Yankees», «the Bulls»; not «the Giants», «the Saints», «the Indians», «the Stars»).
 */
const TEAM_NICKNAMES = [
	'Yankees', 'Dodgers', 'Mets', 'Braves', 'Orioles', 'Red Sox', 'White Sox', 'Astros', 'Mariners', 'Padres', 'Rockies', 'Marlins', 'Phillies', 'Expos', 'Brewers', 'Blue Jays', 'Diamondbacks', 'Devil Rays',
	'Bulls', 'Knicks', 'Lakers', 'Celtics', 'Rockets', 'Pistons', 'Pacers', 'Cavaliers', 'Hornets', 'Nets', 'Sixers', '76ers', 'Raptors', 'Grizzlies', 'Timberwolves', 'Mavericks', 'Nuggets', 'SuperSonics', 'Sonics', 'Clippers', 'Trail Blazers', 'Bucks', 'Bullets',
	'Cowboys', 'Packers', 'Broncos', '49ers', 'Steelers', 'Redskins', 'Oilers', 'Raiders', 'Chargers', 'Seahawks', 'Bengals', 'Buccaneers', 'Colts',
	'Canadiens', 'Maple Leafs', 'Bruins', 'Red Wings', 'Blackhawks', 'Flyers', 'Canucks', 'Sabres', 'Whalers', 'Nordiques', 'Mighty Ducks',
];
/** A nickname anywhere, as a quick test. */
const TEAM_NICKNAME_ANYWHERE = new RegExp(TEAM_NICKNAMES.join('|'), 'u');
/** A nickname after «the» («for the Bulls»), or before a score («Bulls 102»). */
const TEAM_NICKNAME = new RegExp(String.raw`(?<=(?:^|[^\p{L}\p{N}@#_'’-])[Tt]he[ \t]+)(?:${TEAM_NICKNAMES.join('|')})(?![\p{L}\p{N}'’-])|(?<![\p{L}\p{N}@#_'’-])(?:${TEAM_NICKNAMES.join('|')})(?=[ \t]+\d)`, 'gu');

/**
 * English: «for the Bulls» read as a person, «the Packers» and «the Broncos» found by nothing: a
 * major-league team's nickname alone, after «the» or before a score, is the team where nothing, a
 * person or a place was read on it («Bulls in the mist» are animals; with its city, «Chicago
 * Bulls», it is a longer name the model or the table rules read). Entities in text order; returned
 * in text order.
 */
export function teamNicknames(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	// the plain alternation is tried ten times faster than the pattern with its look-arounds
	if (!TEAM_NICKNAME_ANYWHERE.test(text)) return entities;
	const ranges = allMatches(text, TEAM_NICKNAME).map((m) => ({ start: m.index, end: m.index + m[0].length, type: 'ORG' }));
	return typeRanges(text, entities, ranges, (e) => e.type === 'PER' || e.type === 'LOC');
}

/** Last words of major-league teams: the nicknames above, alone (not «Red Sox»: «Sox»). */
const LAST_WORDS_OF_NICKNAMES = new Set(TEAM_NICKNAMES.map((nickname) => nickname.split(' ').pop()!));
/** Nicknames that are common words alone, a team's only after a listed place («Miami Heat», «Dallas Stars»; not «Hollywood Magic»). */
const COMMON_WORD_NICKNAMES = new Set(
	'Warriors Heat Thunder Jazz Suns Spurs Kings Hawks Pelicans Wizards Chiefs Patriots Ravens Eagles Lions Bears Vikings Giants Jets Dolphins Bills Texans Titans Jaguars Panthers Cardinals Rams Falcons Saints Browns Commanders Penguins Capitals Cubs Tigers Twins Rangers Athletics Royals Indians Guardians Reds Pirates Nationals Islanders Devils Senators Stars Predators Hurricanes Avalanche Coyotes Flames Sharks Ducks'.split(' '),
);

/**
 * English: «the Los Angeles Lakers» read as a place: a name of two words or more read as a place, a
 * person or MISC that ends with a major-league nickname is the team; with a nickname that is a
 * common word, only after a listed place («P-38 Lightning», «Electro-Shock Blues» stay). Entities in
 * text order.
 */
export function citiesWithNicknames(model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e) => {
		if (e.type !== 'LOC' && e.type !== 'PER' && e.type !== 'MISC') return undefined;
		const space = e.text.lastIndexOf(' ');
		if (space <= 0) return undefined;
		const last = e.text.slice(space + 1);
		const team = LAST_WORDS_OF_NICKNAMES.has(last) || (COMMON_WORD_NICKNAMES.has(last) && isListedPlaceName(model, e.text.slice(0, space)));
		return team ? { ...e, type: 'ORG', source: 'rule' } : undefined;
	});
}

/** A line of scorers after its label («Scorers: Ravanelli 12, 56, Vialli 30», «Scorer: Real Madrid - Suker (23)»). */
const SCORERS_LINE = /^[ \t]*(?:Goal)?[Ss]corers?[ \t]*:([^\n]*)$/gmd;
/** A name of one to three capitalised words in a scorers line, and what follows it. */
const NAME_IN_SCORERS = /(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|van|de|der|da|di|dos))*)[ \t]*(-[ \t]|\(?[ \t]*\d)?/gu;
/** A match between two sides: «Arsenal v Chelsea», «England vs. Pakistan». */
const SIDES_OF_A_MATCH = new RegExp(String.raw`(?<![\p{L}\p{N}'’.-])(${TEAM})[ \t]+(?:v|vs\.?|V|VS\.?)[ \t]+(${TEAM})(?=[ \t]*(?:[,.;:(\n]|$))`, 'gmud');

/**
 * English sports wires: the scorers line of a match report, where a name before a minute is a
 * player and one before a dash the side they scored for («Scorers: Ravanelli 12, 56, Vialli 30»:
 * the model found «Juninho 88» alone), and the sides of a fixture written with «v» («Saturday's
 * fixtures: Arsenal v Chelsea», read as a club and a place): teams, a listed country the national
 * team's country (LOC, as in the results tables); not where a side was read as a person or
 * neither side as a team or a place («Roe v Wade», «Plants vs Zombies»). Entities in text order;
 * returned in text order.
 */
export function scorersAndFixtures(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	let out = entities;
	if (/[Ss]corers?[ \t]*:/u.test(text)) {
		const scorers: TypedRange[] = [];
		for (const line of allMatches(text, SCORERS_LINE)) {
			const from = line.indices![1][0];
			for (const m of allMatches(line[1], NAME_IN_SCORERS)) {
				if (m[2] === undefined) continue;
				const start = from + m.index;
				const name = m[1];
				scorers.push({ start, end: start + name.length, type: m[2].startsWith('-') ? (isPlayersCountry(name) ? 'LOC' : 'ORG') : 'PER' });
			}
		}
		out = putOverPiecesAll(text, out, scorers);
	}
	if (/[ \t](?:v|vs\.?|V|VS\.?)[ \t]/u.test(text)) {
		// the two sides of each match, a sentence's full stop after the second left out
		const sides = allMatches(text, SIDES_OF_A_MATCH).flatMap((m) =>
			[1, 2].map((side) => {
				const [start, end] = m.indices![side];
				const last = /\p{Ll}{2}\.$/u.test(m[side]) ? end - 1 : end;
				return { start, end: last, type: isPlayersCountry(text.slice(start, last)) ? 'LOC' : 'ORG' };
			}),
		);
		const readOn = overlapsOfRanges(out, sides);
		const teams: TypedRange[] = [];
		for (let k = 0; k < sides.length; k += 2) {
			// a case at law is between persons («Roe v Wade»): a side read as one, or two sides read as
			// neither a team nor a place, are no match
			const both = [readOn[k], readOn[k + 1]];
			if (both.some((found) => found.some((e) => e.type === 'PER')) || !both.some((found, side) => found.some((e) => e.type === 'ORG' || e.type === 'LOC') || sides[k + side].type === 'LOC')) continue;
			teams.push(sides[k], sides[k + 1]);
		}
		out = putOverPiecesAll(text, out, teams);
	}
	return out;
}

/**
 * Creeds, peoples and nationalities that news tags as MISC, in forms the country lists lack (they
 * hold «South Korean», «Sri Lankan» whole, and no nation of the United Kingdom).
 */
const CREEDS_AND_PEOPLES = new Set(
	(
		'Muslim Moslem Jewish Hindu Buddhist Sikh Catholic Protestant Shiite Sunni Islamist Hutu Tutsi Kurdish Chechen Bosnian Kosovar Basque Catalan Flemish Tibetan Kashmiri ' +
		'Korean Koreans Lankan Lankans English Scottish Welsh Zairean Zaireans Dagestani Turk Turks European Europeans African Africans Asian Asians Arab Arabs'
	).split(' '),
);
/** Whether each capitalised word met is a nationality, per model (the lists' look-up is most of the rule's time). */
const nationalityCache = new WeakMap<TaggerModel, Map<string, boolean>>();
const MAX_CACHED_WORDS = 50_000;
/** A capitalised word (its bounds are tested apart: a pattern with look-arounds is twice as slow on every line). */
const CAPITALISED_WORD = /\p{Lu}\p{Ll}+/gu;
/** What may not touch a word before it (a word of its own) or after it. */
const WORD_BEFORE = /[\p{L}\p{N}'’_.-]/u;
const WORD_AFTER = /^(?:[\p{L}\p{N}_-]|['’]s\b)/u;
/** A point of the compass or «Sri» before a nationality, one with it («South Korean», «Sri Lankan»). */
const COMPASS_BEFORE = /(?:^|[^\p{L}\p{N}'’_.-])((?:North|South|East|West|Central|Sri) )$/u;
/** The capitalised word right after a space at the start of a text, and the one right before its end. */
const NEXT_CAPITALISED = /^ (\p{Lu}[\p{L}.-]*)/u;
const PREVIOUS_CAPITALISED = /(?:^|[\s"“(])(\p{Lu}[\p{L}.-]*) $/u;
const SENTENCE_END_BEFORE = /(?:^|[.!?:;"“”]\s*|\n\s*)(?:\p{Lu}[\p{L}.-]* )?$/u;

/**
 * English: «German Chancellor Helmut Kohl», «Rwandan Hutu refugees», «Catholic residents»: a
 * nationality, people or creed is MISC (CoNLL's convention; the training files tag few: UNER none).
 * Where nothing was read, it is added when it stands alone, before a lower-case word, a title, a
 * person, or another such word (not inside a name: «British Telecom», «Royal Dutch Shell»). A
 * person read on a singular one becomes MISC on the same terms, unless the lists know the word as
 * a given name («Christian») and it is no creed or people of the list here («Catholic» is listed);
 * an organisation or a place read on it stays, as the training files tag nations and peoples so
 * («North American» region, «the Belgians» winning, «Arabs» as persons).
 * Not in a line written in capitals (`inCapitals`), whose words the detector reads in lower case
 * where a table says so: «ENGLISH LEAGUE CUP» would give «English» before «league», and block the
 * whole name the article writes elsewhere. Entities in text order; returned in text order.
 */
/** Physicians' names that name a disease in news («Alzheimer's», «Parkinson's disease»). */
const DISEASE_EPONYMS = new Set(['Alzheimer', 'Parkinson', 'Crohn', 'Huntington', 'Asperger', 'Tourette', 'Hodgkin', 'Lou Gehrig']);
/** What follows a disease's name and its «'s» («Parkinson's disease», «Alzheimer's patients»). */
const AFTER_DISEASE = /^['’]s(?: (?:disease|syndrome|patients|sufferers|drug|drugs|treatment|research|medication|dementia))?(?![\p{L}])/u;

/**
 * English: «Eli Lilly's Alzheimer's drug», «Parkinson's disease» read as a person: a physician's
 * name before «'s» that names a disease is MISC (before a noun of the disease, or «Alzheimer's»
 * alone; not «Michael Parkinson's show»). Entities in text order.
 */
export function diseasesNamedAfterPersons(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!/(?:Alzheimer|Parkinson|Crohn|Huntington|Asperger|Tourette|Hodgkin|Gehrig)['’]s/u.test(text)) return entities;
	return replaceWhere(entities, (e) => {
		if (e.type !== 'PER' || !DISEASE_EPONYMS.has(e.text)) return undefined;
		const after = AFTER_DISEASE.exec(text.slice(e.end, e.end + 24));
		if (!after || (after[0].length <= 2 && e.text !== 'Alzheimer')) return undefined;
		return { ...e, type: 'MISC', source: 'rule' };
	});
}

/** A nationality, a creed or a people («Spanish», «Sunni», «Kurds»), as `nationalitiesAsMisc` reads them. */
export function isNationalityOrPeople(model: TaggerModel, word: string): boolean {
	let known = nationalityCache.get(model);
	if (!known || known.size > MAX_CACHED_WORDS) nationalityCache.set(model, (known = new Map()));
	let nationality = known.get(word);
	if (nationality === undefined) known.set(word, (nationality = CREEDS_AND_PEOPLES.has(word) || NATIONALITY_NOUN.test(word) || isDemonym(model, word)));
	return nationality;
}

/**
 * Whether a token opens with a capitalised word that is a nationality or a people (the rules on
 * nationalities find nothing in a text without one, and a look-up per token is cheaper than their
 * patterns' scan of every character).
 */
export function holdsNationality(model: TaggerModel, words: readonly string[], n: number): boolean {
	for (let i = 0; i < n; i++) {
		const c = words[i].charCodeAt(0);
		if (c < 65 || (c > 90 && c < 192)) continue;
		const word = CAPITALISED_OPENING.exec(words[i])?.[0];
		if (word !== undefined && isNationalityOrPeople(model, word)) return true;
	}
	return false;
}
const CAPITALISED_OPENING = /^\p{Lu}\p{Ll}+/u;

export function nationalitiesAsMisc(text: string, model: TaggerModel, entities: DetectedEntity[], inCapitals: (range: { start: number; end: number }) => boolean): DetectedEntity[] {
	const isNationality = (word: string): boolean => isNationalityOrPeople(model, word);
	const ranges: TypedRange[] = [];
	let personStarts: Set<number> | undefined;
	for (const m of allMatches(text, CAPITALISED_WORD)) {
		const word = m[0];
		const end = m.index + word.length;
		// the word's look-up first: most capitalised words are no nationality
		if (!isNationality(word) || (m.index > 0 && WORD_BEFORE.test(text[m.index - 1])) || WORD_AFTER.test(text.slice(end, end + 3))) continue;
		personStarts ??= new Set(entities.filter((e) => e.type === 'PER').map((e) => e.start));
		const start = m.index - (COMPASS_BEFORE.exec(text.slice(Math.max(0, m.index - 9), m.index))?.[1].length ?? 0);
		const next = NEXT_CAPITALISED.exec(text.slice(end, end + 30))?.[1];
		const nextIsName = next !== undefined && !isTitleWord(next) && !isNationality(next) && !personStarts.has(end + 1);
		const previous = PREVIOUS_CAPITALISED.exec(text.slice(Math.max(0, start - 30), start))?.[1];
		const previousIsName = previous !== undefined && !isNationality(previous) && !SENTENCE_END_BEFORE.test(text.slice(Math.max(0, start - 32), start));
		if (nextIsName || previousIsName || inCapitals({ start, end })) continue;
		ranges.push({ start, end, type: 'MISC' });
	}
	return typeRanges(text, entities, ranges, (e) => e.type === 'PER' && !/s$/u.test(e.text) && (CREEDS_AND_PEOPLES.has(e.text) || (listedTypes(model, e.text) & PER_BIT) === 0));
}

/** What only a motor-racing report writes: an article that does is one (the whole-article pass asks). */
const MOTOR_RACING_REPORT = /Formula One|Formula 1|\bF1\b|Grand Prix|IndyCar|NASCAR|pole position|\b(?:Constructors|Drivers)['’]? (?:standings|championship)/u;
export function isMotorRacingReport(text: string): boolean {
	return MOTOR_RACING_REPORT.test(text);
}
/**
 * What tells a line of a motor-racing report: those, or words the report shares with others but
 * that a racing team's name beside them settles («driver», «lap»…; the detector reads one line at
 * a time). Not «title» nor «championship» alone, which other sports share.
 */
const MOTOR_RACING = new RegExp(`${MOTOR_RACING_REPORT.source}|\\b(?:podium|drivers?|laps?|races?|raced|racing|circuit|grid|constructors|teammate|team-mate)\\b`, 'u');
/** Racing teams whose names name no one else in such a report. */
export const RACING_TEAMS = ['Ferrari', 'McLaren', 'Benetton', 'Sauber', 'Minardi', 'Tyrrell', 'Ligier', 'Brabham', 'Footwork', 'Forti', 'Larrousse', 'Haas', 'Red Bull', 'Toro Rosso', 'AlphaTauri', 'Force India', 'Racing Point', 'Aston Martin', 'Alfa Romeo', 'Super Aguri', 'Caterham', 'Marussia'];
/** … and those that are persons' or countries' names too, a team only before a word of the team («Williams driver»), or after joining or racing for it. */
const RACING_TEAMS_IN_CONTEXT = ['Mercedes', 'Williams', 'Jordan', 'Stewart', 'Prost', 'Arrows', 'Renault', 'Honda', 'Toyota', 'Jaguar', 'Lotus', 'Alpine', 'Penske', 'Ganassi', 'Andretti'];
/** Any of them: a quick test, and the lines to read. */
const RACING_TEAM_ANYWHERE = new RegExp([...RACING_TEAMS, ...RACING_TEAMS_IN_CONTEXT].join('|'), 'u');
const RACING_TEAM_NAME = new RegExp(`(?<![\\p{L}\\p{N}-])(${RACING_TEAMS.join('|')})(?![\\p{L}\\p{N}-])|(?<![\\p{L}\\p{N}-])(${RACING_TEAMS_IN_CONTEXT.join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
const TEAM_WORD_AFTER = /^(?: ?['’]s)? (?:driver|drivers|team|teammate|team-mate|boss|principal|car|cars|engine|engines|mechanics)(?![\p{L}])/u;
/** Joining, leaving or racing for a team (not «with»: «shared the title with Jordan»). */
const JOINING_BEFORE = /(?:^|\s)(?:join|joins|joined|joining|leave|leaves|left|leaving|for)\s$/u;

/**
 * English motor racing: «who will join Ferrari next year», «McLaren still had a chance», «Mercedes
 * driver George Russell» read as persons (the lists know «Ferrari», «McLaren» as surnames): in a
 * line that speaks of racing, or before a word of the team or after joining or driving for it, a
 * racing team's name is the team's, an organisation; a name that is a person's or a country's too
 * («Williams», «Jordan», «Mercedes») needs both. Added where nothing was read; a person, place or
 * MISC read on the very name becomes the team («Frank Williams» stays). Entities in text order;
 * returned in text order.
 */
export function racingTeams(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!RACING_TEAM_ANYWHERE.test(text)) return entities;
	const racing = MOTOR_RACING.test(text);
	const ranges: TypedRange[] = [];
	for (const m of matchesOnLinesWith(text, RACING_TEAM_ANYWHERE, RACING_TEAM_NAME)) {
		const end = m.index + m[0].length;
		const inContext = TEAM_WORD_AFTER.test(text.slice(end, end + 14)) || JOINING_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index));
		if (m[1] !== undefined ? racing || inContext : racing && inContext) ranges.push({ start: m.index, end, type: 'ORG' });
	}
	return typeRanges(text, entities, ranges, (e) => e.type === 'PER' || e.type === 'LOC' || e.type === 'MISC');
}

/** A particle and a point of the compass that end the names of Brazilian, Argentine, Mexican… states («do Sul», «del Norte»). */
const PARTICLE_AND_COMPASS_AFTER = /^ (?:do|da|del|de) (?:Sul|Norte|Sur|Leste|Oeste|Este)(?![\p{L}\p{N}-])/u;

/**
 * English: «Rio Grande do Sul» read as the place «Rio Grande», «Mato Grosso do Sul» as the person
 * «Mato Grosso»: a name followed by a particle and a point of the compass is a place, all of it (no
 * person's name ends so). Entities in text order; returned in text order.
 */
export function placesWithCompassEndings(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e, k) => {
		if (e.type === 'DATE' || (text[e.end] !== ' ' && text[e.end] !== undefined)) return undefined;
		const ending = PARTICLE_AND_COMPASS_AFTER.exec(text.slice(e.end, e.end + 12));
		if (!ending) return undefined;
		const end = e.end + ending[0].length;
		const next = entities[k + 1];
		if (next && next.start < end) return undefined;
		return { ...e, end, text: text.slice(e.start, end), type: 'LOC', source: 'rule' };
	});
}

/** A company's kind in lower case right before its name («oil group Elf Aquitaine», «carmaker Toyota», «software giant Microsoft», «market researcher Dataquest», «its unit Mead Johnson»): a quick test, and the lines to read. */
const COMPANY_KIND_BEFORE_ANYWHERE = /(?:group|maker|airline|lender|insurer|retailer|refiner|brewer|conglomerate|giant|broker|utility|market researcher|consultancy|union|operator|regulator|watchdog|unit|subsidiary|affiliate|parent company|charity|broadcaster|newspaper|carrier|miner|manufacturer|supplier|start-?up|firm|non-?profit|outlet) \p{Lu}/u;
const PERSON_OR_FIRM_KIND = /^(?:market researcher|consultancy|operator|manufacturer|supplier|miner|carrier) /u;
const COMPANY_KIND_THEN_NAME = new RegExp(
	String.raw`(?<![\p{L}\p{N}'’-])(?:group|(?:its|their) (?:unit|subsidiary|affiliate)|parent company|${COMPANY_TRADES}|(?:oil|software|tech|media|mining|chemicals|drinks|food|retail|banking|insurance|pharmaceutical|pharmaceuticals|energy|internet|telecoms|telecommunications) giant|broker|utility|market researcher|consultancy|union|operator|regulator|watchdog|charity|broadcaster|newspaper|carrier|miner|manufacturer|supplier|start-?up|firm|non-?profit|outlet) (\p{Lu}[\p{L}\p{N}&'’.-]*(?: (?:& )?\p{Lu}[\p{L}\p{N}&'’.-]*){0,2})(?![\p{L}\p{N}&'’.-])`,
	'gu',
);

/** A plural kind of companies before a list of their names («U.S. groups Philip Morris and Mars»). */
const COMPANY_KINDS_BEFORE_ANYWHERE = /(?:groups|companies|firms|makers|airlines|lenders|banks|insurers|retailers|refiners|brewers|conglomerates|giants|brokers|utilities|rivals) \p{Lu}/u;
const COMPANY_NAME = String.raw`\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,2}`;
const COMPANY_KINDS_THEN_NAMES = new RegExp(
	String.raw`(?<![\p{L}\p{N}'’-])(?:groups|companies|firms|${COMPANY_TRADES.replace(/\|/gu, 's|')}s|(?:oil|software|tech|media|mining|chemicals|drinks|food|retail|banking|insurance|pharmaceutical|energy|internet|telecoms) giants|brokers|utilities|rivals) (${COMPANY_NAME}(?:, ${COMPANY_NAME}){0,3},? (?:and|or) ${COMPANY_NAME})(?![\p{L}\p{N}&'’.-])`,
	'gu',
);
/** One name of such a list, where it starts in it. */
const NAME_OF_LIST = new RegExp(COMPANY_NAME, 'gu');

/**
 * English wire copy: «Oil group Elf Aquitaine gained 1.9 percent», found by nothing: the name right
 * after a company's kind written in lower case is the company's (not a title and a person after it,
 * «group Chairman John Smith», nor a nationality, «ethnic group Hutu»; «giant» only after a trade:
 * «two giant Texas plants»). Added where nothing was read; a person, a place or MISC read on the
 * very name becomes the company («lender Santander»). Entities in text order; returned in text
 * order.
 */
export function companiesAfterKinds(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	const plural = COMPANY_KINDS_BEFORE_ANYWHERE.test(text);
	if (!plural && !COMPANY_KIND_BEFORE_ANYWHERE.test(text)) return entities;
	const ranges: TypedRange[] = [];
	const notCompany = (name: string): boolean => isNoCompanyName(model, name);
	for (const m of matchesOnLinesWith(text, COMPANY_KIND_BEFORE_ANYWHERE, COMPANY_KIND_THEN_NAME)) {
		const name = m[1].replace(/[.]$/u, '');
		if (notCompany(name)) continue;
		// a researcher or a consultant may be a person («market researcher Emily Tan»)
		if (PERSON_OR_FIRM_KIND.test(m[0]) && (listedTypes(model, name.split(' ')[0]) & PER_BIT) !== 0) continue;
		const start = m.index + m[0].length - m[1].length;
		ranges.push({ start, end: start + name.length, type: 'ORG' });
	}
	// «U.S. groups Philip Morris and Mars», «rivals Airbus and Boeing»: every name of a list after a
	// plural kind (no people: «ethnic groups Hutu and Tutsi»)
	if (plural) {
		for (const m of matchesOnLinesWith(text, COMPANY_KINDS_BEFORE_ANYWHERE, COMPANY_KINDS_THEN_NAMES)) {
			const listStart = m.index + m[0].length - m[1].length;
			const names = allMatches(m[1], NAME_OF_LIST).map((n) => ({ start: listStart + n.index, name: n[0].replace(/[.]$/u, '') }));
			if (names.some(({ name }) => notCompany(name))) continue;
			for (const { start, name } of names) ranges.push({ start, end: start + name.length, type: 'ORG' });
		}
		ranges.sort((a, b) => a.start - b.start);
	}
	// «law firm Brackley & Voss» read as two persons: a name joined by «&» replaces its pieces
	const joined = ranges.filter((r) => text.slice(r.start, r.end).includes(' & '));
	const typed = typeRanges(text, entities, joined.length ? ranges.filter((r) => !joined.includes(r)) : ranges, (e) => e.type === 'PER' || e.type === 'LOC' || e.type === 'MISC');
	return joined.length ? putOverPiecesAll(text, typed, joined) : typed;
}

/**
 * What the name after a company's kind names when it is no company: a title, a people, a day or a
 * month («held firm Friday»), or one or two capitals («prayer group RT»: a tweet's retweet mark).
 */
function isNoCompanyName(model: TaggerModel, name: string): boolean {
	const first = name.split(' ')[0];
	return isTitleWord(first) || isDemonym(model, first) || CREEDS_AND_PEOPLES.has(first) || DAYS_AND_MONTHS.has(first) || /^\p{Lu}{1,2}$/u.test(name);
}

/** Kinds of companies that open a sentence capitalised («Insurer Aviva rose»), and their plurals («Rivals Airbus and Boeing»). */
const OPENING_KINDS = 'Carmaker|Automaker|Chipmaker|Planemaker|Drugmaker|Steelmaker|Refiner|Retailer|Lender|Insurer|Airline|Conglomerate|Brewer|Miner|Broker|Carrier|Rival|Peer';
/** Where a sentence opens: the text's start, a line's, after a full stop, or after a dateline's «(Reuters) -». */
const OPENS_SENTENCE = String.raw`(?<=^|\n[ \t]*|[.!?]["”’)]? |\) [-—–] )`;
const PERSON_OR_FIRM_OPENING = /^(?:Rival|Peer) /u;
const OPENING_KIND_ANYWHERE = new RegExp(`(?:${OPENING_KINDS})s? \\p{Lu}`, 'u');
const OPENING_KIND_THEN_NAME = new RegExp(String.raw`${OPENS_SENTENCE}(?:${OPENING_KINDS}) (\p{Lu}[\p{L}\p{N}&'’.-]*(?: (?:& )?\p{Lu}[\p{L}\p{N}&'’.-]*){0,2})(?![\p{L}\p{N}&'’.-])`, 'gu');
const OPENING_KINDS_THEN_NAMES = new RegExp(
	String.raw`${OPENS_SENTENCE}(?:${OPENING_KINDS})s (${COMPANY_NAME}(?:, ${COMPANY_NAME}){0,3},? (?:and|or) ${COMPANY_NAME})(?![\p{L}\p{N}&'’.-])`,
	'gu',
);

/**
 * English wire copy: «Insurer Aviva rose 2 percent» found by nothing, «Lender Santander» and
 * «Airline Wings Air» read with the kind in the name: a company's kind that opens a sentence,
 * capitalised there, is no part of the name after it, which is the company's; after a plural kind,
 * every name of the list is («Rivals Magazine Luiza and Casas Bahia», the second read as a
 * person). An entity read from the kind on loses it; a person, a place or MISC read on the very
 * name becomes the company. Entities in text order; returned in text order.
 */
export function companiesAfterOpeningKinds(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	if (!OPENING_KIND_ANYWHERE.test(text)) return entities;
	const ranges: TypedRange[] = [];
	for (const m of allMatches(text, OPENING_KIND_THEN_NAME)) {
		const name = m[1].replace(/[.]$/u, '');
		if (isNoCompanyName(model, name)) continue;
		// a rival or a peer may be a person («Rival Smith»)
		if (PERSON_OR_FIRM_OPENING.test(m[0]) && (listedTypes(model, name.split(' ')[0]) & PER_BIT) !== 0) continue;
		const start = m.index + m[0].length - m[1].length;
		ranges.push({ start, end: start + name.length, type: 'ORG' });
	}
	for (const m of allMatches(text, OPENING_KINDS_THEN_NAMES)) {
		const listStart = m.index + m[0].length - m[1].length;
		const names = allMatches(m[1], NAME_OF_LIST).map((n) => ({ start: listStart + n.index, name: n[0].replace(/[.]$/u, '') }));
		if (names.some(({ name }) => isNoCompanyName(model, name))) continue;
		for (const { start, name } of names) ranges.push({ start, end: start + name.length, type: 'ORG' });
	}
	if (ranges.length === 0) return entities;
	ranges.sort((a, b) => a.start - b.start);
	// the kind read into the name: the entity starts at the name («Lender Santander» → «Santander»)
	const trimmed = entities.map((e) => {
		const range = ranges.find((r) => e.start < r.start && e.end > r.start && text.slice(e.start, r.start).trimEnd().split(' ').length === 1);
		return range ? { ...e, start: range.start, text: text.slice(range.start, e.end), type: 'ORG', source: 'rule' as const } : e;
	});
	return typeRanges(text, trimmed, ranges, (e) => e.type === 'PER' || e.type === 'LOC' || e.type === 'MISC');
}

/** A capitalised word, then a given name and a surname, nothing capitalised after («Moroccan Salah Hissou third»). */
const NATIONALITY_GIVEN_SURNAME = /(?<![\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) (\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}'’-]|[ \t]+\p{Lu})/gu;

/**
 * English sports and news wires: «with Moroccan Salah Hissou third» found by nothing, «Russian Vera
 * Zvonareva» read as the place «Russian Vera»: after a nationality, a given name the lists know and
 * a surname (no title, no listed place, no word the text writes in lower case, nothing capitalised
 * after it) are a person, and the nationality MISC. Where the model read anything reaching out of
 * the three words, a person on them, or one name over the last two, its reading stands. Entities
 * in text order; returned in text order.
 */
export function personsAfterNationalities(text: string, model: TaggerModel, entities: DetectedEntity[], inLowerCase: (word: string) => boolean): DetectedEntity[] {
	const edits: Edit[] = [];
	let k = 0;
	for (const m of allMatches(text, NATIONALITY_GIVEN_SURNAME)) {
		const [, nationality, given, surname] = m;
		if (!isNationalityOrPeople(model, nationality) || (listedTypes(model, given) & PER_BIT) === 0) continue;
		if (isTitleWord(given) || isTitleWord(surname) || inLowerCase(surname) || isListedPlaceName(model, surname) || isListedCountry(model, surname)) continue;
		const start = m.index;
		const end = start + m[0].length;
		while (k < entities.length && entities[k].end <= start) k++;
		const inside: DetectedEntity[] = [];
		for (let j = k; j < entities.length && entities[j].start < end; j++) inside.push(entities[j]);
		const nameStart = end - given.length - 1 - surname.length;
		// read as one name with the nationality or without it («the Dutch East Indies»)
		if (inside.some((e) => e.start < start || e.end > end || e.type === 'PER' || e.type === 'DATE' || (e.start <= nameStart && e.end === end))) continue;
		edits.push({ entity: ruleEntity(text, start, start + nationality.length, 'MISC'), replaced: inside });
		edits.push({ entity: ruleEntity(text, nameStart, end, 'PER'), replaced: [] });
	}
	return applyEdits(entities, edits);
}

/** A verb of what a person does or says, right after a name. */
const PERSON_VERB_AFTER = /^ (?:said|says|told|added|wrote|spoke|met|asked|argued|insisted|noted|replied|explained|announced|urged|warned|agreed|denied|claimed|thinks|thought|believes|believed|wants|wanted)(?![\p{L}])/u;
/** A preposition of place right before a name («in Tempe»). */
const PLACE_PREPOSITION_BEFORE_NAME = /(?:^|[^\p{L}])(?:in|across|between|from|near|to|at) $/u;

/**
 * English: «homes in Tempe and Chandler», «arrested in Málaga and Marbella» read the second as a
 * person: a one-word name the model read as a person, joined by «and» to a place after a
 * preposition of place, is a place where a list knows it as one (after such a preposition, a
 * capitalised word and «and», the training files tag the next capitalised word a place 31 times of
 * 49, a person's piece twice). Entities in text order; returned in text order.
 */
export function placesAfterPlaceAnd(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	if (!text.includes(' and ')) return entities;
	return replaceWhere(entities, (e, k) => {
		if (e.type !== 'PER' || k === 0 || !/^\p{Lu}\p{Ll}+$/u.test(e.text)) return undefined;
		const place = entities[k - 1];
		if (place.type !== 'LOC' || text.slice(place.end, e.start) !== ' and ' || !PLACE_PREPOSITION_BEFORE_NAME.test(text.slice(Math.max(0, place.start - 8), place.start))) return undefined;
		// (not the subject of what a person does: «He lived in Boston and Harris said so»)
		if (PERSON_VERB_AFTER.test(text.slice(e.end, e.end + 12))) return undefined;
		return (listedTypes(model, e.text) & LOC_BIT) !== 0 ? { ...e, type: 'LOC', source: 'rule' } : undefined;
	});
}

/** Between two members of a list: «, », « and », « or », «, and ». */
const ENGLISH_LIST_JOIN = /^(?: ?, | and | or | ?, and | ?, or )$/u;

/**
 * English lists of places («Jamaica, Benin, Chad and Bangladesh», «captured Aleppo, Hama and
 * Homs»): in a list of three names or more, all places but one or two one-word names the model
 * read as a person or an organisation, those that a list knows as a place's name (and no list as an
 * organisation's: «Russia, China and NATO») are places; so is the one left, when it is a person's
 * name the training files never tagged so. Two members at least must be places the lists know, and
 * one of them a place no list knows as a person's name.
 */
export function placesInEnglishLists(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	let out: DetectedEntity[] | undefined;
	const oneWord = (e: DetectedEntity): boolean => (e.type === 'PER' || e.type === 'ORG') && /^\p{Lu}\p{Ll}+$/u.test(e.text);
	const listedPlace = (e: DetectedEntity): boolean => oneWord(e) && (listedTypes(model, e.text) & (LOC_BIT | ORG_BIT)) === LOC_BIT;
	for (const [first, last] of entityRuns(text, entities, ENGLISH_LIST_JOIN)) {
		if (last - first < 2) continue;
		const members = entities.slice(first, last + 1);
		// only a one-word person or organisation can change (the lists are asked for no other list)
		if (!members.some(oneWord)) continue;
		// the model's places count where a list knows them (not surnames of a line-up read as places)
		const places = members.filter((e) => (e.type === 'LOC' && isListedPlaceName(model, e.text)) || listedPlace(e)).length;
		const others = members.filter((e) => e.type !== 'LOC' && !listedPlace(e));
		const odd = others.length === 1 && others[0].type === 'PER' && oneWord(others[0]) && (trainingTypes(model, others[0].text) & PER_BIT) === 0 ? others[0] : undefined;
		// and one of them no list knows as a person's name («Chad, Tyler and Jordan» may be boys)
		const surePlace = members.some((e) => e.type === 'LOC' && (/\s/u.test(e.text) || (listedTypes(model, e.text) & (LOC_BIT | PER_BIT)) === LOC_BIT));
		if (places < 2 || !surePlace || (others.length > 0 && !odd)) continue;
		for (let k = first; k <= last; k++) {
			const e = entities[k];
			if (e.type === 'LOC' || (!listedPlace(e) && e !== odd)) continue;
			out ??= entities.slice();
			out[k] = { ...e, type: 'LOC', source: 'rule' };
		}
	}
	return out ?? entities;
}

/**
 * English lists of organisations («Apple, Dell and Seagate Technology»): a one-word name the model
 * read as a person, the only person of a list whose other members are organisations (two at least;
 * places may be there too, no more of them than organisations), is one more organisation, unless the
 * training files tag that word as a person's name or a possessive follows it. In the English
 * training files a one-word person is 9 such members of 73 after an organisation, 6 of 61 before
 * one, most of those in no list of three («against the Astros, Holt became…»). Two names joined by
 * «and» are left alone: they are as often a group and a person («talks between Hamas and
 * Netanyahu») as two organisations («Kenya Airways and Jambojet»).
 */
export function companiesInEnglishLists(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	let out: DetectedEntity[] | undefined;
	for (const [first, last] of entityRuns(text, entities, ENGLISH_LIST_JOIN)) {
		if (last === first) continue;
		const members = entities.slice(first, last + 1);
		const persons = members.filter((e) => e.type === 'PER');
		const organisations = members.filter((e) => e.type === 'ORG').length;
		const places = members.filter((e) => e.type === 'LOC').length;
		// (a list of places with a company in it is the places rule's)
		if (persons.length !== 1 || organisations + places !== members.length - 1 || organisations < Math.max(2, places)) continue;
		const person = persons[0];
		if (!/^\p{Lu}[\p{L}-]*$/u.test(person.text) || /^ ?['’]/u.test(text.slice(person.end, person.end + 2)) || (trainingTypes(model, person.text) & PER_BIT) !== 0) continue;
		out ??= entities.slice();
		out[first + members.indexOf(person)] = { ...person, type: 'ORG', source: 'rule' };
	}
	return out ?? entities;
}

/**
 * English: «after Fumio Kishida steps down» read as an organisation (0.36): two capitalised words the
 * model read, unsure, as an organisation, whose last the name lists know as a person's name and no
 * list as a place's or an organisation's, and whose first no list knows at all (an unlisted
 * given name; two listed names are a firm's: «Hargreaves Lansdown»), are a person; not common
 * words («Art Gallery»). Entities in text order; returned in text order.
 */
export function personsReadAsOrganisations(model: TaggerModel, entities: DetectedEntity[], inLowerCase: (word: string) => boolean): DetectedEntity[] {
	return replaceWhere(entities, (e) => {
		if (e.type !== 'ORG' || e.source !== 'model' || e.confidence >= 0.5) return undefined;
		const words = /^(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)$/u.exec(e.text);
		if (!words) return undefined;
		const [, first, last] = words;
		// common words the lists hold as names too («Art Gallery», «Network Radio»)
		if (inLowerCase(first) || inLowerCase(last)) return undefined;
		const lastTypes = seenTypes(model, last);
		// a first word the lists know is a listed surname: two of them name a firm («Hargreaves Lansdown»)
		if ((listedTypes(model, last) & PER_BIT) === 0 || (lastTypes & (ORG_BIT | LOC_BIT)) !== 0 || seenTypes(model, first) !== 0) return undefined;
		return { ...e, type: 'PER', source: 'rule' };
	});
}

/** The commas and semicolons of a text, counted up to six. */
function countSeparators(text: string): number {
	let count = 0;
	for (let i = 0; i < text.length && count < 6; i++) {
		const unit = text.charCodeAt(i);
		if (unit === 0x2c || unit === 0x3b) count++;
	}
	return count;
}

/** A player's name in a line-up: one to four words, particles inside («Di Livio», «van Gobbel»). */
const LINE_UP_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|den|da|di|dos|del|la|le)){0,3}`;
/** A player of a line-up: a shirt number maybe, the name, a substitution in brackets maybe («10-Zola (Casiraghi 75)»). */
const LINE_UP_PLAYER = String.raw`(?:\d{1,2}[ \t]*-[ \t]*)?${LINE_UP_NAME}(?:[ \t]*\([^()\n]*\))?`;
/**
 * A team's line-up in a match report: the side, a colon or a dash, then seven players or more
 * between commas and semicolons, on a line of its own («Italy: Peruzzi; Ferrara, Costacurta, …»).
 */
const LINE_UP = new RegExp(String.raw`^[ \t]*(${TEAM})[ \t]*[:–-][ \t]*(${LINE_UP_PLAYER}(?:[ \t]*[,;][ \t]*${LINE_UP_PLAYER}){6,})[ \t]*\.?[ \t]*$`, 'gmud');
/** One player of a line-up's list, with the brackets of a substitution after it. */
const LINE_UP_ITEM = new RegExp(String.raw`(?:\d{1,2}[ \t]*-[ \t]*)?(${LINE_UP_NAME})(?:[ \t]*\(([^()\n]*)\))?`, 'gud');
/** The player brought on in a substitution's brackets, before its minute («Casiraghi 75», «Zola 75th»). */
const SUBSTITUTE = /^[ \t]*(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2})[ \t]+\d{1,3}(?:st|nd|rd|th)?[ \t]*$/u;

/**
 * English sports wires: the line-ups of a match report («Moldova: Coselev; Fistican, Testimitanu,
 * …»): every name of the list is a player, whatever the model read (it takes unknown surnames for
 * places), and so is a substitute in brackets; the side keeps what was found. Not a list where a
 * third of the names or more are places the model found and the lists know («Members: Algeria,
 * Egypt, …»). Entities in text order; returned in text order.
 */
export function lineUps(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	// a line-up has six separators at least: most sentences have fewer, and the pattern is costly
	if (countSeparators(text) < 6) return entities;
	const ranges: TypedRange[] = [];
	for (const m of allMatches(text, LINE_UP)) {
		const listStart = m.indices![2][0];
		const players: TypedRange[] = [];
		for (const item of allMatches(m[2], LINE_UP_ITEM)) {
			const [from, to] = item.indices![1];
			// the full stop ending the line is not the last name's («…, Casiraghi.»)
			const end = /\p{L}{2}\.$/u.test(item[1]) ? to - 1 : to;
			players.push({ start: listStart + from, end: listStart + end, type: 'PER' });
			const substitute = item[2] === undefined ? null : SUBSTITUTE.exec(item[2]);
			if (substitute) {
				const at = listStart + item.indices![2][0] + item[2].indexOf(substitute[1]);
				players.push({ start: at, end: at + substitute[1].length, type: 'PER' });
			}
		}
		const places = players.filter((p) => entities.some((e) => e.type === 'LOC' && e.start === p.start && e.end === p.end) && isListedPlaceName(model, text.slice(p.start, p.end)));
		if (places.length * 3 < players.length) ranges.push(...players);
	}
	return ranges.length ? putOverPiecesAll(text, entities, ranges) : entities;
}

/** One to three initials right before a name, each a capital and a full stop, the last one spaced («J. », «J.R. », «J. R. »), after no letter nor full stop. */
const INITIALS_BEFORE = /(?<![\p{L}\p{N}.'’])((?:\p{Lu}\.[ \t]?){0,2}\p{Lu}\.)[ \t]+$/u;
/** Letters with full stops that are no one's initials: a postscript, the time of day, a country's. */
const NOT_INITIALS = new Set(['P.S.', 'A.M.', 'P.M.', 'U.N.', 'E.U.', 'D.C.', 'N.Y.', 'L.A.']);
/** A person with an initial as the list item right before a name («R. Croft, »), or right after it («, R. Croft»). */
const INITIAL_NAME_BEFORE = /(?:^|[,:;][ \t]*)\p{Lu}\.[ \t]+\p{Lu}[^,;:\n]*,[ \t]*$/u;
const INITIAL_NAME_AFTER = /^[ \t]*,[ \t]*\p{Lu}\.[ \t]+\p{Lu}/u;

/**
 * English: a person's initials before their surname are the person's («N. Hussain», «J. Crawley»,
 * which the model read as «Hussain», or «J» and «Crawley» apart), not a country's («U.S.»); and in
 * a list of persons written so («To bat: D. Cork, R. Croft, I. Salisbury»), a one-word name after
 * an initial is a person too, whatever the model read («Cork», «Salisbury» as places). Entities in
 * text order; returned in text order.
 */
export function initialsOfPersons(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!/\p{Lu}\.[ \t]/u.test(text)) return entities;
	const ranges: TypedRange[] = [];
	for (let k = 0; k < entities.length; k++) {
		const e = entities[k];
		if (e.type !== 'PER' && e.type !== 'LOC' && e.type !== 'ORG') continue;
		if (!/^\p{Lu}\p{Ll}/u.test(e.text)) continue;
		const initials = INITIALS_BEFORE.exec(text.slice(Math.max(0, e.start - 12), e.start));
		const letters = initials?.[1].replace(/[ \t]/gu, '');
		if (!initials || !letters || COUNTRY_INITIALISMS.has(letters) || NOT_INITIALS.has(letters)) continue;
		const start = e.start - initials[0].length;
		if (e.type !== 'PER') {
			// a place or an organisation only in a list of such persons, one word after one initial
			if (/\s/u.test(e.text) || initials[1].length !== 2) continue;
			if (!INITIAL_NAME_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && !INITIAL_NAME_AFTER.test(text.slice(e.end, e.end + 20))) continue;
		}
		ranges.push({ start, end: e.end, type: 'PER' });
	}
	return ranges.length ? putOverPiecesAll(text, entities, ranges) : entities;
}

const MONTH_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/u;
/** A price in pence, cents or pfennigs, dollars or another currency, a quick test and the lines to read. */
/** Currencies named after a figure («3.10 francs», «0.75 rand»), as a pattern's alternatives. */
export const CURRENCY_NAMES = 'francs|marks|rand|yen|guilders|crowns|kronor|kroner|lire|pesetas|schillings|rupees|pesos|baht|ringgit|euros?|dollars';
const PRICE_AMOUNT_TEST = new RegExp(String.raw`\d[ \t]*(?:p|pence|cents?|pfennigs?)(?![\p{L}\p{N}])|\$[ \t]*\d|\d[ \t]+(?:${CURRENCY_NAMES})(?![\p{L}])`, 'u');
/** A share's price or move: pence, cents or pfennigs (a fraction too: «14-1/2p»), a dollar sign («HK$1.50»), or a currency's name after the figure («3.10 francs»). */
const PRICE_AMOUNT = String.raw`(?:\d+(?:\.\d+)?(?:-\d+/\d+)?[ \t]*(?:p|pence|cents?|pfennigs?)(?![\p{L}\p{N}])|(?:HK|US|A|C|NZ|S)?\$[ \t]*\d+(?:\.\d+)?(?![\p{L}\p{N}]|,\d)|\d+(?:\.\d+)?[ \t]+(?:${CURRENCY_NAMES})(?![\p{L}]))`;
/** A share price's move («fell 11p», «rose 5 cents», «added HK$1.50», «rose 3.10 francs»), or where it opened or stood («opened at 33.90 marks»). */
const PRICE_MOVE = new RegExp(
	String.raw`(?<![\p{L}\p{N}&'’.-])(\p{Lu}[\p{L}&'’.-]*(?:[ \t]+\p{Lu}[\p{L}&'’.-]*){0,3})[ \t]+(?:(?:rose|fell|jumped|gained|lost|slipped|dropped|climbed|eased|firmed|added|shed|slumped|tumbled|surged|soared|advanced|declined|edged[ \t]+(?:up|down|higher|lower)|were[ \t]+(?:up|down))[ \t]+|(?:opened|closed|ended|finished|was[ \t]+unchanged)[ \t]+at[ \t]+)${PRICE_AMOUNT}`,
	'gu',
);
/** Subjects that are no names («I lost $85,000 that year»). */
const PRONOUNS = new Set(['I', 'We', 'You', 'He', 'She', 'It', 'They']);
/** What moves by a price and is no company: money and commodities («Sterling rose 2 pfennigs», «Brent fell 30 cents»). */
const PRICED_NON_COMPANIES = new Set(['Sterling', 'Dollar', 'Gold', 'Silver', 'Platinum', 'Palladium', 'Copper', 'Brent', 'Crude', 'Bullion', 'Bund', 'Bunds', 'Treasuries', 'Oil', 'Coffee', 'Cocoa', 'Sugar', 'Wheat', 'Corn', 'Soybeans', 'Cotton']);

/**
 * English market reports: a name whose price moves by pence, cents or pfennigs, by dollars or
 * another currency, or that opened or stood at such a price, is a company's («Zeneca jumped 41p to
 * 1,449p», «Rentokil fell 11p», «Sasol gained 0.75 rand», «Cheung Kong added HK$1.50»: the model
 * found neither, or a person), not a word written in lower case elsewhere («Shares fell 3p»), nor
 * money or a commodity. Entities in text order; returned in text order.
 */
export function companiesOfPriceMoves(text: string, entities: DetectedEntity[], inLowerCase: (word: string) => boolean): DetectedEntity[] {
	if (!PRICE_AMOUNT_TEST.test(text)) return entities;
	const ranges: TypedRange[] = [];
	for (const m of matchesOnLinesWith(text, PRICE_AMOUNT_TEST, PRICE_MOVE)) {
		const name = m[1];
		const start = m.index;
		// a subject, not a month or the object of a preposition («for delivery in November rose 60 cents»)
		if (MONTH_NAME.test(name) || PRICED_NON_COMPANIES.has(name) || PRONOUNS.has(name) || /(?:^|[^\p{L}])(?:in|for|of|to|at|by|from|on|since|until)[ \t]+$/u.test(text.slice(Math.max(0, start - 8), start))) continue;
		// a capital opening the sentence that the text writes in lower case is no part of the name («Rival Dresdner»)
		const subject = withoutLowerCaseOpening(name, start, inLowerCase);
		if (subject) ranges.push({ start: subject.start, end: subject.start + subject.name.length, type: 'ORG' });
	}
	return ranges.length ? putOverPiecesAll(text, entities, ranges) : entities;
}

/**
 * A capitalised subject without its first word where the text writes that word in lower case (a
 * capital opening the sentence: «Rival Dresdner»); undefined when it was that word alone.
 */
function withoutLowerCaseOpening(name: string, start: number, inLowerCase: (word: string) => boolean): { name: string; start: number } | undefined {
	const first = /^\S+/u.exec(name)![0];
	if (!inLowerCase(first)) return { name, start };
	if (!/\s/u.test(name)) return undefined;
	const rest = name.slice(first.length).trimStart();
	return { name: rest, start: start + name.length - rest.length };
}

/** Sectors whose word the text also writes with a capital in names («Bank shares», «Banking stocks»). */
const SECTOR_WORDS = new Set(['Bank', 'Banks', 'Banking']);
/** The move of a price («rose», «fell», «closed»). */
const PRICE_MOVES = 'rose|fell|jumped|gained|lost|slipped|dropped|climbed|eased|firmed|slid|sank|slumped|tumbled|surged|soared|plunged|plummeted|rallied|advanced|declined|edged|rebounded|recovered|closed|ended|opened|traded';
/** Shares or stock and the move of their price («shares fell», «stock closed»). */
const SHARES_MOVING = String.raw`(?:shares|stock)[ \t]+(?:${PRICE_MOVES}|were)(?![\p{L}])`;
/** A name before its shares' or stock's move («Tesla shares fell», «Nvidia stock rose»); a quick test, then the names. */
const SHARE_MOVE_TEST = new RegExp(`(?<![\\p{L}])${SHARES_MOVING}`, 'u');
const SHARE_MOVE = new RegExp(String.raw`(?<![\p{L}\p{N}&'’.-])(\p{Lu}[\p{L}\p{N}&.-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&.-]*){0,3})[ \t]+` + SHARES_MOVING, 'gu');
/** A name after «shares in» or «shares of», before their move («Shares in Reckitt Benckiser fell»); a quick test, then the names. */
const SHARES_OF_TEST = /(?<![\p{L}])[Ss]hares (?:in|of) \p{Lu}/u;
const SHARES_OF_MOVE = new RegExp(String.raw`(?<![\p{L}])[Ss]hares (?:in|of) (\p{Lu}[\p{L}\p{N}&.-]*(?: \p{Lu}[\p{L}\p{N}&.-]*){0,3}) (?:${PRICE_MOVES})(?![\p{L}])`, 'dgu');

/**
 * English business news: a name before «shares» or «stock» and the move of its price («Tesla shares
 * fell 6 percent», «Nvidia stock rose»), or after «shares in» or «shares of» and before the move
 * («Shares in Reckitt Benckiser fell»), which the model finds or not depending on the rest of the
 * sentence (the training files hold no such sentence), is a company's: not a nationality or a
 * region («Chinese shares»), a listed place («Tokyo shares»), money, a commodity or a sector («Bank
 * shares», «Blue-chip shares»), nor a word the text writes in lower case («Airline shares»; opening
 * a longer name, left out of it). Entities in text order; returned in text order.
 */
export function companiesOfShareMoves(text: string, model: TaggerModel, entities: DetectedEntity[], inLowerCase: (word: string) => boolean): DetectedEntity[] {
	const before = SHARE_MOVE_TEST.test(text);
	const after = SHARES_OF_TEST.test(text);
	if (!before && !after) return entities;
	const ranges: TypedRange[] = [];
	const add = (name: string, start: number): void => {
		const words = name.split(/[ \t]+/u);
		if (name.length < 2 || PRONOUNS.has(name) || PRICED_NON_COMPANIES.has(name) || SECTOR_WORDS.has(name) || /^\p{Lu}\p{Ll}*-\p{Ll}/u.test(name) || MONTH_NAME.test(name) || words.some((word) => isNationalityOrPeople(model, word) || inLowerCase(word)) || isListedPlaceName(model, name)) return;
		ranges.push({ start, end: start + name.length, type: 'ORG' });
	};
	if (before) {
		for (const m of matchesOnLinesWith(text, SHARE_MOVE_TEST, SHARE_MOVE)) {
			if (/(?:^|[^\p{L}])(?:in|for|of|to|at|by|from|on|since|until|and|or)[ \t]+$/u.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
			const subject = withoutLowerCaseOpening(m[1], m.index, inLowerCase);
			if (subject) add(subject.name, subject.start);
		}
	}
	// «Shares in Reckitt Benckiser fell 8 percent», «shares of Nvidia rose»
	if (after) for (const m of allMatches(text, SHARES_OF_MOVE)) add(m[1], m.indices![1][0]);
	ranges.sort((x, y) => x.start - y.start);
	return ranges.length ? putOverPiecesAll(text, entities, ranges) : entities;
}

/** A capitalised name of one to three words («Garelber», «Reckitt Benckiser»). */
const DEAL_NAME = String.raw`\p{Lu}[\p{L}\p{N}&.-]*(?: \p{Lu}[\p{L}\p{N}&.-]*){0,2}`;
/** Names that a deal makes companies: what is merged, taken over, bought, what shareholders or customers belong to, what a stake is in. */
const DEAL_PARTIES = new RegExp(
	String.raw`(?<![\p{L}])(?:(?:[Mm]erger|[Tt]akeover|[Aa]cquisition|[Bb]uyout) (?:of|between|with)|(?:agreed|agrees|agree|offered|offers|plans|planned|moved|bid) to (?:buy|acquire|take over|purchase)|(?:[Cc]ustomers|[Ss]hareholders|[Ss]ubscribers|[Cc]lients) of|stake in) (${DEAL_NAME})(?: and (${DEAL_NAME}))?(?![\p{L}\p{N}&])`,
	'dgu',
);
const ANY_DEAL = /(?:erger|akeover|cquisition|uyout|buy|acquire|purchase|ustomers|hareholders|ubscribers|lients|stake) /u;

/**
 * English business news: the names a deal speaks of are companies («the merger of Garba and Kagel»,
 * «agreed to buy Garelber for $3 billion», «customers of Gelret», «a stake in Tonforet»), where
 * the model read a place or a person or found nothing; not a listed place or country («a stake in
 * Ukraine»), a people, a month, or a word the text writes in lower case. Entities in text order;
 * returned in text order.
 */
export function partiesOfDeals(text: string, model: TaggerModel, entities: DetectedEntity[], inLowerCase: (word: string) => boolean): DetectedEntity[] {
	if (!ANY_DEAL.test(text)) return entities;
	const ranges: TypedRange[] = [];
	for (const m of allMatches(text, DEAL_PARTIES)) {
		for (const g of [1, 2]) {
			const name = m[g];
			if (!name) continue;
			const words = name.split(' ');
			if (isListedPlaceName(model, name) || MONTH_NAME.test(words[0]) || words.some((w) => isNationalityOrPeople(model, w)) || (words.length === 1 && inLowerCase(name)) || NOT_NAME_OPENERS.has(words[0])) continue;
			const [start, end] = m.indices![g];
			ranges.push({ start, end, type: 'ORG' });
		}
	}
	ranges.sort((x, y) => x.start - y.start);
	return ranges.length ? typeRanges(text, entities, ranges, (e) => e.type === 'PER' || e.type === 'LOC' || e.type === 'MISC') : entities;
}

/** Kinds of company that open a sentence before their officer («Group's chief executive»). */
const COMPANY_KIND_WORDS = new Set(['Company', 'Group', 'Firm', 'Bank', 'Carmaker', 'Airline', 'Insurer', 'Lender', 'Retailer', 'Maker', 'Producer', 'Operator', 'Board', 'Club', 'Team', 'Party', 'Government', 'Country', 'Nation', 'State', 'City']);
/** A name's possessive before a company's officer or body («Fiat's chief executive», «Nestle's board»). */
const POSSESSOR_OF_COMPANY_OFFICER = /(?<![\p{L}\p{N}'’.&-])(\p{Lu}[\p{L}\p{N}&.-]*(?: \p{Lu}[\p{L}\p{N}&.-]*){0,2})['’]s? (?:CEO|CFO|chief executive|chief financial officer|chief operating officer|chairman|chairwoman|board|shareholders|shares|stock|annual profit|quarterly profit|net profit)(?![\p{L}])/gu;

/**
 * English: «Fiat's chief executive Cesare Romiti said» highlighted nothing of Fiat (a company read
 * once in a while as a person, or not at all): a name whose possessive comes before a company's
 * officer, board, shareholders, shares or profit is the company, where nothing was found; not a
 * listed person's, place's or nationality's name, a pronoun or a word the text writes in lower case.
 * Entities in text order.
 */
export function possessorsOfCompanyOfficers(text: string, model: TaggerModel, entities: DetectedEntity[], inLowerCase: (word: string) => boolean): DetectedEntity[] {
	if (!/['’]s? (?:C[EF]O|chief|chair|board|shareholders|shares|stock|annual|quarterly|net)/u.test(text)) return entities;
	const ranges: TypedRange[] = [];
	for (const m of allMatches(text, POSSESSOR_OF_COMPANY_OFFICER)) {
		// one word the text writes in lower case too is the company here («Fiat»: «by fiat»), but not a kind of one
		const subject = /\s/u.test(m[1]) ? withoutLowerCaseOpening(m[1], m.index, inLowerCase) : COMPANY_KIND_WORDS.has(m[1]) ? undefined : { name: m[1], start: m.index };
		if (!subject) continue;
		const { name, start } = subject;
		const words = name.split(' ');
		if (PRONOUNS.has(name) || NOT_NAME_OPENERS.has(words[0]) || words.some((word) => (words.length > 1 && inLowerCase(word)) || isNationalityOrPeople(model, word)) || (listedTypes(model, name) & (PER_BIT | LOC_BIT)) !== 0 || isListedPlaceName(model, name) || isListedCountry(model, name)) continue;
		ranges.push({ start, end: start + name.length, type: 'ORG' });
	}
	return ranges.length ? typeRanges(text, entities, ranges, () => false) : entities;
}

/** Companies named by a word that is also a place's, a fruit's or a colour's («Amazon», «Apple», «Shell»), a quick test of a line. */
const COMPANIES_NAMED_BY_WORDS = /(?<![\p{L}\p{N}'’.&-])(?:Amazon|Apple|Shell|Meta|Alphabet|Oracle|Orange|Vale)(?![\p{L}\p{N}&-])/u;
/** … as the subject or owner of what follows («Amazon said», «Apple's», «Shell shares»), not before a noun of its other sense («Amazon rainforest») nor a capital («Orange County»). */
const COMPANY_NAMED_BY_WORD = /(?<![\p{L}\p{N}'’.&-])(Amazon|Apple|Shell|Meta|Alphabet|Oracle|Orange|Vale)(?=['’]s |,| (?:said|says|shares|stock|is|was|has|had|will|would|announced|reported|posted|plans|planned|agreed|bought|sold|launched|cut|raised|fell|rose|and|or|CEO|founder|boss|chief)(?![\p{L}]))/gu;
/** What a line about a company speaks of. */
const BUSINESS_CUE = /(?<![\p{L}])(?:shares?|stock|profits?|revenues?|sales|earnings|quarter|quarterly|billion|company|firm|chief executive|CEO|investors|customers|subscribers|acquisition|acquired?|acquires|bought|stake|merger|brand|stores|retailer|smartphones?|iPhones?|devices|cloud|data cent(?:re|er)s|advertis\p{L}*|users|employees|workers|jobs|invest(?:s|ed|ment|ments)?|oil|gas|refinery|LNG|dividend|output|business|businesses|unit|assets|plant|factory|deal|contract|sell|sold|selling)(?![\p{L}])/u;

/**
 * English business news: «Amazon said on Thursday it would invest $10 billion in data centres»
 * highlighted nothing (a capital opening a sentence, a river's name), nor «Shell and BP said they
 * would cut output». A company named by a word of another sense, as the subject or owner of what
 * follows, in a line that speaks of business (shares, profit, billion, customers, oil…), is the
 * company: where nothing was found, or a place or a person read on that word alone; not after
 * «the» («the Amazon»). Entities in text order; returned in text order.
 */
export function companiesNamedByWords(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!COMPANIES_NAMED_BY_WORDS.test(text)) return entities;
	const ranges: TypedRange[] = [];
	for (const m of matchesOnLinesWith(text, COMPANIES_NAMED_BY_WORDS, COMPANY_NAMED_BY_WORD)) {
		if (/(?:^|[^\p{L}])(?:the|The)[ \t]+$/u.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
		if (!BUSINESS_CUE.test(lineAround(text, m.index, m.index + m[0].length))) continue;
		ranges.push({ start: m.index, end: m.index + m[0].length, type: 'ORG' });
	}
	return ranges.length ? putOverPiecesAll(text, entities, ranges, (e) => e.type === 'LOC' || e.type === 'PER' || e.type === 'MISC') : entities;
}

/** A company's line in a market report's list of leading stocks: its name, its price, and the move («Sony 6,850 yen, down 90», «Toyota Motor 2,630, down 30»). */
const STOCK_LINE = new RegExp(
	String.raw`^[ \t]*(\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|and|of|&)){0,4})[ \t]+\d[\d,]*(?:\.\d+)?(?:[ \t]+(?:yen|p|pence|cents|rand|marks|francs|crowns|guilders|rupees|pesos|baht|won|euros?|dollars))?(?:[ \t]*,)?[ \t]+(?:up|down|off|unchanged)(?![\p{L}])[^\n]*$`,
	'gmud',
);

/**
 * … or its price and a signed change («Sasol 55.25 +0.75», «Glaxo Wellcome 1,001 +14-1/2», «Vale do
 * Rio Doce PN 21.40 +1.1 pct», «Liberty Life 112.00 unch»), a share class («PN») left out; a price
 * or change with a decimal mark, a thousands comma, a fraction or «pct», so that a golfer's score
 * to par («Tiger Woods 270 -18») or a weather table's («Moscow 2 -5») is none.
 */
const SIGNED_STOCK_LINE = new RegExp(
	String.raw`^[ \t]*(\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|and|of|&|do|da|de|du)){0,4}?)(?:[ \t]+(?:PN|PNA|PNB|ON|PP))?[ \t]+(\d[\d,]*(?:\.\d+)?)[ \t]+([+-]\d[\d,]*(?:\.\d+)?(?:-\d+/\d+)?(?:[ \t]+pct)?|unch)[ \t]*$`,
	'gmud',
);

/**
 * English market reports: each line of a list of leading stocks names a company (the model read
 * «Anglo American» as a person and found nothing of «Fuji Photo Film»). Entities in text order;
 * returned in text order.
 */
export function stockLists(text: string, entities: DetectedEntity[], inLowerCase: (word: string) => boolean): DetectedEntity[] {
	const moved = /(?:up|down|off|unchanged)(?![\p{L}])/u.test(text);
	const signed = /\d[ \t]+(?:[+-]\d|unch)/u.test(text);
	if (!moved && !signed) return entities;
	const names: RegExpExecArray[] = [];
	if (signed) for (const m of allMatches(text, SIGNED_STOCK_LINE)) if (/[.,/]|pct/u.test(m[2] + m[3]) || m[3] === 'unch') names.push(m);
	if (moved) names.push(...allMatches(text, STOCK_LINE));
	const ranges: TypedRange[] = [];
	for (const m of names) {
		// not a commodity's futures month («Wheat May 696, up 19», «IPE Brent Oct 23.05 +0.71»,
		// «July 212.60 +9.35»), nor a commodity («Gold 380.50, up 1.20»)
		if (/(?:^|\s)(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/u.test(m[1]) || MONTH_NAME.test(m[1].split(/\s/u).pop()!) || (!/\s/u.test(m[1]) && inLowerCase(m[1]))) continue;
		const [from, to] = m.indices![1];
		ranges.push({ start: from, end: to, type: 'ORG' });
	}
	ranges.sort((a, b) => a.start - b.start);
	return ranges.length ? putOverPiecesAll(text, entities, ranges) : entities;
}

/** Heads of institutions named for a place after «for» («the International Criminal Tribunal for the former Yugoslavia», «the Party for Bosnia and Herzegovina»). */
const HEADS_FOR_A_PLACE = new Set('tribunal party commission committee council organisation organization movement front alliance fund agency court mission league union federation association board centre center institute foundation coalition authority'.split(' '));
const CONTINENTS_AND_REGIONS = new Set(['Europe', 'Asia', 'Africa', 'America', 'Latin America', 'the Americas', 'the Pacific', 'Asia and the Pacific', 'the Middle East']);

/**
 * English: a long institution's name that ends with a place, read as the institution and the
 * place: after «for» («the International Criminal Tribunal for the former Yugoslavia», «the Party
 * for Bosnia and Herzegovina»), when the institution's last word is a head; after «in», when the
 * name opens with such a head, already holds «of», «for» or «on», and the place is a country or a
 * continent («the Organisation for Security and Cooperation in Europe», «the Board of Control for
 * Cricket in India»); not a ministry, a university or a bank that «in» locates («the Ministry of
 * Health in Egypt», «the University of the South Pacific in Vanuatu»). Entities in text order;
 * returned in text order.
 */
export function organisationsReachingPlaces(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	const edits: Edit[] = [];
	for (let k = 0; k + 1 < entities.length; k++) {
		const institution = entities[k];
		const place = entities[k + 1];
		const between = text.slice(institution.end, place.start);
		// (a country read there as an organisation too: «… for the former Yugoslavia»)
		if (institution.type !== 'ORG' || (place.type !== 'LOC' && !(place.type === 'ORG' && (isListedCountry(model, place.text) || between.endsWith(' former '))))) continue;
		const words = institution.text.split(/\s+/u);
		const head = words[words.length - 1].toLowerCase();
		let joins = false;
		if (/^ for (?:the )?(?:former )?$/u.test(between)) joins = HEADS_FOR_A_PLACE.has(head);
		else if (between === ' in ' || between === ' in the ') {
			// (the country list holds capitals too: «Union Bank of Switzerland in London» is in London)
			const country = isPlayersCountry(place.text) || CONTINENTS_AND_REGIONS.has(place.text) || (between === ' in the ' && CONTINENTS_AND_REGIONS.has(`the ${place.text}`));
			// the name opens with its head («Organisation for …», «Board of …»; not «University of Peking in Beijing»)
			const opening = (words[0] === 'The' && words.length > 1 ? words[1] : words[0]).toLowerCase();
			joins = country && / (?:of|for|on) /u.test(institution.text) && HEADS_FOR_A_PLACE.has(opening);
		}
		if (!joins) continue;
		edits.push({ entity: ruleEntity(text, institution.start, place.end, 'ORG', Math.max(institution.confidence, place.confidence)), replaced: [institution, place] });
		k++;
	}
	return applyEdits(entities, edits);
}

/** A side and its innings in a cricket results line: the name, the runs (with wickets), maybe «declared», then its scorers in brackets or the next side («Essex 412 (N. Hussain 128)», «Lancashire 301-8 (…) v Yorkshire»). */
const CRICKET_INNINGS = new RegExp(String.raw`(?:^[ \t]*|[;.][ \t]+|[ \t]v[ \t]+)(${TEAM})[ \t]+\d{1,3}(?:-\d{1,2})?(?:[ \t]+declared)?(?=[ \t]*(?:\(|and[ \t]+\d|[;.]|$))`, 'gud');
/** The ground a cricket results line opens with («At Chelmsford:»), and the side after «v» that ends one («… v Yorkshire.»). */
const CRICKET_GROUND = /^[ \t]*At[ \t]+(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2})[ \t]*:/du;
/** A cricketer and their runs or bowling figures in a results line's brackets («N. Hussain 128», «P. Such 5-61», «K. Barnett 61 not out»). */
const CRICKET_SCORER = new RegExp(String.raw`^[ \t]*(${CRICKETER})[ \t]+\d{1,3}(?:-\d{1,3})?(?:[ \t]+not[ \t]+out)?[ \t]*$`, 'u');
const CRICKET_OPPONENT = new RegExp(String.raw`\)[ \t]+v[ \t]+(${TEAM})[ \t]*[.;]?[ \t]*$`, 'ud');

/**
 * English sports wires: the county cricket results lines («At Chelmsford: Essex 412 (N. Hussain
 * 128) and 21-0; Kent 266 (C. Hooper 94).», «At Old Trafford: Lancashire 301-8 (J. Crawley 112) v
 * Yorkshire.»): the ground is a place, each side with its runs a team (the model read the counties
 * as places). Entities in text order; returned in text order.
 */
export function cricketResultsLines(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!/(?:^|\n)[ \t]*At[ \t]/u.test(text)) return entities;
	const ranges: TypedRange[] = [];
	let lineStart = 0;
	for (const line of text.split('\n')) {
		const ground = CRICKET_GROUND.exec(line);
		if (ground) {
			const named: TypedRange[] = [];
			const body = line.slice(ground[0].length).replace(/\r$/u, '');
			const bodyStart = lineStart + ground[0].length;
			for (const m of allMatches(body, CRICKET_INNINGS)) {
				const [from, to] = m.indices![1];
				named.push({ start: bodyStart + from, end: bodyStart + to, type: 'ORG' });
			}
			const opponent = CRICKET_OPPONENT.exec(body);
			// the line's full stop is not the side's («v Yorkshire.»)
			if (opponent) named.push({ start: bodyStart + opponent.indices![1][0], end: bodyStart + opponent.indices![1][1] - (/\p{Ll}\.$/u.test(opponent[1]) ? 1 : 0), type: 'ORG' });
			// the batsmen and bowlers in brackets, each with runs or wickets («(N. Hussain 128; P. Such 5-61)»)
			for (const bracket of body.matchAll(/\(([^()]*)\)/gu)) {
				let at = bodyStart + bracket.index + 1;
				for (const item of bracket[1].split(/([,;])/u)) {
					const player = CRICKET_SCORER.exec(item);
					if (player) {
						const start = at + item.indexOf(player[1]);
						named.push({ start, end: start + player[1].length, type: 'PER' });
					}
					at += item.length;
				}
			}
			if (named.length) {
				const groundStart = lineStart + ground.indices![1][0];
				ranges.push({ start: groundStart, end: groundStart + ground[1].length, type: 'LOC' }, ...named);
			}
		}
		lineStart += line.length + 1;
	}
	ranges.sort((a, b) => a.start - b.start);
	return ranges.length ? putOverPiecesAll(text, entities, ranges) : entities;
}

/** Club abbreviations that open a football club's name («VfB Stuttgart», «IFK Gothenburg», «AC Milan»), and those that end it («Stellenbosch FC»). */
const CLUB_PREFIXES = 'FC|AC|AFC|VfB|VfL|TSV|MSV|SpVgg|TSG|SSC|FK|NK|HNK|IFK|AIK|HJK|PAOK|AEK|CSKA|OGC|USM|ASEC|AZ|NAC|PSV|RKC|KRC|UD';
const CLUB_SUFFIXES = 'FC|AFC|CF';
const CLUB_BY_AFFIX = new RegExp(
	String.raw`(?<![\p{L}\p{N}.'’-])(?:(?:${CLUB_PREFIXES})[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?|\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2}[ \t]+(?:${CLUB_SUFFIXES}))(?![\p{L}\p{N}])`,
	'gu',
);
const CLUB_AFFIX = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${CLUB_PREFIXES}|${CLUB_SUFFIXES})(?![\p{L}\p{N}])`, 'u');

/**
 * English: a football club named with its abbreviation is the club («second-placed VfB Stuttgart»
 * read as the city, «Stellenbosch FC» as a place, «VfL Bochum» found by nothing), over what was
 * read inside it. Entities in text order; returned in text order.
 */
export function clubsByAffix(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!CLUB_AFFIX.test(text)) return entities;
	const ranges: TypedRange[] = allMatches(text, CLUB_BY_AFFIX).map((m) => ({ start: m.index, end: m.index + m[0].length, type: 'ORG' }));
	return ranges.length ? putOverPiecesAll(text, entities, ranges) : entities;
}

/** Listed clubs of two words or more whose name is also a place's, a river's, a king's or a book's («Crystal Palace», «River Plate», «Willem II»). */
const CLUBS_NAMED_AS_OTHERS = new Set(['Crystal Palace', 'Port Vale', 'West Ham', 'River Plate', 'Willem II', 'Heart of Midlothian', 'St Pauli']);
const CLUB_BY_LISTED_NAME = new RegExp(
	`(?:${FOOTBALL_CLUBS.filter((club) => club.includes(' ') && !CLUBS_NAMED_AS_OTHERS.has(club))
		.sort((a, b) => b.length - a.length)
		.map((club) => club.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '[ \\t]+'))
		.join('|')})(?![\\p{L}\\p{N}'’-])`,
	'gu',
);

/**
 * English: a listed football club of two words or more is the club wherever it is written («after
 * paying Sporting Lisbon a release fee» read as the city), over what was read inside it; the whole
 * article pass does so only in a sports report, and only where nothing was read inside the name.
 * Entities in text order; returned in text order.
 */
export function clubsByListedName(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	// (the word before is tested here: a look-behind opening the pattern is tried at every character)
	const ranges: TypedRange[] = allMatches(text, CLUB_BY_LISTED_NAME)
		.filter((m) => m.index === 0 || !WORD_PART_BEFORE.test(text[m.index - 1]))
		.map((m) => ({ start: m.index, end: m.index + m[0].length, type: 'ORG' }));
	return ranges.length ? putOverPiecesAll(text, entities, ranges) : entities;
}

/** A medium's kind, a quick test and the lines to read. */
const MEDIUM_KIND = /(?:agency|television|[Rr]adio|newspaper|daily|weekly|broadcaster)/u;
/** A news agency's name before «news agency» («the Tasnim news agency»), or a medium's after the noun of its kind («the daily Sme», «radio Mitre», «state television RAI»). */
const MEDIUM_BEFORE_KIND = /(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{L}\p{N}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}'’-]*){0,2})[ \t]+news[ \t]+agency(?![\p{L}\p{N}])/gu;
const MEDIUM_AFTER_KIND = /(?<![\p{L}\p{N}'’.-])(?:news[ \t]+agency|television|radio|newspaper|daily|weekly|broadcaster)[ \t]+(\p{Lu}[\p{L}\p{N}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}'’-]*){0,2})(?![\p{L}\p{N}'’-])/gu;
/** A station named «Radio» and one to three capitalised words, «Radio» included («Radio Okapi», «Radio Tehran», «Radio Free Europe»). */
const RADIO_NAME = /(?<![\p{L}\p{N}'’.-])(Radio[ \t]+\p{Lu}[\p{L}\p{N}-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}-]*){0,2})(?![\p{L}\p{N}'’-])/gu;

/**
 * English: a news agency named before «news agency» («the semi-official Tasnim news agency» read
 * as a person, «the official Antara news agency» found by nothing), and a newspaper, a channel or a
 * station named after the noun of its kind («the daily Sme», «radio Mitre», «state television RAI»)
 * is an organisation; not a nationality («the Bosnian Serb news agency»), a word the text writes in
 * lower case, a day or a month («told radio Monday»). A name before «television», «radio» or
 * «newspaper» is left to the model: taken too, it cost held-out 0.1 on two seeds of three.
 * Entities in text order; returned in text order.
 */
export function mediaByKind(text: string, model: TaggerModel, entities: DetectedEntity[], inLowerCase: (word: string) => boolean): DetectedEntity[] {
	if (!MEDIUM_KIND.test(text)) return entities;
	const nationality = (w: string): boolean => isDemonym(model, w) || NATIONALITY_NOUN.test(w);
	const ranges: TypedRange[] = [];
	const stations: TypedRange[] = [];
	for (const pattern of [MEDIUM_BEFORE_KIND, MEDIUM_AFTER_KIND, RADIO_NAME]) {
		for (const m of matchesOnLinesWith(text, MEDIUM_KIND, pattern)) {
			// «The Anatolian news agency», «State-run Saba news agency»: the article or an adjective
			// opening the sentence is no part of the name
			const name = m[1].replace(/^(?:The|\p{Lu}\p{Ll}*-\p{Ll}+)[ \t]+/u, '');
			const words = name.split(/[\s-]+/u);
			// «Radio Station Manager», a headline's «Radio Host Dies»: common words after «Radio»
			if (pattern === RADIO_NAME && words.slice(1).every(inLowerCase)) continue;
			const acronym = /^\p{Lu}+$/u.test(name);
			// nor a country's agency («the Kenya News Agency» is read whole), nor a possessive («Thursday's weekly auction»)
			if (words.some((w) => nationality(w) || DAYS_AND_MONTHS.has(w)) || /['’]s$/u.test(name) || (pattern === MEDIUM_BEFORE_KIND && isListedPlaceName(model, name))) continue;
			if ((words.length === 1 && !acronym && inLowerCase(name)) || SENTENCE_OPENERS.has(words[0])) continue;
			// the name ends where the match's name does
			const start = m.index + m[0].indexOf(m[1]) + m[1].length - name.length;
			(pattern === RADIO_NAME ? stations : ranges).push({ start, end: start + name.length, type: 'ORG' });
		}
	}
	ranges.sort((a, b) => a.start - b.start);
	const found = ranges.length ? typeRanges(text, entities, ranges.filter((r, i) => i === 0 || r.start >= ranges[i - 1].end), (e) => e.type === 'PER' || e.type === 'LOC' || e.type === 'MISC') : entities;
	// a station named «Radio …» is one organisation over what was read inside it («Tehran» of «Radio Tehran»)
	return stations.length ? putOverPiecesAll(text, found, stations) : found;
}

/** A television channel named by its number («Channel 12», «Channel Two»). */
const NUMBERED_CHANNEL = /(?<![\p{L}\p{N}])Channel (?:\d{1,2}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen)(?![\p{L}\p{N}])/gu;

/**
 * English: «Israel's Channel 12 reported», «Channel Two television» read as «Channel» alone, a
 * place or MISC: a channel named by its number is the broadcaster, an organisation, in place of the
 * pieces read in it. Entities in text order.
 */
export function numberedChannels(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!text.includes('Channel ')) return entities;
	const ranges = allMatches(text, NUMBERED_CHANNEL).map((m) => ({ start: m.index, end: m.index + m[0].length, type: 'ORG' }));
	return ranges.length ? putOverPiecesAll(text, entities, ranges) : entities;
}

/** An office's title and «of» before its see, city or state («Bishop of London», «Mayor of Brampton»). */
const OFFICE_OF_PLACE = /^(?:Bishop|Archbishop|Mayor|Governor|Sheriff|Premier) of (\p{Lu}.*)$/u;

/**
 * English: «The Bishop of London, Sarah Mullally» read as an organisation: an office's title,
 * «of» and a place the lists know name the place alone, as the UNER and Wikigold files tag them
 * (O O LOC 4 times; nobility, «Duchess of Cambridge», is a person in BTC and GUM and left alone).
 * Entities in text order.
 */
export function placesOfOfficeTitles(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	if (!text.includes(' of ')) return entities;
	return replaceWhere(entities, (e) => {
		if (e.type !== 'ORG' && e.type !== 'PER') return undefined;
		const m = OFFICE_OF_PLACE.exec(e.text);
		if (!m || !(isListedPlaceName(model, m[1]) || isListedCountry(model, m[1]))) return undefined;
		const start = e.end - m[1].length;
		return { ...e, start, text: m[1], type: 'LOC', source: 'rule' };
	});
}

/** A people's word and an industry's, a state company's name («British Steel», «Indian Railways», «Turkish Airlines»). */
const NATIONAL_COMPANY = /^(\p{Lu}\p{Ll}+) (?:Steel|Airways|Airlines|Gas|Petroleum|Telecom|Telecommunications|Rail|Railways|Motors|Coal|Sugar|Tobacco|Broadcasting|Aerospace|Energy|Oil|Post|Shipbuilding)$/u;

/**
 * English: «the sale of British Steel» read as a MISC: a people's word and an industry's is a
 * company, an organisation (ORG all 13 times in the English training files). Entities in text order.
 */
export function companiesNamedByNationality(model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	return replaceWhere(entities, (e) => {
		if (e.type !== 'MISC' && e.type !== 'LOC') return undefined;
		const m = NATIONAL_COMPANY.exec(e.text);
		return m && isDemonym(model, m[1]) ? { ...e, type: 'ORG', source: 'rule' } : undefined;
	});
}

/** «a» or «an», a noun of a business or a group, «called» or «named», and a name («a restaurant called Kacchi Bhai», «a band named Oasis»; not «The company named Jane Smith as chief executive»). */
const BODY_CALLED_NAME = /(?<![\p{L}\p{N}])[Aa]n? (?:restaurant|company|firm|group|band|shop|cafe|café|bar|club|charity|organisation|organization|startup|store|label|newspaper|magazine|website|agency|team) (?:called|named) (\p{Lu}[\p{L}\p{M}'’&.-]*(?: (?:of|for|the|and) \p{Lu}[\p{L}\p{M}'’&.-]*| \p{Lu}[\p{L}\p{M}'’&.-]*){0,3})(?![ -]?\p{Lu})/gu;

/**
 * English: «a restaurant called Kacchi Bhai» read as a person, «a charity called Hope for Gaza» as
 * a place inside: the name a business or a group is called is an organisation (the one such name
 * of the English training files, «a group called BTS», is ORG), in place of what was read inside it.
 * Entities in text order.
 */
export function organisationsCalledByName(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!text.includes(' called ') && !text.includes(' named ')) return entities;
	const ranges: TypedRange[] = allMatches(text, BODY_CALLED_NAME).map((m) => {
		const start = m.index + m[0].length - m[1].length;
		return { start, end: start + m[1].length, type: 'ORG' };
	});
	return ranges.length ? putOverPiecesAll(text, entities, ranges) : entities;
}

/** A flight's code after «flight»: an airline's two or three letters and a number («flight AI171», «Flight MH17»). */
const FLIGHT_CODE_AFTER = /[Ff]light $/u;
const FLIGHT_CODE = /^\p{Lu}[\p{Lu}\d]{1,2}\d{1,4}[A-Z]?$/u;

/**
 * English: «Air India flight AI171» read the flight's code as an organisation: a code after
 * «flight» names no entity of the three types (the training files tag the flights they name,
 * «Flight 370», nothing). Entities in text order.
 */
export function flightCodesOutOfNames(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!text.includes('light ')) return entities;
	const kept = entities.filter((e) => !(e.type !== 'DATE' && FLIGHT_CODE.test(e.text) && FLIGHT_CODE_AFTER.test(text.slice(Math.max(0, e.start - 7), e.start))));
	return kept.length === entities.length ? entities : kept;
}

/** A one-word possessor and an institution whose name ends with its head («Abiy's Prosperity Party», «Indonesia's Center»). */
const POSSESSOR_OF_INSTITUTION = /^(\p{Lu}[\p{L}-]+) ?['’]s (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})$/u;
/** «People's», «Women's» …, which stand inside names («the People's Party»). */
const POSSESSOR_WORD = new RegExp(`^${POSSESSORS}$`, 'u');
/** Heads that end an institution's name after a possessor. */
const INSTITUTION_HEADS_AFTER_POSSESSOR = new Set('Party Center Centre Ministry Army Government Council Commission Institute Agency Front Movement Union League Congress Assembly Parliament Cabinet'.split(' '));

/**
 * English: «a member of Abiy's Prosperity Party», «Indonesia's Center for Volcanology …» read as one
 * name: a one-word possessor before an institution named by its head is the institution's owner (a
 * listed country a place, else a person when the training files know the name as a person's or
 * nothing as anything else) and the institution an organisation; not «People's», «Women's» …
 * inside a name («the People's Party»), nor a company written with «'s» («Lloyd's List»: no head),
 * nor a court named after an office («Recorder's Court»: «Court» is no head here). Entities in text
 * order; returned in text order.
 */
export function possessorsOfInstitutions(text: string, model: TaggerModel, entities: DetectedEntity[]): DetectedEntity[] {
	if (!/['’]s /u.test(text)) return entities;
	let out: DetectedEntity[] | undefined;
	entities.forEach((e, k) => {
		const m = e.type === 'ORG' || e.type === 'LOC' ? POSSESSOR_OF_INSTITUTION.exec(e.text) : null;
		const words = m ? m[2].split(' ') : [];
		const split = m !== null && !POSSESSOR_WORD.test(m[1]) && !NOT_NAME_OPENERS.has(m[1]) && INSTITUTION_HEADS_AFTER_POSSESSOR.has(words[words.length - 1]);
		const owner = !split ? undefined : isListedCountry(model, m[1]) ? 'LOC' : (trainingTypes(model, m[1]) & (ORG_BIT | LOC_BIT)) === 0 ? 'PER' : undefined;
		if (!m || !owner) {
			out?.push(e);
			return;
		}
		out ??= entities.slice(0, k);
		out.push({ ...e, end: e.start + m[1].length, text: m[1], type: owner, source: 'rule' });
		// a head alone names nothing («Iliescu's Party of Social Democracy …» cut at «of»)
		if (words.length > 1) out.push({ ...e, start: e.end - m[2].length, text: m[2], type: 'ORG', source: 'rule' });
	});
	return out ?? entities;
}

/** A market's exchange: one to three capitalised words (a town) and the exchange's kind («Sao Paulo Stock Exchange», «New York Mercantile Exchange»). */
const EXCHANGE_NAME = /(?<![\p{L}\p{N}'’.-])(?:\p{Lu}[\p{L}.-]*[ \t]+){1,3}(?:Stock|Mercantile|Futures|Commodity|Commodities|Metal|Cotton|Grain|Petroleum|Options|Securities)[ \t]+Exchange(?![\p{L}\p{N}])/gu;

/**
 * English market reports: a town's exchange is one organisation, the town inside it («the Sao
 * Paulo Stock Exchange» missed, «the New York Mercantile Exchange» read as the city, «the Osaka
 * Exchange» read as the city before «Exchange»). Entities in text order; returned in text order.
 */
export function exchangesWithTowns(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!text.includes(' Exchange')) return entities;
	const ranges: TypedRange[] = [];
	for (const m of allMatches(text, EXCHANGE_NAME)) {
		// «The Tokyo Stock Exchange» opening a sentence: the article stays out
		const article = /^(?:The|A|An)[ \t]+/u.exec(m[0])?.[0].length ?? 0;
		ranges.push({ start: m.index + article, end: m.index + m[0].length, type: 'ORG' });
	}
	// a place read right before a bare «Exchange» («the Osaka Exchange»; not «Exchange Rate»), or
	// read with it as a place or MISC (not the end of a longer name: «the New York Coffee, Sugar and
	// Cocoa Exchange»)
	for (const e of entities) {
		if (e.type !== 'LOC' && e.type !== 'MISC') continue;
		const withIt = e.text.endsWith(' Exchange');
		const end = withIt ? e.end : e.end + ' Exchange'.length;
		if (!BARE_EXCHANGE_AFTER.test(text.slice(end - ' Exchange'.length, end + 20))) continue;
		if (withIt ? !LONGER_NAME_BEFORE.test(text.slice(Math.max(0, e.start - 6), e.start)) : e.type === 'LOC') ranges.push({ start: e.start, end, type: 'ORG' });
	}
	return ranges.length ? putOverPiecesAll(text, entities, ranges.sort((a, b) => a.start - b.start)) : entities;
}
const BARE_EXCHANGE_AFTER = /^ Exchange(?![\p{L}\p{N}-])(?![ \t]+(?:Rate|rate|Commission|Act)\b)/u;
/** A comma or «and» right before a name: the name may end a longer one. */
const LONGER_NAME_BEFORE = /(?:,|\band)[ \t]*$/u;

const DIVISION_SIDES = ['Atlantic', 'Central', 'Pacific', 'Midwest', 'Northeast', 'Southeast', 'Northwest', 'Southwest', 'Eastern', 'Western', 'East', 'West', 'North', 'South'];
/** A league's division named by its side of the country («ATLANTIC DIVISION», «the Northeast Division»), as written or in capitals; not a body's («the Western Division of the railway»). */
const LEAGUE_DIVISION = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:${DIVISION_SIDES.join('|')})[ \t]+Division|(?:${DIVISION_SIDES.join('|').toUpperCase()})[ \t]+DIVISION)(?![\p{L}\p{N}])(?![ \t]+(?:of|OF)[ \t])`, 'gu');

/**
 * English sports copy: a league's division named by its side of the country is MISC, like the
 * league's other groupings («ATLANTIC DIVISION» heading a standings table, read as a place or an
 * organisation; «Pittsburgh stay top of the Northeast Division»). Entities in text order; returned
 * in text order.
 */
export function leagueDivisions(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!/Division|DIVISION/u.test(text)) return entities;
	const ranges: TypedRange[] = [];
	for (const m of allMatches(text, LEAGUE_DIVISION)) ranges.push({ start: m.index, end: m.index + m[0].length, type: 'MISC' });
	return ranges.length ? putOverPiecesAll(text, entities, ranges) : entities;
}

/** «v», «vs» or «versus» as a word, a quick test (in any case: a headline's truecased copy). */
const VERSUS_WORD = /[ \t](?:v|vs|versus)\.?[ \t]/iu;
/** «v», «vs» or «versus» between two sides inside one name read («AUSTRALIA V WEST INDIES», «Leeds v Chelsea»). */
const VERSUS_INSIDE = /^(\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3})[ \t]+(?:v|V|vs|VS|Vs|v\.|vs\.|VS\.|versus|VERSUS)[ \t]+(\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3})$/u;

/**
 * English sports copy: an organisation or a place read across «v» or «vs» is the two sides of a
 * match («CRICKET - AUSTRALIA V WEST INDIES SCOREBOARD» read as one organisation): a nation is its
 * team's place, any other side a club. Entities in text order; returned in text order.
 */
export function sidesOfVersus(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	return splitWhere(entities, (e) => {
		// a person's or MISC reading is a case at law («Donoghue v Stevenson»)
		if ((e.type !== 'ORG' && e.type !== 'LOC') || !VERSUS_WORD.test(e.text)) return undefined;
		const m = VERSUS_INSIDE.exec(text.slice(e.start, e.end));
		// a capital «V» only between sides in capitals: elsewhere it is a ruler's numeral («Mohammed V Stadium»)
		if (!m || (/^V\.?$/u.test(m[0].slice(m[1].length).trim().split(/[ \t]/u)[0]) && (m[1] !== m[1].toUpperCase() || m[2] !== m[2].toUpperCase()))) return undefined;
		const second = e.end - m[2].length;
		const [a, b] = splitEntity(text, e, e.start + m[1].length, second, 'ORG');
		const side = (piece: DetectedEntity): DetectedEntity => ({ ...piece, type: isPlayersCountry(piece.text) ? 'LOC' : 'ORG', source: 'rule' });
		return [side(a), side(b)];
	});
}

/** The column heads of a standings table («W L T PF PA PCT», «P W D L F A PTS»). */
const STANDINGS_COLUMNS = new Set(['P', 'W', 'D', 'L', 'T', 'F', 'A', 'PF', 'PA', 'PCT', 'GF', 'GA', 'PTS', 'GB', 'GP', 'OTL', 'RS', 'RA', 'OT', 'SO']);
/** A line of one to four capital letters to a word, three words or more. */
const HEADING_OF_COLUMNS = /^[ \t]*\p{Lu}{1,4}(?:[ \t]+\p{Lu}{1,4}){2,}[ \t]*$/gmu;

/**
 * English sports copy: the heads of a standings table's columns are no names («PA», points against,
 * read as an organisation): in a line of short capitalised words, most of them columns' heads, what
 * was found is dropped. Entities in text order; returned in text order.
 */
export function standingsColumnHeads(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!/\b(?:PTS|PCT|GB|GF|PF)\b/u.test(text)) return entities;
	let out = entities;
	for (const m of allMatches(text, HEADING_OF_COLUMNS)) {
		const heads = m[0].trim().split(/[ \t]+/u);
		if (heads.filter((head) => STANDINGS_COLUMNS.has(head)).length * 3 < heads.length * 2) continue;
		const end = m.index + m[0].length;
		out = out.filter((e) => e.end <= m.index || e.start >= end);
	}
	return out;
}

/** A company's legal form right after its name («Deutsche Bank AG», «Boeing Co», «Hanson Plc»). */
const LEGAL_FORM_AFTER = new RegExp(String.raw`^[ \t]+(?:${LEGAL_FORMS})\.?(?![\p{L}\p{N}&'’-])`, 'u');
/** A legal form anywhere, as a quick test. */
const LEGAL_FORM_ANYWHERE = new RegExp(String.raw`\b(?:${LEGAL_FORMS})\b`, 'u');

/**
 * English: the legal form after a company's name is part of it («Deutsche Bank AG», «Daimler-Benz
 * AG» read without it, the second as a person; inside all 30 times in the English training files):
 * a name read as an organisation, or as a person or a place, right before one is the company with
 * its form. Entities in text order; returned in text order.
 */
export function companiesWithLegalForms(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!LEGAL_FORM_ANYWHERE.test(text)) return entities;
	return replaceWhere(entities, (e, k) => {
		if (e.type !== 'ORG' && e.type !== 'PER' && e.type !== 'LOC') return undefined;
		const form = LEGAL_FORM_AFTER.exec(text.slice(e.end, e.end + 8));
		if (!form) return undefined;
		const end = e.end + form[0].length;
		// a sentence's full stop after «Co» stays out of the name
		const stop = form[0].endsWith('.') && /^[ \t]*(?:\n|$)/u.test(text.slice(end, end + 2)) ? 1 : 0;
		if (k + 1 < entities.length && entities[k + 1].start < end) return undefined;
		return { ...e, end: end - stop, text: text.slice(e.start, end - stop), type: 'ORG', source: 'rule' };
	});
}

/** «Bank of» and a one-word name, hyphens inside («Bank of Tokyo-Mitsubishi»). */
const BANK_OF_NAME = /(?<![\p{L}\p{N}'’-])Bank[ \t]+of[ \t]+\p{Lu}\p{L}*(?:-\p{Lu}\p{L}*)*(?![\p{L}\p{N}-])/gu;

/**
 * English: «Bank of» and a name is the bank («Bank of Tokyo-Mitsubishi» read as the place
 * «Tokyo-Mitsubishi»), over what was read inside it; a longer name read around it stays («Industrial
 * Bank of Japan», «Bank of New York»). Entities in text order; returned in text order.
 */
export function banksOfNames(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!text.includes('Bank of')) return entities;
	const ranges: TypedRange[] = [];
	for (const m of allMatches(text, BANK_OF_NAME)) ranges.push({ start: m.index, end: m.index + m[0].length, type: 'ORG' });
	return putOverPiecesAll(text, entities, ranges);
}

/** Nouns of armed groups' members right after the group's name («Abu Sayyaf guerrillas»). */
const FIGHTERS_AFTER = /^ (?:guerrillas|guerrilla|rebels|militants|fighters|insurgents|militiamen|jihadists|gunmen)(?![\p{L}\p{N}])/u;
/** Those nouns anywhere in a text: the quick test. */
const ANY_FIGHTERS = /(?:guerrilla|rebels|militants|fighters|insurgents|militiamen|jihadists|gunmen)/u;

/**
 * English: «Abu Sayyaf guerrillas», «Al Shabaab fighters» read as persons (a kunya, an article
 * opening the name): a person's reading right before a noun of an armed group's members is the
 * group. No person is so named in the English training files. Entities in text order.
 */
export function groupsBeforeFighters(text: string, entities: DetectedEntity[]): DetectedEntity[] {
	if (!ANY_FIGHTERS.test(text)) return entities;
	return replaceWhere(entities, (e) => (e.type === 'PER' && FIGHTERS_AFTER.test(text.slice(e.end, e.end + 13)) ? { ...e, type: 'ORG', source: 'rule' } : undefined));
}
