/**
 * Name-only person spans. HIPE-style annotations put titles, functions and appositions inside
 * PER spans («M. Hagenbeck, le célèbre marchand»); the detector's spans are the name alone.
 * This trims a PER span given as a token list: on training labels, to report strict scores
 * against name-only dev spans, and at run time on English person spans (`EntityDetector`).
 */

const TITLES = new Set(
	(
		'm mm mme mmes mlle mlles me mgr dr drs pr prof st ste sir lord lady mr mrs ms messrs rev gen col lt capt cpt sgt maj adm gov sen rep hon ' +
		'monsieur messieurs madame mesdames mademoiselle président presidente présidente ministre général generale colonel roi reine prince princesse ' +
		'docteur professeur maître comte comtesse duc duchesse baron baronne marquis marquise empereur impératrice pape cardinal abbé sergent ' +
		'capitaine lieutenant commandant maréchal amiral chancelier sénateur député conseiller juge pasteur père frère sœur soeur monseigneur ' +
		'king queen president minister secretary senator governor mayor general colonel captain judge pope chancellor premier sheikh cheikh emir émir ' +
		'émir sultan shah tsar czar archduke archiduc vice ex feu saint sainte'
	).split(/\s+/),
);

/** More English titles, for the leading-title trim of non-HIPE sources only (the HIPE trim, which
 * also defines the name-only dev gold, keeps its list). */
const MORE_TITLES = new Set(
	'doctor professor pastor reverend father sister coach officer detective inspector sergeant corporal private chief prime deputy ambassador commissioner chairman chairwoman ceo miss mrs dame'.split(' '),
);

/** Titles of rulers and clerics, trimmed from English person spans at run time only: the shipped
 * English model was trained with spans that keep them (GUM's «Emperor Meiji»), and retraining with
 * them trimmed did not help held-out (see MODEL_CARD.md), while trimming the model's spans did. */
const RULER_TITLES = new Set('emperor empress princess crown archbishop imam ayatollah rabbi caliph patriarch'.split(' '));

/** Titles trimmed at run time only: judges' and lawyers' («Chief Justice John Roberts», «U.S.
 * Attorney Jay Clayton»; «Justice» alone is no title word: «Department of Justice») and plural titles
 * before two names («Justices Sonia Sotomayor and Elena Kagan», «Sens. Elizabeth Warren and Bernie
 * Sanders»), military and police ranks («Admiral Hyman Rickover», «Major Simon Haselock», «Chief
 * Constable Ronnie Flanagan»), a speaker of a house and a mullah («Speaker Newt Gingrich»),
 * councillors, legislators and head teachers. */
const RUN_TIME_TITLES = new Set(
	(
		'justice justices senators sens reps attorney prosecutor solicitor director admiral lieutenant commander marshal brigadier commodore major speaker constable mullah ' +
		// local and legislative offices and school heads («Councillor Rhodri Beynon», «Congresswoman
		// Maxine Waters», «Headteacher Eleri Prydderch»), police ranks and a county's sheriff
		'councillor councilor councilman councilwoman alderman alderwoman congressman congresswoman assemblyman assemblywoman assemblymember ' +
		'headteacher headmaster headmistress superintendent sheriff baroness ' +
		// «Chief Executive Priya Raghunathan»: the second word of a company officer's title
		'executive'
	).split(' '),
);

/** Clerics' titles that are surnames as well («Julie Bishop»): trimmed at run time only where they
 * open a span and a capitalised name follows («Bishop Cornelius Sim»), never taken for a title alone. */
const LEADING_CLERIC_TITLES = new Set(['bishop', 'monsignor', 'msgr']);

const PARTICLES = new Set('de d du des von van der den di da del della ben bin ibn al el abu dos das zu ter la le'.split(' '));

function isCapitalised(t: string): boolean {
	const c = t.charAt(0);
	return c !== c.toLowerCase() && c === c.toUpperCase();
}

function isWord(t: string): boolean {
	return /^[\p{L}\p{M}\p{N}]/u.test(t);
}

/** Returns [start, end) within `tokens` of the name, or undefined to keep the span unchanged. */
export function trimPersonTokens(tokens: readonly string[]): [number, number] | undefined {
	let from = 0;
	for (let guard = 0; guard < 4 && from < tokens.length; guard++) {
		const r = trimRange(tokens, from);
		if (r) return r[0] === 0 && r[1] === tokens.length ? undefined : r;
		// the first segment held no name (e.g. «ancien sénateur, M. Dide»): try after the comma
		let next = -1;
		for (let i = from + 1; i < tokens.length; i++) {
			if (tokens[i] === ',' || tokens[i] === ':' || tokens[i] === ';') {
				next = i + 1;
				break;
			}
		}
		if (next < 0) break;
		from = next;
	}
	return undefined;
}

function trimRange(tokens: readonly string[], from: number): [number, number] | undefined {
	let end = tokens.length;
	for (let i = from + 1; i < end; i++) {
		if (tokens[i] === ',' || tokens[i] === '(' || tokens[i] === ';' || tokens[i] === ':') {
			end = i;
			break;
		}
	}
	let start = from;
	const stripLead = (): void => {
		while (start < end) {
			const t = tokens[start];
			const lower = t.toLowerCase();
			if (!isWord(t)) {
				start++;
				continue;
			}
			if (TITLES.has(lower) && start + 1 < end) {
				start++;
				continue;
			}
			let j = start + 1;
			while (j < end && !isWord(tokens[j])) j++;
			const particle = PARTICLES.has(lower) && j < end && isCapitalised(tokens[j]) && !TITLES.has(tokens[j].toLowerCase());
			if (!isCapitalised(t) && !particle && start + 1 < end) {
				start++;
				continue;
			}
			break;
		}
	};
	stripLead();
	// "directeurs : MM . Stoffel" style (colon before the name)
	while (end > start) {
		const t = tokens[end - 1];
		if (!isWord(t) || (!isCapitalised(t) && !/^\p{N}/u.test(t))) end--;
		else break;
	}
	if (end <= start) return undefined;
	let hasCap = false;
	for (let i = start; i < end; i++) if (isCapitalised(tokens[i])) hasCap = true;
	if (!hasCap) return undefined;
	return [start, end];
}

/** A lower-case particle that can begin a name («de Gaulle», «van Gogh», «bin Laden»). */
export function isNameParticle(token: string): boolean {
	return PARTICLES.has(token.toLowerCase());
}

/** A title or function word («President», «pape», «Mayor»): alone it names no one. */
export function isTitleWord(token: string): boolean {
	const t = token.toLowerCase();
	return TITLES.has(t) || MORE_TITLES.has(t) || RULER_TITLES.has(t);
}

/** A title word as the run-time trim reads it: also rulers', judges' and plural titles («Justice», «Emperor»). */
export function isRunTimeTitleWord(token: string): boolean {
	const t = token.toLowerCase();
	return isTitleWord(token) || RULER_TITLES.has(t) || RUN_TIME_TITLES.has(t);
}

/**
 * Leading titles of a PER span («President», «Ms», «Pope», «M.»): returns how many tokens to drop
 * from the start (the rest must still hold a capitalised word), 0 when none. `rulers`: also the
 * titles of rulers and clerics («Emperor», «Ayatollah»), of judges and plural titles
 * (`RUN_TIME_TITLES`), as the run-time trim does.
 */
export function leadingTitleTokens(tokens: readonly string[], rulers = false): number {
	let k = 0;
	while (k < tokens.length - 1) {
		const t = tokens[k].toLowerCase();
		// «M. K. Stalin»: a letter before another initial is an initial too, not «M.» (Monsieur)
		if (t.length === 1 && tokens[k + 1] === '.' && k + 2 < tokens.length && /^\p{Lu}$/u.test(tokens[k + 2])) break;
		if (rulers ? isRunTimeTitleWord(t) || LEADING_CLERIC_TITLES.has(t) : TITLES.has(t) || MORE_TITLES.has(t)) k++;
		else if (k > 0 && (t === '.' || t === "'")) k++;
		else break;
	}
	if (k === 0 || k >= tokens.length) return 0;
	// «Secretary of State Antony Blinken», «Minister for Foreign Affairs …»: the office the title
	// names is part of it (run time only, as the ruler titles)
	if (rulers && (tokens[k] === 'of' || tokens[k] === 'for')) {
		let m = k + 1;
		while (m < tokens.length && OFFICE_WORDS.has(tokens[m].toLowerCase())) m++;
		if (m > k + 1 && m < tokens.length && isCapitalised(tokens[m])) k = m;
	}
	for (let i = k; i < tokens.length; i++) if (isCapitalised(tokens[i])) return k;
	return 0;
}

/** Words of the office after «Secretary of», «Minister for»: «State», «the Interior», «Foreign Affairs». */
const OFFICE_WORDS = new Set(
	(
		'the and state defense defence health justice energy commerce treasury education agriculture labor labour transportation transport interior ' +
		'foreign affairs home homeland security finance economy economic trade industry environment culture housing veterans war information ' +
		'communications mines oil petroleum planning tourism sport sports youth women public works exchequer'
	).split(' '),
);

/**
 * English heads that end a facility's name, a place in the training files («Heathrow Airport», «Wembley
 * Stadium», «Richmond Highway», «Turner Turnpike», «Hoover Dam»; not «Hall», «Park», also surnames).
 */
export const FACILITY_HEADS = new Set('Airport Stadium Stadion Bridge Station Square Boulevard Avenue Street Road Memorial Palace Mosque Arena Gardens Highway Expressway Motorway Freeway Turnpike Dam'.split(' '));

/** A word of an office after its title («Exchequer», «Foreign», «Affairs», «the»). */
export function isOfficeWord(token: string): boolean {
	return OFFICE_WORDS.has(token.toLowerCase());
}

/** Prefixes that make an adjective of a name («anti-Pyongyang», «pro-Russian»; not the «al-» of «al-Sadr»). */
const ADJECTIVE_PREFIXES = new Set(['anti', 'pro', 'non', 'post', 'pre', 'neo', 'pan', 'un', 'inter', 'intra', 'trans', 'mid', 'ultra', 'all', 'sub']);

/** A lower-case prefix that, with a hyphen, makes an adjective of the name after it. */
export function isAdjectivePrefix(word: string): boolean {
	return ADJECTIVE_PREFIXES.has(word);
}
