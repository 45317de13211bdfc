/**
 * Names of sports competitions («the Davis Cup», «la Coupe d'Afrique des nations», «the US Open»,
 * «le Tour de France»): MISC, found by their fixed shapes. The taggers read the place or person
 * inside them as an entity of its own («Afrique», «Davis», «France»), which a reader sees as a wrong
 * highlight; the training files name too few competitions for the model to learn them.
 */
import type { DetectedEntity, LanguageCode } from '../types';

/** A capitalised word of a competition's name («Billie», «FA», «U.S.», «America's»). */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{N}.'’&-]*`;
/** The same word ending a name, where a full stop ends the sentence instead («la Coupe Davis.»). */
const LAST_NAME_WORD = String.raw`\p{Lu}[\p{L}\p{N}'’&-]*`;

/** Capitalised words that open a sentence or a headline rather than a competition's name. */
const NOT_NAME_OPENERS = new Set('The A An This That These Those Last Next Every After Before At In On During Since For When While As Its His Her Their Our Your Why How What Where Who And But Or So If Then'.split(' '));

/** A competition's pattern and the words it cannot match without one of (most texts lack them: the pattern is skipped). */
interface EventPattern {
	readonly keywords: readonly string[];
	readonly pattern: RegExp;
}

/**
 * English: «[the] X Cup [of Nations]», «the X Open» (not «Open University»; the majors without
 * «the» too), «X Grand Prix», the Olympic and other multi-sport Games, the cycling tours, award
 * ceremonies («the Academy Awards»). The words before «Cup», «Open» and «Grand Prix» are a run of
 * capitalised words (the run's sentence-opening words left out); city marathons.
 */
const ENGLISH_EVENTS: readonly EventPattern[] = [
	{ keywords: ['Cup'], pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])((?:${NAME_WORD} ){1,4})Cup(?: of (?:African |Asian )?Nations)?(?![\p{L}\p{N}])`, 'gu') },
	{ keywords: ['Open'], pattern: new RegExp(String.raw`(?<=(?:^|[^\p{L}\p{N}])the )((?:${NAME_WORD} ){1,3})Open(?![\p{L}\p{N}])(?! ${NAME_WORD})`, 'gu') },
	// the majors, without «the» too («his fourth U.S. Open title»)
	{ keywords: ['Open'], pattern: /(?<![\p{L}\p{N}.])()(?:U\.S\.|US|British|Australian|French) Open(?![\p{L}\p{N}])(?! \p{Lu})/gu },
	{ keywords: ['Grand Prix'], pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])((?:${NAME_WORD} ){1,3})Grand Prix(?![\p{L}\p{N}])`, 'gu') },
	// city marathons («the Chicago Marathon», «Boston Marathon»), read as organisations or places
	{ keywords: ['Marathon'], pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])((?:${NAME_WORD} ){1,3})Marathon(?![\p{L}\p{N}])(?! ${NAME_WORD})`, 'gu') },
	// tennis and snooker tournaments («the Paris Masters», «the Shanghai Masters»): after «the», as a surname is not
	{ keywords: ['Masters'], pattern: new RegExp(String.raw`(?<=(?:^|[^\p{L}\p{N}])[Tt]he )((?:${NAME_WORD} ){1,3})Masters(?![\p{L}\p{N}'’])`, 'gu') },
	// Italy's divisions, which the model reads as a person («Serie A»), and the other national
	// leagues named by a word of their own language, read as places («the Bundesliga», «Ligue» without its «1»)
	{ keywords: ['Serie'], pattern: /(?<![\p{L}\p{N}])()Serie [ABC](?![\p{L}\p{N}])/gu },
	{ keywords: ['Bundesliga', 'Eredivisie', 'Liga', 'Ligue', 'Lig'], pattern: /(?<![\p{L}\p{N}])()(?:(?:2\. )?Bundesliga|Eredivisie|La Liga|Primeira Liga|Ligue [12]|S[üu]per Lig)(?![\p{L}\p{N}])/gu },
	{ keywords: ['Games'], pattern: /(?<![\p{L}\p{N}])()(?:(?:Summer|Winter|Youth) )?(?:Olympic|Paralympic|Commonwealth|Asian|African|Mediterranean|Pan American|Arab) Games(?![\p{L}\p{N}])/gu },
	{ keywords: ['lympics'], pattern: /(?<![\p{L}\p{N}])()(?:Summer |Winter |Special )?(?:Olympics|Paralympics)(?![\p{L}\p{N}])/gu },
	// award ceremonies, which the model reads as their academy («the 96th Academy» + «Awards»)
	{ keywords: ['Awards', 'Globes'], pattern: /(?<![\p{L}\p{N}])()(?:(?:Academy|Grammy|Emmy|Tony|Golden Globe|BAFTA|Brit) Awards|Golden Globes)(?![\p{L}\p{N}])/gu },
	{ keywords: ['Tour de France', 'Giro', 'Vuelta', 'Super Bowl', 'World Series'], pattern: /(?<![\p{L}\p{N}])()(?:Tour de France|Giro d['’]Italia|Vuelta a Espa[ñn]a|Super Bowl|World Series(?! of))(?![\p{L}\p{N}])/gu },
];

/**
 * French: «la Coupe du monde [de football]», «Coupe d'Afrique des nations», «Coupe Davis», «Coupe de
 * la Ligue», the Olympic Games, «l'Open d'Australie», «le Grand Prix de Monaco», «le Mondial», «la
 * Ligue des champions». Not the cycling tours: HIPE tags the country in «le Tour de France» as a
 * place.
 */
const FRENCH_EVENTS: readonly EventPattern[] = [
	{ keywords: ['Coupe'], pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])()Coupe (?:du [Mm]onde(?: de (?:football|rugby|cricket|handball|basket-ball|basketball|volley-ball|ski))?|des [Nn]ations|des [Cc]onfédérations|arabe|d['’]${LAST_NAME_WORD}(?: des [Nn]ations)?|(?:de |du |de la |de l['’]|des )${LAST_NAME_WORD}|${LAST_NAME_WORD})(?![\p{L}\p{N}])`, 'gu') },
	{ keywords: ['Jeux'], pattern: /(?<![\p{L}\p{N}])()Jeux (?:[Oo]lympiques|[Pp]aralympiques|[Mm]éditerranéens|[Aa]fricains|[Aa]siatiques|[Pp]anarabes|de la Francophonie)(?: d['’](?:été|hiver))?(?![\p{L}\p{N}])/gu },
	{ keywords: ['Open', 'Grand Prix'], pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])()(?:Open|Grand Prix) (?:d['’]|de |du |des )${LAST_NAME_WORD}(?![\p{L}\p{N}])`, 'gu') },
	{ keywords: ['Mondial'], pattern: /(?<![\p{L}\p{N}])()Mondial(?![\p{L}\p{N}])/gu },
	// the European club competitions (not «la Ligue des nations», the League of Nations of HIPE's years)
	{ keywords: ['Ligue'], pattern: /(?<![\p{L}\p{N}])()Ligue (?:des [Cc]hampions|Europa(?: [Cc]onférence)?)(?: (?:de la |de l['’]|d['’])(?:CAF|UEFA|AFC|CONCACAF|Afrique|Asie))?(?![\p{L}\p{N}])/gu },
];

/** Any keyword of the events of a language, as one quick test. */
const keywordsPattern = (events: readonly EventPattern[]): RegExp => new RegExp(events.flatMap((e) => e.keywords).map((k) => k.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'), 'u');
const ENGLISH_KEYWORDS = keywordsPattern(ENGLISH_EVENTS);
const FRENCH_KEYWORDS = keywordsPattern(FRENCH_EVENTS);

/** Who organises or plays a world cup, named before «World Cup» («the FIFA World Cup»). */
const WORLD_CUP_OWNERS = new Set(['FIFA', 'ICC', 'T20', 'Rugby', 'Cricket', 'Club', 'Hockey', "Women's", 'Women’s']);

/**
 * How many characters of `run` (capitalised words, each followed by a space, before «Cup», «Open»…)
 * are not the competition's: a sentence's opening words («The Davis Cup»), a possessor («Spain's
 * Davis Cup team»: «America's Cup» keeps its own), a team or country before «World Cup» («France
 * World Cup winner»).
 */
function wordsBeforeName(run: string): number {
	const words = run.split(' ').slice(0, -1);
	let first = 0;
	while (first < words.length && NOT_NAME_OPENERS.has(words[first])) first++;
	for (let i = words.length - 2; i >= first; i--) {
		if (/['’]s$/u.test(words[i]) && !WORLD_CUP_OWNERS.has(words[i])) {
			first = i + 1;
			break;
		}
	}
	const world = words.lastIndexOf('World');
	if (world > first) first = world > 0 && WORLD_CUP_OWNERS.has(words[world - 1]) ? Math.max(first, world - 1) : world;
	let skipped = 0;
	for (let i = 0; i < first; i++) skipped += words[i].length + 1;
	return skipped;
}

/** The competitions named in `text` (MISC, in text order, not overlapping). English and French only. */
export function findSportsEvents(text: string, language: LanguageCode): DetectedEntity[] {
	const patterns = language === 'en' ? ENGLISH_EVENTS : language === 'fr' ? FRENCH_EVENTS : [];
	const found: DetectedEntity[] = [];
	// one scan for any keyword first: most lines name no competition
	const anyKeyword = language === 'en' ? ENGLISH_KEYWORDS : language === 'fr' ? FRENCH_KEYWORDS : undefined;
	if (!anyKeyword?.test(text)) return found;
	for (const { keywords, pattern } of patterns) {
		if (!keywords.some((keyword) => text.includes(keyword))) continue;
		pattern.lastIndex = 0;
		for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
			const run = m[1] ?? '';
			const skipped = wordsBeforeName(run);
			// «The Cup»: nothing of a name is left («The Olympics» is one)
			if (skipped > 0 && skipped >= run.length && /^(?:Cup|Open|Grand Prix|Marathon)(?![\p{L}])/u.test(m[0].slice(run.length))) continue;
			const start = m.index + skipped;
			const end = m.index + m[0].length;
			if (found.some((e) => e.start < end && start < e.end)) continue;
			found.push({ start, end, type: 'MISC', text: text.slice(start, end), confidence: 0.7, source: 'rule' });
		}
	}
	return found.sort((x, y) => x.start - y.start);
}

/** What the Games give, after «Olympic» («Olympic gold», «Olympic 100 metres champion»). */
const OLYMPIC_HONOURS_AFTER = /^ (?:[\d,]+ ?(?:metres|meters|m) )?(?:gold|silver|bronze|medal|medals|medallist|medalist|champion|champions|title|titles|record|final|finals|team|squad|village|fall|debut|qualifying|qualifier)(?![\p{L}])/u;

/**
 * The detected entities with the competitions of `found` in place of what overlaps them (a place
 * or person read inside the name, or a part of it read as an organisation); a competition that
 * overlaps a date, or lies inside a MISC entity, is left out. A lone «Olympic» read as a place is
 * MISC, the adjective of the Games; read as an organisation (it can be the Games' committee), only
 * before what the Games give («Olympic gold», «Olympic champion»). Returned in text order.
 */
export function mergeSportsEvents(text: string, entities: readonly DetectedEntity[], found: readonly DetectedEntity[]): DetectedEntity[] {
	const overlaps = (a: DetectedEntity, b: DetectedEntity): boolean => a.start < b.end && b.start < a.end;
	// a date inside, or a MISC reading already as long («the Paris Olympics»), wins
	const events = found.filter((event) => !entities.some((e) => (e.type === 'DATE' && overlaps(e, event)) || (e.type === 'MISC' && e.start <= event.start && event.end <= e.end)));
	const kept = entities
		.filter((e) => !events.some((event) => overlaps(event, e)))
		.map((e) => (e.text === 'Olympic' && (e.type === 'LOC' || (e.type === 'ORG' && OLYMPIC_HONOURS_AFTER.test(text.slice(e.end, e.end + 32)))) ? { ...e, type: 'MISC', source: 'rule' as const } : e));
	return [...kept, ...events].sort((x, y) => x.start - y.start || x.end - y.end);
}
