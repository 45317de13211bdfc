import { normalizeArabic } from './detect/arabic';
import { bracketedAcronymAfter, initialsOf, spellsInitials } from './detect/acronyms';
import { isArabicFunctionWord, isFunctionWordNotNamed } from './arabicFunctionWords';
import { isArabicGroup, isArabicTitle, isRegnalOrdinal } from './detect/arabicWords';
import { isAdjectivePrefix, isRunTimeTitleWord } from './detect/nameSpans';
import { ARABIC_FOOTBALL_CLUBS, FOOTBALL_CLUBS } from './detect/clubs';
import { LISTED_COMPANIES } from './detect/companies';
import { CURRENCY_NAMES, isMotorRacingReport, RACING_TEAMS, STORM_WORDS } from './detect/englishRules';
import { isDatelinePlace, TEAM_SPORT_KICKERS } from './detect/datelines';
import { BANK_HEAD_WORDS, eastAsianFamilyName, LEGAL_FORMS } from './detect/latinScriptRules';
import { lineAround } from './detect/lineMatches';
import { insideAddress, mayHoldAddress, outsideAddresses } from './detect/wordTests';
import { findEachOccurrences, isArabicLetter } from './occurrences';
import type { DetectedEntity, TextRange } from './types';
import { countBelow, isUpperCaseUnit } from './unicode';

/** Only entities at least this sure teach the rest of the article (dev: ar +1.9, fr +1.2, en -0.4). */
const TEACHING_CONFIDENCE = 0.5;
/** Confidence given to a mention found this way. */
const PROPAGATED_CONFIDENCE = 0.6;
/** A reading other than a person at this confidence or more is not outvoted by a surname (see propagateNames). */
const SURE_OTHER_READING = 0.7;
/** A name with several types takes the one with at least this many times the others' votes. */
const MAJORITY_RATIO = 2;
/** Types whose names are repeated through an article. */
const NAME_TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);

interface Name {
	readonly type: string;
	readonly votes: number;
}

/** A word that can stand for a person alone: an Arabic word or a capitalised Latin one, 3+ letters. */
function canStandAlone(word: string): boolean {
	return word.length >= 3 && (isArabicLetter(word.charCodeAt(0)) || isUpperCaseUnit(word.charCodeAt(0)));
}

/**
 * Last words of a person's name that name no one alone: second halves of compound Arabic given
 * names («عبد الله», «نور الدين»); regnal ordinals, titles, peoples and creeds come from
 * arabicWords.ts. A father's name after «بن» does stand for a person (the father), so it is kept.
 * And a surname that is a common word alone: «غير» («not», «other»: O 236 times in the Arabic
 * training files) of «ريتشارد غير» had made every «غير» of the article a person.
 */
const ARABIC_NOT_SURNAMES = new Set('الله الدين الرحمن الرحيم غير'.split(' '));
/**
 * Surnames that are also a preposition as many writers spell it («علي» for «على», «on»; ANERcorp's
 * training text: O 207 times, a person alone twice): they stand for a person alone only as a
 * father's name («الحسن بن علي» … «تولى علي الخلافة»), not as the end of a compound given name
 * («محمد علي» … «الحفاظ علي الاستقرار»).
 */
const ARABIC_PREPOSITION_SURNAMES = new Set(['علي']);
/** «بن», «ابن» (normalised): what makes the next word a father's name. */
const SON_OF = new Set(['بن', 'ابن']);
/** Kunya openings («أبو», «أم»; normalised): the names of a father or mother of someone. */
const KUNYA = new Set(['ابو', 'ام']);
/** … and their case forms («أبي», «أبا») */
const KUNYA_FORMS = new Set(['ابو', 'ابي', 'ابا', 'ام']);
/** «Henry VIII», «Martin Luther King Jr» */
const LATIN_NOT_SURNAME = /^(?:[IVXLC]+|Jr|Sr)\.?$/;
/** A storm's name after its kind («Cyclone Freddy», «Tropical Storm Ana»): the name alone. */
const STORM_NAME_OF = new RegExp(String.raw`^(?:Tropical Storm|Super Typhoon|${[...STORM_WORDS].join('|')}) (\p{Lu}\p{Ll}+)$`, 'u');

/** The word of a person's name that stands for them alone («Patrushev», «تبون», «Tung» of «Tung Chee-hwa»), if one does. */
function surnameOf(name: string): string | undefined {
	const words = name.split(/\s+/);
	const last = words[words.length - 1];
	// «Tung Chee-hwa», «Kim Woo-choong»: the family name stands first
	const familyFirst = eastAsianFamilyName(name);
	if (familyFirst) return familyFirst;
	if (words.length < 2 || !canStandAlone(last) || LATIN_NOT_SURNAME.test(last)) {
		return undefined;
	}
	if (isArabicLetter(last.charCodeAt(0))) {
		const key = normalizeArabic(last);
		// «العرب المسلمين» read as a person must not make every «المسلمين» one
		if (ARABIC_NOT_SURNAMES.has(key) || isRegnalOrdinal(key) || isArabicGroup(key) || isArabicTitle(key) || isArabicFunctionWord(last)) {
			return undefined;
		}
		// «أبو حمزة المصري»: a kunya's nisba is where the person comes from, and alone the nationality
		if (KUNYA.has(normalizeArabic(words[0])) && key.startsWith('ال') && key.endsWith('ي')) {
			return undefined;
		}
		const before = normalizeArabic(words[words.length - 2]);
		// «علي بن أبي طالب», «محمود عباس أبو مازن»: the name after a kunya is one with it, and alone a
		// word like any other («طالب بها», «demanded»)
		if (KUNYA_FORMS.has(before) || (ARABIC_PREPOSITION_SURNAMES.has(key) && !SON_OF.has(before))) {
			return undefined;
		}
	}
	return last;
}

/** «…, known as KPU», «…, or EGENCO»: an acronym the text gives a name in words. */
const ACRONYM_NAMED_AFTER = /^,? (?:also known as|known as|or|called) (\p{Lu}[\p{Lu}\p{N}]{1,7}(?:-\p{Lu})?)(?=[,.;:)]|\s)/u;

/**
 * The acronym a name is given in brackets right after it («Korean Central News Agency (KCNA)»,
 * «[KPA]»), when its letters are initials of the name's words in order, from the first
 * («Asia-Pacific Economic Cooperation (APEC)»), or in words, whatever its letters («the Electricity
 * Generation Company, or EGENCO», «the General Elections Commission, known as KPU»).
 */
function acronymAfter(text: string, entity: DetectedEntity): string | undefined {
	const acronym = bracketedAcronymAfter(text, entity.end);
	if (acronym) return spellsInitials(acronym.text, entity.text) ? acronym.text : undefined;
	return ACRONYM_NAMED_AFTER.exec(text.slice(entity.end, entity.end + 32))?.[1];
}

/**
 * One sense per article: a name the detector found with confidence somewhere is found wherever
 * else it is written, with the same type, and a person's surname stands for them after their
 * full name was given («Nikolai Patrushev … Patrushev»), as does an organisation's acronym, given
 * in brackets or spelt by the initials of its name («African National Congress … the ANC»). A
 * detector that looks at one sentence at a time cannot see either. A name the article gave more than one type takes the type of the clear
 * majority of its confident mentions (at least twice as many as all others); without one it is
 * left alone. Every mention of a name that has a type, unsure ones included, is given that type,
 * except that an organisation named after a place stays one where the place is the majority. The
 * teams of score lines and the companies the article names with a legal form («Boeing Co») are
 * organisations whatever the votes; a team that `isNation` calls a nation is not (news annotates a
 * national team as its country, a place).
 */
export function propagateNames(
	text: string,
	entities: readonly DetectedEntity[],
	isNation: (name: string) => boolean = () => false,
	spreads: (name: string, type: string) => boolean = () => true,
	standsForCompany: (name: string) => boolean = () => false,
): DetectedEntity[] {
	const names = new Map<string, Map<string, number>>();
	// votes for a name as the surname of a person named in full («Carlos Alcaraz» … «Alcaraz»)
	const surnameVotes = new Map<string, number>();
	// persons named in full and their surnames, voted for once every reading is counted
	const surnamesOfPersons: [string, string][] = [];
	// names read as something else than a person with a confidence of SURE_OTHER_READING or more
	const surelyOther = new Set<string>();
	const vote = (name: string, type: string) => {
		const byType = names.get(name) ?? new Map<string, number>();
		byType.set(type, (byType.get(type) ?? 0) + 1);
		names.set(name, byType);
	};
	for (const entity of entities) {
		if (!NAME_TYPES.has(entity.type) || entity.confidence < TEACHING_CONFIDENCE || entity.source === 'date') {
			continue;
		}
		vote(entity.text, entity.type);
		if (entity.type !== 'PER' && entity.confidence >= SURE_OTHER_READING) surelyOther.add(entity.text);
		const acronym = entity.type === 'PER' ? undefined : acronymAfter(text, entity);
		if (acronym) {
			// the text says what the acronym stands for: that outweighs one reading of it elsewhere
			vote(acronym, entity.type);
			vote(acronym, entity.type);
		}
		// «African National Congress … the ANC»: articles name it so after the first mention, without brackets
		const initials = entity.type === 'ORG' && !acronym ? initialsOf(entity.text) : undefined;
		if (initials) {
			vote(initials, 'ORG');
		}
		const surname = entity.type === 'PER' ? surnameOf(entity.text) : undefined;
		if (surname) surnamesOfPersons.push([entity.text, surname]);
		// «former president Najibullah»: a one-word person after a title weighs as a surname does
		if (entity.type === 'PER' && !/\s/u.test(entity.text) && isRunTimeTitleWord(TITLE_BEFORE.exec(text.slice(Math.max(0, entity.start - 24), entity.start))?.[1] ?? '')) {
			surnameVotes.set(entity.text, (surnameVotes.get(entity.text) ?? 0) + 1);
		}
	}
	// a full name the article also reads as something else («SK Hynix» a person once, the company
	// once) gives its last word to no one
	for (const [person, surname] of surnamesOfPersons) {
		if (names.get(person)!.size > 1) continue;
		vote(surname, 'PER');
		surnameVotes.set(surname, (surnameVotes.get(surname) ?? 0) + 1);
	}
	// «NORMAN» in a headline in capitals and «Norman» in the text are one name
	const inCapitals = foldCapitals(names);
	const capitalWords = new Set(text.match(CAPITAL_WORDS));
	const holdsAddress = mayHoldAddress(text);
	const unambiguous: [string, Name][] = [];
	const typeOfName = new Map<string, string>();
	for (const [name, byType] of names) {
		// a full name read as a person outweighs an unsure one-word reading of its surname as a place
		// or an organisation («ALCARAZ BEATS DJOKOVIC» read as a club at 0.59), not a sure one
		// («Michael Jordan visited Jordan»: the country at 0.82) nor a people («German»: MISC)
		const surnames = surnameVotes.get(name) ?? 0;
		if (surnames > 0 && !byType.has('MISC') && !surelyOther.has(name) && !isArabicLetter(name.charCodeAt(0))) {
			// however many unsure readings there are («Netanyahu» an organisation, «NETANYAHU» a place)
			const votes = byType.get('PER') ?? 0;
			byType.clear();
			byType.set('PER', votes + surnames);
		}
		const [[type, votes], ...others] = [...byType].sort((a, b) => b[1] - a[1]);
		if (votes >= MAJORITY_RATIO * others.reduce((sum, [, n]) => sum + n, 0)) {
			unambiguous.push([name, { type, votes }]);
			typeOfName.set(name, type);
		}
	}
	// a name the article's structure makes an organisation, whatever the votes
	// (what the structure types spreads whatever `spreads` says: «والاهلي» of a results list)
	const byStructure = new Set<string>();
	const typeByStructure = (name: string, type: string): void => {
		byStructure.add(name);
		typeOfName.set(name, type);
		const listed = unambiguous.find(([known]) => known === name);
		if (listed) listed[1] = { type, votes: listed[1].votes };
		else unambiguous.push([name, { type, votes: 1 }]);
	};
	const organisation = (name: string): void => typeByStructure(name, 'ORG');
	// a match report («Leeds 2-1 Everton»): its clubs are organisations wherever they play, its
	// national teams («Sweden 1 – 0 South Korea») the places they are named by
	const { teams, clubs } = teamsOfScoreLines(text, entities);
	// «Pyramids FC beat …» … «Pyramids, bankrolled by…»: a club named with its suffix once is the
	// club wherever the article writes its name without it (a place still after «in», «at»…)
	for (const club of confidentNamesInside(entities, 'ORG', CLUB_AND_SUFFIX)) if (club.length >= 3) teams.add(club);
	// a sports report's clubs named after their city: a place read as an organisation somewhere
	// (a rule's reading: «Milan beat Lazio») is the club wherever it plays
	const sportsReport = isSportsReport(text);
	if (sportsReport) for (const club of [...clubsReadAsPlacesToo(names), ...citiesOfClubs(names)]) teams.add(club);
	for (const team of teams) if (!isNation(team)) organisation(team);
	// and a club the list knows, read or not («Rosenborg took the lead», «a win over Rayo» as a person)
	if (sportsReport) for (const club of FOOTBALL_CLUBS) if (text.includes(club)) organisation(club);
	// a motor-racing report's teams, wherever it writes them («1. Ferrari 30 points» in the
	// constructors' standings, a line the detector read alone, as a person)
	if (isMotorRacingReport(text)) for (const team of RACING_TEAMS) if (text.includes(team)) organisation(team);
	// an Arabic football report's clubs («وفاز إيفرتون على ضيفه واتفورد», read as a person and as nothing)
	if (isArabicFootballReport(text)) for (const club of ARABIC_FOOTBALL_CLUBS) if (text.includes(club)) organisation(club);
	// a market report's companies the list knows («Cheung Kong added HK$1.50», «at Smith Barney»)
	if (isMarketReport(text)) for (const company of LISTED_COMPANIES) if (text.includes(company)) organisation(company);
	// «McDonnell Douglas Corp» … «McDonnell Douglas», «Banco Santander» … «Santander»: a company's
	// name without its legal form or a bank's head word is the company wherever it is written, even
	// where read as a person
	companiesOfLegalForms(entities, standsForCompany).forEach(organisation);
	companiesOfMarketCues(text, entities).forEach(organisation);
	// «Jingye Group» … «Jingye, based in Tangshan» (read as a person): a group's name without «Group»
	// is the company, unless the article gives that name to a person in full («Gautam Adani» of the
	// «Adani Group»)
	for (const company of companiesOfGroups(entities, standsForCompany)) if (!byStructure.has(company) && !surnameVotes.has(company)) organisation(company);
	// «Schiphol Airport» … «Schiphol has been limiting passenger numbers» (read as a person): a place
	// named with its kind once is the place wherever the article writes its name alone, unless the
	// article gives that name to a person in full too
	for (const place of placesOfKinds(entities)) if (!byStructure.has(place) && !surnameVotes.has(place)) typeByStructure(place, 'LOC');
	// «Cyclone Freddy» … «Freddy first made landfall»: a storm's name alone is the storm's, never a
	// person's
	for (const entity of entities) {
		const storm = STORM_NAME_OF.exec(entity.text);
		if (entity.type === 'MISC' && storm) {
			typeOfName.set(storm[1], 'MISC');
			if (!unambiguous.some(([known]) => known === storm[1])) unambiguous.push([storm[1], { type: 'MISC', votes: 1 }]);
		}
	}
	// the names in capitals take their ordinary form's type, the structure's included («SANTANDER»),
	// and so do those read too unsurely to vote («HANG NAJIBULLAH» a place at 0.45, «former
	// president Najibullah» in the text)
	for (const [capitals, name] of inCapitals) {
		const type = typeOfName.get(name);
		if (type !== undefined) typeOfName.set(capitals, type);
	}
	if (capitalWords.size) {
		for (const [name, type] of [...typeOfName]) {
			const capitals = name.toUpperCase();
			if (name.length >= MIN_CAPITALS_NAME && capitals !== name && capitals.length === name.length && !typeOfName.has(capitals)) typeOfName.set(capitals, type);
		}
	}
	// «the tournament in Canada»: a team's name after a preposition of place is the place; a club of
	// a results line after «at» or «from» is the club («won 2-0 at Leeds», «signed from Ajax»)
	const placeOfTeam = (name: string, start: number): boolean => {
		const before = text.slice(Math.max(0, start - 8), start);
		return teams.has(name) && PLACE_PREPOSITION_BEFORE.test(before) && !(clubs.has(name) && CLUB_PREPOSITION_BEFORE.test(before));
	};
	const commonWords = new Set(entities.filter((entity) => isCommonWordInCapitals(text, entity, typeOfName)).map((entity) => entity.text));
	const typed = joinSplitNames(
		text,
		entities.filter((entity) => !commonWords.has(entity.text)).map((entity) => (entity.type === 'LOC' && placeOfTeam(entity.text, entity.start) ? entity : retyped(text, entity, typeOfName))),
		unambiguous.filter(([name, { type }]) => type !== 'MISC' && /\s/u.test(name)),
		capitalWords,
		holdsAddress,
		byStructure,
	);
	// Longer names first, so «Conseil de la nation» is placed before «Conseil» could be.
	unambiguous.sort((a, b) => b[0].length - a[0].length);
	const taken = [...typed].sort((a, b) => a.start - b.start);
	const covered = new Coverage(text.length, taken);
	const personsByEnd = new Map<number, DetectedEntity>();
	for (const entity of taken) if (entity.type === 'PER' && !personsByEnd.has(entity.end)) personsByEnd.set(entity.end, entity);
	const added: DetectedEntity[] = [];
	// found entities that a surname right after them completes («عبد المجيد» + «تبون»)
	const completed = new Map<DetectedEntity, DetectedEntity>();
	const spread = unambiguous.filter(([name, { type }]) => !commonWords.has(name) && (byStructure.has(name) || spreads(name, type)));
	const mentions = mentionsOfEach(text, spread.map(([name]) => name), capitalWords, holdsAddress);
	for (const [name, { type }] of spread) {
		for (const range of mentions.get(name)!) {
			if (insideCompoundWord(text, range) || (name === 'عمر' && isAgeBefore(text, range.end)) || covered.overlaps(range)) {
				continue;
			}
			const person = type === 'PER' ? personEndingRightBefore(text, personsByEnd, range.start) : undefined;
			if (person && !completed.has(person)) {
				const whole: DetectedEntity = { ...person, end: range.end, text: text.slice(person.start, range.end), confidence: PROPAGATED_CONFIDENCE, source: 'rule' };
				completed.set(person, whole);
				covered.add(whole);
				continue;
			}
			const mention: DetectedEntity = { start: range.start, end: range.end, type: placeOfTeam(name, range.start) ? 'LOC' : type, text: text.slice(range.start, range.end), confidence: PROPAGATED_CONFIDENCE, source: 'rule' };
			added.push(mention);
			covered.add(mention);
		}
	}
	if (added.length === 0 && completed.size === 0) {
		return [...typed];
	}
	const kept = typed.map((entity) => completed.get(entity) ?? entity);
	return [...kept, ...added].sort((a, b) => a.start - b.start);
}

/**
 * «Algérie : Abdelmadjid Tebboune réélu» read as the place «Abdelmadjid» and the person
 * «Tebboune»: where a name of two words or more that the article types elsewhere (`names`: a
 * person, an organisation or a place) is written, the entities read inside it (one of them of its
 * type, or one alone read as something else: «Paris» of «Paris Hilton», «Misr» of «Banque Misr»;
 * any, for a name the article's structure types: `byStructure`) give way to the whole name.
 * Entities in text order; the same list when nothing was joined.
 */
function joinSplitNames(text: string, entities: DetectedEntity[], names: ReadonlyArray<readonly [string, Name]>, capitalWords: ReadonlySet<string>, holdsAddress: boolean, byStructure: ReadonlySet<string>): DetectedEntity[] {
	if (names.length === 0) return entities;
	const sorted = [...entities].sort((a, b) => a.start - b.start);
	const starts = sorted.map((e) => e.start);
	// the largest end among the first i+1 entities: where a backward scan for overlaps may stop
	const endsSoFar: number[] = [];
	for (const e of sorted) endsSoFar.push(Math.max(e.end, endsSoFar[endsSoFar.length - 1] ?? -1));
	const joined = new Map<DetectedEntity, DetectedEntity>();
	const dropped = new Set<DetectedEntity>();
	const mentions = mentionsOfEach(text, names.map(([name]) => name), capitalWords, holdsAddress);
	for (const [name, { type }] of names) {
		for (const range of mentions.get(name)!) {
			const inside: DetectedEntity[] = [];
			for (let i = countBelow(starts, range.end) - 1; i >= 0 && endsSoFar[i] > range.start; i--) if (sorted[i].end > range.start) inside.push(sorted[i]);
			inside.reverse();
			if (inside.length === 0 || inside.some((e) => e.start < range.start || e.end > range.end || dropped.has(e) || joined.has(e) || e.source === 'date')) continue;
			// pieces with one of the name's type among them, or one piece read as something else («Paris» of
			// «Paris Hilton»); any pieces of a name the article's structure types («Marks» and «Spencer»
			// read as two persons where a market report names «Marks and Spencer»)
			if (inside.length === 1 ? inside[0].end - inside[0].start === range.end - range.start : !inside.some((e) => e.type === type) && !byStructure.has(name)) continue;
			joined.set(inside[0], { ...inside[0], start: range.start, end: range.end, type, text: text.slice(range.start, range.end), confidence: PROPAGATED_CONFIDENCE, source: 'rule' });
			for (const e of inside.slice(1)) dropped.add(e);
		}
	}
	if (joined.size === 0) return entities;
	return entities.filter((e) => !dropped.has(e)).map((e) => joined.get(e) ?? e);
}

/** The word right before a name, after a space («president Najibullah», «Mr. Smith»). */
const TITLE_BEFORE = /(?:^|[^\p{L}])(\p{L}+)\.? $/u;

/** What tells a sports report: a wire kicker («SOCCER -»), or a score and a word only games use (not «victory», «title», «season»: elections and holidays have them). */
const SPORTS_KICKER = new RegExp(`^(?:ICE )?(?:${TEAM_SPORT_KICKERS.join('|')})(?: UNION| LEAGUE)? - `, 'mu');
const SCORE = /\b\d{1,2}-\d{1,2}\b/u;
const MATCH_WORD = /\b(?:goals?|scored|striker|midfielder|goalkeeper|halftime|half-time|penalty|innings|wickets?|touchdowns?|rebounds|Bundesliga|Premier League|Serie A)\b/u;
function isSportsReport(text: string): boolean {
	return SPORTS_KICKER.test(text) || (SCORE.test(text) && MATCH_WORD.test(text));
}

/** Words only a football report uses, behind a proclitic maybe («الشوط», «بالتعادل», «المرمى»). */
const ARABIC_FOOTBALL_WORDS = /(?<![\p{L}\p{M}])[وفبل]?(المباراة|مباراة|الشوط|الدوري|هدف|هدفا|هدفين|الهدف|أهداف|الأهداف|مرمى|المرمى|ركلة|حارس|المدرب|المهاجم|التعادل)(?![\p{L}\p{M}])/gu;

/** The forms of «goal», counted once: they are also «aim» in other news («الهدف من الزيارة», «أهداف الخطة»). */
const ARABIC_FOOTBALL_WORD_FORMS: Readonly<Record<string, string>> = { هدفا: 'هدف', هدفين: 'هدف', الهدف: 'هدف', أهداف: 'هدف', الأهداف: 'هدف' };

/** An Arabic football report: three different words of the game or more, the forms of «goal» counting once. */
function isArabicFootballReport(text: string): boolean {
	const seen = new Set<string>();
	for (const m of text.matchAll(ARABIC_FOOTBALL_WORDS)) if (seen.add(ARABIC_FOOTBALL_WORD_FORMS[m[1]] ?? m[1]).size >= 3) return true;
	return false;
}

/** Words of a market report, and a price or a move («shares», «dealers»; «3.10 francs», «2.1 percent», «41p»). */
const MARKET_WORDS = /\b(?:shares|stocks|bourse|dealers|brokers|traders|analysts|index|blue chips)\b/giu;
const PRICE_FIGURE = new RegExp(String.raw`\d(?:[\d,.]*\d)?[ \t]*(?:p\b|pence|cents|percent|pct|points|${CURRENCY_NAMES})|(?:HK|US)?\$[ \t]*\d`, 'u');

/** A market report: three words of the markets or more, and a price or a move. */
function isMarketReport(text: string): boolean {
	return PRICE_FIGURE.test(text) && (text.match(MARKET_WORDS)?.length ?? 0) >= 3;
}

/** Names the article reads both as a place and, confidently, as an organisation. */
function clubsReadAsPlacesToo(names: ReadonlyMap<string, ReadonlyMap<string, number>>): string[] {
	const clubs: string[] = [];
	for (const [name, byType] of names) if (byType.has('ORG') && byType.has('LOC')) clubs.push(name);
	return clubs;
}

/**
 * Cities that end a club's name of two words the article reads as an organisation, read alone as places
 * («Borussia Dortmund» … «Dortmund had the better of the first half»): a sports report names the
 * club by its city after the first mention.
 */
function citiesOfClubs(names: ReadonlyMap<string, ReadonlyMap<string, number>>): string[] {
	const cities: string[] = [];
	for (const [name, byType] of names) {
		// a club's name of two words («University of California» names no club by its state)
		const space = name.indexOf(' ');
		if (space < 0 || name.indexOf(' ', space + 1) >= 0 || !byType.has('ORG') || !LATIN_TEAM_NAME.test(name)) continue;
		const city = name.slice(space + 1);
		if (names.get(city)?.has('LOC')) cities.push(city);
	}
	return cities;
}

/** A team's name in Latin script, a founding year maybe opening it («1860 Munich»). */
const LATIN_TEAM_NAME = /^(?:1[89]\d\d )?\p{Script=Latin}/u;
/** A score between two names: «Sweden 1 – 0 Korea Republic», «Leeds 2-1 Everton». */
const SCORE_BETWEEN = /^[ \t]+\d{1,3}[ \t]*[-–—][ \t]*\d{1,3}[ \t]+$/u;
/** A side's goals between the two sides of a results line («Bolton 1 Chelsea 3»). */
const GOALS_BETWEEN = /^[ \t]+\d{1,3}[ \t]+$/u;
/** The start of a line (or of the text) right before a name, or of a result in a line of them («Results: Betis 2 Oviedo 0, …»). */
const LINE_START_BEFORE = /(?:^|\n|[:,;])[ \t]*$/u;
/** The other side's goals ending the line, or the result in a line of them. */
const GOALS_ENDING_LINE = /^[ \t]+\d{1,3}[ \t]*(?:[,;]|\.(?!\d)|\r?\n|$)/u;
/** Where a team's name is the place it names («the tournament in Canada»). */
const PLACE_PREPOSITION_BEFORE = /(?:^|\s)(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Aa]cross|[Aa]round)\s+(?:the\s+)?$/u;
/** Where a club's name is the club, after a match: «a 3-1 win at Vitesse Arnhem». */
const CLUB_PREPOSITION_BEFORE = /(?:^|\s)(?:[Aa]t|[Ff]rom)\s+$/u;

/**
 * Names of Latin script on either side of a score in the article, or clubs on the two sides of a
 * results line («Bolton 1 Chelsea 3»): the teams of a match report, national ones included (the
 * caller keeps a nation's team its place). Places and organisations only: a person's score is a
 * tennis set. The clubs of results lines are given apart too.
 */
function teamsOfScoreLines(text: string, entities: readonly DetectedEntity[]): { teams: Set<string>; clubs: Set<string> } {
	const teams = new Set<string>();
	const clubs = new Set<string>();
	for (let k = 0; k + 1 < entities.length; k++) {
		const a = entities[k];
		const b = entities[k + 1];
		if ((a.type !== 'LOC' && a.type !== 'ORG') || (b.type !== 'LOC' && b.type !== 'ORG') || b.start - a.end > 16) continue;
		if (!LATIN_TEAM_NAME.test(a.text) || !LATIN_TEAM_NAME.test(b.text)) continue;
		const between = text.slice(a.end, b.start);
		// or a results line, each side before its goals: «Bolton 1 Chelsea 3» (clubs: the results
		// tables give a national team its country's place, «Argentina 0 Chile 0»)
		const resultsLine = a.type === 'ORG' && b.type === 'ORG' && GOALS_BETWEEN.test(between) && LINE_START_BEFORE.test(text.slice(Math.max(0, a.start - 2), a.start)) && GOALS_ENDING_LINE.test(text.slice(b.end, b.end + 8));
		if (!resultsLine && !SCORE_BETWEEN.test(between)) continue;
		teams.add(a.text);
		teams.add(b.text);
		if (!resultsLine) continue;
		clubs.add(a.text);
		clubs.add(b.text);
	}
	return { teams, clubs };
}

/** A club's name and the suffix that ends it («Pyramids FC», «Al Hilal SFC»). */
const CLUB_AND_SUFFIX = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)*) (?:FC|AFC|SC|SFC|CF)$/u;
/** A company's name and the legal form that ends it («Boeing Co», «McDonnell Douglas Corp.», «Hoechst AG»). */
const NAME_AND_LEGAL_FORM = new RegExp(String.raw`^(\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*)*),? (?:${LEGAL_FORMS})\.?$`, 'u');

/** A bank's head word in its own language and its name («Banco Santander» → «Santander»). */
const BANK_HEAD_AND_NAME = new RegExp(String.raw`^(?:${BANK_HEAD_WORDS}) (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*)$`, 'u');

/**
 * The names of the companies the article writes with a legal form or a bank's head word, without it
 * («Boeing Co» → «Boeing», «Banco Santander» → «Santander»), and the first words of a name with a
 * legal form that `standsForCompany` lets stand for it alone («Vandermolen Coatings NV» →
 * «Vandermolen», «Caddo Ridge Energy Inc» → «Caddo Ridge» and «Caddo»: wire copy shortens a company
 * so after naming it in full, and the model reads the unknown short name as a person's).
 */
function companiesOfLegalForms(entities: readonly DetectedEntity[], standsForCompany: (name: string) => boolean): Set<string> {
	const companies = new Set<string>();
	for (const entity of entities) {
		if (entity.type !== 'ORG' || entity.confidence < TEACHING_CONFIDENCE) continue;
		const withLegalForm = NAME_AND_LEGAL_FORM.exec(entity.text)?.[1];
		const name = withLegalForm ?? BANK_HEAD_AND_NAME.exec(entity.text)?.[1];
		if (name === undefined || name.length < 3) continue;
		companies.add(name);
		if (withLegalForm === undefined) continue;
		const words = name.split(' ');
		for (let k = 1; k < words.length; k++) {
			const shortName = words.slice(0, k).join(' ');
			if (shortName.length >= 3 && standsForCompany(shortName)) companies.add(shortName);
		}
	}
	return companies;
}

/** A company's name and «Group» or «Holdings» («Jingye Group», «CK Hutchison Holdings»). */
const NAME_AND_GROUP = /^(\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*)*) (?:Group|Holdings)$/u;

/** The names of the groups the article names with «Group» or «Holdings», without it, read with confidence, that `standsForCompany` lets stand alone. */
function companiesOfGroups(entities: readonly DetectedEntity[], standsForCompany: (name: string) => boolean): Set<string> {
	return new Set(confidentNamesInside(entities, 'ORG', NAME_AND_GROUP).filter((name) => name.length >= 3 && standsForCompany(name)));
}

/** A place's one-word name and its kind («Schiphol Airport», «Wembley Stadium»). */
const PLACE_NAME_AND_KIND = /^(\p{Lu}[\p{Ll}\p{M}'’-]{2,}) (?:Airport|Stadium|Arena|Station)$/u;

/** The one-word names of the places the article names with their kind («Schiphol» of «Schiphol Airport»), read with confidence. */
function placesOfKinds(entities: readonly DetectedEntity[]): Set<string> {
	return new Set(confidentNamesInside(entities, 'LOC', PLACE_NAME_AND_KIND));
}

/** The name `pattern` captures first in each entity of `type` read with confidence («Jingye» of «Jingye Group»), in text order. */
function confidentNamesInside(entities: readonly DetectedEntity[], type: string, pattern: RegExp): string[] {
	const names: string[] = [];
	for (const entity of entities) {
		const name = entity.type === type && entity.confidence >= TEACHING_CONFIDENCE ? pattern.exec(entity.text)?.[1] : undefined;
		if (name !== undefined) names.push(name);
	}
	return names;
}

/** What a market says of a listed company right after its name: «Ahold shares rose», «Ahold chief executive …», «Lilly's chief scientific officer». */
const COMPANY_CUE_AFTER =
	/^(?:[ \t]+(?:shares|stock)[ \t]+(?:rose|fell|jumped|dropped|slipped|gained|lost|climbed|closed|ended|were|traded|added|eased|firmed|tumbled|plunged|surged|soared|slid|sank|rallied|edged|have|had|will|would|also|are)\b|(?:[ \t]?['’]s)?[ \t]+(?:share price|stock price|shareholders|chief executive|chief [a-z]+ officer|CEO|CFO|chairman|chairwoman)\b)/u;
/** What is bought or held of a company right before its name: «the takeover of U.S. Steel», «a stake in Ahold», «Shares of Ahold» opening a sentence. */
const COMPANY_CUE_BEFORE = /(?:^|[^\p{L}])(?:(?:takeover|acquisition|purchase)[ \t]+of|(?:stake|[Ss]hares|holding)[ \t]+in|[Ss]hares[ \t]+of)[ \t]+$/u;

/**
 * The names of the English companies a market cue gives away at one of their mentions («Ahold
 * shares rose», «the acquisition of U.S. Steel»), found or not there, when read somewhere as a
 * person or an organisation: the model reads an unknown firm's name as a person's, and the article
 * repeats it.
 */
function companiesOfMarketCues(text: string, entities: readonly DetectedEntity[]): Set<string> {
	const companies = new Set<string>();
	const names = new Set<string>();
	for (const entity of entities) {
		if ((entity.type === 'PER' || entity.type === 'ORG') && /^\p{Lu}/u.test(entity.text) && /^\p{Script=Latin}/u.test(entity.text)) names.add(entity.text);
	}
	const occurrences = findEachOccurrences(text, names);
	for (const name of names) {
		for (const { start, end } of occurrences.get(name)!) {
			if (COMPANY_CUE_AFTER.test(text.slice(end, end + 40)) || COMPANY_CUE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) {
				companies.add(name);
				break;
			}
		}
	}
	return companies;
}

/** Shortest Latin name also looked for in capitals: shorter ones are often words too («MAY», «HOPE»). */
const MIN_CAPITALS_NAME = 4;

/**
 * Folds the votes for a Latin name written in capitals («NORMAN») into those for the same name in
 * ordinary case («Norman»), when the article has both, at half their weight: a headline's reading
 * has less context than a sentence's («RESUME HEBRON TALKS» read as a person, «the town of Hebron»
 * as the place). Returns capitals → ordinary form.
 */
function foldCapitals(names: Map<string, Map<string, number>>): Map<string, string> {
	const ordinary = new Map<string, string>();
	for (const name of names.keys()) {
		const capitals = name.toUpperCase();
		if (name.length >= MIN_CAPITALS_NAME && capitals !== name && capitals.length === name.length) ordinary.set(capitals, name);
	}
	const folded = new Map<string, string>();
	for (const [capitals, name] of ordinary) {
		const votes = names.get(capitals);
		if (!votes) continue;
		const into = names.get(name)!;
		for (const [type, n] of votes) into.set(type, (into.get(type) ?? 0) + n / 2);
		names.delete(capitals);
		folded.set(capitals, name);
	}
	return folded;
}

/** One word in capitals, four letters or more (shorter ones are acronyms: «US», «WHO»). */
const ONE_WORD_IN_CAPITALS = /^\p{Lu}{4,}$/u;

/**
 * «NIKKEI SINKS BELOW 20,000 ON BANK WORRIES», «GOLDS TRACK BULLION»: a name of one word found in
 * capitals that the article writes elsewhere in lower case («bank shares fell»), and never as a
 * name in ordinary case, is that word (the headline's truecasing kept its capital: the training
 * text writes «Bank» mostly in names).
 */
function isCommonWordInCapitals(text: string, entity: DetectedEntity, typeOfName: ReadonlyMap<string, string>): boolean {
	if (!NAME_TYPES.has(entity.type) || !ONE_WORD_IN_CAPITALS.test(entity.text) || !inLineInCapitals(text, entity.start)) return false;
	const lower = entity.text.toLowerCase();
	if (typeOfName.has(entity.text[0] + lower.slice(1))) return false;
	const written = new RegExp(`(?<![\\p{L}\\p{N}])${lower}(?![\\p{L}\\p{N}])`, 'gu');
	// in a line written in ordinary case (a text that writes names in lower case, «camp in baguio», tells nothing)
	for (const m of text.matchAll(written)) if (!insideAddress(text, m.index, m.index + lower.length) && /\p{Lu}/u.test(lineAround(text, m.index, m.index))) return true;
	return false;
}

/** Words of a line. */
const LINE_WORDS = /\p{L}+/gu;

/** The line holding `offset` is a headline in capitals: three words in capitals or more, and most of its words so (an acronym in a sentence is no headline: «NASA executive Fred Gregory»). */
function inLineInCapitals(text: string, offset: number): boolean {
	let words = 0;
	let capitals = 0;
	for (const m of lineAround(text, offset, offset).matchAll(LINE_WORDS)) {
		words++;
		if (m[0].length > 1 && m[0] === m[0].toUpperCase()) capitals++;
	}
	return capitals >= 3 && capitals >= 0.6 * words;
}

/** Words written in capitals (two letters or more): the first words of names a headline may hold. */
const CAPITAL_WORDS = /\p{Lu}{2,}/gu;

/**
 * Where each name is written in the text: as it was found, and for a Latin name also in capitals,
 * the way a headline in capitals writes it («Monica Seles … SELES BEATS HINGIS»), when the text
 * has its first word in capitals (`capitalWords`, most articles have none to look for). One
 * search of the text for all the names (an article naming a thousand people was searched a
 * thousand times, on every keystroke).
 */
function mentionsOfEach(text: string, names: readonly string[], capitalWords: ReadonlySet<string>, holdsAddress: boolean): Map<string, TextRange[]> {
	const capitalsOf = new Map<string, string>();
	for (const name of names) {
		const capitals = capitalsToLookFor(name, capitalWords);
		if (capitals !== undefined) capitalsOf.set(name, capitals);
	}
	const occurrences = findEachOccurrences(text, [...names, ...capitalsOf.values()]);
	const mentions = new Map<string, TextRange[]>();
	for (const name of names) {
		let found = outsideAddresses(text, occurrences.get(name)!, holdsAddress);
		if (isArabicLetter(name.charCodeAt(0))) {
			found = found.filter((range) => !isFunctionWordNotNamed(name, text.slice(range.start, range.end)));
		}
		const capitals = capitalsOf.get(name);
		if (capitals !== undefined) {
			const inCapitals = outsideAddresses(text, occurrences.get(capitals)!, holdsAddress);
			if (inCapitals.length > 0) found = [...found, ...inCapitals];
		}
		mentions.set(name, found);
	}
	return mentions;
}

/** A Latin name in capitals, when the text has its first word so (see mentionsOfEach). */
function capitalsToLookFor(name: string, capitalWords: ReadonlySet<string>): string | undefined {
	if (capitalWords.size === 0 || name.length < MIN_CAPITALS_NAME || isArabicLetter(name.charCodeAt(0))) {
		return undefined;
	}
	const capitals = name.toUpperCase();
	const firstWord = /\p{Lu}{2,}/u.exec(capitals)?.[0];
	if (capitals === name || capitals.length !== name.length || firstWord === undefined || !capitalWords.has(firstWord)) {
		return undefined;
	}
	return capitals;
}

/** An entity in the type its name has in the article, when that differs from the one it was found with. */
function retyped(text: string, entity: DetectedEntity, typeOfName: ReadonlyMap<string, string>): DetectedEntity {
	const type = typeOfName.get(entity.text);
	if (type === undefined || type === entity.type || !NAME_TYPES.has(entity.type) || entity.source === 'date') {
		return entity;
	}
	// a place's name the model read as an organisation here («Barcelona beat Liverpool» in an
	// article that also says «in Barcelona»): the context made that reading; the place elsewhere
	// does not undo it
	if (type === 'LOC' && entity.type === 'ORG') {
		return entity;
	}
	// nor does a club's reading elsewhere undo the place a dispatch was filed from («BARCELONA
	// 1996-08-23», «MADRID (Reuters) -»)
	if (entity.type === 'LOC' && isDatelinePlace(text, entity.start, entity.end)) {
		return entity;
	}
	return { ...entity, type, confidence: Math.min(entity.confidence, PROPAGATED_CONFIDENCE), source: 'rule' };
}

/**
 * The range comes after an adjective prefix and a hyphen: part of a compound adjective
 * («anti-Pyongyang propaganda», «pro-Moscow»: O or MISC in the English training files), not a
 * mention of the name. («Iran-backed» is kept: a place there, 5 times of 7.)
 */
function insideCompoundWord(text: string, range: { start: number; end: number }): boolean {
	if (range.start < 2 || text.charCodeAt(range.start - 1) !== 0x2d) return false;
	const prefix = /(\p{Ll}+)$/u.exec(text.slice(Math.max(0, range.start - 7), range.start - 1));
	return prefix !== null && isAdjectivePrefix(prefix[1]);
}

/** «عن عمر 75 عاما», «عن عمر يناهز …»: «عمر» is someone's age there, not Omar. */
const AGE_AFTER = /^[ \t]+(?:(?:يناهز|ناهز|يقارب|قارب|يبلغ|بلغ)[ \t]|[0-9٠-٩])/u;
function isAgeBefore(text: string, offset: number): boolean {
	return AGE_AFTER.test(text.slice(offset, offset + 12));
}

/** A PER entity ending before `offset` with only spaces or tabs between (same line), if any (`personsByEnd`: the first PER entity ending at each offset). */
function personEndingRightBefore(text: string, personsByEnd: ReadonlyMap<number, DetectedEntity>, offset: number): DetectedEntity | undefined {
	let gapStart = offset;
	while (gapStart > 0 && (text.charCodeAt(gapStart - 1) === 0x20 || text.charCodeAt(gapStart - 1) === 0x09)) {
		gapStart--;
	}
	if (gapStart === offset) {
		return undefined;
	}
	return personsByEnd.get(gapStart);
}

/**
 * The text covered by entities so far, one flag per UTF-16 unit: whether a mention overlaps one
 * costs the mention's length, not the number of entities (a name written thousands of times asked
 * every entity of the article each time: quadratic in an article at the pass's size limit).
 */
class Coverage {
	private readonly flags: Uint8Array;

	constructor(length: number, ranges: readonly TextRange[]) {
		this.flags = new Uint8Array(length);
		for (const range of ranges) this.add(range);
	}

	add(range: TextRange): void {
		this.flags.fill(1, Math.max(0, range.start), Math.min(this.flags.length, range.end));
	}

	overlaps(range: TextRange): boolean {
		for (let i = Math.max(0, range.start); i < Math.min(this.flags.length, range.end); i++) if (this.flags[i] === 1) return true;
		return false;
	}
}
