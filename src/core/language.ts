import type { LanguageCode } from './types';

/** franc's ISO 639-3 codes for the languages the detector has models for. */
const FRANC_CODES: Record<LanguageCode, string> = { ar: 'arb', fr: 'fra', en: 'eng' };
const FROM_FRANC: Record<string, LanguageCode> = { arb: 'ar', fra: 'fr', eng: 'en' };

export const SUPPORTED_LANGUAGES: readonly LanguageCode[] = ['ar', 'fr', 'en'];

export type Script = 'arabic' | 'latin' | 'other';

export interface LanguageProfile {
	/** Language of the document as a whole: the one with most letters; 'und' when it has too few. */
	readonly language: LanguageCode | 'und';
	/** Language used for runs of Latin script (French or English), for mixed documents. */
	readonly latinLanguage: LanguageCode;
	/** Share of letters in each script, 0..1. */
	readonly arabicShare: number;
	readonly latinShare: number;
	/** True when the document's main script is written right to left. */
	readonly rightToLeft: boolean;
	/** 0..1: how clearly franc preferred its answer over the runner-up (1 for script-decided). */
	readonly confidence: number;
	/**
	 * A language of Arabic script that has no model (Persian 'fa', Urdu 'ur'), when franc reads the
	 * document's Arabic-script text as one: that text gets no suggestions rather than the Arabic
	 * model's guesses.
	 */
	readonly unsupported?: string;
	/**
	 * The model that reads the text of `unsupported` all the same: the English one for a language
	 * of Latin script without a model (Spanish, Italian, Portuguese, German, Dutch), whose names it
	 * finds about as well as English ones. Absent for Persian and Urdu, which get no suggestions.
	 */
	readonly readWith?: LanguageCode;
	/** True when a person set the article's language (the sidecar's `language:`), not identified. */
	readonly chosen?: boolean;
	/**
	 * A language the sidecar sets that is not among the allowed ones (a teammate's choice, where this
	 * window reads fewer languages): not used, the text's language is identified instead, and said so.
	 */
	readonly setButNotAllowed?: LanguageCode;
}

/** franc's codes for languages written in Arabic script that the detector has no model for. */
const OTHER_ARABIC_SCRIPT: Record<string, string> = { pes: 'fa', prs: 'fa', urd: 'ur' };

/** franc's codes for languages written in Latin script that the detector has no model for. */
const OTHER_LATIN_SCRIPT: Record<string, string> = { spa: 'es', ita: 'it', por: 'pt', deu: 'de', nld: 'nl' };

/** The language as the status bar, the Documents tree and the command line show it. */
export function languageLabel(profile: LanguageProfile): string {
	if (profile.chosen) return `${profile.language} (set)`;
	const identified = !profile.unsupported ? profile.language : profile.readWith ? `${profile.unsupported} (${profile.readWith} model)` : `${profile.unsupported} (no model)`;
	return profile.setButNotAllowed ? `${identified} (${profile.setButNotAllowed} set, not among the languages read)` : identified;
}

/** Whether the document's language without a model is written in Arabic script (Persian, Urdu). */
function arabicScriptUnsupported(profile: LanguageProfile): boolean {
	return profile.unsupported !== undefined && Object.values(OTHER_ARABIC_SCRIPT).includes(profile.unsupported);
}

/** A franc-like guesser: returns [code, score] pairs, best first (injected so franc loads lazily). */
export type FrancAll = (value: string, options: { only: string[]; minLength?: number }) => Array<[string, number]>;

/** The script of one UTF-16 code unit; astral characters count as 'other'. */
export function scriptOf(unit: number): Script {
	if ((unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a) || (unit >= 0xc0 && unit <= 0x24f && unit !== 0xd7 && unit !== 0xf7) || (unit >= 0x1e00 && unit <= 0x1eff)) {
		return 'latin';
	}
	if ((unit >= 0x600 && unit <= 0x6ff && isArabicLetter(unit)) || (unit >= 0x750 && unit <= 0x77f) || (unit >= 0x8a0 && unit <= 0x8ff) || (unit >= 0xfb50 && unit <= 0xfdff) || (unit >= 0xfe70 && unit <= 0xfeff && unit !== 0xfeff)) {
		return 'arabic';
	}
	return 'other';
}

function isArabicLetter(unit: number): boolean {
	// Letters only: skip Arabic punctuation (، ؛ ؟), digits (٠-٩) and tashkeel, which carry no script weight.
	return (unit >= 0x620 && unit <= 0x64a) || (unit >= 0x66e && unit <= 0x6d3) || unit === 0x6d5 || (unit >= 0x6fa && unit <= 0x6ff);
}

/** Letters of each script in `text` (or its [start, end) slice). */
export function countScripts(text: string, start = 0, end = text.length): { arabic: number; latin: number } {
	let arabic = 0;
	let latin = 0;
	for (let i = start; i < end; i++) {
		const script = scriptOf(text.charCodeAt(i));
		if (script === 'arabic') {
			arabic++;
		} else if (script === 'latin') {
			latin++;
		}
	}
	return { arabic, latin };
}

/** Longest sample of Latin-script text franc is given; franc itself reads at most 2048 characters. */
const SAMPLE_LENGTH = 2048;
/** A runner-up this far behind in franc's normalised score means a clear decision. */
const CLEAR_MARGIN = 0.02;
/** Fewer letters than this and a guess would be noise. */
const MIN_LETTERS = 12;

/**
 * Identifies a document's language among the allowed ones. Arabic is decided by script (franc would
 * say the same, at a cost); French versus English by franc over Latin-script text sampled from the
 * start, middle and end of the document, so a long article is read in constant time.
 */
export function identifyLanguage(text: string, francAll: FrancAll, allowed: readonly LanguageCode[] = SUPPORTED_LANGUAGES): LanguageProfile {
	const counts = countScripts(text);
	const letters = counts.arabic + counts.latin;
	const arabicShare = letters === 0 ? 0 : counts.arabic / letters;
	const latinShare = letters === 0 ? 0 : counts.latin / letters;
	const latinCandidates = allowed.filter((code) => code !== 'ar');
	const fallbackLatin: LanguageCode = latinCandidates[0] ?? 'en';

	let latinLanguage: LanguageCode = fallbackLatin;
	let latinConfidence = 0;
	const sample = counts.latin >= MIN_LETTERS ? sampleText(text, 'latin') : '';
	const tally = tallyText(sample);
	if (counts.latin >= MIN_LETTERS && latinCandidates.length > 1) {
		const ranked = francAll(sample, { only: latinCandidates.map((code) => FRANC_CODES[code]), minLength: MIN_LETTERS });
		const best = FROM_FRANC[ranked[0]?.[0] ?? ''];
		if (best) {
			latinLanguage = best;
			// franc scales scores so the best is 1 and 0 is the worst possible distance: a runner-up
			// 2% of that range behind is already a clear decision.
			latinConfidence = ranked.length > 1 ? Math.min(1, (1 - ranked[1][1]) / CLEAR_MARGIN) : 1;
		}
		// names and figures make franc's letter trigrams a poor guide («Leeds 0 Newcastle 0» tables
		// were French): a clear majority of function words decides between French and English
		const voted = latinCandidates.includes('fr') && latinCandidates.includes('en') ? functionWordVote(tally) : undefined;
		if (voted && voted !== latinLanguage) {
			latinLanguage = voted;
			latinConfidence = 1;
		}
	} else if (latinCandidates.length === 1) {
		latinConfidence = 1;
	}

	// Persian and Urdu share the script: franc tells them from Arabic by their letter trigrams
	let unsupported: string | undefined;
	if (counts.arabic >= MIN_LETTERS) {
		const ranked = francAll(sampleText(text, 'arabic'), { only: ['arb', ...Object.keys(OTHER_ARABIC_SCRIPT)], minLength: MIN_LETTERS });
		unsupported = OTHER_ARABIC_SCRIPT[ranked[0]?.[0] ?? ''];
	}
	// Spanish, German… read as French or English: their function words tell them
	const otherLatin = !unsupported && counts.latin > counts.arabic && counts.latin >= MIN_LETTERS ? otherLatinLanguage(sample, tally, francAll) : undefined;
	const readWith: LanguageCode | undefined = otherLatin && allowed.includes('en') ? 'en' : undefined;
	if (otherLatin) {
		unsupported = otherLatin;
		latinLanguage = readWith ?? latinLanguage;
	}

	let language: LanguageCode | 'und' = 'und';
	let confidence = 0;
	let rightToLeft = false;
	if (letters >= MIN_LETTERS) {
		if (counts.arabic >= counts.latin && (unsupported || allowed.includes('ar'))) {
			language = unsupported ? 'und' : 'ar';
			confidence = unsupported ? 0 : arabicShare;
			rightToLeft = true;
		} else if (otherLatin) {
			language = 'und';
		} else if (counts.latin > 0 && latinCandidates.length > 0) {
			language = latinLanguage;
			confidence = latinConfidence * latinShare;
		}
	}
	return { language, latinLanguage, arabicShare, latinShare, rightToLeft, confidence, ...(unsupported ? { unsupported } : {}), ...(readWith ? { readWith } : {}) };
}

/**
 * The profile of an article whose language a person set: that language's model reads the text of
 * its script, whatever franc or the function words say. Text in the other script still goes to the
 * model of that script (an Arabic quote in a French article; a French one in an Arabic article, in
 * the Latin language identified as usual).
 */
export function chosenLanguageProfile(text: string, language: LanguageCode, francAll: FrancAll, allowed: readonly LanguageCode[] = SUPPORTED_LANGUAGES): LanguageProfile {
	const identified = identifyLanguage(text, francAll, allowed);
	return {
		language,
		latinLanguage: language === 'ar' ? identified.latinLanguage : language,
		arabicShare: identified.arabicShare,
		latinShare: identified.latinShare,
		rightToLeft: language === 'ar',
		confidence: 1,
		chosen: true,
	};
}

/** Function words written in lower case that one of the two languages uses and the other does not. */
const ENGLISH_FUNCTION_WORDS = new Set('the of and to in on at for from with by is was were are has have said after its his their this that which'.split(' '));
const FRENCH_FUNCTION_WORDS = new Set('le les des du et au aux un une pour par sur dans est sont été qui que avec ont selon'.split(' '));
/** A vote needs this many function words of the winner, and this many times the loser's. */
const MIN_FUNCTION_WORDS = 2;
const FUNCTION_WORD_RATIO = 3;

/**
 * More words only one of the two languages writes in lower case («it», «would»; «il», «pas», «la», «à»), for a
 * text too short for two of the words above: one of them, and none of the other language's, decides
 * («Amazon said it would cut jobs», «Sales fell in April» were French to franc's letter trigrams).
 * Words both write are left out («a», «on», «son», «plus», «est» of compass points is capitalised).
 */
const ENGLISH_ONLY_WORDS = new Set('it its be been not but they we you our who what when where why how had than then also into about over more most before because while during her him them would will could should can may might must there these those such very'.split(' '));
const FRENCH_ONLY_WORDS = new Set('il elle ils elles nous vous ne pas mais où cette ces sa ses leur leurs être avoir fait très aussi lors entre chez sous vers depuis dont contre après avant hier déjà encore toujours ainsi alors donc la à'.split(' '));

/** French or English when the text's function words clearly say so (names and figures do not count). */
function functionWordVote(tally: WordTally): LanguageCode | undefined {
	const { english, french, englishOnly, frenchOnly } = tally;
	if (english >= MIN_FUNCTION_WORDS && english >= FUNCTION_WORD_RATIO * french) return 'en';
	if (french >= MIN_FUNCTION_WORDS && french >= FUNCTION_WORD_RATIO * english) return 'fr';
	if (englishOnly > 0 && frenchOnly === 0) return 'en';
	if (frenchOnly > 0 && englishOnly === 0) return 'fr';
	return undefined;
}

/**
 * The commonest function words of French, English and the Latin-script languages without a model,
 * by franc's code; a word two languages share counts for both.
 */
const COMMON_WORDS: Record<string, ReadonlySet<string>> = {
	fra: new Set('le la les l un une des de du d et ou en au aux à par pour sur dans avec est sont a été qui que ne pas il elle se son sa ses ce cette plus selon ont'.split(' ')),
	eng: new Set('the a an of and or in on at to for by with from as is was were are be been has have had it he she his her their this that which not said will would after'.split(' ')),
	spa: new Set('el la los las un una unos de del y o en a al con por para que se su sus es fue ha han no más pero como según este esta ayer también muy tras'.split(' ')),
	ita: new Set('il lo la i gli le un una uno di del della dei delle degli e o in a al alla con per che si è ha hanno non più ma come secondo questo questa ieri anche dopo nel nella sul sulla da dal dalla sono'.split(' ')),
	por: new Set('o a os as um uma de do da dos das e ou em no na nos nas ao à com por para que se seu sua é foi não mais mas como segundo este esta ontem também pelo pela'.split(' ')),
	deu: new Set('der die das den dem des ein eine einen einem und oder in im an am auf zu zum zur mit von vom für bei nach aus über ist sind war wurde hat haben nicht sich auch wie gegen seit'.split(' ')),
	nld: new Set('de het een en of in op aan te voor met van bij naar uit over is zijn was werd heeft hebben niet ook dat die deze maar nog tot zei volgens hij ze er'.split(' ')),
};
/** A language without a model needs this many times the common words of French and of English. */
const OTHER_LANGUAGE_RATIO = 1.5;

/** franc's codes of COMMON_WORDS, each word's languages being bits in this order. */
const COMMON_CODES = Object.keys(COMMON_WORDS);
/** What a word counts for in functionWordVote, the first that applies. */
const enum Vote {
	None = 0,
	EnglishFunctionWord = 1,
	FrenchFunctionWord = 2,
	EnglishOnly = 3,
	FrenchOnly = 4,
}
const VOTE_BITS = 3;

/**
 * Every word the votes and counts above read, with its Vote in the low bits and a bit per language
 * of COMMON_CODES above them: a chunk's words are looked up once, where each count filtered them
 * again (language identification ran on every chunk and took an eighth of English detection).
 */
const WORD_FACTS: ReadonlyMap<string, number> = (() => {
	const facts = new Map<string, number>();
	const vote = (words: ReadonlySet<string>, kind: Vote) => {
		for (const word of words) {
			if (!facts.has(word)) facts.set(word, kind);
		}
	};
	vote(ENGLISH_FUNCTION_WORDS, Vote.EnglishFunctionWord);
	vote(FRENCH_FUNCTION_WORDS, Vote.FrenchFunctionWord);
	vote(ENGLISH_ONLY_WORDS, Vote.EnglishOnly);
	vote(FRENCH_ONLY_WORDS, Vote.FrenchOnly);
	COMMON_CODES.forEach((code, index) => {
		for (const word of COMMON_WORDS[code]) facts.set(word, (facts.get(word) ?? Vote.None) | (1 << (VOTE_BITS + index)));
	});
	return facts;
})();

/** The function and common words of a text, counted once for every vote and comparison below. */
export interface WordTally {
	/** English function words (ENGLISH_FUNCTION_WORDS). */
	readonly english: number;
	/** French function words. */
	readonly french: number;
	/** Words only English writes in lower case, its function words but «on» included. */
	readonly englishOnly: number;
	/** Words only French writes in lower case, its function words included. */
	readonly frenchOnly: number;
	/** Common words of each language of COMMON_CODES, by index. */
	readonly common: readonly number[];
}

/** The longest word WORD_FACTS holds: longer words are not looked up. */
const LONGEST_FACT = Math.max(...[...WORD_FACTS.keys()].map((word) => word.length));

/** Letters (\p{L}) among the 65,536 UTF-16 code units, learnt on first sight: 1 a letter, 2 not. */
const BMP_LETTERS = new Uint8Array(0x10000);
const LETTER = /^\p{L}$/u;

function isLetterUnit(unit: number): boolean {
	let known = BMP_LETTERS[unit];
	if (known === 0) {
		known = BMP_LETTERS[unit] = LETTER.test(String.fromCharCode(unit)) ? 1 : 2;
	}
	return known === 1;
}

/**
 * The words of text[start, end) (runs of letters, \p{L}, as `split(/[^\p{L}]+/u)` cuts them), tallied
 * without cutting the text: only a word short enough and not capitalised can be one WORD_FACTS
 * holds (they are all lower case), so only those are sliced and looked up.
 */
export function tallyText(text: string, start = 0, end = text.length): WordTally {
	const tally = { english: 0, french: 0, englishOnly: 0, frenchOnly: 0, common: COMMON_CODES.map(() => 0) };
	let wordStart = -1;
	for (let i = start; i <= end; i++) {
		let letter = false;
		let width = 1;
		if (i < end) {
			const unit = text.charCodeAt(i);
			if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < end) {
				const low = text.charCodeAt(i + 1);
				if (low >= 0xdc00 && low <= 0xdfff) {
					width = 2;
					letter = LETTER.test(text.slice(i, i + 2));
				}
			} else {
				letter = unit < 0x80 ? (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a : isLetterUnit(unit);
			}
		}
		if (letter) {
			if (wordStart < 0) wordStart = i;
		} else if (wordStart >= 0) {
			const first = text.charCodeAt(wordStart);
			if (i - wordStart <= LONGEST_FACT && !(first >= 0x41 && first <= 0x5a)) countWord(tally, text.slice(wordStart, i));
			wordStart = -1;
		}
		i += width - 1;
	}
	return tally;
}

function countWord(tally: { english: number; french: number; englishOnly: number; frenchOnly: number; common: number[] }, word: string): void {
	const facts = WORD_FACTS.get(word);
	if (facts === undefined) return;
	switch (facts & ((1 << VOTE_BITS) - 1)) {
		case Vote.EnglishFunctionWord:
			tally.english++;
			// French writes «on» too («on à la …»): not alone
			if (word !== 'on') tally.englishOnly++;
			break;
		case Vote.FrenchFunctionWord:
			tally.french++;
			tally.frenchOnly++;
			break;
		case Vote.EnglishOnly:
			tally.englishOnly++;
			break;
		case Vote.FrenchOnly:
			tally.frenchOnly++;
			break;
	}
	for (let languages = facts >>> VOTE_BITS, index = 0; languages !== 0; languages >>>= 1, index++) {
		if (languages & 1) tally.common[index]++;
	}
}

/**
 * A Latin-script language without a model (ISO 639-1), when franc prefers it to French and English
 * and the text's common words (written in lower case: «Los Angeles» is a name) agree: at least two
 * of its own, half as many again as French's or English's. franc alone reads a short English
 * title as German or Dutch; a title with fewer common words stays French or English.
 */
function otherLatinLanguage(sample: string, tally: WordTally, francAll: FrancAll): string | undefined {
	const needed = otherWordsNeeded(tally);
	// franc is asked only when some language without a model has the words: French and English texts cost nothing more
	if (!hasOtherLatinWords(tally)) return undefined;
	// franc's first choice that has the words («von», «an» make a German sentence franc reads as Dutch
	// German); none when it prefers French or English to every such one
	for (const [code] of francAll(sample, { only: COMMON_CODES, minLength: MIN_LETTERS })) {
		if (!OTHER_LATIN_SCRIPT[code]) return undefined;
		if (commonWords(tally, code) >= needed) return OTHER_LATIN_SCRIPT[code];
	}
	return undefined;
}

/** Whether some Latin-script language without a model has the common words otherLatinLanguage asks of a text. */
function hasOtherLatinWords(tally: WordTally): boolean {
	const needed = otherWordsNeeded(tally);
	return Object.keys(OTHER_LATIN_SCRIPT).some((code) => commonWords(tally, code) >= needed);
}

/** The common words a language without a model needs in a text: two, and half as many again as French's or English's. */
function otherWordsNeeded(tally: WordTally): number {
	return Math.max(MIN_FUNCTION_WORDS, OTHER_LANGUAGE_RATIO * Math.max(commonWords(tally, FRANC_CODES.fr), commonWords(tally, FRANC_CODES.en)));
}

/** How many of a text's words are common words of a language (franc's code). */
function commonWords(tally: WordTally, code: string): number {
	return tally.common[COMMON_CODES.indexOf(code)];
}

/** Whether the common words of `code` (franc's) outweigh, as otherLatinLanguage weighs them, those of a language without a model (ISO 639-1). */
function outweighs(tally: WordTally, code: string, unsupported: string): boolean {
	const other = Object.keys(OTHER_LATIN_SCRIPT).find((key) => OTHER_LATIN_SCRIPT[key] === unsupported);
	return !other || commonWords(tally, code) >= OTHER_LANGUAGE_RATIO * commonWords(tally, other);
}

/** Up to SAMPLE_LENGTH characters of one script's words from the start, middle and end of the text. */
function sampleText(text: string, script: Script): string {
	const windows = text.length <= SAMPLE_LENGTH * 3 ? [[0, text.length]] : [0, 0.5, 1].map((at) => {
		const start = Math.max(0, Math.min(text.length - SAMPLE_LENGTH, Math.floor(text.length * at - SAMPLE_LENGTH / 2)));
		return [start, start + SAMPLE_LENGTH];
	});
	let sample = '';
	for (const [start, end] of windows) {
		sample += ' ' + keepWordsOf(text, start, end, script);
	}
	return sample.length > SAMPLE_LENGTH * 2 ? sample.slice(0, SAMPLE_LENGTH * 2) : sample;
}

/** The runs of one script's letters (Latin ones with their apostrophes), space-separated, so franc sees only them. */
function keepWordsOf(text: string, start: number, end: number, script: Script): string {
	let out = '';
	let runStart = -1;
	for (let i = start; i <= end; i++) {
		const unit = text.charCodeAt(i);
		const kept = i < end && (scriptOf(unit) === script || (script === 'latin' && (unit === 0x27 || unit === 0x2019)) || (script === 'arabic' && unit === 0x200c));
		if (kept && runStart < 0) {
			runStart = i;
		} else if (!kept && runStart >= 0) {
			out += text.slice(runStart, i) + ' ';
			runStart = -1;
		}
	}
	return out;
}

/**
 * Language for one chunk of a document: Arabic-script chunks use the Arabic model; a Latin-script
 * chunk whose function words clearly say French or English (a French paragraph quoted in an English
 * wire story) uses that language, one whose common words say Spanish, Italian, Portuguese, German or
 * Dutch the English model, others the document's Latin language. A chunk without letters uses the
 * document language.
 */
export function chunkLanguage(text: string, start: number, end: number, profile: LanguageProfile, allowed: readonly LanguageCode[] = SUPPORTED_LANGUAGES): LanguageCode {
	return languageOfLetters(text, start, end, countScripts(text, start, end), profile, allowed);
}

/** chunkLanguage for a stretch whose letters of each script are counted already. */
function languageOfLetters(text: string, start: number, end: number, counts: { arabic: number; latin: number }, profile: LanguageProfile, allowed: readonly LanguageCode[]): LanguageCode {
	if (counts.arabic > counts.latin && allowed.includes('ar')) {
		return 'ar';
	}
	if (counts.latin > 0) {
		// a language a person set is not second-guessed paragraph by paragraph
		const setByPerson = profile.chosen && profile.language !== 'ar';
		const votes = counts.latin >= MIN_LETTERS && allowed.includes('fr') && allowed.includes('en') && !setByPerson;
		// a Spanish or German paragraph in a French, English or Arabic article: the English model reads
		// such text best (see otherLatinLanguage), as it reads a whole article in those languages
		const mayBeOther = !profile.readWith && !setByPerson && counts.latin >= MIN_LETTERS && allowed.includes('en');
		const tally = votes || mayBeOther ? tallyText(text, start, end) : undefined;
		const voted = votes ? functionWordVote(tally!) : undefined;
		// in a Spanish article, «que» and «sur» are Spanish: a French quote must outweigh the article's language
		if (voted && profile.readWith && profile.unsupported && !outweighs(tally!, FRANC_CODES[voted], profile.unsupported)) {
			return profile.latinLanguage;
		}
		if (mayBeOther && hasOtherLatinWords(tally!)) {
			return 'en';
		}
		return voted ?? profile.latinLanguage;
	}
	return profile.language === 'und' ? profile.latinLanguage : profile.language;
}

/** A stretch of a chunk detected on its own, in its own language. */
export interface LanguageRun {
	readonly start: number;
	readonly end: number;
	/** undefined: Arabic-script text of a language without a model (see LanguageProfile.unsupported), left undetected. */
	readonly language: LanguageCode | undefined;
}

/**
 * The runs of one script in [start, end) that are long enough to be read in their own language:
 * a French sentence quoted in an Arabic one, an Arabic quote in a French one. A run of fewer than
 * MIN_LETTERS letters (a Latin acronym or name in Arabic text) stays with the text around it, whose
 * model reads it in context. Spaces and punctuation go with the run before them. Covers
 * [start, end) exactly, in order.
 */
export function languageRuns(text: string, start: number, end: number, profile: LanguageProfile, allowed: readonly LanguageCode[] = SUPPORTED_LANGUAGES): LanguageRun[] {
	// most chunks are written in one script: one run, found without building the stretches below
	const letters = countScripts(text, start, end);
	if (letters.arabic === 0 || letters.latin === 0) {
		return [{ start, end, language: runLanguage(text, start, end, letters, profile, allowed) }];
	}
	// maximal stretches of one script's letters, each with the neutral characters after it
	const stretches: Array<{ start: number; end: number; script: Script; letters: number }> = [];
	for (let i = start; i < end; i++) {
		const script = scriptOf(text.charCodeAt(i));
		if (script === 'other') continue;
		const last = stretches[stretches.length - 1];
		if (last && last.script === script) {
			last.letters++;
		} else {
			if (last) last.end = i;
			stretches.push({ start: stretches.length === 0 ? start : i, end, script, letters: 1 });
		}
	}
	// a short stretch of the chunk's minority script joins the run before it (or after it, at the
	// start); stretches of one script next to each other make one run
	const arabicLetters = stretches.reduce((sum, stretch) => sum + (stretch.script === 'arabic' ? stretch.letters : 0), 0);
	const majority: Script = arabicLetters * 2 >= stretches.reduce((sum, stretch) => sum + stretch.letters, 0) ? 'arabic' : 'latin';
	// each run with its letters of each script, so that its language needs no second pass over it
	const merged: Array<{ start: number; end: number; script: Script; own: boolean; letters: { arabic: number; latin: number } }> = [];
	const total = { arabic: 0, latin: 0 };
	for (const stretch of stretches) {
		const own = stretch.script === majority || stretch.letters >= MIN_LETTERS;
		const last = merged[merged.length - 1];
		if (last && (last.script === stretch.script || !own)) {
			last.end = stretch.end;
		} else if (last && !last.own) {
			last.end = stretch.end;
			last.script = stretch.script;
			last.own = own;
		} else {
			merged.push({ start: stretch.start, end: stretch.end, script: stretch.script, own, letters: { arabic: 0, latin: 0 } });
		}
		merged[merged.length - 1].letters[stretch.script as 'arabic' | 'latin'] += stretch.letters;
		total[stretch.script as 'arabic' | 'latin'] += stretch.letters;
	}
	if (merged.length <= 1) {
		return [{ start, end, language: runLanguage(text, start, end, total, profile, allowed) }];
	}
	return merged.map((run) => ({ start: run.start, end: run.end, language: runLanguage(text, run.start, run.end, run.letters, profile, allowed) }));
}

/**
 * The language a run is detected in; undefined when none of the allowed languages is written in
 * its script (French with only Arabic allowed, Arabic with only French and English, Persian, Spanish
 * when the English model that reads it is not allowed).
 */
function runLanguage(text: string, start: number, end: number, counts: { arabic: number; latin: number }, profile: LanguageProfile, allowed: readonly LanguageCode[]): LanguageCode | undefined {
	if (counts.arabic > counts.latin ? arabicScriptUnsupported(profile) || !allowed.includes('ar') : counts.latin > 0 && (!allowed.some((code) => code !== 'ar') || (profile.unsupported !== undefined && !arabicScriptUnsupported(profile) && !profile.readWith))) {
		return undefined;
	}
	const language = languageOfLetters(text, start, end, counts, profile, allowed);
	return allowed.includes(language) ? language : undefined;
}
