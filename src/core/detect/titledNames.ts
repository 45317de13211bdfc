/**
 * English and French: the name after a title («Governor Babagana Zulum said», «Foreign Minister
 * Ahmed Attaf met …», «Manchester City manager Pep Guardiola», «la présidente de la Commission
 * européenne, Ursula von der Leyen,»). News writes office holders this way, and the per-sentence
 * model, whose training spans leave the title out, can miss an unfamiliar name there altogether,
 * most often at the start of a sentence. The title is the cue: the capitalised words after it, up
 * to a lower-case word or a punctuation mark, are the person's name.
 */
import type { DetectedEntity } from '../types';
import { isInstitutionHead } from './rules';
import { FACILITY_HEADS, isRunTimeTitleWord, isTitleWord, leadingTitleTokens } from './nameSpans';
import type { TokenView } from './tokenize';
import { WordSet } from './wordSet';

/** Heads of buildings named after a titled person («King Faisal Hospital»), none of them a surname too (not «Hall», «Church»). */
const BUILDING_HEADS = new Set(['Hospital', 'Clinic', 'College', 'School', 'Museum', 'Library', 'Theatre', 'Theater', 'Center', 'Centre', 'Cathedral']);

/** Titles that announce a person's name (not «St», «Saint», «Vice», «Ex», which also start places and words). */
const TITLE_CUES = new WordSet(
	(
		'president minister secretary senator governor mayor general colonel captain judge pope chancellor premier sheikh emir sultan king queen ' +
		'prince princess lord lady sir gen col lt capt sgt maj adm gov sen rep prof professor commissioner ambassador chairman chairwoman ' +
		'lieutenant commander admiral marshal bishop cardinal archbishop imam ayatollah rabbi coach inspector detective sergeant chief ceo'
	).split(' '),
);
/**
 * Occupations news writes in lower case before a name («Manchester City manager Pep Guardiola»,
 * «opposition leader …», «film director …»); not words that also come before a company or a
 * country («producer», «rival», «owner», «official»).
 */
const LOWER_CASE_CUES = new WordSet(
	(
		'manager coach striker midfielder defender goalkeeper winger captain spokesman spokeswoman spokesperson negotiator envoy president ' +
		'minister chief executive leader director founder chairman chairwoman ceo analyst economist strategist lawyer attorney journalist ' +
		'reporter correspondent author writer novelist poet actor actress singer rapper musician filmmaker teammate counterpart successor ' +
		'predecessor deputy adviser advisor aide nominee senator lawmaker legislator governor mayor commander premier activist dissident ' +
		'blogger researcher scientist professor surgeon judge prosecutor ambassador diplomat tycoon billionaire businessman businesswoman ' +
		'chancellor cleric preacher forward playmaker quarterback pitcher batsman bowler cyclist sprinter boxer golfer swimmer driver rider ' +
		'jockey skier gymnast wrestler player athlete champion star politician candidate challenger contender incumbent widow wife husband ' +
		'daughter brother sister father mother nephew niece cousin girlfriend boyfriend fiancee pastor monk photographer painter ' +
		'sculptor designer architect composer conductor pianist violinist guitarist comedian presenter broadcaster commentator historian ' +
		'philosopher physicist doctor physician nurse referee umpire teacher banker investor entrepreneur magnate mogul speaker wicketkeeper ' +
		'flanker fullback'
	).split(' '),
);
/** Capitalised words that are no name after a title («President Elect», «Minister Without Portfolio», «Premier Division»). */
const NOT_NAMES = new Set(
	(
		'the a an and or of for to in on at by with from he she it they we i is was his her their this that elect designate emeritus general executive division league cup series ' +
		'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october ' +
		'november december'
	).split(' '),
);
/** Words that go on a title («Chief Executive», «Chief Justice», «Chief Financial Officer»). */
const TITLE_WORDS_AFTER = new Set(['Executive', 'Justice', 'Financial', 'Operating', 'Technology', 'Whip', 'Constable', 'Officer']);
const MAX_NAME_TOKENS = 4;
const NAME_PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'ter', 'ten', 'bin', 'ibn', 'al', 'el']);
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;
/** Two capitals after a title that are a country's or an organisation's initials, not a person's («US Navy»). */
const NOT_INITIALS = new Set(['US', 'UK', 'EU', 'UN', 'DC', 'AU', 'TV', 'AI']);
/** Second halves of compound adjectives made of a name («Blair-led», «Kremlin-backed»). */
const ADJECTIVE_HALVES = new Set('led based backed born owned run style era type like made funded linked allied controlled dominated held bound free friendly aligned appointed inspired related'.split(' '));
/** What may follow the name: a lower-case word, or punctuation that ends or suspends it (the possessive is «'» + «s»). */
const AFTER_NAME = /^(?:\p{Ll}[\p{Ll}\p{M}]*|[,.;:()'’])$/u;

/** An occupation news writes in lower case before a name («manager», «speaker», «spokesman»). */
export function isLowerCaseOccupation(word: string): boolean {
	return LOWER_CASE_CUES.has(word);
}

export function findTitledNames(tokens: TokenView): DetectedEntity[] {
	const { text, starts, ends, lineStarts, n, words } = tokens;
	const out: DetectedEntity[] = [];
	for (let i = 0; i + 1 < n; i++) {
		const w = words[i];
		const c = w.charCodeAt(0);
		// (the lower-case cues all open with a letter a to z: no look-up for the other tokens)
		const lowerCase = c >= 97 && c <= 122 && LOWER_CASE_CUES.has(w);
		if (!lowerCase && (w.length < 2 || c < 65 || c > 90 || !TITLE_CUES.has(w.toLowerCase()))) continue;
		// the title's own words: «Prime Minister», «Secretary of State», «Secretary-General»
		let s = i;
		while (s > 0 && !lineStarts[s] && isTitleWord(words[s - 1]) && /^\p{Lu}/u.test(words[s - 1])) s--;
		let k = i + 1;
		// (ranks too: «spokesman Major Simon Haselock»)
		while (k < n && !lineStarts[k] && (isRunTimeTitleWord(words[k]) || TITLE_WORDS_AFTER.has(words[k]) || words[k] === '-') && /^[\p{Lu}-]/u.test(words[k])) k++;
		const window = words.slice(s, Math.min(n, k + MAX_NAME_TOKENS + 2));
		const office = leadingTitleTokens(window, true);
		if (s + office > k) k = s + office;
		// a full stop after a title written out ends the sentence («… as caretaker prime minister.
		// Elections will be held»), unlike the one of an abbreviation («Gen. Smith»)
		let stop = s + 1;
		while (stop < k && !(words[stop] === '.' && (words[stop - 1].length > 4 || /^\p{Ll}/u.test(words[stop - 1])))) stop++;
		if (stop < k) {
			i = Math.max(i, k - 1);
			continue;
		}
		// «the president of the Community of Madrid»: a title that ends in «of» or «the» names the body
		// or the place it heads next, not a person
		if (k < n && (words[k - 1] === 'of' || words[k - 1] === 'the')) {
			i = Math.max(i, k - 1);
			continue;
		}
		// «Prince Moulay Abdellah Stadium», «King Faisal Hospital»: a facility's or a building's head ends
		// no person's name
		const isNameWord = (t: number): boolean => !lineStarts[t] && NAME_WORD.test(words[t]) && !isTitleWord(words[t]) && !NOT_NAMES.has(words[t].toLowerCase()) && !isInstitutionHead(words[t], 'en') && !FACILITY_HEADS.has(words[t]) && !BUILDING_HEADS.has(words[t]);
		let e = k;
		// «Vice President JD Vance»: initials written as two capitals before the name
		if (e + 1 < n && /^\p{Lu}{2}$/u.test(words[e]) && !NOT_INITIALS.has(words[e]) && isNameWord(e + 1)) e++;
		// «Vice Premier He Lifeng»: the Chinese surname He, which is the pronoun elsewhere, before a given name
		else if (e + 1 < n && words[e] === 'He' && starts[e + 1] === ends[e] + 1 && isNameWord(e + 1)) e++;
		else {
			// «ISRO chairman S. Somanath», «J. R. Smith»: initials with their full stop before the name
			let f = e;
			while (f + 2 < n && f - e < 6 && /^\p{Lu}$/u.test(words[f]) && words[f + 1] === '.' && starts[f + 1] === ends[f]) f += 2;
			if (f > e && isNameWord(f)) e = f;
		}
		for (;;) {
			while (e < n && e - k < MAX_NAME_TOKENS + 3 && isNameWord(e)) e++;
			// «Banharn Silpa-archa»: the tokens split at a hyphen glued to both halves of a name
			// (not a compound adjective: «Blair-led»)
			if (e > k && e + 1 < n && words[e] === '-' && starts[e] === ends[e - 1] && starts[e + 1] === ends[e] && /^\p{L}[\p{Ll}\p{M}]+$/u.test(words[e + 1]) && !ADJECTIVE_HALVES.has(words[e + 1])) {
				e += 2;
				continue;
			}
			// «Günter de Bruyn», «Muqtada al-Sadr»: a particle between the parts of a name
			if (e === k || e + 1 >= n || !NAME_PARTICLES.has(words[e])) break;
			const next = words[e + 1] === '-' && starts[e + 1] === ends[e] && e + 2 < n && starts[e + 2] === ends[e + 1] ? e + 2 : e + 1;
			if (!isNameWord(next)) break;
			e = next;
		}
		// a name that stops at another capitalised word is a headline or another name: left alone
		if (e === k || e >= n || lineStarts[e] || !AFTER_NAME.test(words[e])) {
			i = Math.max(i, k - 1);
			continue;
		}
		out.push({ start: starts[k], end: ends[e - 1], type: 'PER', text: text.slice(starts[k], ends[e - 1]), confidence: 0.55, source: 'rule' });
		i = e - 1;
	}
	return out;
}

/** Verbs of speech after a quotation's speaker («…," Mailis said»). */
const SPEECH_VERBS = new Set('said says added told explained wrote asked continued noted argued replied insisted stated warned recalled'.split(' '));
/** Capitalised words that open a clause after a quotation, not a speaker («…," We warned»). */
const NOT_SPEAKERS = new Set('he she it they we i you this that there these those one someone police officials sources experts analysts critics witnesses residents'.split(' '));
/** Marks that end the quoted words before a closing quote. */
const QUOTE_END_MARKS = new WordSet([',', '.', '?', '!', '…']);
const CLOSING_QUOTES = new WordSet(['"', '”', "''"]);
/**
 * Shown, but under the consistency pass's 0.5: a speaker found this way is not marked elsewhere in
 * the article (a wrong guess, a nickname or a common word, would be marked at each of its mentions).
 */
const SPEAKER_CONFIDENCE = 0.45;

/**
 * English: the speaker of a quotation, one to three capitalised words between the closing quote
 * and a verb of speech («"…," Leive said.»). The model, reading one sentence, can miss an unfamiliar
 * surname there; 17 of the 19 such speakers in the English training files are persons (of the others,
 * a company the lists find first, and an occupation, «Poet», which is no name: titles and the
 * occupations of `LOWER_CASE_CUES` are left out). The detector adds them where nothing else was found.
 */
export function findQuotedSpeakers(tokens: TokenView): DetectedEntity[] {
	const { text, starts, ends, lineStarts, n, words } = tokens;
	const out: DetectedEntity[] = [];
	for (let i = 2; i + 1 < n; i++) {
		if (!CLOSING_QUOTES.has(words[i - 1]) || !QUOTE_END_MARKS.has(words[i - 2]) || lineStarts[i]) continue;
		let e = i;
		while (e < n && e - i < 3 && !lineStarts[e] && /^\p{Lu}\p{Ll}/u.test(words[e]) && !NOT_SPEAKERS.has(words[e].toLowerCase()) && !isTitleWord(words[e]) && !LOWER_CASE_CUES.has(words[e].toLowerCase())) e++;
		if (e === i || e >= n || lineStarts[e] || !SPEECH_VERBS.has(words[e])) continue;
		out.push({ start: starts[i], end: ends[e - 1], type: 'PER', text: text.slice(starts[i], ends[e - 1]), confidence: SPEAKER_CONFIDENCE, source: 'rule' });
		i = e;
	}
	return out;
}

/**
 * English: «Cotton was born on October 3»: one to three capitalised words right before «was born»,
 * opening the sentence or after a lower-case word, are a person (22 times of 22 in the English
 * training files, pronouns left aside). The model, reading one sentence, misses a surname that is a
 * common word there. The detector adds them where nothing else was found.
 */
export function findBornPersons(tokens: TokenView): DetectedEntity[] {
	const { text, starts, ends, lineStarts, n, words } = tokens;
	const out: DetectedEntity[] = [];
	for (let b = 1; b + 1 < n; b++) {
		if (words[b + 1] !== 'born' || (words[b] !== 'was' && words[b] !== 'is') || lineStarts[b]) continue;
		let s = b;
		while (s > 0 && b - s < 3 && !lineStarts[s] && NAME_WORD.test(words[s - 1]) && !NOT_SPEAKERS.has(words[s - 1].toLowerCase()) && !NOT_NAMES.has(words[s - 1].toLowerCase()) && !isTitleWord(words[s - 1])) s--;
		if (s === b || (s > 0 && !lineStarts[s] && /^\p{Lu}/u.test(words[s - 1]))) continue;
		out.push({ start: starts[s], end: ends[b - 1], type: 'PER', text: text.slice(starts[s], ends[b - 1]), confidence: 0.55, source: 'rule' });
	}
	return out;
}

/** French titles and occupations, written in lower case before a name. */
const FRENCH_CUES = new Set(
	(
		'président présidente ministre secrétaire directeur directrice chef porte-parole ambassadeur ambassadrice patron patronne pdg ' +
		'entraîneur sélectionneur gouverneur maire préfet wali commissaire représentant représentante envoyé envoyée émissaire député ' +
		'députée sénateur sénatrice juge procureur procureure avocat avocate général colonel écrivain écrivaine journaliste opposant ' +
		'opposante militant militante chanteur chanteuse acteur actrice réalisateur réalisatrice joueur joueuse attaquant défenseur gardien ' +
		'capitaine dirigeant dirigeante leader fondateur fondatrice'
	).split(' '),
);
/** Ranks of the army and of the nobility before a name that keeps its particle («le général de Gaulle»). */
const PARTICLE_NAME_CUES = new Set(['général', 'maréchal', 'amiral', 'colonel', 'commandant', 'capitaine', 'lieutenant', 'comte', 'comtesse', 'vicomte', 'baron', 'baronne', 'marquis', 'marquise']);
/** What comes before a rank used as a noun («le général», «au colonel», «M. le comte»). */
const RANK_DETERMINERS = new Set(['le', 'la', 'du', 'au', 'les', 'des', 'aux', 'ce', 'cet', 'cette', 'notre', 'votre', 'son', 'sa', 'leur', 'un', 'une', 'feu']);
/** How far the title's complement may run before the comma («de la Commission européenne»). */
const MAX_COMPLEMENT_TOKENS = 10;
const FRENCH_PARTICLES = new Set(['de', 'du', 'des', 'von', 'van', 'der', 'den', 'di', 'da', 'ben', 'bin', 'el', 'al', 'ould', 'ait', 'aït']);
/** Capitalised words that are no name (determiners, pronouns and conjunctions opening a clause). */
const FRENCH_NOT_NAMES = new Set('le la les il elle ils elles on se un une ce cette ces son sa ses leur leurs mais et ou donc ni car lundi mardi mercredi jeudi vendredi samedi dimanche'.split(' '));
const SENTENCE_STOPS = new Set(['.', '!', '?', ';', ':', '«', '»', '"', '(', ')']);

/**
 * French: news names office holders after their title, directly («le ministre Ahmed Attaf») or
 * after the title's complement and a comma («la présidente de la Commission européenne, Ursula
 * von der Leyen, a présenté»). A name of two words or more (through particles), then a comma, a
 * full stop or a lower-case word.
 */
export function findFrenchTitledNames(tokens: TokenView): DetectedEntity[] {
	const { text, starts, ends, lineStarts, n, words } = tokens;
	const out: DetectedEntity[] = [];
	const nameEnd = (k: number): number => {
		let e = k;
		let nameWords = 0;
		while (e < n && e - k < MAX_NAME_TOKENS + 3 && !lineStarts[e]) {
			if (NAME_WORD.test(words[e]) && !isTitleWord(words[e]) && !isInstitutionHead(words[e], 'fr') && !FRENCH_NOT_NAMES.has(words[e].toLowerCase())) {
				e++;
				nameWords++;
			} else if (nameWords > 0 && FRENCH_PARTICLES.has(words[e])) {
				// «von der Leyen», «Ben Yahia»: particles, then a capitalised word
				let p = e;
				while (p < n && p - e < 3 && FRENCH_PARTICLES.has(words[p])) p++;
				if (p >= n || !NAME_WORD.test(words[p])) break;
				e = p;
			} else break;
		}
		// two capitalised words or more, and nothing capitalised right after
		if (nameWords < 2 || e >= n || lineStarts[e] || !AFTER_NAME.test(words[e])) return -1;
		return e;
	};
	for (let i = 0; i + 2 < n; i++) {
		// titles in lower case only (a capitalised «Président» starts a sentence or a name)
		if (!FRENCH_CUES.has(words[i])) continue;
		// «le ministre Ahmed Attaf»
		let k = i + 1;
		let e = nameEnd(k);
		if (e < 0) {
			// «la présidente de la Commission européenne, Ursula von der Leyen,»
			let c = i + 1;
			while (c < n && c - i <= MAX_COMPLEMENT_TOKENS && !lineStarts[c] && words[c] !== ',' && !SENTENCE_STOPS.has(words[c])) c++;
			if (c >= n || words[c] !== ',' || c === i + 1) continue;
			k = c + 1;
			e = nameEnd(k);
			if (e < 0) continue;
		}
		out.push({ start: starts[k], end: ends[e - 1], type: 'PER', text: text.slice(starts[k], ends[e - 1]), confidence: 0.55, source: 'rule' });
		i = e - 1;
	}
	return out;
}

/**
 * French: «le général de Gaulle», «le maréchal de Mac-Mahon», «M. le marquis de Biencourt»: a rank
 * used as a noun (after a determiner) and a name with its particle, the particle kept (the name as
 * HIPE writes it once the title is off). Not «maréchal de France» (`isPlace`), nor a rank that is
 * an adjective («directeur général de Sonatrach»).
 */
export function findFrenchRankedNames(tokens: TokenView, isPlace: (name: string) => boolean = () => false): DetectedEntity[] {
	const { text, starts, ends, lineStarts, n, words } = tokens;
	const out: DetectedEntity[] = [];
	for (let i = 0; i + 3 < n; i++) {
		if (!PARTICLE_NAME_CUES.has(words[i]) || (words[i + 1] !== 'de' && words[i + 1] !== 'du') || lineStarts[i + 1] || lineStarts[i + 2]) continue;
		// the rank as a noun, after a determiner («le général», «du maréchal»), not an adjective
		// («directeur général de Sonatrach», «un embrasement général du Champ de Mars»)
		if (i === 0 || lineStarts[i] || !RANK_DETERMINERS.has(words[i - 1].toLowerCase())) continue;
		let e = i + 2;
		// «de La Nouvelle»: an article only as the name's first word
		while (e < n && e - i < 5 && !lineStarts[e] && NAME_WORD.test(words[e]) && (e === i + 2 || !FRENCH_NOT_NAMES.has(words[e].toLowerCase()))) {
			e++;
			// «Mac-Mahon»: a hyphen glued between two capitalised words
			if (e + 1 < n && words[e] === '-' && starts[e] === ends[e - 1] && starts[e + 1] === ends[e] && NAME_WORD.test(words[e + 1])) e++;
		}
		if (e === i + 2 || e >= n || lineStarts[e] || !AFTER_NAME.test(words[e]) || isPlace(text.slice(starts[i + 2], ends[e - 1]))) continue;
		out.push({ start: starts[i + 1], end: ends[e - 1], type: 'PER', text: text.slice(starts[i + 1], ends[e - 1]), confidence: 0.55, source: 'rule' });
		i = e - 1;
	}
	return out;
}
