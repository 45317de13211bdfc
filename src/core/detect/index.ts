/**
 * The entity detector: a learned sequence tagger per language (averaged structured perceptron
 * over hashed features, Viterbi decoding, marginal confidences) plus a rule-based date finder.
 * Plain Node: no `vscode`, no network. Models are read from a directory given by the caller.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { DetectedEntity, LanguageCode } from '../types';
import type { Detector } from './types';
import { TaggerModel } from './model';
import type { LabelScheme } from './labels';
import { scanTokens, type TokenKind, type TokenView } from './tokenize';
import { findDatesInTokens } from './dates';
import { isArabicFunctionWord } from '../arabicFunctionWords';
import { isArabicGroup, isArabicTitle, isConstructTitle, isGenericInstitution } from './arabicWords';
import { findAgencies, findNewspapers, findPublications, joinClubNames, findQuotedOrganisations, mergeAgencies, mergeListedNames, mergePublications, mergeQuotedOrganisations } from './agencies';
import { isCommonNounAcronym } from './acronyms';
import { countryKickerDash, datelineDash, DATELINE_DASHES, dropKickerNames, kickerDash, findArabicDatelines, findDatelines } from './datelines';
import { truecaseCapitalLines, writtenInLowerCase } from './casing';
import { findBornPersons, findFrenchRankedNames, findFrenchTitledNames, findQuotedSpeakers, findTitledNames, isLowerCaseOccupation } from './titledNames';
import { FACILITY_HEADS, isAdjectivePrefix, isNameParticle, isOfficeWord, isRunTimeTitleWord, isTitleWord, leadingTitleTokens } from './nameSpans';
import { findSportsEvents, mergeSportsEvents } from './sportsEvents';
import { COUNTRY_ABBREVIATIONS, DAYS_AND_MONTHS, findAnalystFirms, findArabicInstitutions, findDescribedOrganisations, findExampleCompanies, findTableTeams, isCompanyNameEnd, isInstitutionHead, isOrganisationNameEnd, retypeTeams, ruleEntities } from './rules';
import { lexiconFunction, sequenceKey, tokenKeyHash, type Gazetteer, type HashTable, type WordInfo } from './features';
import { combine } from './hash';
import { nameProcliticLength, normalizeArabic, setDefaultArabicLexicon, splitProclitics, type ArabicLexicon } from './arabic';
import { ANY_TYPE_BITS, entryBits, holdsListedName, inCountryList, isCountryKey, isDemonym, isDemonymKey, isListedCountry, isListedPlaceName, listedTypes, LOC_BIT, NAME_TYPE_BITS, nameKey, NATIONALITY_NOUN, ORG_BIT, PEOPLE_NAME, packageLists, PER_BIT, PLACE_RULE_CONFIDENCE, placeAfterName, PREFIX_BIT, seenTypes, SHORT_DEMONYMS, trainingTypes, wordBits } from './listLookups';
import { extendPersonsToTitledNames, merge, mergeListedPlaces, mergeRules, typeRanges, type TypedRange } from './entityEdits';
import { isArabicLetter } from '../occurrences';
import { asOneByteText } from './oneByteText';
import { capitalisesOnlyFunctionWords, FOREIGN_PARTICLES, isCapitalisedFunctionWord, hasCapitalOrDigit, hasCapitalsOnly, insideAddress, isAllCapsWord, isClubBefore, isInnerNameParticle, isNameWordOfThree, isRegnalNumber, isTradeBefore, outsideAddresses } from './wordTests';
import { addBracketedAcronyms, namesWithApostropheEndings, placesOpeningWithHeads, banksByHeadWord, banksByName, formerCountries, gluedSurnamesAfterPersons, holyPeriods, hyphenatedEastAsianNames, hyphenatedGivenNames, joinAcronymOrganisations, joinAdjacentPersons, joinCompanyPartners, firmsJoinedByAmpersands, givenNamesBeforeParticles, namesBeforeAcronyms, namesJoinedByIzafa, nationalitiesBeforePersons, personsWithHyphenatedSurnames, placesWithGluedArticles, surnamesAfterCompoundGivenNames, textsOfLaw } from './latinScriptRules';
import { adjectivesReadAsPersons, aircraftModels, countriesReadAsPersons, centralBanks, personsAfterSiteNouns, placesAfterTownNouns, placesNamedAfterDays, placesTravelledTo, anercorpSpans, latinSpellingsOfNames, nationalitiesOutOfOrganisations, prisonsAsOrganisations, verbsOutOfPersons, ARABIC_PLACE_HEADS, companiesAfterTrades, cupsOutOfNames, compoundGivenNames, isAccusativeNoun, isArabicNisba, isPlaceNoun, isRareFamilyName, isRareNisba, joinAdjacentArabicPlaces, joinFamilyNames, joinKunyaNisbas, joinKunyasBeforePersons, joinRegnalOrdinals, joinSportsOfFederations, joinSurnamesAfterCompoundNames, futureVerbsOutOfPersons, maliIsAdjective, muscat, NAME_LINKS, nounBehindProclitic, officeHoldersAfterBodies, opponentsOfClubs, PARTICLES_READ_AS_NAMES, particleNames, personsAfterNisbas, placesInArabicLists, retypeArabicNamesByContext, givenNamesBehindConjunction, splitPlacesBeforePersons, surnamesAfterVerbs, titledDefiniteGivenNames, titledForeignNames, trimListConjunctions, WAW_LETTER } from './arabicRules';
import { citiesWithArticles, clubsAfterClubRoles, companiesAfterNationalities, countriesBeforeDe, frenchClubOpponents, frenchNamesByContext, frenchPlayersBeaten, frenchStormNames, functionComplements, ministersAfterDomains, movementsWithTheirHeads, namesWithInitialApostrophes, personsBeforeOccupations, placesAfterA, placesInFrenchLists, placesNamedAfterDates, secondPlacesAfterA, streetsWithArticles, universities } from './frenchRules';
import { companiesAfterOpeningKinds, namesAfterPartyNoun, awardsReadAsNames, facilitiesByForeignHead, sportsBodiesOfPlaces, flightCodesOutOfNames, placesOfOfficeTitles, companiesNamedByNationality, organisationsCalledByName, placesAfterPlaceAnd, personsAfterKinNouns, namesBeforePartyNoun, compassAdjectivesBeforeNouns, treatiesReadAsNames, shipsReadAsPersons, festivalsReadAsNames, namesAfterInitials, worksInQuotes, unionsBeforeUnionNoun, institutionsOfSaints, companiesInEnglishLists, joinSaintNames, groupsBeforeFighters, holdsNationality, personsAfterNationalities, citiesWithNicknames, namesKnownAs, servicesOfPlaces, universitiesByName, clubsAndCountriesOfPlayers, clubsByListedName, personsInCreditLines, splitCoordinatedPlaces, ratingAgencies, clubsByAffix, companyBranches, banksOfNames, companiesWithLegalForms, exchangesWithTowns, leagueDivisions, sidesOfVersus, standingsColumnHeads, combiningFormsBeforeNames, companiesAfterKinds, companiesBeforeAppositions, companiesNamedByWords, companiesOfPriceMoves, companiesOfShareMoves, compoundNationalities, continentalRegions, countriesAfterPlacePrepositions, diseasesNamedAfterPersons, countriesAsPlaces, cricketResultsLines, employersBeforeCompanyOfficers, extendPossessorNames, hyphenatedOrganisations, initialsOfPersons, isNationalityOrPeople, isPlayersCountry, joinNicknames, joinPossessorNames, lineUps, listedPlacesAfterIn, mediaByKind, namedWildfires, namesAfterNames, nationalitiesAsMisc, NOT_NAME_OPENERS, numberedChannels, organisationsJoinedToOrganisations, organisationsReachingPlaces, partiesBeforePartyNoun, partiesOfDeals, partiesWithQualifiers, personsOfCountries, personsReadAsOrganisations, placesBeforeAreaNouns, placesInEnglishLists, placesJoinedToPlaces, placesOpeningOrganisations, placesWithCompassEndings, playersBeforeCountries, playersCountries, policiesOutOfOrganisations, possessorsOfCompanyOfficers, possessorsOfInstitutions, racingTeams, regionsAfterThe, riversAfterThe, reserveBanks, resultsWithScorers, retypePossessors, scorecardPlayers, scorersAndFixtures, SENTENCE_OPENERS, splitCountryPossessives, splitCoordinatedPersons, splitCountriesBeforePersons, splitCountryTitles, splitJoinedOrganisations, splitStateTitles, splitOrganisationsInPlaces, splitOrganisationsOfPersons, splitPersonsBeforeOrganisations, splitPersonsOfOrganisations, splitScorecardPersons, stockLists, STORM_WORDS, teamNicknames, teamsAfterPlayersCountries, tennisPlayers, townsBeforeRegions, untaggedStorms } from './englishRules';
import { WordSet } from './wordSet';

export { tokenize } from './tokenize';
export { findDates } from './dates';
export { stripProclitics, splitProclitics } from './arabic';
export type { Detector } from './types';

export const MANIFEST_FILE = 'manifest.json';
const ALL_LANGUAGES: LanguageCode[] = ['ar', 'fr', 'en'];

export interface ModelManifest {
	format: number;
	languages: Partial<Record<LanguageCode, { file: string; sha256: string; bytes: number }>>;
	[k: string]: unknown;
}

/** Walks up from `fromDirectory` to find a `media/models` folder holding a manifest. */
export function findModelDirectory(fromDirectory: string): string | undefined {
	let dir = fromDirectory;
	for (let i = 0; i < 12; i++) {
		const candidate = join(dir, 'media', 'models');
		if (existsSync(join(candidate, MANIFEST_FILE))) return candidate;
		const parent = dirname(dir);
		if (parent === dir) break;
		dir = parent;
	}
	return undefined;
}

function readManifest(modelDirectory: string): ModelManifest {
	const file = join(modelDirectory, MANIFEST_FILE);
	if (!existsSync(file)) throw new Error(`Entity model manifest not found: ${file}`);
	let m: ModelManifest;
	try {
		m = JSON.parse(readFileSync(file, 'utf8')) as ModelManifest;
	} catch (e) {
		throw new Error(`Entity model manifest ${file} is corrupt: ${(e as Error).message}`, { cause: e });
	}
	if (!m || typeof m !== 'object' || !m.languages) throw new Error(`Entity model manifest ${file} is corrupt: no languages`);
	return m;
}

function loadLanguage(modelDirectory: string, manifest: ModelManifest, lang: LanguageCode): TaggerModel {
	const entry = manifest.languages[lang];
	if (!entry) throw new Error(`No entity model for language '${lang}' in ${join(modelDirectory, MANIFEST_FILE)}`);
	const file = join(modelDirectory, entry.file);
	if (!existsSync(file)) throw new Error(`Entity model file missing: ${file}`);
	const buf = readFileSync(file);
	if (entry.bytes !== undefined && buf.length !== entry.bytes) throw new Error(`Entity model file ${file} is corrupt (size ${buf.length}, expected ${entry.bytes})`);
	if (entry.sha256) {
		const sum = createHash('sha256').update(buf).digest('hex');
		if (sum !== entry.sha256) throw new Error(`Entity model file ${file} is corrupt (checksum mismatch)`);
	}
	return TaggerModel.fromBuffer(buf, file);
}

const KIND: Record<TokenKind, number> = { word: 0, number: 1, punct: 2, url: 3 };
/** The list bit of each entity type. */
const TYPE_BITS: Record<string, number> = { PER: PER_BIT, ORG: ORG_BIT, LOC: LOC_BIT, MISC: ANY_TYPE_BITS & ~NAME_TYPE_BITS };
/** How often the training text must write a word no list of names holds for it to be a common word (lexicon counts are powers of two). */
const COMMON_UNTAGGED_WORD = 64;
const MAX_SEGMENT = 200;

/** Implementation of {@link Detector}; exposed for tools that need the lexicon. */
export class EntityDetector implements Detector {
	private readonly models = new Map<LanguageCode, TaggerModel>();
	private starts = new Int32Array(1024);
	private ends = new Int32Array(1024);
	private kinds = new Uint8Array(1024);
	private lineStarts = new Uint8Array(1024);
	private labels = new Uint8Array(256);
	private words: string[] = [];
	/** The tagger's features of each token of the text being detected (the rules after tagging read their list look-ups). */
	private infos: WordInfo[] = [];
	/** Start and end offsets of the title-case headlines of the text being detected (`isTitleCaseHeadline`). */
	private headlines: number[] = [];
	/** The text as written, while a copy with its lines in capitals recased is detected (see detectIn). */
	private asWritten: string | undefined;

	constructor(
		private readonly modelDirectory: string,
		private readonly manifest: ModelManifest,
		readonly languages: readonly LanguageCode[],
		preload: readonly LanguageCode[],
	) {
		for (const l of preload) this.model(l);
	}

	/** The model of `lang`, loaded on first use. */
	model(lang: LanguageCode): TaggerModel {
		let m = this.models.get(lang);
		if (!m) {
			if (!this.languages.includes(lang)) throw new Error(`No entity model for language '${lang}'`);
			m = loadLanguage(this.modelDirectory, this.manifest, lang);
			this.models.set(lang, m);
			if (lang === 'ar') setDefaultArabicLexicon(this.arabicLexicon());
		}
		return m;
	}

	/** Word-frequency lexicon of the Arabic model (for proclitic splitting). */
	arabicLexicon(): ArabicLexicon | undefined {
		const m = this.models.get('ar');
		return m ? lexiconFunction(m.resources.lexicon) : undefined;
	}

	detect(text: string, language: LanguageCode): DetectedEntity[] {
		const oneByte = asOneByteText(text);
		return outsideAddresses(oneByte, this.detectIn(oneByte, language, undefined));
	}

	spreads(name: string, type: string): boolean {
		const model = this.models.get('ar');
		if (!model || !isArabicLetter(name.charCodeAt(0)) || /\s/u.test(name)) return true;
		// «العربي» (Arab) read as an organisation once: a nisba adjective spreads as a surname or a
		// place only («الأورغواي»)
		if ((type === 'ORG' || type === 'MISC') && isArabicNisba(name, 0, name.length)) return false;
		// «الكتاب» read as an organisation once (a book fair's name) had made every «الكتاب» of the
		// article one; «غير» («not») of «ريتشارد غير» every «غير» a person
		const types = trainingTypes(model, name);
		if (types !== 0) return (types & (TYPE_BITS[type] ?? 0)) !== 0;
		const lex = this.arabicLexicon();
		return !lex || lex(normalizeArabic(name)) < COMMON_UNTAGGED_WORD;
	}

	standsForCompany(name: string, language: LanguageCode): boolean {
		if (language === 'ar' || !this.languages.includes(language)) return false;
		const model = this.model(language);
		const casing = model.resources.casing;
		const first = name.split(' ')[0];
		if (!casing || !/^\p{Lu}/u.test(first) || writtenInLowerCase(casing, first)) return false;
		return !isDemonym(model, first) && !isListedPlaceName(model, name) && !isListedCountry(model, name);
	}

	isNation(name: string, language: LanguageCode): boolean {
		return language === 'en' && this.languages.includes('en') && isPlayersCountry(name);
	}

	/**
	 * `asWritten`: undefined for a text as the user wrote it (its lines in capitals are then detected
	 * written in ordinary case); for such a copy, the text as written.
	 */
	private detectIn(text: string, language: LanguageCode, asWritten: string | undefined): DetectedEntity[] {
		this.asWritten = asWritten;
		const model = this.model(language);
		// tokens of the whole text
		let n = 0;
		const words = this.words;
		scanTokens(text, 0, text.length, (start, end, kind, lineStart) => {
			if (n === this.starts.length) this.grow();
			this.starts[n] = start;
			this.ends[n] = end;
			this.kinds[n] = KIND[kind];
			this.lineStarts[n] = lineStart ? 1 : 0;
			words[n] = text.slice(start, end);
			n++;
		});
		const casing = model.resources.casing;
		if (asWritten === undefined && casing && language !== 'ar') {
			// headlines in capitals: detected written in ordinary case, reported as written
			const cased = truecaseCapitalLines(text, { starts: this.starts, ends: this.ends, kinds: this.kinds, lineStarts: this.lineStarts, words, n }, casing, (i) => this.listedNameEnd(model, i, n));
			if (cased !== undefined) return this.detectIn(cased, language, text).map((e) => ({ ...e, text: text.slice(e.start, e.end) }));
		}
		let out: DetectedEntity[] = [];
		const lex = language === 'ar' ? lexiconFunction(model.resources.lexicon) : undefined;
		this.headlines.length = 0;
		let a = 0;
		while (a < n) {
			// a segment: up to the next line start, cut at sentence ends when long
			let b = a + 1;
			while (b < n && !this.lineStarts[b]) b++;
			if (b - a > MAX_SEGMENT) b = this.cut(text, a, b);
			// a wire headline's kicker is no part of its sentence («SOCCER - FERGUSON HAILS CANTONA»:
			// «Ferguson» an organisation after «Soccer -», a person alone)
			// and so is a country's name before a dash («SOUTH KOREA - COURT JAILS…» one organisation),
			// the place even where the model reads nothing in it alone («YUGOSLAVIA»)
			const sportDash = language === 'ar' ? -1 : kickerDash(words, this.lineStarts, b, a);
			const countryDash = sportDash < 0 && language === 'en' ? countryKickerDash(text, this.starts, this.ends, words, this.lineStarts, b, a, isPlayersCountry) : -1;
			// and a dateline's place is no part of the story's first sentence («MELBOURNE — Jannik Sinner
			// beat…»: the given name the model did not know was lost after the dash)
			const datelinesDash = sportDash < 0 && countryDash < 0 && language !== 'ar' ? datelineDash(words, this.starts, this.ends, this.lineStarts, b, a) : -1;
			const dash = Math.max(sportDash, countryDash, datelinesDash);
			if (dash >= 0 && dash + 1 < b) {
				const found = out.length;
				this.tagSegment(text, model, a, dash + 1, language, lex, out);
				if (countryDash >= 0 && out.length === found) {
					const start = this.starts[a];
					const end = this.ends[countryDash - 1];
					out.push({ start, end, type: 'LOC', text: text.slice(start, end), confidence: PLACE_RULE_CONFIDENCE, source: 'rule' });
				}
				this.tagSegment(text, model, dash + 1, b, language, lex, out);
			} else this.tagSegment(text, model, a, b, language, lex, out);
			a = b;
		}
		// English text the model found nothing in and that capitalises no word but function words («I
		// think it was the best one.»): the rules after the model read names, which take capitals,
		// except the agencies' lower-case ones («dpa»); those and the dates are all it can hold (a third
		// of the text of the English dev file, in short comments, is so)
		if (language === 'en' && out.length === 0 && capitalisesOnlyFunctionWords(words, n)) return this.datesAndAgencies(text, language, n);
		this.extendListedPlaces(text, model, out, n);
		if (language !== 'ar') {
			namesWithApostropheEndings(text, out);
			joinAdjacentPersons(text, out);
		}
		if (language === 'en') {
			joinNicknames(text, out);
			out = joinSaintNames(text, out);
		}
		if (language !== 'ar') this.joinListedSurnames(text, model, out, n, language);
		if (language !== 'ar') this.joinListedGivenNames(text, model, out, n, language);
		if (language === 'ar') {
			joinSurnamesAfterCompoundNames(text, out, this.starts, this.ends, this.kinds, this.lineStarts, n, words, lex);
			joinFamilyNames(text, out, this.starts, this.ends, this.kinds, this.lineStarts, n, words);
			joinKunyasBeforePersons(text, out, this.starts, this.lineStarts, n, words);
			joinKunyaNisbas(text, out, this.starts, this.ends, this.lineStarts, n, words);
			joinRegnalOrdinals(text, out, this.starts, this.ends, this.lineStarts, n, words);
			joinSportsOfFederations(text, out, this.starts, this.ends, this.lineStarts, n, words);
			joinAdjacentArabicPlaces(text, out);
			trimListConjunctions(text, model, out);
			retypeArabicNamesByContext(text, out);
			if (lex) {
				givenNamesBehindConjunction(text, model, out, lex);
				this.joinSurnamesAfterGivenNames(text, model, out, n, lex);
				this.joinGivenNamesBeforeAbd(text, model, out, n, lex);
				const titled = this.titledArabicNames(text, model, out, n, lex);
				if (titled.length) out = merge(out, titled);
			}
		}
		const tokens: TokenView = { text, starts: this.starts, ends: this.ends, lineStarts: this.lineStarts, n, words };
		// the nationality rules' quick test (the words go before the rules end, on a long text)
		const nationalities = language === 'en' && holdsNationality(model, words, n);
		const rules: DetectedEntity[] = language === 'ar' ? findArabicInstitutions(tokens) : [];
		ruleEntities(tokens, language, rules, (word) => (seenTypes(model, word) & LOC_BIT) !== 0, (word) => language === 'en' && this.isCommonPersonNoun(model, word));
		if (language === 'en') out = companyBranches(model, splitJoinedOrganisations(text, out));
		let withRules = rules.length ? mergeRules(out, rules) : out;
		const countries = this.countries(text, model, n, language, lex, withRules);
		if (countries.length) withRules = merge(withRules, countries);
		if (language !== 'ar') withRules = formerCountries(text, withRules);
		withRules = mergeAgencies(withRules, findAgencies(tokens, language));
		if (language === 'en') extendCompaniesOverTheirLastWords(text, withRules);
		if (language !== 'ar') withRules = dropKickerNames(tokens, mergeListedNames(withRules, findDatelines(tokens, language), (entity, place) => entity.end === place.end));
		else withRules = mergeListedNames(withRules, findArabicDatelines(tokens, (word) => (listedTypes(model, word) & (LOC_BIT | PER_BIT)) === LOC_BIT), (entity, place) => entity.end === place.end);
		if (language !== 'ar') {
			// in a title-case headline a capital after a title cue is no sign of a name («UN Chief Warns»)
			const found = (language === 'en' ? findTitledNames(tokens) : findFrenchTitledNames(tokens)).filter((e) => !this.inHeadline(e) || holdsListedName(model, e.text));
			const companies = language === 'en' ? found.filter((e) => isCompanyAfterGeneral(model, text, e)) : [];
			const titled = companies.length ? found.filter((e) => !companies.includes(e)) : found;
			if (titled.length) withRules = merge(extendPersonsToTitledNames(withRules, titled), titled);
			if (companies.length) withRules = merge(withRules, companies.map((e) => companyWithGeneral(text, e)));
		}
		if (language === 'fr') {
			// after a rank («le maréchal de Mollke»), a place or an organisation the model read in the
			// name gives way to the person
			const ranked = findFrenchRankedNames(tokens, (name) => isListedPlaceName(model, name));
			if (ranked.length) withRules = merge(extendPersonsToTitledNames(withRules.filter((e) => e.type === 'PER' || !ranked.some((r) => e.start >= r.start && e.end <= r.end)), ranked), ranked);
		}
		if (language === 'en') {
			const speakers = findQuotedSpeakers(tokens);
			if (speakers.length) withRules = merge(withRules, speakers);
			const born = findBornPersons(tokens);
			if (born.length) withRules = merge(withRules, born);
		}
		if (language !== 'ar') {
			const described = findDescribedOrganisations(tokens, language);
			// French: a one-word name the model read otherwise after «le parti», «le quotidien» is the
			// organisation («le parti Pastef» as a person). English: where the model found nothing
			// («the company Elon Musk founded» keeps the person), and a one-word name after a noun of a
			// trade, whatever the model read («the retailer Costco», «the insurer Aviva» as persons), and
			// after «club» what the model read as no person («Spanish club Barcelona» as the city)
			const retypes = (entity: DetectedEntity, name: DetectedEntity): boolean =>
				entity.end === name.end && !/\s/u.test(name.text) && (language === 'fr' || isTradeBefore(text, name.start) || (entity.type !== 'PER' && isClubBefore(text, name.start)));
			if (described.length) withRules = mergeListedNames(withRules, described, retypes);
		}
		if (language === 'en') {
			withRules = tennisPlayers(text, model, retypeTeams(withRules, tokens, isPlayersCountry));
			// what the model found there takes the table's type (a club, a national team's country, a
			// leaderboard's tied player), but a person stays one, unless a results line has it on a
			// side of a score («Deportivo Coruna 0 Espanyol 0»); where the model found nothing, a name
			// of two words or more that opens with a listed name is a player («Nick Faldo 68 68 68 68
			// 272», «201 Colin Montgomerie 67 66 68»), but on a side of a score a team («Werder Bremen 0
			// Hamburg 0»)
			const found = withRules;
			const resultsLineTeams = new Set<DetectedEntity>();
			const tableNames = findTableTeams(tokens, isPlayersCountry, resultsLineTeams);
			const isPlayer = (team: DetectedEntity): boolean =>
				!found.some((e) => e.start < team.end && team.start < e.end) && /\s/u.test(team.text) && !resultsLineTeams.has(team) && (listedTypes(model, team.text.split(/\s/u)[0]) & PER_BIT) !== 0;
			const tableTeams = tableNames.filter((team) => !isPlayer(team));
			// (after a total the model reads no one there)
			const players = tableNames.filter(isPlayer).map((player) => ({ ...player, type: 'PER' }));
			if (players.length) withRules = merge(withRules, players);
			// «Chicago 103 MIAMI 91 (OT)»: overtime, read as an organisation
			if (resultsLineTeams.size) withRules = withRules.filter((e) => !(/^\d?OT$/u.test(e.text) && /\d[ \t]*\([ \t]*$/u.test(text.slice(Math.max(0, e.start - 9), e.start)) && /^[ \t]*\)/u.test(text.slice(e.end, e.end + 2))));
			// a name the model read across a score («Liverpool 2 Aston Villa») or with a figure of the
			// table («ORLANDO 7», or from inside the team: «Villa 30 14» of «Aston Villa 30 14…») gives
			// way to the teams
			if (tableTeams.length) withRules = withRules.filter((e) => !(/\s\d+(?:\s|$)/u.test(e.text) && tableTeams.some((team) => e.start < team.end && team.end <= e.end)));
			// a piece the model found alone gives way to the whole team («Eindhoven» of «PSV Eindhoven»)
			if (tableTeams.length) withRules = mergeListedNames(withRules, tableTeams, (entity, team) => entity.end === team.end && (entity.type !== 'PER' || resultsLineTeams.has(team)), true);
			// «the St. Louis Post-Dispatch», «the Sunday Telegraph»: the newspaper, not its town or a day
			const newspapers = findNewspapers(tokens, (name) => isListedPlaceName(model, name));
			if (newspapers.length) withRules = mergeListedNames(withRules, newspapers, (entity, paper) => entity.end === paper.end, true);
			// the firm of «analysts at Bernstein» is one, whatever the model read there («Bernstein» a
			// person), and over the pieces it read in it («Leerink» of «Leerink Partners» a place)
			const firms = findAnalystFirms(tokens);
			if (firms.length) withRules = mergeListedNames(withRules, firms, (entity, firm) => entity.end === firm.end, true);
			withRules = placesJoinedToPlaces(text, withRules, (word) => (trainingTypes(model, word) & PER_BIT) !== 0);
			withRules = organisationsJoinedToOrganisations(
				text,
				withRules,
				(word) => !isListedCountry(model, word) && (seenTypes(model, word) & ORG_BIT) !== 0,
				(word) => (trainingTypes(model, word) & PER_BIT) !== 0,
			);
			// and so are the examples of «companies such as Spotify, Tesla and Uber» («Tesla» a place)
			const examples = findExampleCompanies(tokens, (name) => isListedCountry(model, name));
			if (examples.length) withRules = mergeListedNames(withRules, examples, (entity, company) => entity.end === company.end);
			const employers = this.companiesBeforeTitles(text, model, n, withRules);
			if (employers.length) withRules = merge(withRules, employers);
		}
		if (language !== 'ar') {
			const persons = this.listedPersons(text, model, n, withRules);
			if (persons.length) withRules = merge(withRules, persons);
		}
		if (language === 'fr' || language === 'en') {
			const named = this.givenNamesAndSurnames(text, model, n, withRules, language === 'en');
			if (named.length) withRules = merge(withRules, named);
		}
		if (language === 'en') {
			const described = this.namesAfterPersonNouns(text, model, n, withRules);
			if (described.length) withRules = merge(withRules, described);
		}
		const places = this.listedPlaces(text, model, n, language, lex, withRules);
		if (places.length) withRules = mergeListedPlaces(text, withRules, places, this.starts, this.ends, n);
		if (language === 'ar') {
			const { added, trimmed } = this.placesInLists(text, model, n, withRules, lex);
			if (trimmed.size) withRules = withRules.map((e) => trimmed.get(e) ?? e);
			if (added.length) withRules = merge(withRules, added);
			const headed = this.headedPlacesInLists(text, n, withRules);
			if (headed.length) withRules = merge(withRules, headed);
			withRules = mergePublications(withRules, findPublications(tokens));
			withRules = mergeQuotedOrganisations(withRules, findQuotedOrganisations(tokens));
			withRules = joinClubNames(withRules, tokens, (i) => this.kinds[i] === 0 && (listedTypes(model, words[i]) & LOC_BIT) !== 0);
		}
		const dates = this.datesOfTokens(text, language, n);
		if (language !== 'ar') withRules = joinAcronymOrganisations(text, withRules);
		if (language !== 'ar') withRules = joinCompanyPartners(text, withRules);
		if (language === 'en') withRules = splitScorecardPersons(text, withRules);
		if (language === 'en') {
			// before the rules that name a team after a driver or in a racing report («Jordan»)
			withRules = countriesAsPlaces(text, model, withRules);
			// the players first, so that the team after a player's country is found after them too
			withRules = typeRanges(text, withRules, this.playersFoundBeforeCountries(text, model, n, withRules), (e) => e.type === 'LOC' || e.type === 'ORG', 0.5);
			withRules = cricketResultsLines(text, initialsOfPersons(text, lineUps(text, model, scorersAndFixtures(text, model, teamNicknames(text, scorecardPlayers(text, resultsWithScorers(text, model, teamsAfterPlayersCountries(text, model, playersCountries(text, model, playersBeforeCountries(text, model, withRules))))))))));
		}
		// a word the text writes in lower case inside sentences («Meanwhile», «Wine», «riverbank»)
		const inLowerCase = (word: string): boolean => !!model.resources.casing && writtenInLowerCase(model.resources.casing, word);
		if (language === 'en') withRules = possessorsOfInstitutions(text, model, personsOfCountries(text, model, retypePossessors(text, model, splitCountryPossessives(text, model, extendPossessorNames(text, joinPossessorNames(text, withRules)), inLowerCase))));
		if (language === 'en') withRules = splitCoordinatedPlaces(text, model, splitOrganisationsOfPersons(text, model, splitCoordinatedPersons(text, splitPersonsBeforeOrganisations(text, splitPersonsOfOrganisations(text, model, splitCountriesBeforePersons(text, model, splitStateTitles(text, splitCountryTitles(text, withRules)), inLowerCase)))), inLowerCase));
		if (language === 'en') withRules = companiesBeforeAppositions(text, model, placesBeforeAreaNouns(text, model, namedWildfires(text, untaggedStorms(text, personsInCreditLines(text, withRules))), inLowerCase), inLowerCase);
		if (language === 'en') withRules = placesOpeningOrganisations(text, model, employersBeforeCompanyOfficers(text, listedPlacesAfterIn(text, model, townsBeforeRegions(text, splitOrganisationsInPlaces(text, model, withRules)))));
		if (language === 'en') withRules = ratingAgencies(text, partiesWithQualifiers(text, reserveBanks(text, combiningFormsBeforeNames(text, hyphenatedOrganisations(text, unionsBeforeUnionNoun(text, model, namesAfterPartyNoun(text, model, namesBeforePartyNoun(text, model, partiesBeforePartyNoun(text, model, policiesOutOfOrganisations(text, model, compassAdjectivesBeforeNouns(text, compoundNationalities(withRules))))))))))));
		if (language === 'en') withRules = placesWithCompassEndings(text, citiesWithNicknames(model, racingTeams(text, riversAfterThe(text, regionsAfterThe(text, continentalRegions(text, countriesAfterPlacePrepositions(text, model, namesAfterNames(text, model, withRules))))))));
		if (language === 'en') withRules = organisationsCalledByName(text, companiesNamedByNationality(model, placesOfOfficeTitles(text, model, flightCodesOutOfNames(text, numberedChannels(text, mediaByKind(text, model, clubsByAffix(text, organisationsReachingPlaces(text, model, stockLists(text, companiesNamedByWords(text, possessorsOfCompanyOfficers(text, model, partiesOfDeals(text, model, companiesOfShareMoves(text, model, companiesOfPriceMoves(text, companiesInEnglishLists(text, model, placesAfterPlaceAnd(text, model, placesInEnglishLists(text, model, companiesAfterOpeningKinds(text, model, companiesAfterKinds(text, model, personsReadAsOrganisations(model, withRules, inLowerCase)))))), inLowerCase), inLowerCase), inLowerCase), inLowerCase)), inLowerCase))), inLowerCase))))));
		if (language === 'en') withRules = awardsReadAsNames(text, sportsBodiesOfPlaces(text, model, facilitiesByForeignHead(text, personsAfterKinNouns(text, model, treatiesReadAsNames(text, shipsReadAsPersons(text, festivalsReadAsNames(namesAfterInitials(text, worksInQuotes(text, institutionsOfSaints(text, universitiesByName(text, servicesOfPlaces(text, model, namesKnownAs(text, clubsAndCountriesOfPlayers(text, model, clubsByListedName(text, withRules)))))))))))))));
		if (language === 'en') {
			// on the text as written: a headline's truecasing keeps no sign of a column's head or a «V»
			const written = asWritten ?? text;
			withRules = companiesWithLegalForms(text, banksOfNames(text, standingsColumnHeads(written, leagueDivisions(written, exchangesWithTowns(text, sidesOfVersus(written, groupsBeforeFighters(text, withRules)))))));
		}
		// after the rules that find a firm's first names («the law firm Lieff Cabraser Heimann»)
		if (language === 'en') withRules = givenNamesBeforeParticles(text, model, firmsJoinedByAmpersands(text, model, withRules));
		if (language === 'fr') withRules = ministersAfterDomains(text, model, functionComplements(text, model, withRules));
		if (language === 'fr') withRules = countriesBeforeDe(model, withRules);
		if (language === 'fr') withRules = frenchPlayersBeaten(text, model, frenchClubOpponents(text, model, personsBeforeOccupations(text, model, withRules)));
		if (language === 'fr') withRules = textsOfLaw(placesInFrenchLists(text, model, withRules));
		if (language === 'en') withRules = textsOfLaw(withRules, 'en', text);
		if (language !== 'ar') {
			withRules = namesJoinedByIzafa(text, withRules);
			withRules = placesWithGluedArticles(text, model, hyphenatedEastAsianNames(text, gluedSurnamesAfterPersons(text, addBracketedAcronyms(text, namesBeforeAcronyms(text, withRules)))), language);
			withRules = nationalitiesBeforePersons(text, model, surnamesAfterCompoundGivenNames(text, hyphenatedGivenNames(text, model, personsWithHyphenatedSurnames(text, model, banksByHeadWord(text, banksByName(text, model, withRules, inLowerCase)))), inLowerCase), language);
			if (nationalities) withRules = personsAfterNationalities(text, model, withRules, inLowerCase);
			// after the glued articles' places («Aïd el-Fitr» read as one)
			withRules = placesOpeningWithHeads(text, holyPeriods(text, withRules));
		}
		if (language === 'fr') withRules = frenchNamesByContext(text, model, movementsWithTheirHeads(text, streetsWithArticles(text, namesWithInitialApostrophes(text, model, placesNamedAfterDates(text, model, universities(text, secondPlacesAfterA(text, model, placesAfterA(text, model, frenchStormNames(text, clubsAfterClubRoles(text, model, companiesAfterNationalities(text, model, citiesWithArticles(text, withRules))))))))))));
		if (language === 'ar') {
			withRules = compoundGivenNames(text, splitPlacesBeforePersons(text, model, withRules));
			if (lex) withRules = titledDefiniteGivenNames(text, withRules, lex);
			if (lex) withRules = adjectivesReadAsPersons(text, futureVerbsOutOfPersons(text, surnamesAfterVerbs(text, companiesAfterTrades(text, model, particleNames(text, placesInArabicLists(text, model, titledForeignNames(text, model, personsAfterNisbas(text, withRules, lex), lex), lex), lex), lex), lex), lex), lex);
			withRules = placesAfterTownNouns(text, placesNamedAfterDays(text, placesTravelledTo(text, personsAfterSiteNouns(text, centralBanks(text, aircraftModels(text, latinSpellingsOfNames(text, verbsOutOfPersons(text, countriesReadAsPersons(model, prisonsAsOrganisations(text, muscat(text, nationalitiesOutOfOrganisations(model, anercorpSpans(text, opponentsOfClubs(text, model, officeHoldersAfterBodies(text, model, cupsOutOfNames(text, withRules))))))))))))))));
		}
		const withDates = dates.length ? merge(withRules, dates) : withRules;
		if (language === 'ar') return withDates;
		const withEvents = mergeSportsEvents(text, withDates, findSportsEvents(text, language));
		if (language !== 'en') return withEvents;
		// after the events, which hold some («English League Cup»); not in a line written in capitals
		const inCapitals = (range: { start: number; end: number }): boolean => asWritten !== undefined && asWritten.slice(range.start, range.end) !== text.slice(range.start, range.end);
		return diseasesNamedAfterPersons(text, nationalities ? nationalitiesAsMisc(text, model, withEvents, inCapitals) : withEvents);
	}

	/** The dates and the agencies of the tokens of `text` (the detection of a text with no name's capital). */
	private datesAndAgencies(text: string, language: LanguageCode, n: number): DetectedEntity[] {
		const agencies = mergeAgencies([], findAgencies({ text, starts: this.starts, ends: this.ends, lineStarts: this.lineStarts, n, words: this.words }, language));
		const dates = this.datesOfTokens(text, language, n);
		return dates.length ? merge(agencies, dates) : agencies;
	}

	/** The dates of the tokens of `text`; the last use of the tokens' strings. */
	private datesOfTokens(text: string, language: LanguageCode, n: number): DetectedEntity[] {
		const dates: DetectedEntity[] = [];
		findDatesInTokens(text, this.starts, this.ends, this.kinds, this.lineStarts, n, language, this.words, dates, this.infos);
		// do not hold on to the strings of a long text
		if (this.words.length > 4096) this.words.length = 0;
		if (this.infos.length > 4096) this.infos.length = 0;
		return dates;
	}

	/**
	 * Country names the model left untagged (its training data has annotation gaps: «l'Algérie» is
	 * O a few times in HIPE): a token sequence of the country gazetteer with the LOC bit, not inside
	 * or next to an entity, and for Latin script capitalised and not next to another capitalised
	 * word («Jordan Peterson», «Chad Smith»). A Latin-script country name of two words or more that
	 * holds model entities (not persons) whole replaces them in `ents`: pieces of it, or one entity
	 * of another type (in English only when the name has four words or more: «Democratic Republic
	 * of Congo» read as an ORG; «North Korea» as an ORG is a country acting, left to the model).
	 */
	private countries(text: string, model: TaggerModel, n: number, language: LanguageCode, lex: ArabicLexicon | undefined, ents: DetectedEntity[]): DetectedEntity[] {
		const gi = model.header.gazetteers.indexOf('countries');
		if (gi < 0) return [];
		const gz = model.resources.gazetteers[gi];
		const fz = model.featurizer;
		const out: DetectedEntity[] = [];
		const replaced: Array<{ from: number; to: number; place: DetectedEntity }> = [];
		const words = this.words;
		let k = 0; // next entity not ending before the current token
		for (let i = 0; i < n; i++) {
			if (this.kinds[i] !== 0) continue;
			const c0 = text.charCodeAt(this.starts[i]);
			const arabic = c0 >= 0x0600 && c0 <= 0x06ff;
			if (!arabic && !this.capital(text, i)) continue;
			if (arabic !== (language === 'ar')) continue;
			let info = fz.wordInfo(words[i], 0);
			// French capitals often go without their accent («l'Ethiopie», «les Emirats arabes unis»)
			if (info.gaz[gi] < 0 && language === 'fr' && /^E\p{Ll}/u.test(words[i])) info = fz.wordInfo(`É${words[i].slice(1)}`, 0);
			let v = info.gaz[gi];
			let h = info.hStem;
			let proclitic = 0;
			// «وأذربيجان»: the lexicon keeps a rare name whole, but a country name behind و ف ب ك ل is
			// still the country (a key look-up, not a word's features: this runs for many words)
			if (v < 0 && arabic && words[i].length > 4 && ARABIC_PROCLITIC_LETTERS.includes(words[i][0])) {
				h = tokenKeyHash(words[i].slice(1), lex);
				v = gz.get(h);
				proclitic = 1;
			}
			if (v < 0) continue;
			// longest entry from i (up to 6 tokens: «Democratic Republic of the Congo»)
			let end = v & 4 ? i + 1 : -1;
			for (let j = i + 1; j < n && j < i + 6 && v & 16 && !this.lineStarts[j]; j++) {
				h = combine(h, fz.wordInfo(words[j], this.kinds[j]).hStem);
				v = gz.get(h);
				if (v < 0) break;
				if (v & 4 && this.kinds[j] === 0) end = j + 1;
			}
			if (end < 0) continue;
			if (arabic && end === i + 1 && words[i] === 'مالي' && maliIsAdjective(text, this.starts[i])) continue;
			const start = arabic ? this.starts[i] + (proclitic || splitProclitics(words[i], lex).offset) : this.starts[i];
			const stop = this.ends[end - 1];
			while (k < ents.length && ents[k].end <= this.starts[i]) k++;
			if (k < ents.length && ents[k].start < stop) {
				// a country's name of two words or more holding the model's entities whole: cut in two
				// («Democratic Republic», «Congo»), or a long one read as an ORG («Democratic Republic of
				// Congo»)
				if (!arabic && end - i >= 2) {
					let m = k;
					// a person read on the very span is the country too («Sri Lanka army captures …»: «Sri» is a given name)
					if (m < ents.length && ents[m].type === 'PER' && ents[m].start === start && ents[m].end === stop) m++;
					else while (m < ents.length && ents[m].start < stop && ents[m].start >= start && ents[m].end <= stop && ents[m].type !== 'PER') m++;
					const whole = m > k && (m === ents.length || ents[m].start >= stop);
					// in English, one entity with the very span is the model's reading (a country acting,
					// «North Korea fired», is an ORG in the English training files), unless the name is a
					// long formal one; French (HIPE) writes countries as places
					const same = m === k + 1 && ents[k].start === start && ents[k].end === stop && (ents[k].type === 'LOC' || (language === 'en' && end - i < 4 && ents[k].type !== 'PER'));
					if (whole && !same) replaced.push({ from: k, to: m, place: { start, end: stop, type: 'LOC', text: text.slice(start, stop), confidence: PLACE_RULE_CONFIDENCE, source: 'rule' } });
				}
				i = end - 1;
				continue;
			}
			if (!arabic) {
				// «anti-Pyongyang», «pro-Moscow»: a word of a compound adjective; «US$50»: a currency
				if ((i > 1 && words[i - 1] === '-' && this.starts[i] === this.ends[i - 1] && this.starts[i - 1] === this.ends[i - 2]) || text.charCodeAt(stop) === 0x24) {
					i = end - 1;
					continue;
				}
				const prevCap = i > 0 && !this.lineStarts[i] && this.kinds[i - 1] === 0 && this.capital(text, i - 1) && !this.isSentenceStart(text, i - 1);
				const nextCap = end < n && !this.lineStarts[end] && this.kinds[end] === 0 && this.capital(text, end);
				if (prevCap || nextCap) {
					i = end - 1;
					continue;
				}
				// «the Saudi foreign ministry»: a short form that is also the demonym, before a noun, is the adjective
				if (end === i + 1 && SHORT_DEMONYMS.has(words[i].toLowerCase()) && end < n && /^\p{Ll}/u.test(words[end])) continue;
			}
			out.push({ start, end: stop, type: 'LOC', text: text.slice(start, stop), confidence: PLACE_RULE_CONFIDENCE, source: 'rule' });
			i = end - 1;
		}
		if (replaced.length) {
			// rebuilt in one pass (a splice per replacement is quadratic on a long text)
			const kept: DetectedEntity[] = [];
			let r = 0;
			for (let e = 0; e < ents.length; e++) {
				if (r < replaced.length && e === replaced[r].from) {
					kept.push(replaced[r].place);
					e = replaced[r++].to - 1;
				} else kept.push(ents[e]);
			}
			ents.length = 0;
			for (const e of kept) ents.push(e);
		}
		return out;
	}

	/**
	 * A place the model cut short, whose name goes on in the place lists («تيزي» of «تيزي وزو»,
	 * «Tizi» of «Tizi Ouzou», «عين» of «عين الدفلى»), takes in the rest (up to two words); entities
	 * the model found on those words give way. `out` is in text order; changed in place.
	 */
	private extendListedPlaces(text: string, model: TaggerModel, out: DetectedEntity[], n: number): void {
		const { gazetteers } = packageLists(model);
		if (gazetteers.length === 0) return;
		let token = 0;
		for (let k = 0; k < out.length; k++) {
			const place = out[k];
			if (place.type !== 'LOC') continue;
			while (token < n && this.ends[token] <= place.start) token++;
			let last = token;
			while (last + 1 < n && this.starts[last + 1] < place.end) last++;
			if (this.ends[last] !== place.end) continue;
			let h = this.infos[token].hStem;
			for (let t = token + 1; t <= last; t++) h = combine(h, this.infos[t].hStem);
			let end = -1;
			for (let t = last + 1; t < n && t <= last + 2 && !this.lineStarts[t] && this.kinds[t] === 0; t++) {
				// only while the words so far are the start of a longer entry
				if ((entryBits(gazetteers, h) & PREFIX_BIT) === 0) break;
				h = combine(h, this.infos[t].hStem);
				if (entryBits(gazetteers, h) & LOC_BIT) end = t;
			}
			if (end < 0) continue;
			const stop = this.ends[end];
			out[k] = { ...place, end: stop, text: text.slice(place.start, stop) };
			let drop = k + 1;
			while (drop < out.length && out[drop].start < stop) drop++;
			out.splice(k + 1, drop - k - 1);
		}
	}

	/**
	 * Arabic: «سجل رياض محرز»: the model found the given name «رياض» alone. A person found as one
	 * word that the given-name list knows takes the next word when it reads as a family name
	 * (`isRareFamilyName`: the training text wrote it at most once). In the training files a rare
	 * word after a one-word person is inside the name 632 times of 937.
	 */
	private joinSurnamesAfterGivenNames(text: string, model: TaggerModel, entities: DetectedEntity[], n: number, lex: ArabicLexicon): void {
		const { ends, kinds, lineStarts, words } = this;
		let token = 0;
		for (let k = 0; k < entities.length; k++) {
			const person = entities[k];
			if (person.type !== 'PER') continue;
			while (token < n && ends[token] <= person.start) token++;
			const next = token + 1;
			if (next >= n || ends[token] !== person.end || lineStarts[next] || kinds[next] !== 0) continue;
			if (k + 1 < entities.length && entities[k + 1].start < ends[next]) continue;
			if (!this.isGivenName(model, token) || !(isRareFamilyName(words[next], lex) || isRareNisba(words[next], lex))) continue;
			entities[k] = { ...person, end: ends[next], text: text.slice(person.start, ends[next]) };
		}
	}

	/**
	 * Arabic: «علاء عبد الفتاح», «عماد عبد الرحمن» read as «عبد الفتاح» alone: a given name right
	 * before a person whose name opens with «عبد» is the person's (the Arabic training files: 65 of 69
	 * times where the word before is a listed given name without the article; the 4 others are «علي»
	 * written for the preposition «على» and titles behind a proclitic). Not a word with the article,
	 * a title, nor «علي» (the preposition so written). `entities` are in text order; changed in place.
	 */
	private joinGivenNamesBeforeAbd(text: string, model: TaggerModel, entities: DetectedEntity[], n: number, lex: ArabicLexicon): void {
		const { starts, ends, kinds, lineStarts, words } = this;
		let token = 0;
		for (let k = 0; k < entities.length; k++) {
			const person = entities[k];
			if (person.type !== 'PER' || !person.text.startsWith('عبد')) continue;
			while (token < n && starts[token] < person.start) token++;
			const before = token - 1;
			if (before < 0 || token >= n || starts[token] !== person.start || lineStarts[token] || kinds[before] !== 0 || starts[token] !== ends[before] + 1) continue;
			if (k > 0 && entities[k - 1].end > starts[before]) continue;
			// behind a proclitic («وعلاء»), from the name on
			const { offset, key } = splitProclitics(words[before], lex);
			if (key.startsWith('ال') || key === 'علي' || isArabicTitle(key) || !this.isGivenName(model, before)) continue;
			const start = starts[before] + offset;
			entities[k] = { ...person, start, text: text.slice(start, person.end) };
		}
	}

	/**
	 * Arabic: token i is a given name the package lists know (read from its cached features, so
	 * most words stop here), and not a particle that reads as one once normalised («على», «أمام»
	 * read as «إمام»).
	 */
	private isGivenName(model: TaggerModel, i: number): boolean {
		return (wordBits(this.infos[i].gaz, packageLists(model).isPackageList) & PER_BIT) !== 0 && !PARTICLES_READ_AS_NAMES.has(this.words[i]) && !isArabicFunctionWord(this.words[i]);
	}

	/**
	 * Arabic: one of the three words before token i, on its line, is a title («رئيس», «وزير»…), or
	 * the word right before it is one with a possessive pronoun («رئيسه», «its president»).
	 */
	private followsArabicTitle(i: number, lex: ArabicLexicon): boolean {
		for (let t = i - 1; t >= 0 && t >= i - 3 && !this.lineStarts[t + 1]; t--) {
			const key = splitProclitics(this.words[t], lex).key;
			if (isArabicTitle(key)) return true;
			// with a pronoun only right before the name
			const pronoun = t === i - 1 ? PRONOUN_SUFFIX.exec(key) : null;
			if (pronoun && isArabicTitle(key.slice(0, key.length - pronoun[0].length))) return true;
		}
		return false;
	}

	/**
	 * Arabic: «رئيس الحكومة عزيز أخنوش»: after a title (within three words), a given name the list
	 * knows followed by a word the training text wrote at most once (the same family-name test as
	 * `joinSurnamesAfterGivenNames`) is a person, where the model found nothing.
	 */
	private titledArabicNames(text: string, model: TaggerModel, found: readonly DetectedEntity[], n: number, lex: ArabicLexicon): DetectedEntity[] {
		const { starts, ends, kinds, lineStarts, words } = this;
		const out: DetectedEntity[] = [];
		let k = 0;
		for (let i = 1; i + 1 < n; i++) {
			if (kinds[i] !== 0 || lineStarts[i + 1] || kinds[i + 1] !== 0 || !this.isGivenName(model, i)) continue;
			while (k < found.length && found[k].end <= starts[i]) k++;
			if (k < found.length && found[k].start < ends[i + 1]) continue;
			if (!isRareFamilyName(words[i + 1], lex) || !this.followsArabicTitle(i, lex)) continue;
			out.push({ start: starts[i], end: ends[i + 1], type: 'PER', text: text.slice(starts[i], ends[i + 1]), confidence: 0.5, source: 'rule' });
			i++;
		}
		return out;
	}

	/**
	 * English: the type a model name of tokens `s`..`e` (of the segment starting at token `a`, `n`
	 * tokens long) takes from the words around it, where they say more than the name's own word:
	 * a country on a route or before a title, a source «according to» or «told», a name «, who»
	 * takes up, an age or a relative, an apposition naming a person, a country's short form, a
	 * disease. Each rule's count in the training files is in its comment.
	 */
	private englishTypeInContext(model: TaggerModel, modelType: string, a: number, s: number, e: number, n: number): string {
		let type = modelType;
		const words = this.words;
		const word = words[a + s];
		const before = s > 0 ? words[a + s - 1] : '';
		const after = e < n ? words[a + e] : '';
		const next = (k: number): string => (e + k < n ? words[a + e + k] : '');
		const oneWord = e - s === 1;
		const country = oneWord && inCountryList(model, this.infos[a + s].gaz, LOC_BIT);
		const afterPlacePreposition = PLACE_PREPOSITIONS.has(before);
		// «gas to Italy via Tunisia» read as an organisation (tweets write «via @Reuters»): a country
		// on a route is a place; so is one before its office holder's title («Tunisia President Kais
		// Saied»: LOC all 4 times in the English training files; not «Microsoft President»)
		if (type === 'ORG' && country && (before === 'via' || before === 'Via' || (/^\p{Lu}/u.test(after) && (isTitleWord(after) || isOfficeWord(after))))) type = 'LOC';
		// «According to Parker, …», «told Parker» read as a place: a source quoted, or the one told, is
		// a person or a body (PER 9 and 5, ORG 4 and 5, LOC never in the English training files); a
		// listed country stays a place, and so does one before a noun it qualifies («according to
		// Texas officials», «told Ohio voters»)
		const source = before === 'told' || (before === 'to' && s >= 2 && /^[Aa]ccording$/u.test(words[a + s - 2]));
		if (type === 'LOC' && oneWord && source && !country && !(/^\p{Ll}+$/u.test(after) && !SOURCE_FOLLOWERS.has(after))) type = listedTypes(model, word) & PER_BIT ? 'PER' : 'ORG';
		// «…, said Barroso, who …» read as a place: a name that «, who» takes up is a person's (PER
		// 41 times of 47 in the English training files, the rest listed places), unless the lists
		// know it as a place and not as a person, or it follows «in», «from»… («people in Darfur,
		// who fled»: «who» takes up the people)
		// but «…, who are» takes up a team or a body (British usage: «for Barcelona, who are coached by
		// …», read as a person), not a person nor a country's national team («who were», «who have»
		// also follow peoples and spoken slips: GUM's «the Moriori, who were», «Mitchell, who have»)
		const pluralWho = after === ',' && next(1) === 'who' && next(2) === 'are';
		if ((type === 'LOC' || type === 'PER') && oneWord && pluralWho && !country) type = 'ORG';
		else if (type === 'LOC' && oneWord && after === ',' && next(1) === 'who' && !country && !afterPlacePreposition) {
			const listed = listedTypes(model, word);
			if (listed & PER_BIT || !(listed & LOC_BIT)) type = 'PER';
		}
		// «Haaland scored twice» read as a place: a place scores no goal. A name before a verb of
		// scoring is a person's (PER 10 times of 11 in the English training files, the other «USA»),
		// or the team of a town the lists know (a country stays the place: news tags a national team so)
		if (type === 'LOC' && oneWord && GOAL_VERBS.has(after) && !country) type = isListedPlaceName(model, word) ? 'ORG' : 'PER';
		// «…figures for Kabylie, where turnout was low» read as a person: a name «, where» takes up is a
		// place's (one-word names before it: LOC 18 times, ORG 2, MISC 1, PER never in the English
		// training files)
		if (type === 'PER' && oneWord && after === ',' && next(1) === 'where') type = 'LOC';
		// «Florence, 34, said», «Jordan's wife» read as a place or an organisation: an age between
		// commas, or a relative after the possessive, follows a person (PER all 34 and 23 times in
		// the English training files)
		const age = after === ',' && AGE.test(next(1)) && (next(2) === ',' || next(2) === ')');
		const relative = APOSTROPHES.has(after) && (RELATIVES.has(next(1)) || (next(1) === 's' && RELATIVES.has(next(2))));
		if ((type === 'LOC' || type === 'ORG') && (age || relative)) type = 'PER';
		// «Adelaide, a nurse from Leeds, said» read as a place: a name that an apposition calls a
		// person (its head noun's most frequent WordNet sense is a person: nurse, executive,
		// spokesman) is a person's; not a listed country («Jordan, a key ally»), nor a place in a
		// list after «of» («kings of France, of England, a king of Portugal»). Only a place: a
		// company's apposition names it by a person noun too («Vendorado, a park developer»)
		if (type === 'LOC' && oneWord && !afterPlacePreposition && !country && this.appositionNamesPerson(model, a + e, a + n)) type = 'PER';
		// … and so is one read as an organisation that the apposition calls by a noun no company is
		// called by («written by Ardashdun, a professor of economics»)
		if (type === 'ORG' && oneWord && HUMAN_APPOSITION_HEADS.has(this.appositionHead(a + e, a + n))) type = 'PER';
		// «Morena, her party, passed…» read as a person (or as a place no list holds as a country): a
		// name an apposition calls a party, a company or a movement is an organisation's
		if ((type === 'PER' || (type === 'LOC' && !country)) && oneWord && ORGANISATION_APPOSITION_HEADS.has(this.appositionHead(a + e, a + n, APPOSITION_DETERMINERS))) type = 'ORG';
		// «20 km south of Tonnorzi», «in central Venvi» read as a person or an organisation: after a
		// compass point and «of», or a country's part, a place (LOC every time in the English training files)
		if ((type === 'PER' || type === 'ORG') && s >= 2 && ((before === 'of' && COMPASS_POINTS.has(words[a + s - 2])) || (REGION_ADJECTIVES.has(before) && PLACE_PREPOSITIONS.has(words[a + s - 2])))) type = 'LOC';
		// «the ambassador to Gelel», «the flight from Tonfote», «deported to Rette» read as a person or
		// an organisation: after these words a place (LOC each time in the English training files)
		const placeCue = s >= 2 ? `${words[a + s - 2]} ${before}` : '';
		if ((type === 'PER' || type === 'ORG') && PLACE_CUES.has(placeCue.toLowerCase())) type = 'LOC';
		// «crashed ashore near Cameron» read as a person: after «near» a place (LOC 29 times, PER never
		// in the English training files), but «near Smith's home» names where by a person
		if (type === 'PER' && before === 'near' && !APOSTROPHES.has(after)) type = 'LOC';
		// «the chief executive of Eldun» read as a person: a company's officer's company
		if ((type === 'PER' || type === 'LOC') && COMPANY_OFFICER_CUES.has(placeCue) && !country) type = 'ORG';
		// «The capital, Dradun, was without power» read as a person: a settlement's noun in apposition
		if ((type === 'PER' || type === 'ORG') && oneWord && !country && after === ',' && this.followsPlaceApposition(a, s)) type = 'LOC';
		// «The minister, Kowdraard, said» read as a place: a name in apposition to a role is a person's
		if ((type === 'LOC' || type === 'ORG') && oneWord && !country && after === ',' && this.followsRoleApposition(model, a, s)) type = 'PER';
		// «entered Badrarus, a town near the border» read as a person: a name an apposition calls a
		// town, a village or another settlement is the place's
		if ((type === 'PER' || type === 'ORG') && oneWord && !country && this.appositionCallsPlace(a + e, a + n)) type = 'LOC';
		// «in NZ» read as an organisation (an acronym): a country's short form the country lists do not
		// hold (they keep longer spellings only) is a place (NZ: LOC 6 times of 7 tagged in the
		// English training files), unless it is a team («PAK vs NZ»)
		if (type === 'ORG' && oneWord && COUNTRY_ABBREVIATIONS.has(word) && !VERSUS.has(before)) type = 'LOC';
		// «Eli Lilly raised its guidance», «Disney's shares» read as a person: a name whose verb of
		// business takes «its», or whose possession is shares, profits or headquarters, is an organisation's (after a
		// name and one verb, «its» follows an organisation 12 times, a country 4 times, a person never
		// but for a misspelt «it's», in the English training files)
		// and so is one that posts or reports a profit or a loss («Mirdrael posted a quarterly loss»)
		const results = (after === 'posted' || after === 'reported' || after === 'posts' || after === 'reports') && (next(1) === 'a' || next(1) === 'an') && [next(2), next(3), next(4)].some((w) => RESULT_FIGURES.has(w));
		// … or that «said its» profit or shares did something, or whose chief executive or board acts
		// («Garash said its profit rose», «Fogel's chief executive resigned»)
		const saidIts = after === 'said' && next(1) === 'its' && COMPANY_POSSESSIONS.has(next(2));
		const officer = APOSTROPHES.has(after) && next(1) === 's' && (next(2) === 'CEO' || next(2) === 'board' || (next(2) === 'chief' && next(3) === 'executive'));
		const business = (COMPANY_VERBS.has(after) && next(1) === 'its') || (APOSTROPHES.has(after) && next(1) === 's' && COMPANY_POSSESSIONS.has(next(2))) || results || saidIts || (officer && (trainingTypes(model, word) & PER_BIT) === 0);
		if (type === 'PER' && business) type = 'ORG';
		// «Bayer added 0.5 percent», «Shell fell 2%» read as a person: a one-word name whose price moves
		// by a percentage is a listed company's (not a name the training files know as a person's:
		// «Trump gained 3 percent» in a poll). The tokens split a figure at its point: «0», «.», «5»
		const unit = next(2) === '.' || next(2) === ',' ? 4 : 2;
		// one word, or one joined by a hyphen («Freeport-McMoRan», «Rolls-Royce»)
		const hyphenated = e - s === 3 && words[a + s + 1] === '-' && this.ends[a + s] === this.starts[a + s + 1] && this.ends[a + s + 1] === this.starts[a + s + 2];
		// (the subject of the move: not «Exports from Bikowber rose 5 percent»)
		const priceMove = (oneWord || hyphenated) && !PREPOSITIONS_BEFORE_SUBJECT.has(before) && PRICE_VERBS.has(after) && /^\d+$/u.test(next(1)) && (unit === 2 || /^\d+$/u.test(next(3))) && PERCENT_WORDS.has(next(unit));
		if (type === 'PER' && priceMove && (trainingTypes(model, word) & PER_BIT) === 0) type = 'ORG';
		// so is one read as a place that no list holds as one («Freeport-McMoRan climbed 2.1%»)
		if (type === 'LOC' && priceMove && !country && !isListedPlaceName(model, hyphenated ? `${word}-${words[a + s + 2]}` : word)) type = 'ORG';
		// «published by Heinemann», «sponsored by Heineken» read as a person: what runs, sponsors or
		// publishes a thing is a company (ORG all 3 times after these verbs in the English training
		// files; with «owned», «acquired», «bought» 8 of 9, but persons own and buy: left out), unless
		// the training files know the name as a person's («operated by Smith»)
		if (type === 'PER' && oneWord && before === 'by' && s >= 2 && COMPANY_AGENT_VERBS.has(words[a + s - 2]) && (trainingTypes(model, word) & PER_BIT) === 0) type = 'ORG';
		// «CK Hutchison, which owns Three» read as a person: «, which» takes up no person (PER 3 times
		// of 43 names before it in the English training files, none its referent); before a verb of
		// owning or making, a company
		if (type === 'PER' && after === ',' && next(1) === 'which' && (WHICH_COMPANY_VERBS.has(next(2)) || (next(2) === 'was' && WHICH_WAS_COMPANY_VERBS.has(next(3))))) type = 'ORG';
		// «Boeing Co named…» read as a person: «Co» ends a company's name, never a person's (with a
		// full stop it may be a county's: «Prince William Co.»)
		if (type === 'PER' && e - s >= 2 && words[a + e - 1] === 'Co' && after !== '.') type = 'ORG';
		// «SK Hynix shares rose»: a name before its shares and their move
		if (type === 'PER' && (after === 'shares' || after === 'stock') && PRICE_VERBS.has(next(1))) type = 'ORG';
		// «the Amazon rainforest», «the Congo basin» read as an organisation or a person: a name before a
		// lower-case noun of the land is the place it names
		if ((type === 'ORG' || type === 'PER') && oneWord && LAND_NOUNS.has(after)) type = 'LOC';
		// «the Zaporizhzhia nuclear plant», «Havana airport» read as a person: a name before a facility
		// it is named after is the place (LOC 8 times of 9 in the English training files, the ninth a
		// tweet's handle), unless a list knows it as a person's («the Obama library» is no facility here)
		const facility = FACILITY_NOUNS.has(after) || (FACILITY_ADJECTIVES.has(after) && FACILITY_NOUNS.has(next(1)));
		if (type === 'PER' && oneWord && facility && (listedTypes(model, word) & PER_BIT) === 0) type = 'LOC';
		// «the Erez crossing», «the Kalandia checkpoint» read as a person (Erez is a given name too): after
		// «the», a name before a crossing is the place whatever the lists say
		if (type === 'PER' && oneWord && (before === 'the' || before === 'The') && (after === 'crossing' || after === 'checkpoint')) type = 'LOC';
		// «Houari Boumediene airport», «Paris Charles de Gaulle and Orly airports»: airports are named
		// after persons, and the name before «airport» is the place whatever the lists say; so is a
		// name before a plural noun of places («in Al Haouz and Taroudant provinces»)
		const placesBefore = after === 'and' && /^\p{Lu}/u.test(next(1)) && PLURAL_PLACE_NOUNS.has(next(2));
		if (type === 'PER' && (AIRPORT_NOUNS.has(after) || (after === 'and' && /^\p{Lu}/u.test(next(1)) && next(2) === 'airports') || placesBefore)) type = 'LOC';
		// … and a one-word name, read as anything, in «Copperbelt and Southern provinces»
		if (type !== 'LOC' && type !== 'DATE' && oneWord && (placesBefore || (before === 'and' && PLURAL_PLACE_NOUNS.has(after)))) type = 'LOC';
		// «the Vikram lander», «its Artemis programme» read as a person: a craft's or a programme's name
		// after a determiner, before what it names, is MISC
		if (type === 'PER' && oneWord && CRAFT_NOUNS.has(after) && CRAFT_DETERMINERS.has(before)) type = 'MISC';
		// «Marburg virus», «Lassa fever» read as a person or a place: a disease named after one is
		// no longer it («Ebola» before «virus» or «outbreak» is O in the training files)
		if (type !== 'MISC' && after !== '' && !this.lineStarts[a + e] && DISEASE_NOUNS.has(after)) type = 'MISC';
		return type;
	}

	/**
	 * A capitalised word WordNet knows first as a person noun (rival, teammate, veteran) that the
	 * casing table writes in lower case and no list holds as a name.
	 */
	private isCommonPersonNoun(model: TaggerModel, word: string): boolean {
		return this.isCommonWord(model, word) && (model.featurizer.wordInfo(word.toLowerCase(), 0).wn & WORDNET_CLASS_BITS) === WORDNET_NOUN_PERSON;
	}

	/** A word WordNet knows first as a noun of a thing, a group or an event, not a person's noun («Telescope», «Partnership»; not «Consultant», «Awesome»). */
	private namesAThing(model: TaggerModel, word: string): boolean {
		const wordClass = model.featurizer.wordInfo(word.toLowerCase(), 0).wn & WORDNET_CLASS_BITS;
		return wordClass >= WORDNET_FIRST_NOUN && wordClass <= WORDNET_LAST_NOUN && wordClass !== WORDNET_NOUN_PERSON;
	}

	/** A capitalised word the casing table writes in lower case and no list holds as a name («Shares», «Rival»). */
	private isCommonWord(model: TaggerModel, word: string): boolean {
		const casing = model.resources.casing;
		return !!casing && writtenInLowerCase(casing, word) && (listedTypes(model, word) & NAME_TYPE_BITS) === 0;
	}

	/**
	 * English: «NAME, a nurse from Leeds,», «NAME, the company's chief executive,»: the token at
	 * `at` is a comma, then an article and up to five words; the word before the first preposition,
	 * comma or «who» is the apposition's head, and true when WordNet's most frequent sense of it is a
	 * person (noun.person).
	 */
	private appositionNamesPerson(model: TaggerModel, at: number, end: number): boolean {
		const head = this.appositionHead(at, end);
		// a plural names a team or a group («Liverpool, the reigning champions»), not a person
		return head !== '' && !PLURAL_NOUN.test(head) && (model.featurizer.wordInfo(head, 0).wn & WORDNET_CLASS_BITS) === WORDNET_NOUN_PERSON;
	}

	/**
	 * Token s (of the segment at a) follows «the», a noun whose most frequent WordNet sense is a
	 * person, and a comma («The minister, | Qugelte, said»).
	 */
	private followsRoleApposition(model: TaggerModel, a: number, s: number): boolean {
		const words = this.words;
		// «The minister,», «The company's spokesman,», «Her husband,»
		if (s < 3 || words[a + s - 1] !== ',' || !(ROLE_DETERMINERS.has(words[a + s - 3]) || (s >= 4 && words[a + s - 3] === 's' && APOSTROPHES.has(words[a + s - 4])))) return false;
		const role = words[a + s - 2];
		return /^\p{Ll}+$/u.test(role) && !PLURAL_NOUN.test(role) && (model.featurizer.wordInfo(role, 0).wn & WORDNET_CLASS_BITS) === WORDNET_NOUN_PERSON;
	}

	/** Token s (of the segment at a) follows «the», a settlement's noun and a comma («The capital, | Dradun,»). */
	private followsPlaceApposition(a: number, s: number): boolean {
		const words = this.words;
		return s >= 3 && words[a + s - 1] === ',' && /^[Tt]he$/u.test(words[a + s - 3]) && PLACE_APPOSITION_HEADS.has(words[a + s - 2]);
	}

	/**
	 * The apposition that starts at token `at` (a comma and an article) calls the name before it a
	 * settlement or a district: within five words, a noun of `PLACE_APPOSITION_HEADS` that ends its
	 * noun phrase (before a preposition, a comma, «near», «where»…: «a town near the border», not «a
	 * city councillor»).
	 */
	private appositionCallsPlace(at: number, end: number): boolean {
		const words = this.words;
		if (at + 2 >= end || words[at] !== ',' || !APPOSITION_ARTICLES.has(words[at + 1])) return false;
		for (let k = at + 2; k + 1 < end && k <= at + 6; k++) {
			if (PLACE_APPOSITION_HEADS.has(words[k])) return APPOSITION_HEAD_ENDS.has(words[k + 1]) || PLACE_PHRASE_ENDS.has(words[k + 1]);
			if (words[k] === ',' || words[k] === '.' || APPOSITION_HEAD_ENDS.has(words[k])) return false;
		}
		return false;
	}

	/**
	 * The head noun of the apposition that starts at token `at` (a comma, one of `determiners`, up to
	 * five words): the lower-case word before the first preposition, comma or «who»; '' when there
	 * is none.
	 */
	private appositionHead(at: number, end: number, determiners: ReadonlySet<string> = APPOSITION_ARTICLES): string {
		const words = this.words;
		if (at + 2 >= end || words[at] !== ',' || !determiners.has(words[at + 1])) return '';
		for (let k = at + 2; k < end && k <= at + 7; k++) {
			const w = words[k];
			if (w === ',' || w === 'who' || w === '.' || APPOSITION_HEAD_ENDS.has(w)) return k > at + 2 && /^\p{Ll}+$/u.test(words[k - 1]) ? words[k - 1] : '';
		}
		return '';
	}

	/**
	 * English: «1. Faith Kipyegon (Kenya) 3:52.20», where the model found nothing: two or three
	 * capitalised words right before a listed country in brackets are a player, unless they follow
	 * another capitalised word, a list knows them as a place or an organisation, one of them is a
	 * title or heads an institution («Supreme Court (Kenya)»), or the last is a common word; after a
	 * rank opening the line, one word is enough, listed or common («2. Hill (Britain)»).
	 */
	private playersFoundBeforeCountries(text: string, model: TaggerModel, n: number, found: readonly DetectedEntity[]): TypedRange[] {
		const { starts, ends, words, lineStarts } = this;
		const casing = model.resources.casing;
		const out: TypedRange[] = [];
		const isNameWord = (t: number): boolean => /^\p{Lu}\p{Ll}+$/u.test(words[t]);
		let k = 0;
		for (let b = 2; b + 2 < n; b++) {
			if (words[b] !== '(' || lineStarts[b]) continue;
			// the country: up to three capitalised words (or «U.S.») and the closing bracket
			let c = b + 1;
			while (c < n && c - b <= 5 && words[c] !== ')' && !lineStarts[c]) c++;
			if (c >= n || words[c] !== ')' || c === b + 1) continue;
			const country = text.slice(starts[b + 1], ends[c - 1]);
			// the name: two or three capitalised words on the line, ending right before the bracket
			let a = b;
			while (a > 0 && b - a < 3 && !lineStarts[a] && isNameWord(a - 1)) a--;
			// one word after a rank opening the line («2. Hill (Britain) Williams 1:39.370»), whatever
			// else the word may be
			const ranked = b - a === 1 && a >= 2 && words[a - 1] === '.' && lineStarts[a - 2] === 1 && /^\d{1,3}$/u.test(words[a - 2]);
			if ((b - a < 2 && !ranked) || (!lineStarts[a] && a > 0 && /^\p{Lu}/u.test(words[a - 1]))) continue;
			while (k < found.length && found[k].end <= starts[a]) k++;
			// after a rank, a place or an organisation the model read on the very name is the player
			const readOtherwise = k < found.length && found[k].start === starts[a] && found[k].end === ends[b - 1] && (found[k].type === 'LOC' || found[k].type === 'ORG');
			if (k < found.length && found[k].start < ends[b - 1] && !(ranked && readOtherwise)) continue;
			if (!isPlayersCountry(country)) continue;
			const name = text.slice(starts[a], ends[b - 1]);
			const key = nameKey(name);
			if (!ranked && key !== undefined && (entryBits(model.resources.gazetteers, key) & (LOC_BIT | ORG_BIT)) !== 0) continue;
			const nameWords = words.slice(a, b);
			if (nameWords.some((w) => isInstitutionHead(w, 'en') || isTitleWord(w) || isListedCountry(model, w)) || (!ranked && casing && writtenInLowerCase(casing, words[b - 1]))) continue;
			out.push({ start: starts[a], end: ends[b - 1], type: 'PER' });
		}
		return out;
	}

	/**
	 * English: «Cole Palmer's penalty» read as «Palmer» alone: a capitalised word the model left
	 * untagged right before a one-word person (one space between), opening the sentence or after a
	 * word in lower case or punctuation, that the lists know as a person's name and not as a place's
	 * or an organisation's, and that is no title, sentence opener or word the text writes in lower
	 * case («Will», «Mark», a headline's «Watch»), is the person's given name. (In the English
	 * training files such a word before a person's last name is inside the name 2,089 times of
	 * 2,253, lists aside.) So is one before a one-word country the model found, which is then the
	 * person's surname («Luís Montenegro»), unless an article or a preposition precedes. French
	 * joins a listed given name the same way («nommé Ousmane | Sonko»), and also takes a word no list
	 * holds and the training files never tag before a person of two words or more where a sentence
	 * or a dispatch opens («DAKAR, 2 avril - Bassirou | Diomaye Faye»: the model leaves an unseen
	 * given name out after a dateline). `entities` in text order; changed in place.
	 */
	private joinListedGivenNames(text: string, model: TaggerModel, entities: DetectedEntity[], n: number, language: LanguageCode): void {
		const { starts, ends, words, lineStarts } = this;
		const casing = model.resources.casing;
		let t = 0;
		for (let k = 0; k < entities.length; k++) {
			const person = entities[k];
			// a one-word country too: «Luís Montenegro» read as the country alone is the person
			const country = language === 'en' && person.type === 'LOC' && isListedCountry(model, person.text);
			// a listed given name joins a one-word person; French also joins an unlisted one to a person
			// of two words or more where a sentence opens
			const oneWord = !/\s/u.test(person.text);
			if ((person.type !== 'PER' && !country) || (!oneWord && language === 'en')) continue;
			while (t < n && starts[t] < person.start) t++;
			const given = t - 1;
			if (given < 0) continue;
			// as written (a line in capitals is read in ordinary case: «WATCH ANDREW»)
			const word = text.slice(starts[given], ends[given]);
			if (starts[t] !== person.start || lineStarts[t] || ends[given] + 1 !== person.start || !/^\p{Lu}\p{Ll}+$/u.test(word)) continue;
			if (k > 0 && entities[k - 1].end > starts[given]) continue;
			// a country's name after an article or a preposition and a capitalised word belongs to a
			// longer name («University of the Arts London»)
			if (country && given > 0 && ARTICLES_AND_PREPOSITIONS.has(words[given - 1])) continue;
			// not the second half of a hyphenated given name («Jean-Louis Richard»)
			// (a French dateline's dash is no hyphen: the French case takes no listed given name)
			if (given > 0 && !lineStarts[given] && (starts[given] === ends[given - 1] || (words[given - 1] === '-' && language === 'en') || (!this.isSentenceStart(text, given) && /^\p{Lu}/u.test(words[given - 1])))) continue;
			// French, an unlisted name: only where a sentence or a dispatch opens (after a dateline's dash, a colon, a quote)
			if (language === 'fr' && !oneWord && given > 0 && !lineStarts[given] && !this.isSentenceStart(text, given) && !FRENCH_NAME_OPENING_MARKS.has(words[given - 1])) continue;
			// a common word given a capital («Will Palmer score?», «Prophet», a headline's «Watch»)
			if (casing && writtenInLowerCase(casing, word)) continue;
			if (isRunTimeTitleWord(word) || GREETINGS.has(word.toLowerCase()) || SENTENCE_OPENERS.has(word) || NOT_NAME_OPENERS.has(word) || DAYS_AND_MONTHS.has(word)) continue;
			// the lists write given names without accents («Luís» is listed as «Luis»)
			let types = listedTypes(model, word);
			const plain = word.normalize('NFD').replace(/\p{M}/gu, '');
			if ((types & PER_BIT) === 0 && plain !== word) types = listedTypes(model, plain);
			const seen = seenTypes(model, word);
			if (!oneWord ? types !== 0 || seen !== 0 || !casing : (types & PER_BIT) === 0 || (((types & LOC_BIT) !== 0 || (seen & (ORG_BIT | LOC_BIT)) !== 0) && (seen & PER_BIT) === 0)) continue;
			entities[k] = { ...person, type: 'PER', start: starts[given], text: text.slice(starts[given], person.end), source: 'rule' };
		}
	}

	/**
	 * English: «founded by Steve Jobs, Steve Wozniak» read as «Steve» alone («Jobs» is a common
	 * word): a one-word person the name lists know, and right after it (one space) a capitalised
	 * word the model left untagged that the lists know as a person's name and not as a country's
	 * (a town's may be a surname too: «Chris Cairns») nor an organisation's, followed by punctuation,
	 * a lower-case word or a figure (not a title-case line), is one name. French
	 * also takes a word no list holds at all, after any one-word person («Le président sortant
	 * Abdelmadjid | Tebboune»), and English after a compound given name («Jean-Marc | Connerotte»),
	 * and, after a listed given name, a common word no list holds («Kimiko | Date»).
	 * `entities` in text order; changed in place.
	 */
	private joinListedSurnames(text: string, model: TaggerModel, entities: DetectedEntity[], n: number, language: LanguageCode): void {
		const { starts, ends, words, lineStarts } = this;
		const casing = model.resources.casing;
		let t = 0;
		for (let k = 0; k < entities.length; k++) {
			const person = entities[k];
			if (person.type !== 'PER' || /\s/u.test(person.text)) continue;
			while (t < n && ends[t] <= person.start) t++;
			// the person's last token (a compound given name is three: «Jean», «-», «Marc»)
			let last = t;
			while (last + 1 < n && ends[last] < person.end) last++;
			const next = last + 1;
			if (next + 1 >= n || ends[last] !== person.end || lineStarts[next] || starts[next] !== person.end + 1 || !/^\p{Lu}\p{Ll}+$/u.test(words[next])) continue;
			if (k + 1 < entities.length && entities[k + 1].start < ends[next]) continue;
			// («Chris Cairns 64 ,» in a scorecard)
			if (!/^[,.;:)]$|^\p{Ll}|^\d/u.test(words[next + 1]) || lineStarts[next + 1]) continue;
			const types = listedTypes(model, words[next]);
			// French: a surname no list holds («Abdelmadjid Tebboune»), when the text never writes it in
			// lower case and it is no title, day or month, after any one-word person
			// English too after a compound given name the lists know both halves of («Jean-Marc | Connerotte»)
			const compoundGiven = language === 'en' && /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(person.text) && person.text.split('-').every((half) => (listedTypes(model, half) & PER_BIT) !== 0);
			const seen = seenTypes(model, words[next]);
			const unlisted = (language === 'fr' || compoundGiven) && seen === 0 && !(casing && writtenInLowerCase(casing, words[next])) && !isRunTimeTitleWord(words[next]) && !DAYS_AND_MONTHS.has(words[next]);
			if (!unlisted && (listedTypes(model, person.text) & PER_BIT) === 0) continue;
			// English: a surname that is a common word no list knows («Kimiko | Date», «Andrew | Stone»):
			// in the English training files, held-out and probe parts left out, a listed given name is
			// followed so by its surname 38 times of 47; not by a function word («Chris | Without»), an
			// institution's or a place's head («Davis | Administration», «Shah | Mosque»), what is named
			// after a person («Scott | Chair», «Nobel | Prize»), a title, a day or a month (a word written
			// in lower case is never `unlisted`, so the line above made sure the given name is listed)
			const commonWord =
				language === 'en' &&
				!!casing &&
				types === 0 &&
				(seen & (ORG_BIT | LOC_BIT)) === 0 &&
				writtenInLowerCase(casing, words[next]) &&
				!isCapitalisedFunctionWord(words[next]) &&
				!isInstitutionHead(words[next], 'en') &&
				!isOrganisationNameEnd(person.text, words[next]) &&
				!FACILITY_HEADS.has(words[next]) &&
				!GEOGRAPHIC_HEADS.has(words[next]) &&
				!NAMED_AFTER_PERSONS.has(words[next]) &&
				!isRunTimeTitleWord(words[next]) &&
				!DAYS_AND_MONTHS.has(words[next]);
			// a surname the package lists know as a town's too («Chris Cairns»); not a country's
			const placeToo = (types & LOC_BIT) !== 0 && !isListedCountry(model, words[next]);
			if (!unlisted && !commonWord && ((types & PER_BIT) === 0 || (seen & ORG_BIT) !== 0 || (((types | seen) & LOC_BIT) !== 0 && !placeToo))) continue;
			entities[k] = { ...person, end: ends[next], text: text.slice(person.start, ends[next]), source: 'rule' };
		}
	}

	/**
	 * English: «Petrobras Chief Executive Magda Chambriard», «Naftogaz CEO …»: one capitalised word
	 * right before a company title and a name is the company, where nothing was found on it and the
	 * lists know it as no person or place and no demonym (not «French CEO …», «Paris Chairman …»).
	 */
	private companiesBeforeTitles(text: string, model: TaggerModel, n: number, found: readonly DetectedEntity[]): DetectedEntity[] {
		const { starts, ends, words, lineStarts } = this;
		const out: DetectedEntity[] = [];
		let k = 0;
		for (let t = 1; t + 1 < n; t++) {
			const title = words[t];
			const long = (title === 'Chief' || title === 'chief') && (words[t + 1] === 'Executive' || words[t + 1] === 'executive');
			if (!long && !COMPANY_TITLES.has(title)) continue;
			const name = long ? t + 2 : t + 1;
			const x = t - 1;
			if (name >= n || lineStarts[t] || lineStarts[name] || !/^\p{Lu}\p{Ll}/u.test(words[name]) || !/^\p{Lu}[\p{L}\p{N}&-]+$/u.test(words[x])) continue;
			while (k < found.length && found[k].end <= starts[x]) k++;
			if (k < found.length && found[k].start < ends[x]) continue;
			if (x > 0 && !lineStarts[x] && !this.isSentenceStart(text, x) && /^\p{Lu}/u.test(words[x - 1])) continue; // part of a longer name
			if ((listedTypes(model, words[x]) & (PER_BIT | LOC_BIT)) !== 0 || isDemonym(model, words[x]) || isTitleWord(words[x]) || SENTENCE_OPENERS.has(words[x]) || NOT_NAME_OPENERS.has(words[x])) continue;
			out.push({ start: starts[x], end: ends[x], type: 'ORG', text: words[x], confidence: PLACE_RULE_CONFIDENCE, source: 'rule' });
		}
		return out;
	}

	/**
	 * French and English: full names of two to four capitalised words that the lists know as
	 * persons only («Marine Le Pen», which the French model, trained on old newspapers, misses
	 * whole: «Marine» is the navy there). Added where the model found nothing.
	 */
	private listedPersons(text: string, model: TaggerModel, n: number, found: readonly DetectedEntity[]): DetectedEntity[] {
		const gazetteers = model.resources.gazetteers;
		const out: DetectedEntity[] = [];
		let k = 0; // next entity not ending before token i
		for (let i = 0; i + 1 < n; i++) {
			if (this.kinds[i] !== 0 || !this.capital(text, i)) continue;
			// only where the model found nothing (most names): no look-up there
			while (k < found.length && found[k].end <= this.starts[i]) k++;
			if (k < found.length && found[k].start < this.ends[i]) continue;
			// the one-word look-ups are in the word's cached features: most words stop there
			const info = this.infos[i];
			let bits = 0;
			for (let g = 0; g < info.gaz.length; g++) if (info.gaz[g] >= 0) bits |= info.gaz[g];
			if ((bits & PREFIX_BIT) === 0) continue;
			const end = this.longestEntry(text, gazetteers, i, info.hStem, n, false, PER_BIT, ANY_TYPE_BITS);
			if (end < 0) continue;
			out.push({ start: this.starts[i], end: this.ends[end], type: 'PER', text: text.slice(this.starts[i], this.ends[end]), confidence: 0.5, source: 'rule' });
			i = end;
		}
		return out;
	}

	/**
	 * French and English: «le film de Justine Triet», which the French model, trained on old
	 * newspapers, misses, and «Benjamin Netanyahu spoke…», which the English one misses where a
	 * sentence opens with a given name and a surname no list holds: a capitalised word the name
	 * lists know as a person's, then a capitalised word no list knows as a place or an organisation
	 * and the text never writes in lower case, where nothing was found, are a person: opening a
	 * sentence before a lower-case word, or (French) after a lower-case word or a comma and before
	 * no capital.
	 */
	private givenNamesAndSurnames(text: string, model: TaggerModel, n: number, found: readonly DetectedEntity[], english: boolean): DetectedEntity[] {
		const { starts, ends, words, lineStarts } = this;
		const casing = model.resources.casing;
		const out: DetectedEntity[] = [];
		let k = 0;
		for (let i = 0; i + 1 < n; i++) {
			if (!isNameWordOfThree(words[i]) || !isNameWordOfThree(words[i + 1]) || lineStarts[i + 1] || starts[i + 1] !== ends[i] + 1) continue;
			// inside a sentence, after a lower-case word or a comma («le film de Justine Triet»): not a
			// line of a list or a heading, nor after a capital; or opening one before a lower-case word
			// («Benjamin Netanyahu spoke…», where every word has a capital anyway)
			const opening = (i === 0 || lineStarts[i] || SENTENCE_OPENERS_BEFORE.has(words[i - 1])) && i + 2 < n && !lineStarts[i + 2] && /^\p{Ll}+$/u.test(words[i + 2]);
			// English, inside a sentence: before a verb of speech only («the veterinary committee Werner
			// Zwingmann said»); elsewhere it took «Sunni Muslim», «Latin American» in the training text
			const speaking = english && i + 2 < n && !lineStarts[i + 2] && SPEECH_VERBS_AFTER_NAME.has(words[i + 2]);
			if (!opening && !speaking && (english || i === 0 || lineStarts[i] || !/^(?:\p{Ll}+|,)$/u.test(words[i - 1]) || (i > 1 && words[i - 1] === 's' && /^['’]$/u.test(words[i - 2])))) continue;
			if (i + 2 < n && !lineStarts[i + 2] && /^\p{Lu}/u.test(words[i + 2])) continue;
			// («Deputy Secretary of State …»: titles, which the lists hold as names too)
			if (FRENCH_PLACE_OPENERS.has(words[i]) || isRunTimeTitleWord(words[i]) || isRunTimeTitleWord(words[i + 1])) continue;
			while (k < found.length && found[k].end <= starts[i]) k++;
			if (k < found.length && found[k].start < ends[i + 1]) continue;
			const given = listedTypes(model, words[i]);
			const seen = seenTypes(model, words[i]);
			// English: a given name also seen in a place's or a body's name («Benjamin») counts when seen
			// as a person's; a nationality, creed or people («Spanish Inquisition», «Sunni Muslim») does not
			if ((given & PER_BIT) === 0 || (english ? (seen & PER_BIT) === 0 || DAYS_AND_MONTHS.has(words[i]) || isNationalityOrPeople(model, words[i]) || isNationalityOrPeople(model, words[i + 1]) : (seen & (LOC_BIT | ORG_BIT)) !== 0)) continue;
			if ((seenTypes(model, words[i + 1]) & (LOC_BIT | ORG_BIT)) !== 0 || (casing && (writtenInLowerCase(casing, words[i]) || writtenInLowerCase(casing, words[i + 1])))) continue;
			out.push({ start: starts[i], end: ends[i + 1], type: 'PER', text: text.slice(starts[i], ends[i + 1]), confidence: 0.5, source: 'rule' });
			i++;
		}
		return out;
	}

	/**
	 * English: «the Kenyan runner Eliud Kipchoge», «the novelist Annie Ernaux», «Cyclist Tadej
	 * Pogačar won»: two or three capitalised words right after a noun whose most frequent WordNet
	 * sense is a person, in lower case or opening the sentence, where nothing was found, are that
	 * person (the training files tag 179 such pairs after a lower-case noun a person, and
	 * another type only for a market's or a company's name after «hosts» or «-parent»). Not before
	 * another capital, nor over a day, a month, a title, a nationality or a name the lists hold as a
	 * place or an organisation only, nor ending on a word the text writes in lower case («the vendor
	 * Green Market»); not after «parent» and its kind nor a compound's noun («KFC-parent Tasty Brands»).
	 */
	private namesAfterPersonNouns(text: string, model: TaggerModel, n: number, found: readonly DetectedEntity[]): DetectedEntity[] {
		const { starts, ends, words, lineStarts } = this;
		const casing = model.resources.casing;
		const out: DetectedEntity[] = [];
		const nameWord = /^\p{Lu}\p{Ll}+$/u;
		let k = 0;
		for (let i = 0; i + 2 < n; i++) {
			// (an ASCII letter opening the noun, small unless the sentence opens with it, and a capital
			// the name: most tokens stop there)
			const first = text.charCodeAt(starts[i]);
			const capital = text.charCodeAt(starts[i + 1]);
			if (first < 65 || first > 122 || (first > 90 && first < 97) || capital < 65 || (capital > 90 && capital < 0xc0)) continue;
			if (!nameWord.test(words[i + 1]) || !nameWord.test(words[i + 2]) || lineStarts[i + 1] || lineStarts[i + 2]) continue;
			// «Cyclist Tadej Pogačar won»: the noun opening the sentence, in its lower-case form
			const noun = first <= 90 && this.isSentenceStart(text, i) ? words[i].toLowerCase() : words[i];
			if (!/^\p{Ll}{3,}$/u.test(noun) || PLURAL_NOUN.test(noun) || COMPANY_KIN_NOUNS.has(noun) || (i > 0 && words[i - 1] === '-') || (model.featurizer.wordInfo(noun, 0).wn & WORDNET_CLASS_BITS) !== WORDNET_NOUN_PERSON) continue;
			let last = i + 2;
			if (last + 1 < n && !lineStarts[last + 1] && nameWord.test(words[last + 1])) last++;
			if (last + 1 < n && !lineStarts[last + 1] && /^\p{Lu}/u.test(words[last + 1])) continue;
			let name = true;
			for (let j = i + 1; j <= last && name; j++) {
				const word = words[j];
				const listed = listedTypes(model, word);
				name = !DAYS_AND_MONTHS.has(word) && !isTitleWord(word) && !isNationalityOrPeople(model, word) && ((listed & (LOC_BIT | ORG_BIT)) === 0 || (listed & PER_BIT) !== 0);
			}
			// a surname is no word the text writes in lower case («the vendor Green Market»)
			if (!name || (casing && writtenInLowerCase(casing, words[last]))) continue;
			while (k < found.length && found[k].end <= starts[i + 1]) k++;
			if (k < found.length && found[k].start < ends[last]) continue;
			// nor a company's last word, nor the trade before the noun: the company's name («lithium
			// producer Arcadium Lithium», «the investor Blackstone Group»)
			const company = isCompanyNameEnd(words[last]) || (i > 0 && words[last].toLowerCase() === words[i - 1]);
			out.push({ start: starts[i + 1], end: ends[last], type: company ? 'ORG' : 'PER', text: text.slice(starts[i + 1], ends[last]), confidence: 0.5, source: 'rule' });
			i = last;
		}
		return out;
	}

	/**
	 * Arabic: places of two to four words that the place lists know, and not as a person's name
	 * («عين الدفلى», «برج بوعريريج», «سيدي بلعباس»; Algeria's provinces and communes, world
	 * cities): the longest entry at each word, behind a proclitic too. One-word places are left to
	 * the model (many are words or given names too).
	 */
	private listedPlaces(text: string, model: TaggerModel, n: number, language: LanguageCode, lex: ArabicLexicon | undefined, found: readonly DetectedEntity[]): DetectedEntity[] {
		const arabic = language === 'ar';
		const { gazetteers, isPackageList } = packageLists(model);
		if (gazetteers.length === 0) return [];
		const fz = model.featurizer;
		const out: DetectedEntity[] = [];
		let k = 0; // next entity not ending before token i
		for (let i = 0; i + 1 < n; i++) {
			if (this.kinds[i] !== 0 || (!arabic && !this.capital(text, i))) continue;
			// a place or an organisation the model found is its reading (see mergeListedPlaces)
			while (k < found.length && found[k].end <= this.starts[i]) k++;
			if (k < found.length && found[k].start < this.ends[i] && (found[k].type === 'LOC' || found[k].type === 'ORG')) continue;
			const word = this.words[i];
			let info = this.infos[i];
			// the one-word look-ups are in the word's features: most words stop there
			let bits = wordBits(info.gaz, isPackageList);
			let offset = -1;
			// «وبرج بوعريريج»: the lexicon keeps «و» on a rare form of a word it knows
			if (arabic && (bits & PREFIX_BIT) === 0 && word.length > 3 && word.charCodeAt(0) === WAW_LETTER) {
				info = fz.wordInfo(word.slice(1), 0);
				bits = wordBits(info.gaz, isPackageList);
				offset = 1;
			}
			if ((bits & PREFIX_BIT) === 0) continue;
			// «أبو بكر», «عبد الله»: a person's name, whatever the lists say
			if (arabic && NAME_LINKS.has(normalizeArabic(splitProclitics(word, lex).stem))) continue;
			const end = this.longestEntry(text, gazetteers, i, info.hStem, n, arabic, LOC_BIT, LOC_BIT | PER_BIT);
			if (end < 0) continue;
			// «Le Grand Conseil»: a listed place that a capitalised word goes on from is part of another
			// name; «Dr Lincoln Park», «Ms. Victoria Station»: after an honorific or a title, a person
			if (!arabic && end + 1 < n && !this.lineStarts[end + 1] && this.kinds[end + 1] === 0 && this.capital(text, end + 1)) continue;
			if (!arabic && i > 0 && !this.lineStarts[i] && this.followsTitle(i)) continue;
			const start = this.starts[i] + (!arabic ? 0 : offset >= 0 ? offset + splitProclitics(word.slice(offset), lex).offset : splitProclitics(word, lex).offset);
			out.push({ start, end: this.ends[end], type: 'LOC', text: text.slice(start, this.ends[end]), confidence: PLACE_RULE_CONFIDENCE, source: 'rule' });
			i = end;
		}
		return out;
	}

	/**
	 * Arabic: one-word places of the package lists (Algeria's provinces and communes, world cities)
	 * that the model left untagged, where the text says they are places: right after a place noun
	 * («ولاية تمنراست», «مدن وهران وبشار»), or in a list joined by «و» that holds a place the
	 * model or a rule found («تمنراست وأدرار وإليزي»). A proclitic stays out of the span. In such a
	 * list, a found place after the first that took in the «و» of the list is trimmed (`trimmed`:
	 * found entity → trimmed one) when the rest is a listed place («وإليزي»).
	 */
	private placesInLists(text: string, model: TaggerModel, n: number, found: readonly DetectedEntity[], lex: ArabicLexicon | undefined): { added: DetectedEntity[]; trimmed: Map<DetectedEntity, DetectedEntity> } {
		const { starts, ends, words, lineStarts } = this;
		const added: DetectedEntity[] = [];
		const trimmed = new Map<DetectedEntity, DetectedEntity>();
		const { isPackageList } = packageLists(model);
		// the word's own list bits, from its cached features (no look-up)
		const listedPlace = (info: WordInfo): boolean => {
			const bits = wordBits(info.gaz, isPackageList);
			return (bits & LOC_BIT) !== 0 && (bits & PER_BIT) === 0;
		};
		let k = 0; // next found entity not ending before token i
		const coveringAt = (i: number): DetectedEntity | undefined => {
			while (k < found.length && found[k].end <= starts[i]) k++;
			return k < found.length && found[k].start < ends[i] ? found[k] : undefined;
		};
		const startsWithWaw = (i: number): boolean => i < n && !lineStarts[i] && words[i].charCodeAt(0) === WAW_LETTER;
		let i = 0;
		while (i < n) {
			// cheap tests first: a list goes on with «و», or a place noun comes before
			const afterPlaceNoun = i > 0 && !lineStarts[i] && isPlaceNoun(words[i - 1]);
			if (this.kinds[i] !== 0 || (!afterPlaceNoun && !startsWithWaw(i + 1))) {
				i++;
				continue;
			}
			// the list: token i, then tokens joined by «و», each a found place or a listed one
			const members: Array<{ token: number; offset: number; entity?: DetectedEntity }> = [];
			let hasFound = false;
			for (let u = i; u < n && (u === i || startsWithWaw(u)); u++) {
				const entity = coveringAt(u);
				if (entity) {
					if (entity.type !== 'LOC') break;
					hasFound = true;
					members.push({ token: u, offset: -1, entity });
					continue;
				}
				if (this.kinds[u] !== 0) break;
				// a word's features look its clitic-stripped form up: «وإليزي» is listed as «إليزي»
				const offset = listedPlace(this.infos[u]) ? splitProclitics(words[u], lex).offset : u > i && words[u].length > 3 && listedPlace(model.featurizer.wordInfo(words[u].slice(1), 0)) ? 1 : -1;
				if (offset < 0) break;
				members.push({ token: u, offset });
			}
			if ((members.length >= 2 && hasFound) || (afterPlaceNoun && members.length > 0)) {
				for (const { token, offset, entity } of members) {
					if (offset >= 0) {
						const start = starts[token] + offset;
						added.push({ start, end: ends[token], type: 'LOC', text: text.slice(start, ends[token]), confidence: PLACE_RULE_CONFIDENCE, source: 'rule' });
					} else if (entity && token > i && entity.start === starts[token] && entity.end === ends[token] && words[token].length > 3 && listedPlace(model.featurizer.wordInfo(words[token].slice(1), 0))) {
						trimmed.set(entity, { ...entity, start: entity.start + 1, text: entity.text.slice(1) });
					}
				}
			}
			i += Math.max(1, members.length);
		}
		return { added, trimmed };
	}

	/**
	 * Arabic: «و» and a place head, then a word, right after a place («خان يونس ودير البلح»), that
	 * the model left untagged: the next place of the list (a head alone is a common noun too: «دير»
	 * a monastery, «بيت» a house, so only in a list after a place).
	 */
	private headedPlacesInLists(text: string, n: number, found: readonly DetectedEntity[]): DetectedEntity[] {
		const { starts, ends, words, lineStarts } = this;
		const out: DetectedEntity[] = [];
		let k = 0;
		for (let i = 1; i + 1 < n; i++) {
			const word = words[i];
			if (word.length < 3 || word.charCodeAt(0) !== WAW_LETTER || lineStarts[i] || lineStarts[i + 1] || !ARABIC_PLACE_HEADS.has(normalizeArabic(word.slice(1)))) continue;
			if (this.kinds[i] !== 0 || this.kinds[i + 1] !== 0) continue;
			while (k < found.length && found[k].end < ends[i - 1]) k++;
			// the place before ends at the previous token, and nothing is found on these two
			if (k >= found.length || found[k].end !== ends[i - 1] || found[k].type !== 'LOC') continue;
			if (k + 1 < found.length && found[k + 1].start < ends[i + 1]) continue;
			const start = starts[i] + 1;
			out.push({ start, end: ends[i + 1], type: 'LOC', text: text.slice(start, ends[i + 1]), confidence: PLACE_RULE_CONFIDENCE, source: 'rule' });
			i++;
		}
		return out;
	}

	/**
	 * The token after the longest name of two to four words (PER, ORG or LOC) that some list knows
	 * and that starts at token i, in any case («UNITED STATES»); i when none.
	 */
	private listedNameEnd(model: TaggerModel, i: number, n: number): number {
		const { gazetteers } = model.resources;
		// a name only the package lists hold, all of its words common ones, is no sign in a headline:
		// the lists hold hamlets named so («SEVEN POINTS CLEAR» kept capitalised as the Texan town;
		// «SANTA MONICA» stays a name)
		const packageNames = model.header.gazetteers.indexOf('names');
		const casing = model.resources.casing;
		const commonWordsOnly = (from: number, to: number): boolean => {
			if (!casing) return false;
			for (let k = from; k < to; k++) if (!writtenInLowerCase(casing, this.words[k])) return false;
			return true;
		};
		// a key look-up, not the words' features: the line is read again once written in ordinary case
		let h = tokenKeyHash(this.words[i], undefined);
		let bits = entryBits(gazetteers, h);
		let end = i;
		for (let j = i + 1; j < n && j < i + 4 && bits & PREFIX_BIT && !this.lineStarts[j] && this.kinds[j] === 0; j++) {
			h = combine(h, tokenKeyHash(this.words[j], undefined));
			bits = entryBits(gazetteers, h);
			if (!(bits & NAME_TYPE_BITS)) continue;
			const elsewhere = packageNames < 0 ? bits : gazetteers.reduce((acc, g, k) => (k === packageNames ? acc : acc | Math.max(0, g.get(h))), 0);
			if (elsewhere & NAME_TYPE_BITS || !commonWordsOnly(i, j + 1)) end = j + 1;
		}
		return end;
	}

	/**
	 * The last token of the longest entry of two to four words that starts at token i (its key
	 * `first`, already known to begin an entry) and whose type bits, masked by `mask`, are `want`;
	 * -1 when none. Latin words must be capitalised.
	 */
	private longestEntry(text: string, gazetteers: readonly Gazetteer[], i: number, first: number, n: number, arabic: boolean, want: number, mask: number): number {
		let h = first;
		let bits = PREFIX_BIT;
		let end = -1;
		for (let j = i + 1; j < n && j < i + 4 && bits & PREFIX_BIT && !this.lineStarts[j] && this.kinds[j] === 0 && (arabic || this.capital(text, j)); j++) {
			h = combine(h, this.infos[j].hStem);
			bits = entryBits(gazetteers, h);
			if ((bits & mask) === want) end = j;
		}
		return end;
	}

	/**
	 * Where a listed country ends the name of tokens from..to (exclusive) after a place some list
	 * knows («Auckland» + «New Zealand»), the country's first token; -1 when the name is not
	 * such a pair or a list knows it whole. Reads the features already extracted.
	 */
	private countryAfterPlace(model: TaggerModel, from: number, to: number): number {
		const lists = model.resources.gazetteers;
		const countries = model.header.gazetteers.indexOf('countries');
		if (countries < 0) return -1;
		const stems = this.infos.slice(from, to).map((info) => info.hStem);
		if ((entryBits(lists, sequenceKey(stems, 0, stems.length)) & ANY_TYPE_BITS) !== 0) return -1;
		// a word of two letters or more, and a capitalised country («S Sudan», «Cambridge china» are one name)
		if (!/^\p{Lu}\p{L}/u.test(this.words[from])) return -1;
		for (let k = 1; k < stems.length; k++) {
			if (!/^\p{Lu}/u.test(this.words[from + k]) || !(Math.max(0, lists[countries].get(sequenceKey(stems, k, stems.length))) & LOC_BIT)) continue;
			// «Island» is Iceland in the list's German and Danish names, and the head of «Victoria Island»
			if (k === stems.length - 1 && GEOGRAPHIC_HEADS.has(this.words[from + k])) continue;
			if (entryBits(lists, sequenceKey(stems, 0, k)) & LOC_BIT) return from + k;
		}
		return -1;
	}

	/** Token i starts with a capital letter (Latin script). */
	private capital(text: string, i: number): boolean {
		const c = text.charCodeAt(this.starts[i]);
		if (c >= 65 && c <= 90) return true;
		if (c <= 0xbf || c >= 0x250) return false;
		const w = this.words[i].charAt(0);
		return w !== w.toLowerCase();
	}

	/** Token i starts a line or follows a sentence end. */
	private isSentenceStart(text: string, i: number): boolean {
		if (i === 0 || this.lineStarts[i]) return true;
		if (this.kinds[i - 1] !== 2) return false;
		const c = text.charCodeAt(this.starts[i - 1]);
		if (c === 46 || c === 33 || c === 63 || c === 58 || c === 0xab || c === 0x22 || c === 0x201c) return true;
		// a clause after a dash, a dateline's first of all («LOS ANGELES (AP) — Actor Diane Keaton…»)
		// (not a hyphen: text joined from tokens spaces every one, «Triple - A»)
		return (c === 0x2014 || c === 0x2013) && this.starts[i] > this.ends[i - 1];
	}

	private cut(text: string, a: number, b: number): number {
		const limit = a + MAX_SEGMENT;
		for (let i = limit - 1; i > a + MAX_SEGMENT / 4; i--) {
			if (this.kinds[i] === 2) {
				const c = text.charCodeAt(this.starts[i]);
				if (c === 46 || c === 33 || c === 63 || c === 0x061f || c === 59 || c === 0x061b) return i + 1;
			}
		}
		for (let i = limit - 1; i > a + MAX_SEGMENT / 4; i--) if (this.kinds[i] === 2) return i + 1;
		return Math.min(b, limit);
	}

	private grow(): void {
		const c = this.starts.length * 2;
		const s = new Int32Array(c);
		s.set(this.starts);
		this.starts = s;
		const e = new Int32Array(c);
		e.set(this.ends);
		this.ends = e;
		const k = new Uint8Array(c);
		k.set(this.kinds);
		this.kinds = k;
		const l = new Uint8Array(c);
		l.set(this.lineStarts);
		this.lineStarts = l;
	}

	private tagSegment(text: string, model: TaggerModel, a: number, b: number, language: LanguageCode, lex: ArabicLexicon | undefined, out: DetectedEntity[]): void {
		const n = b - a;
		if (this.labels.length < n) this.labels = new Uint8Array(n * 2);
		const starts = this.starts.subarray(a, b);
		const ends = this.ends.subarray(a, b);
		const kinds = this.kinds.subarray(a, b);
		const ls = this.lineStarts.subarray(a, b);
		const saved = ls[0];
		ls[0] = 1;
		model.tag(text, starts, ends, kinds, ls, n, this.labels, this.words, a);
		const headline = language === 'en' && this.isTitleCaseHeadline(a, b);
		if (headline) this.headlines.push(starts[0], ends[n - 1]);
		const firstOut = out.length;
		ls[0] = saved;
		const tagged = model.featurizer.infos;
		for (let t = 0; t < n; t++) this.infos[a + t] = tagged[t];
		const labels = this.labels;
		const scheme = model.scheme;
		let i = 0;
		// the token after the last name a place noun typed a place («the villages of A»), for the names
		// coordinated with it («… and B»)
		let placeListEnd = -1;
		while (i < n) {
			const y = labels[i];
			if (!scheme.begins[y]) {
				i++;
				continue;
			}
			let j = scheme.spanEnd(labels, i, n);
			// a spaced dash ends a name: no entity of the training files holds «—» or «–», and the model
			// read «KYIV, Ukraine — Russian drones» as one place
			for (let k = i + 1; k < j; k++) {
				if (DATELINE_DASHES.has(this.words[a + k])) {
					j = k;
					break;
				}
			}
			const modelType = scheme.typeOf[y];
			const span = this.nameSpan(text, a, i, j, modelType, language, lex);
			let s = span[0];
			let e = span[1];
			let type = modelType;
			// «Ursula von der Leyen», «Vincent van Gogh», «Bruno Le Maire»: a person's name goes on
			// through particles to the capitalised name after them (the French model, trained on HIPE,
			// stops)
			if (type === 'PER' && language !== 'ar' && e > s && e === j) {
				let k = e;
				while (k < n && k - e < 3 && !scheme.begins[labels[k]] && (FOREIGN_PARTICLES.has(this.words[a + k]) || (k === e && CAPITAL_PARTICLES.has(this.words[a + k])))) k++;
				if (k > e && k < n && /^\p{Lu}\p{Ll}/u.test(this.words[a + k]) && !scheme.begins[labels[k]]) {
					let end = k + 1;
					while (end < n && end - k < 2 && /^\p{Lu}\p{Ll}/u.test(this.words[a + end]) && !scheme.begins[labels[end]]) end++;
					e = end;
				} else if (k > e && k < n && /^\p{Lu}\p{Ll}/u.test(this.words[a + k]) && scheme.begins[labels[k]] && scheme.typeOf[labels[k]] === 'PER') {
					// the model found the rest as a person of its own («Luiz Inacio Lula» + «Silva»)
					e = scheme.spanEnd(labels, k, n);
				}
				// and back through them to a given name: «Ursula von der Leyen» opening a sentence was «Leyen»
				let g = s;
				while (g > 0 && s - g < 2 && FOREIGN_PARTICLES.has(this.words[a + g - 1])) g--;
				if (g < s && g > 0 && scheme.typeOf[labels[g - 1]] === '' && /^\p{Lu}\p{Ll}+$/u.test(this.words[a + g - 1]) && (wordBits(this.infos[a + g - 1].gaz, packageLists(model).isPackageList) & PER_BIT) !== 0) s = g - 1;
			}
			// «Elizabeth II», «Pope Leo XIV», «Louis XIV»: a regnal number after a person's name is part of
			// it (inside the span 57 of 66 times in the English and French training files; «I», mostly the
			// pronoun, only after a monarch's title: «King Clovis I»)
			if (type === 'PER' && language !== 'ar' && e > s && e === j && e < n && !this.lineStarts[a + e] && starts[e] === ends[e - 1] + 1 && isRegnalNumber(this.words[a + e], s > 0 && MONARCH_TITLES.has(this.words[a + s - 1].toLowerCase()))) e++;
			// Arabic: «زار ... عبد المجيد تبون موسكو»: a place after a name of three words or more is
			// where the sentence goes on to, not a surname; so is one behind «ب» («in») or «ل»
			// («ملعب نيلسون مانديلا ببراقي»)
			let place = -1;
			let placeEnd = -1;
			let placeProclitic = -1;
			if (language === 'ar' && type === 'PER' && e - s >= 3 && (placeProclitic = placeAfterName(model, this.words[a + e - 1])) >= 0) placeEnd = (place = --e) + 1;
			// «Sen. Lisa Murkowski of Alaska», «Kevin McCarthy of California»: a place after «of» at the
			// end of a name of two words or more, listed or a place in the training files («Massachusetts»:
			// the lists hold cities and countries, not states), is where the person comes from (not
			// «Catherine of Aragon», one name before «of»)
			if (language === 'en' && type === 'PER' && e - s >= 4) {
				for (let k = s + 2; k <= e - 2 && k <= s + 4; k++) {
					if (this.words[a + k] !== 'of' || e - k - 1 > 3 || !(seenTypes(model, this.words[a + k + 1]) & LOC_BIT)) continue;
					if (!/^\p{Lu}/u.test(this.words[a + s]) || isTitleWord(this.words[a + s])) break;
					place = k + 1;
					placeEnd = e;
					e = k;
					break;
				}
			}
			// «Peter Hart of The Observer»: a person's name ends before «of the» (the newspaper or the
			// body the person belongs to)
			if (language === 'en' && type === 'PER' && place < 0 && e - s >= 4) {
				for (let k = s + 2; k <= e - 2; k++) {
					if (this.words[a + k] === 'of' && (this.words[a + k + 1] === 'The' || this.words[a + k + 1] === 'the')) {
						e = k;
						break;
					}
				}
			}
			// «Auckland New Zealand», «Lyon France»: a listed place right before a listed country, with
			// no comma between, is two places (not «Papua New Guinea», listed whole); a country has at
			// most six tokens
			if (language !== 'ar' && type === 'LOC' && place < 0 && e - s >= 2 && e - s <= 8) {
				const country = this.countryAfterPlace(model, a + s, a + e);
				if (country > 0) {
					place = country - a;
					placeEnd = e;
					e = place;
				}
			}
			// English: «Ms Pugh», «Dr Lincoln Park» read as a place are persons: a personal honorific
			// precedes persons' names only
			if (language === 'en' && type !== 'PER' && e > s) {
				if (e - s >= 2 && this.isHonorific(a, s)) {
					s += this.words[a + s + 1] === '.' ? 2 : 1;
					if (s < e && /^\p{Lu}/u.test(this.words[a + s])) type = 'PER';
					else s = e;
				} else if (this.followsHonorific(a, s)) {
					type = 'PER';
				}
			}
			// «A Harley-Davidson spokeswoman said»: the article opening a sentence is no part of a name
			if (language === 'en' && e - s >= 2 && (this.words[a + s] === 'A' || this.words[a + s] === 'An') && this.isSentenceStart(text, a + s) && /^\p{Lu}/u.test(this.words[a + s + 1])) s++;
			// «ABUJA (Premium Times) — The Court of Appeal ruled»: after a dateline's dash the model takes
			// «The» in, which it leaves out opening a sentence; not a newspaper's («— The Times reported»)
			if (language === 'en' && (type === 'ORG' || type === 'LOC') && e - s >= 3 && this.words[a + s] === 'The' && s >= 1 && DATELINE_DASHES.has(this.words[a + s - 1]) && !NEWSPAPER_WORDS.has(this.words[a + e - 1])) s++;
			// … and a name between an article and a spokesperson is the body the spokesperson speaks for
			// («a Harley-Davidson spokeswoman», «the Pentagon spokesman»); a person's is «X's spokesman»
			if (language === 'en' && type === 'PER' && e === j && e < n && s > 0 && SPOKESPERSONS.has(this.words[a + e]) && ARTICLES.has(this.words[a + s - 1].toLowerCase())) type = 'ORG';
			// a title alone before another title is part of a person's title, no name («Crown» of
			// «Crown Prince Mohammed bin Salman» read as an ORG)
			if (language === 'en' && type !== 'PER' && e - s === 1 && e === j && e < n && isTitleWord(this.words[a + s]) && isTitleWord(this.words[a + e])) {
				i = j;
				continue;
			}
			// «Saudi Crown» of «Saudi Crown Prince Mohammed bin Salman»: a title ends no place or
			// organisation; the nationality before it is MISC
			if (language === 'en' && type !== 'PER' && e - s >= 2 && isTitleWord(this.words[a + e - 1])) {
				while (e > s && isTitleWord(this.words[a + e - 1])) e--;
				if (e - s === 1 && isDemonym(model, this.words[a + s])) type = 'MISC';
			}
			// «the Gaza Strip», «the Korean Peninsula»: a capitalised geographic head right after a
			// place is part of its name (inside the entity 172 of 183 times in the English training
			// files, never left out after a place)
			if (language === 'en' && type === 'LOC' && e === j && e < n && GEOGRAPHIC_HEADS.has(this.words[a + e]) && !scheme.begins[labels[e]]) e++;
			// … and a name that ends with one is a place («Korean Peninsula» read as an ORG, «Thomas Shoal»
			// as a person; 130 of 136 such names in the training files are places, the others teams and
			// bands, none a person; but «Lake» and «Bay» are surnames too)
			if (language === 'en' && type !== 'LOC' && e - s >= 2 && GEOGRAPHIC_HEADS.has(this.words[a + e - 1]) && (type !== 'PER' || !SURNAME_HEADS.has(this.words[a + e - 1]))) type = 'LOC';
			// the word before «of» right before the model's span («the state of Assam»), '' when none
			const headBeforeOf = language === 'en' && s === i && s >= 2 && this.words[a + s - 1] === 'of' ? this.words[a + s - 2] : '';
			// «the Strait of Hormuz», «the Gulf of Aden»: a capitalised geographic head and «of» before a
			// name make one place (the model found «Aden» alone, or «Gibraltar» as MISC)
			if (GEOGRAPHIC_HEADS_BEFORE_OF.has(headBeforeOf) && scheme.typeOf[labels[s - 1]] === '' && scheme.typeOf[labels[s - 2]] === '' && !this.lineStarts[a + s - 1]) {
				s -= 2;
				type = 'LOC';
			} else if (language === 'en' && type !== 'LOC' && e - s >= 2 && (GEOGRAPHIC_HEADS_BEFORE.has(this.words[a + s]) || (GEOGRAPHIC_HEADS_BEFORE_OF.has(this.words[a + s]) && this.words[a + s + 1] === 'of')) && !isOrganisationNameEnd(this.words[a + e - 2], this.words[a + e - 1])) {
				// «Mount Kilimanjaro», «Lake Chad» read as a person: a name that opens with a mountain's or a
				// lake's word is a place (and not «Mount Sinai Hospital», an organisation)
				type = 'LOC';
			}
			// «the Strait of Gibraltar» read as «Strait» and «Gibraltar»: a geographic head found alone
			// before «of» and a name is one place with that name
			if (language === 'en' && e - s === 1 && e === j && e + 1 < n && GEOGRAPHIC_HEADS_BEFORE_OF.has(this.words[a + s]) && this.words[a + e] === 'of' && /^\p{Lu}\p{Ll}/u.test(this.words[a + e + 1])) {
				let end = e + 1;
				if (scheme.begins[labels[end]]) end = scheme.spanEnd(labels, end, n);
				else while (end < n && end - e <= 3 && /^\p{Lu}\p{Ll}/u.test(this.words[a + end]) && !scheme.begins[labels[end]]) end++;
				e = end;
				type = 'LOC';
			}
			// «the state of Assam», «the island of Rhodes» read as a person: a name after a lower-case
			// place noun and «of» is a place (57 of 73 such names in the English training files, the rest
			// untagged but one)
			if (type !== 'LOC' && PLACE_NOUNS_BEFORE_OF.has(headBeforeOf) && !isOrganisationNameEnd(this.words[a + e - 2], this.words[a + e - 1])) type = 'LOC';
			// … and so is one after a plural of such a noun, «nearby» or «neighbouring» («the camps of
			// Zamzam», «Residents of nearby Akumadan»), and one coordinated with such a place («… and
			// Nkenkaasu»), of one or two words, read as a person or an organisation
			if (language === 'en' && e - s <= 2 && s === i && s >= 2) {
				const before = this.words[a + s - 1];
				const nearby = NEARBY_WORDS.has(before) && (PLACE_PREPOSITIONS.has(this.words[a + s - 2]) || (s >= 3 && PLACE_NOUNS_BEFORE_OF.has(this.words[a + s - 3]) && this.words[a + s - 2] === 'of'));
				// (after a comma, only inside a list that goes on: not «the regions of Macedon, Philip assembled»)
				const listGoesOn = e < n && (this.words[a + e] === ',' || this.words[a + e] === 'and' || this.words[a + e] === 'or');
				const coordinated = placeListEnd === s - 1 && (before === 'and' || before === 'or' || (before === ',' && listGoesOn));
				const cued = PLACE_NOUNS_BEFORE_OF.has(headBeforeOf) || PLURAL_PLACE_NOUNS_BEFORE_OF.has(headBeforeOf) || nearby || coordinated;
				if (cued && (type === 'PER' || type === 'ORG') && !isOrganisationNameEnd(this.words[a + e - 2], this.words[a + e - 1])) type = 'LOC';
				if (cued && type === 'LOC') placeListEnd = e;
			}
			// «بطل كوت ديفوار» read as a person: a country's name of two words is the country
			if (language === 'ar' && type === 'PER' && e - s === 2 && isCountryKey(model, combine(this.infos[a + s].hStem, this.infos[a + s + 1].hStem))) type = 'LOC';
			// «حجاج عبد العظيم برنامجا جديدا»: a person's name does not end with a common noun in the
			// accusative (its stem without the final alif frequent in the text)
			if (language === 'ar' && type === 'PER' && e - s >= 2 && lex && isAccusativeNoun(this.words[a + e - 1], lex)) e--;
			// «اياد جمال الدين عضو …», «جلال محمود عضوي لجنة الكرة»: a title in a construct (no
			// article; or its dual) after a name is the function that follows it, no part of the name
			// (not one that is a given name too: «قاسم امين»; «السيد», «المدير» keep their article)
			if (language === 'ar' && type === 'PER' && e - s >= 2 && lex && !this.isGivenName(model, a + e - 1)) {
				if (isConstructTitle(splitProclitics(this.words[a + e - 1], lex).key)) e--;
			}
			// «الملكة صوفيا» read as the city: a name right after a definite title is the person's
			// (the word after «الملك», «الرئيس», «الشيخ»… is PER 114 times, LOC never, in the Arabic
			// training files; an indefinite title heads a place instead: «ملك الأردن»)
			if (language === 'ar' && type === 'LOC' && e - s === 1 && s === i && s > 0 && scheme.typeOf[labels[s - 1]] === '' && lex) {
				const title = splitProclitics(this.words[a + s - 1], lex).key;
				if (title.startsWith('ال') && isArabicTitle(title)) type = 'PER';
			}
			// «la bande de Gaza», «la wilaya d'Oran» read as a person: French writes the same (66 of 71
			// such names are LOC in the French training files, a lower-case place noun before them)
			if (language === 'fr' && type === 'PER' && s === i && this.frenchPlaceNounBefore(a, s)) type = 'LOC';
			// «Hurricane Idalia», «Typhoon Haikui» read as a place or a person: a storm (MISC), with the
			// storm's word when the model left it out
			if (language === 'en' && type !== 'MISC') {
				const stormBefore = s === i && s >= 1 && STORM_WORDS.has(this.words[a + s - 1]) && scheme.typeOf[labels[s - 1]] === '';
				if (stormBefore || (e - s >= 2 && STORM_WORDS.has(this.words[a + s]))) {
					if (stormBefore) s--;
					if (s >= 1 && this.words[a + s] === 'Storm' && this.words[a + s - 1] === 'Tropical' && scheme.typeOf[labels[s - 1]] === '') s--;
					type = 'MISC';
				}
			}
			// Maghreb place names: «Aïn El Turck», «Mers El Kébir» (the model stops at the particle), and a
			// name that starts with a word for spring, fort, well, river or pass is a place, not a
			// person («Bordj Bou Arreridj», «Hassi Messaoud»)
			if (language !== 'ar' && type === 'LOC' && e === j && e + 1 < n && PLACE_PARTICLES.has(this.words[a + e]) && /^\p{Lu}\p{Ll}/u.test(this.words[a + e + 1]) && !scheme.begins[labels[e]] && !scheme.begins[labels[e + 1]]) e += 2;
			// … and Maghreb surnames: «Lahcen Ait Ouchen», «Mohamed Ould Abdelaziz» (the model stops at the particle)
			if (language !== 'ar' && type === 'PER' && e === j && e + 1 < n && PERSON_PARTICLES.has(this.words[a + e]) && /^\p{Lu}\p{Ll}/u.test(this.words[a + e + 1]) && !scheme.begins[labels[e]] && !scheme.begins[labels[e + 1]]) e += 2;
			// «Sharm el-Sheikh», «Deir ez-Zor»: the model stops before the article glued to the next word
			if (language !== 'ar' && e === j && this.romanisedArticleAt(a + e, a + n) && !scheme.begins[labels[e]]) e += 3;
			// a place read as a person keeps the confidence of the name it was read as (the calibration
			// trusts persons more than places)
			let placeReadAsPerson = false;
			if (language !== 'ar' && type === 'PER' && e - s >= 2 && (MAGHREB_PLACE_HEADS.has(this.words[a + s]) || MASHRIQ_PLACE_HEADS.has(this.words[a + s]))) {
				type = 'LOC';
				placeReadAsPerson = true;
			}
			// … and so is a name of three words or more read as an organisation, also after «Sidi» (a
			// saint's name in towns, «Sidi Bel Abbès», but an honorific before a person's)
			if (language !== 'ar' && type === 'ORG' && e - s >= 3 && (MAGHREB_PLACE_HEADS.has(this.words[a + s]) || this.words[a + s] === 'Sidi')) type = 'LOC';
			// «stade Hocine-Aït-Ahmed», «Paris Saint-Germain»: a name does not end inside a word whose
			// capitalised parts are glued by hyphens (the tokens split at the hyphen); the model's
			// next span of the same type there is the rest of it («Jean» + «Pierre Raffarin»)
			if (language !== 'ar' && e === j && e > s) {
				while (e + 1 < n && this.words[a + e] === '-' && starts[e] === ends[e - 1] && starts[e + 1] === ends[e] && /^\p{Lu}/u.test(this.words[a + e + 1])) {
					const next = labels[e + 1];
					if (!scheme.begins[next]) e += 2;
					else if (scheme.typeOf[next] === modelType) e = scheme.spanEnd(labels, e + 1, n);
					else break;
				}
			}
			// «H&M» read as «H&»: a name does not end on a glued «&»; the capital glued after it is part of it
			if (language !== 'ar' && e - s >= 2 && e < n && this.words[a + e - 1] === '&' && starts[e] === ends[e - 1] && starts[e - 1] === ends[e - 2] && /^\p{Lu}/u.test(this.words[a + e]) && !scheme.begins[labels[e]]) e++;
			// «rue Didouche-Mourad», «stade Hocine-Aït-Ahmed»: a person's name after a street or venue
			// noun names the place, which starts at the noun (as HIPE writes «rue du Rhône»)
			if (language === 'fr' && type === 'PER' && s > 0 && s === i && STREET_HEADS.has(this.words[a + s - 1])) {
				type = 'LOC';
				s--;
			} else if (language === 'fr' && type === 'PER' && s >= 2 && s === i && this.words[a + s - 1] === 'sportif' && this.words[a + s - 2] === 'complexe') {
				// «le complexe sportif Prince Moulay Abdellah»
				type = 'LOC';
				s -= 2;
			} else if (language === 'fr' && type === 'PER' && e - s >= 2 && STREET_HEADS.has(this.words[a + s])) {
				// the model took the noun in: «stade Ali-La Pointe de Douéra»
				type = 'LOC';
			}
			// «Valéry Giscard d'Estaing» read as the person «Valéry Giscard» and the place «Estaing»: an
			// elided «d'» before a capitalised word (glued, or spaced as text joined from tokens writes
			// it) right after a French person's name is part of it
			// (4 times of 4 in the French training files: «Barbey d'Echallens», «Amédée d'Espagne»), but
			// not a country's name («le président Tebboune d'Algérie»)
			if (language === 'fr' && type === 'PER' && e === j && e + 2 < n && (this.words[a + e] === 'd' || this.words[a + e] === 'D') && /^['’]$/u.test(this.words[a + e + 1]) && /^\p{Lu}\p{Ll}/u.test(this.words[a + e + 2]) && !inCountryList(model, this.infos[a + e + 2].gaz, LOC_BIT | PREFIX_BIT)) {
				const next = labels[e + 2];
				if (!scheme.begins[next] || scheme.spanEnd(labels, e + 2, n) === e + 3) e += 3;
			}
			// «Christine Lagarde depuis Francfort»: a French person's name runs on through particles
			// only, never through another lower-case word (one that goes on a word broken by OCR,
			// «Geor¬ ges», is no other word; and a span with no given name and surname before the
			// lower-case word, «lt.-col. Secretan», is left as it is)
			if (language === 'fr' && type === 'PER' && e - s >= 3) {
				let names = 0;
				for (let k = s; k < e; k++) {
					const word = this.words[a + k];
					if (/^\p{Lu}\p{Ll}+$/u.test(word)) names++;
					else if (k > s && /^\p{Ll}/u.test(word) && !isInnerNameParticle(word) && this.kinds[a + k - 1] !== 2) {
						if (names < 2) break;
						e = k;
						while (e > s + 1 && (isInnerNameParticle(this.words[a + e - 1]) || this.kinds[a + e - 1] === 2)) e--;
						break;
					}
				}
			}
			// «the Donetsk region»: a lower-case «region», «district» or «city» after a place is no part
			// of its name (outside it 18 times of 23 in the English training files), nor the plural after
			// a list («Gedaref and Kassala states»)
			if (language === 'en' && type === 'LOC' && e - s >= 2 && PLACE_NOUNS_OUTSIDE.has(this.words[a + e - 1])) e--;
			// «Saudi club Al-Ettifaq» read as one place: a lower-case word that is no connector or particle
			// between capitalised words ends what goes before it (inside a name of the English training
			// files only in tweets: «frat house Hattiesburg»); the name is what follows it, and after «club»
			// a club's
			if (language === 'en' && e - s >= 3) {
				for (let k = e - 2; k > s; k--) {
					const word = this.words[a + k];
					// (not «v» or «vs» between two sides, which the rules of sports copy split)
					if (!/^\p{Ll}{3,}$/u.test(word) || NAME_CONNECTORS.has(word) || isInnerNameParticle(word)) continue;
					// a word a headline in capitals gave its case («AUSTRALIA V WEST INDIES») says nothing
					if (this.asWritten !== undefined && this.asWritten.slice(starts[k], ends[k]) !== word) break;
					if (/^\p{Lu}/u.test(this.words[a + k - 1]) && /^\p{Lu}/u.test(this.words[a + k + 1])) {
						s = k + 1;
						if (word === 'club') type = 'ORG';
					}
					break;
				}
			}
			// «DENVER 1996» of a dateline «DENVER 1996-10-25»: the year of a date in digits is no part of a name
			if (language !== 'ar' && e - s >= 2 && /^\d{4}$/u.test(this.words[a + e - 1]) && /^-\d{1,2}-\d{1,2}(?!\d)/u.test(text.slice(this.ends[a + e - 1], this.ends[a + e - 1] + 7))) e--;
			// «the Alliance of Small Island States» read as a place: a name that opens with a body's head
			// and «of» is the body's (not «Union of …», «Bank of …»: places too)
			if (language === 'en' && type === 'LOC' && e - s >= 3 && this.words[a + s + 1] === 'of' && BODY_HEADS_OPENING.has(this.words[a + s])) type = 'ORG';
			// «Manhattan District Attorney Alvin Bragg»: «District» opens the office's title, and the
			// place before it is the office's jurisdiction
			if (language === 'en' && (type === 'LOC' || type === 'ORG') && e - s >= 2 && e < n && this.words[a + e - 1] === 'District' && /^Attorneys?$/u.test(this.words[a + e])) {
				e--;
				type = 'LOC';
			}
			// «in northern Amurru»: a lower-case compass word before a place is no part of its name
			// (outside it all 26 times in UNER, GUM and Wikigold; the tweets of BTC put it inside 14 times
			// of 24, and the model learnt it there)
			if (language === 'en' && type === 'LOC' && e - s >= 2 && LOWER_COMPASS_WORDS.has(this.words[a + s]) && /^\p{Lu}/u.test(this.words[a + s + 1])) s++;
			// «Interfax news agency», «the Frankfurt bourse»: a lower-case «news» or «bourse» after a name
			// describes it (inside a name 4 times in the English training files, all in tweets: «abc news»)
			if (language === 'en' && (type === 'LOC' || type === 'ORG') && e - s >= 2 && DESCRIPTORS_OUTSIDE.has(this.words[a + e - 1]) && /^\p{Lu}/u.test(this.words[a + e - 2])) e--;
			// «the New York Yankees», «the Buffalo Bills» read as the city: a place (or the city read as
			// the team) followed by a professional team's nickname is the team
			if (language === 'en' && (type === 'LOC' || (type === 'ORG' && !isOrganisationNameEnd(e - s >= 2 ? this.words[a + e - 2] : '', this.words[a + e - 1]))) && e === j && e < n) {
				const two = e + 1 < n ? `${this.words[a + e]} ${this.words[a + e + 1]}` : '';
				const nickname = TEAM_NICKNAMES.has(two) ? 2 : TEAM_NICKNAMES.has(this.words[a + e]) ? 1 : 0;
				const modelSpanEnd = scheme.begins[labels[e]] ? scheme.spanEnd(labels, e, n) : e;
				if (nickname > 0 && (modelSpanEnd === e || modelSpanEnd === e + nickname)) {
					e += nickname;
					type = 'ORG';
				}
			}
			// «Kosmos Energy» read as a person: no person's name ends with a company's last word (none
			// does in the training files; 85 such names are organisations); «Dan Ives of Wedbush
			// Securities» is a person and a firm, which the split of persons «of» a firm makes later.
			// French news writes such names as they are («Mitsubishi Motors»), capitalised
			const companyEnd = language === 'en' || (language === 'fr' && /^\p{Lu}/u.test(this.words[a + e - 1]));
			// … nor is one the model stopped before such a word («Tiger» + «Global Management»,
			// «Salesforce» + «Ventures»): up to two capitalised words the model left outside, the last
			// a company's
			if (language === 'en' && (type === 'PER' || type === 'ORG') && e === j) {
				for (let k = e; k < e + 2 && k < n && TITLE_CASE_WORD.test(this.words[a + k]) && scheme.typeOf[labels[k]] === ''; k++) {
					if (!isCompanyNameEnd(this.words[a + k]) || PLACE_NAME_ENDS.has(this.words[a + k].toLowerCase())) continue;
					e = k + 1;
					type = 'ORG';
					break;
				}
			}
			if (companyEnd && type === 'PER' && e - s >= 2 && isCompanyNameEnd(this.words[a + e - 1]) && !this.words.slice(a + s + 1, a + e - 1).includes('of')) type = 'ORG';
			// nor begins with an acronym before words in ordinary case («PSA Peugeot Citroen», «LVMH Moet
			// Hennessy»; the persons the training files write in capitals are capitals throughout)
			// (not a given name a headline's truecasing left in capitals: «ZACH Weiner»)
			if (language === 'en' && type === 'PER' && e - s >= 2 && ACRONYM.test(this.words[a + s]) && TITLE_CASE_WORD.test(this.words[a + s + 1]) && (listedTypes(model, this.words[a + s]) & PER_BIT) === 0) type = 'ORG';
			// nor does a place's (not «Derwent Water», «Heathrow International»): «Dangote Cement» read as a place
			// («Arqaam Capital», a firm, where the word before «Capital» is no common word: «Oil Capital»)
			if (language === 'en' && type === 'LOC' && e - s >= 2 && isCompanyNameEnd(this.words[a + e - 1]) && (!PLACE_NAME_ENDS.has(this.words[a + e - 1].toLowerCase()) || (this.words[a + e - 1] === 'Capital' && !this.isCommonWord(model, this.words[a + e - 2])))) type = 'ORG';
			// «Charles de Gaulle Airport», «John F. Kennedy» + «International Airport»: a person's name
			// right before a facility's head names the facility, a place (not after an honorific: «Ms.
			// Victoria Station»); «Ronald Reagan» + «Presidential Library»: before an organisation's
			// facility head, with at most two capitalised words between, the organisation
			const afterHonorific = language === 'en' && this.followsHonorific(a, s);
			if (language === 'en' && type === 'PER' && !afterHonorific && e === j && e < n) {
				const head = this.words[a + e] === 'International' && e + 1 < n ? e + 1 : e;
				const modelSpanEnd = scheme.begins[labels[e]] ? scheme.spanEnd(labels, e, n) : e;
				// (up to two capitalised words between: «Johns Hopkins» + «Applied Physics Laboratory»)
				let organisationHead = e;
				for (let h = e + 1; h <= e + 2 && h < n && /^\p{Lu}\p{Ll}/u.test(this.words[a + h - 1]) && !scheme.begins[labels[h - 1]]; h++) {
					if (ORGANISATION_FACILITY_HEADS.has(this.words[a + h])) {
						organisationHead = h;
						break;
					}
				}
				if (FACILITY_HEADS.has(this.words[a + head]) && (modelSpanEnd === e || modelSpanEnd === head + 1) && (head === e || !scheme.begins[labels[head]])) {
					e = head + 1;
					type = 'LOC';
				} else if (ORGANISATION_FACILITY_HEADS.has(this.words[a + organisationHead]) && !scheme.begins[labels[organisationHead]]) {
					e = organisationHead + 1;
					type = 'ORG';
				} else if (e - s >= 2 && LOWER_CASE_FACILITY_HEADS.has(this.words[a + e])) {
					// «Oran's Ahmed Zabana stadium», «the Houari Boumediene airport»: the head in lower case
					// describes the place named after the person, and stays out of its name (a full name:
					// «a Trump stadium rally» is the person's)
					type = 'LOC';
				}
			}
			// «the James Webb Space Telescope», «the John Lewis Partnership» read as the person: after
			// «the», a person's name right before a capitalised noun of a thing (WordNet's first sense;
			// not a title, a day or a month) names something after them; the capitalised run is its name,
			// typed below by its last word, and a work, an instrument or an event otherwise (MISC)
			const casing = model.resources.casing;
			if (language === 'en' && casing && type === 'PER' && !afterHonorific && !headline && s >= 1 && (this.words[a + s - 1] === 'the' || this.words[a + s - 1] === 'The') && e === j && e < n && starts[e] === ends[e - 1] + 1 && TITLE_CASE_WORD.test(this.words[a + e]) && writtenInLowerCase(casing, this.words[a + e]) && this.namesAThing(model, this.words[a + e]) && !isRunTimeTitleWord(this.words[a + e]) && !DAYS_AND_MONTHS.has(this.words[a + e]) && scheme.typeOf[labels[e]] === '') {
				let end = e + 1;
				while (end < n && end < e + 4 && TITLE_CASE_WORD.test(this.words[a + end]) && starts[end] === ends[end - 1] + 1) end++;
				// a surname the model left out («Paul» + «Young») is the person's
				const runEnd = this.words[a + end - 1];
				if (writtenInLowerCase(casing, runEnd) && (listedTypes(model, runEnd) & PER_BIT) === 0) e = end;
				const last = this.words[a + e - 1];
				if (e === end && !FACILITY_HEADS.has(last) && !isOrganisationNameEnd(this.words[a + e - 2], last) && !ORGANISATION_FACILITY_HEADS.has(last)) type = 'MISC';
			}
			// «Ronald Reagan Presidential Library» read as a person, «Three Gorges Dam» as a work: a name
			// that ends with a facility's head is a place (in the English training files 178 of 205 such
			// names are, none a person but a «Hall», a «Park» or a «Castle», also surnames; three
			// works), and one that ends with an
			// organisation's head an organisation (no person's name does, but two HIPE appositions)
			if (language === 'en' && (type === 'PER' || type === 'ORG' || type === 'MISC') && !afterHonorific && e - s >= 2) {
				const last = this.words[a + e - 1];
				if (FACILITY_HEADS.has(last) && (type === 'PER' || !STREET_OR_STATION.has(last))) type = 'LOC';
				else if (type === 'PER' && hasCapitalsOnly(this.words, a + s, a + e) && (isOrganisationNameEnd(this.words[a + e - 2], last) || ORGANISATION_FACILITY_HEADS.has(last))) type = 'ORG';
			}
			// «U.S. Federal Reserve Board», «Geological Survey» read as a place: a name ending with an
			// organisation's head is an organisation
			if (language === 'en' && type === 'LOC' && e - s >= 2 && /^\p{Lu}/u.test(this.words[a + e - 1]) && isOrganisationNameEnd(this.words[a + e - 2], this.words[a + e - 1])) type = 'ORG';
			// … and so is one that opens with an institution's head («Bank Rakyat Indonesia» read as a
			// place; in the English training files 101 such names of 108 are ORG), unless a geographic
			// or facility head ends it («Union Glacier»)
			if (language === 'en' && type === 'LOC' && e - s >= 2 && /^\p{Lu}/u.test(this.words[a + s]) && isInstitutionHead(this.words[a + s], 'en') && !GEOGRAPHIC_HEADS.has(this.words[a + e - 1]) && !FACILITY_HEADS.has(this.words[a + e - 1])) type = 'ORG';
			// «sub-Saharan Africa» read as the person «Saharan Africa»: the word after a prefix and a
			// hyphen is an adjective, and the place after it is the name (the English training files
			// tag «Africa» alone)
			if (language === 'en' && type !== 'LOC') {
				const prefixInside = e - s === 4 && this.opensWithAdjectivePrefix(a, s) && starts[s + 2] === ends[s + 1];
				const prefixBefore = e - s === 2 && this.followsAdjectivePrefix(a, s);
				if ((prefixInside || prefixBefore) && (seenTypes(model, this.words[a + e - 1]) & LOC_BIT) !== 0) {
					s = e - 1;
					type = 'LOC';
				} else if (e - s >= 4 && this.opensWithAdjectivePrefix(a, s) && starts[s + 2] === ends[s + 1] && /^\p{Lu}/u.test(this.words[a + s + 3]) && isInstitutionHead(this.words[a + s + 3], 'en')) {
					// «the pro-Russian Party of Socialists» read whole as the adjective: the party after it
					s += 3;
					type = 'ORG';
				}
			}
			// «USB ports», «the CEO said»: a common noun's acronym alone is no person, place or
			// organisation (a MISC stays: «HIV»)
			if (language !== 'ar' && type !== 'MISC' && e - s === 1 && isCommonNounAcronym(this.words[a + s])) e = s;
			if (e > s) {
				let start = starts[s];
				let end = ends[e - 1];
				// «Lee Jae-yong», «Kim Jong-un», «Typhoon Kong-rey»: the last part of a hyphenated given
				// name (the tokens split at the hyphen), not «Smith-led», «Paris-based»
				if ((type === 'PER' || (type === 'MISC' && STORM_WORDS.has(this.words[a + s]))) && language !== 'ar' && e + 1 < n && this.words[a + e] === '-' && starts[e] === end && starts[e + 1] === ends[e] && /^\p{Ll}{2,4}$/u.test(this.words[a + e + 1]) && !HYPHEN_SUFFIXES.has(this.words[a + e + 1]) && !scheme.begins[labels[e + 1]]) {
					end = ends[e + 1];
					// «Inzamam-ul-Haq»: a capitalised part glued after the lower-case one
					if (type === 'PER' && e + 3 < n && this.words[a + e + 2] === '-' && starts[e + 2] === end && starts[e + 3] === ends[e + 2] && /^\p{Lu}\p{Ll}+$/u.test(this.words[a + e + 3]) && (e + 4 >= n || starts[e + 4] > ends[e + 3])) end = ends[e + 3];
				}
				// an initialism keeps its last full stop («U.S.», «U.K.»), which the edge trim took off
				if (e - s >= 3 && e < n && this.words[a + e] === '.' && starts[e] === end && this.words[a + e - 2] === '.' && /^\p{Lu}$/u.test(this.words[a + e - 1])) end = ends[e];
				// and so does a person's «Jr.» or «Sr.» («Ferdinand Marcos Jr.»), even ending the sentence
				if (type === 'PER' && e - s >= 2 && e < n && this.words[a + e] === '.' && starts[e] === end && /^(?:Jr|Sr|Jnr|Snr)$/u.test(this.words[a + e - 1])) end = ends[e];
				if (language === 'ar') {
					const off = this.procliticLength(model, this.words[a + s], type, lex, e - s > 1);
					if (start + off < ends[s]) start += off;
				}
				// a lone all-caps word on its own line (a source credit: «AFP», «MEMO») is not a person
				if (type === 'PER' && e - s === 1 && n - (e - s) <= 1 && language !== 'ar' && isAllCapsWord(this.words[a + s])) type = 'ORG';
				// «relations with Paris remain strained» read as a person: a country or a capital alone is
				// a place (1,219 times of 1,232 such words alone in the English training files; the persons
				// are «Paris» Hilton in tweets, «Stanley», «Jordan»), not a capital that is a given name too
				if (type === 'PER' && e - s === 1 && language !== 'ar' && inCountryList(model, this.infos[a + s].gaz, LOC_BIT) && !GIVEN_NAME_CAPITALS.has(this.words[a + s])) type = 'LOC';
				if (language === 'en') type = this.englishTypeInContext(model, type, a, s, e, n);
				// a people named by its demonym («Palestinians», «les Algériens») is MISC, not a person
				if (type === 'PER' && e - s === 1 && language !== 'ar' && (isDemonym(model, this.words[a + s]) || (language === 'en' && (NATIONALITY_NOUN.test(this.words[a + s]) || PEOPLE_NAME.test(this.words[a + s]) || this.isPluralOfPeople(model, this.words[a + s]))))) type = 'MISC';
				// «Sri Lankan troops» read as a person: a demonym of two words
				if (type === 'PER' && e - s === 2 && language === 'en' && isDemonymKey(model, combine(this.infos[a + s].hStem, this.infos[a + s + 1].hStem))) type = 'MISC';
				// and a demonym read as a place is the adjective («Israeli troops»: O 11 times of 12 in the
				// English training files)
				// and so is one read alone as an organisation («the Argentine forward»: ORG 3 times of about
				// 1,000 such words in the English training files)
				if (type === 'ORG' && language === 'en' && e - s === 1 && isDemonym(model, this.words[a + s])) type = 'MISC';
				if (type === 'LOC' && language === 'en' && ((e - s === 1 && (isDemonym(model, this.words[a + s]) || PEOPLE_NAME.test(this.words[a + s]))) || (e - s === 2 && COMPASS_WORDS.has(this.words[a + s]) && isDemonymKey(model, combine(this.infos[a + s].hStem, this.infos[a + s + 1].hStem))))) type = 'MISC';
				// «anti-Pyongyang propaganda», «pro-Russian separatists»: an adjective made of a name,
				// whether the model took in the prefix or not
				if (language === 'en' && ((e - s >= 3 && this.opensWithAdjectivePrefix(a, s)) || this.followsAdjectivePrefix(a, s))) type = 'MISC';
				const c = model.confidence(model.spanProbability(i, j, y, n), placeReadAsPerson && type === 'LOC' ? 'PER' : type);
				out.push({ start, end, type, text: text.slice(start, end), confidence: Math.round(c * 1000) / 1000, source: 'model' });
			}
			if (place >= 0) {
				const start = starts[place] + (placeProclitic > 0 ? placeProclitic : this.procliticLength(model, this.words[a + place], 'LOC', lex));
				const end = ends[placeEnd - 1];
				out.push({ start, end, type: 'LOC', text: text.slice(start, end), confidence: PLACE_RULE_CONFIDENCE, source: 'rule' });
			}
			i = Math.max(j, e, placeEnd);
		}
		if (language === 'en') this.untaggedGeographicNames(text, model, a, n, labels, scheme, out, firstOut);
		if (language === 'en') this.untaggedParties(text, model, a, n, labels, scheme, out, firstOut);
		if (language !== 'ar') this.untaggedSentenceOpeners(text, model, a, n, labels, scheme, out, firstOut, language);
		if (language === 'en') this.untaggedNamesInAppositions(text, model, a, n, labels, scheme, out, firstOut);
		if (language === 'en') this.untaggedNamesAfterCues(text, model, a, n, labels, scheme, out, firstOut);
		if (language === 'en') this.untaggedBodiesOfSpokespersons(text, model, a, n, labels, scheme, out, firstOut);
		if (language !== 'ar') this.untaggedMashriqPlaces(text, a, n, labels, scheme, out, firstOut);
		if (language === 'ar' && lex) this.untaggedArabicPlaces(text, a, n, labels, scheme, lex, out, firstOut);
		// in a title-case headline every word has a capital: an unsure model name made only of
		// capitalised words no list knows as a name is a headline's words («UN Chief Warns of Famine as
		// Aid Talks Stall»; not a name with «of» inside: «International Brotherhood of Magicians»)
		if (headline) {
			let keep = firstOut;
			for (let k = firstOut; k < out.length; k++) {
				const entity = out[k];
				if (entity.source === 'model' && entity.confidence < 0.5 && entity.text.split(/\s+/).every((w) => /^\p{Lu}/u.test(w)) && !holdsListedName(model, entity.text)) continue;
				out[keep++] = entity;
			}
			out.length = keep;
		}
	}

	/**
	 * «the Korean Peninsula», «near Second Thomas Shoal» where the model found nothing: one to three
	 * capitalised words and a capitalised geographic head, with no capital on either side, are a place
	 * (130 of 136 such names in the English training files are places, the others teams and bands; a
	 * surname that is such a head, «Lake», only after «the»). So are those with a facility's head
	 * («the Grand Ethiopian Renaissance Dam»: 22 of 26 in the English training files, the others two
	 * airports read as their companies, a bridge and a turnpike in works' titles), but a street's or a
	 * station's, which addresses hold («455 Elm Street»: the gold has no entity in an address).
	 * So are one to three capitalised words after a lower-case place noun and «of» («the Chinese
	 * province of Fujian»: LOC 57 times of 71 in the English training files, the rest untagged places
	 * of GUM's travel guides), or after the
	 * residents, the inhabitants, the outskirts or the suburbs «of» («Residents of Dunbiash were told
	 * to evacuate»: LOC 14 times of 22 after such a noun and «of», the others lower-case words), after
	 * a compass point and «of» («20 km south of Zaur»: LOC all 27 times) or after «in», «of»… and
	 * «central», «northern»… («in central Venvi»: LOC all 22 times).
	 * Added to `out` from `firstOut` on, in text order.
	 */
	private untaggedGeographicNames(text: string, model: TaggerModel, a: number, n: number, labels: Uint8Array, scheme: LabelScheme, out: DetectedEntity[], firstOut: number): void {
		const words = this.words;
		const untagged = (k: number): boolean => scheme.typeOf[labels[k]] === '';
		let added = false;
		for (let k = 1; k < n; k++) {
			const head = words[a + k];
			if (!(GEOGRAPHIC_HEADS.has(head) || (FACILITY_HEADS.has(head) && !STREET_OR_STATION.has(head))) || !untagged(k) || (k + 1 < n && /^\p{Lu}/u.test(words[a + k + 1]) && !this.lineStarts[a + k + 1])) continue;
			let g = k;
			while (g > 0 && k - g < 3 && /^\p{Lu}\p{Ll}/u.test(words[a + g - 1]) && untagged(g - 1) && !this.lineStarts[a + g]) g--;
			// (a capital «The» opening the sentence is the article, no part of a longer name)
			if (g === k || (g > 0 && /^\p{Lu}/u.test(words[a + g - 1]) && words[a + g - 1] !== 'The' && !this.lineStarts[a + g])) continue;
			if (SURNAME_HEADS.has(head) && (g === 0 || (words[a + g - 1] !== 'the' && words[a + g - 1] !== 'The'))) continue;
			// a place named after a date holds its day («the 30 June Stadium»); a month elsewhere is no name's
			if (DAYS_AND_MONTHS.has(words[a + g]) && g > 0 && DAY_OF_MONTH.test(words[a + g - 1])) g--;
			else if (words.slice(a + g, a + k).some((w) => DAYS_AND_MONTHS.has(w))) continue;
			const start = this.starts[a + g];
			const end = this.ends[a + k];
			out.push({ start, end, type: 'LOC', text: text.slice(start, end), confidence: PLACE_RULE_CONFIDENCE, source: 'rule' });
			added = true;
		}
		const casing = model.resources.casing;
		for (let k = 2; k < n; k++) {
			// «the province of Fujian», «20 km south of Zaur», «in central Venvi»
			const ofPlaceNoun = words[a + k - 1] === 'of' && (PLACE_NOUNS_BEFORE_OF.has(words[a + k - 2]) || COMPASS_POINTS.has(words[a + k - 2]));
			const inPartOf = REGION_ADJECTIVES.has(words[a + k - 1]) && PLACE_PREPOSITIONS.has(words[a + k - 2]);
			if (!(ofPlaceNoun || inPartOf) || !/^\p{Lu}\p{Ll}/u.test(words[a + k]) || !untagged(k)) continue;
			// not a common word given a capital («a state of Emergency»)
			if (casing && writtenInLowerCase(casing, words[a + k])) continue;
			let e = k + 1;
			while (e < n && e - k < 3 && /^\p{Lu}\p{Ll}/u.test(words[a + e]) && untagged(e) && !this.lineStarts[a + e]) e++;
			// a longer capitalised run, or one the model tagged in part, is no plain place name
			if (e < n && /^\p{Lu}/u.test(words[a + e]) && !this.lineStarts[a + e]) continue;
			const start = this.starts[a + k];
			const end = this.ends[a + e - 1];
			out.push({ start, end, type: 'LOC', text: text.slice(start, end), confidence: PLACE_RULE_CONFIDENCE, source: 'rule' });
			added = true;
			k = e;
		}
		if (added) sortAddedInTextOrder(out, firstOut);
	}

	/**
	 * English: «the dissolved Pastef party», «the ruling Fatah party» where the model found nothing: a
	 * capitalised word WordNet does not know (class 0), after «the» (and up to two lower-case words) and before
	 * «party» in lower case, is the party's name (not «the Republican party», a word of the language,
	 * nor «the Clemson party», a celebration, without the article). Added to `out` from `firstOut`
	 * on, in text order.
	 */
	private untaggedParties(text: string, model: TaggerModel, a: number, n: number, labels: Uint8Array, scheme: LabelScheme, out: DetectedEntity[], firstOut: number): void {
		const words = this.words;
		let added = false;
		for (let k = 2; k < n; k++) {
			if (words[a + k] !== 'party' || scheme.typeOf[labels[k - 1]] !== '' || this.lineStarts[a + k - 1] || !/^\p{Lu}[\p{L}-]+$/u.test(words[a + k - 1])) continue;
			let d = k - 2;
			while (d > 0 && d > k - 4 && /^\p{Ll}+$/u.test(words[a + d]) && words[a + d] !== 'the') d--;
			if (words[a + d] !== 'the' || model.featurizer.wordInfo(words[a + k - 1], 0).wn > 0) continue;
			out.push({ start: this.starts[a + k - 1], end: this.ends[a + k - 1], type: 'ORG', text: words[a + k - 1], confidence: PLACE_RULE_CONFIDENCE, source: 'rule' });
			added = true;
		}
		if (added) sortAddedInTextOrder(out, firstOut);
	}

	/**
	 * English: «Zelenskiy said…», «Pep Guardiola signed…», «Retardret and Kowtonret shared…» where the model found nothing. A name opening
	 * a sentence has no capital of its own to tell it from the sentence's, and a name the training
	 * files never held looks to the model like any other opening word. One or two capitalised words
	 * there that the unlabelled text never writes in lower case (not «Analysts», «However»), before a
	 * verb in lower case, are a name when the model gives such a name some probability: the type it
	 * finds likeliest for exactly those words, at least `MIN_OPENER_PROBABILITY` (per one or two
	 * words; below it: «Sulphur is», «Eurostar runs»). Added to `out` from `firstOut` on, in text
	 * order.
	 */
	private untaggedSentenceOpeners(text: string, model: TaggerModel, a: number, n: number, labels: Uint8Array, scheme: LabelScheme, out: DetectedEntity[], firstOut: number, language: LanguageCode): void {
		const casing = model.resources.casing;
		if (!casing) return;
		const english = language === 'en';
		const verb = english ? OPENING_NAME_VERB : FRENCH_OPENING_NAME_VERB;
		const words = this.words;
		const untagged = (k: number): boolean => scheme.typeOf[labels[k]] === '';
		const nameLike = (k: number): boolean => this.isUnknownNameWord(casing, labels, scheme, a, k, n);
		let added = false;
		for (let k = 0; k + 1 < n; k++) {
			// after a sentence's full stop, not an initial's or an abbreviation's («Hamdan v. Rumsfeld»)
			if (k > 0 && (!SENTENCE_ENDS.has(words[a + k - 1]) || (k > 1 && /^\p{Ll}{1,3}$/u.test(words[a + k - 2])))) continue;
			const word = words[a + k];
			if (!nameLike(k) || isCapitalisedCommonWord(model, word, language)) continue;
			const e = k + 1 < n && nameLike(k + 1) ? k + 2 : k + 1;
			// «Retardret and Kowtonret shared the prize»: two such names joined by «and» before the verb,
			// or the first before a name the model found, whose type it takes («Tebi and Zamirbi»)
			const coordinated = e + 2 < n && words[a + e] === (english ? 'and' : 'et');
			const second = coordinated && nameLike(e + 1) && untagged(e + 2) && verb.test(words[a + e + 2]) ? e + 1 : -1;
			const found = coordinated && second < 0 && scheme.begins[labels[e + 1]] ? scheme.spanEnd(labels, e + 1, n) : -1;
			const foundType = found > 0 && found < n && untagged(found) && verb.test(words[a + found]) ? scheme.typeOf[labels[e + 1]] : '';
			if (foundType === 'PER' || foundType === 'ORG' || foundType === 'LOC') {
				const type = english ? this.englishTypeInContext(model, foundType, a, k, e, n) : foundType;
				const start = this.starts[a + k];
				const end = this.ends[a + e - 1];
				out.push({ start, end, type, text: text.slice(start, end), confidence: PLACE_RULE_CONFIDENCE, source: 'rule' });
				added = true;
				continue;
			}
			if (second < 0 && (e >= n || !untagged(e) || !verb.test(words[a + e]))) continue;
			for (const [from, to] of second < 0 ? [[k, e]] : [[k, e], [second, second + 1]]) {
				let type = '';
				let likeliest = MIN_OPENER_PROBABILITY[to - from - 1];
				for (let y = 0; y < scheme.labels.length; y++) {
					if (!scheme.begins[y] || !CORE_AND_MISC.has(scheme.typeOf[y])) continue;
					const p = model.spanProbability(from, to, y, n);
					if (p >= likeliest) {
						likeliest = p;
						type = scheme.typeOf[y];
					}
				}
				if (!type) continue;
				// the words around it type it as they type a name the model found («… posted a quarterly loss»)
				if (english) type = this.englishTypeInContext(model, type, a, from, to, n);
				if (english && type === 'PER' && to - from === 1 && this.isPluralOfPeople(model, words[a + from])) type = 'MISC';
				const start = this.starts[a + from];
				const end = this.ends[a + to - 1];
				out.push({ start, end, type, text: text.slice(start, end), confidence: model.confidence(likeliest, type), source: 'model' });
				added = true;
			}
		}
		if (added) sortAddedInTextOrder(out, firstOut);
	}

	/**
	 * Token k (of the n tokens of the segment at a) is one the passes below may take for a name the
	 * model missed: a capitalised word the model left untagged and the unlabelled text never writes
	 * in lower case (not «Analysts», «However»).
	 */
	private isUnknownNameWord(casing: HashTable, labels: Uint8Array, scheme: LabelScheme, a: number, k: number, n: number): boolean {
		return k < n && scheme.typeOf[labels[k]] === '' && /^\p{Lu}\p{Ll}+$/u.test(this.words[a + k]) && !writtenInLowerCase(casing, this.words[a + k]);
	}

	/**
	 * English: one capitalised word the model left untagged, and the unlabelled text never writes in
	 * lower case, that an apposition types: an age between commas makes it a person («Kowvenur, 45,
	 * was arrested»), and so do «, who», a role it stands in apposition to («The minister, Qugelte,
	 * said», «The company's spokesman, Monruste,»: a noun whose most frequent WordNet sense is a
	 * person, between «the», «her», a possessive… and a comma) and an apposition that names a person
	 * («Mongelard, a spokesman for the ministry»); a noun of a settlement before or after it makes it
	 * a place («Kowvenur, a village north of the city», «The capital, Dradun,»). Added to `out` from
	 * `firstOut` on, in text order.
	 */
	private untaggedNamesInAppositions(text: string, model: TaggerModel, a: number, n: number, labels: Uint8Array, scheme: LabelScheme, out: DetectedEntity[], firstOut: number): void {
		const casing = model.resources.casing;
		if (!casing) return;
		const words = this.words;
		const untagged = (k: number): boolean => k < 0 || k >= n || scheme.typeOf[labels[k]] === '';
		let added = false;
		for (let k = 0; k + 2 < n; k++) {
			const word = words[a + k];
			if (words[a + k + 1] !== ',' || !this.isUnknownNameWord(casing, labels, scheme, a, k, n) || !untagged(k - 1)) continue;
			// a whole word, not the end of a hyphenated one («Bar-Illan», joined to its given name later)
			if (k > 0 && this.starts[a + k] === this.ends[a + k - 1]) continue;
			if (isCapitalisedCommonWord(model, word, 'en')) continue;
			// not the last word of a capitalised run («New Kowvenur»), outside a sentence's opening
			if (k > 0 && /^\p{Lu}/u.test(words[a + k - 1]) && !SENTENCE_ENDS.has(words[a + k - 2] ?? '.') && !this.lineStarts[a + k - 1]) continue;
			const aged = k + 3 < n && AGE.test(words[a + k + 2]) && (words[a + k + 3] === ',' || words[a + k + 3] === ')');
			// «Lomon, who led the party» (not «people in Darfur, who fled»: «who» takes up the people)
			const who = words[a + k + 2] === 'who' && (k === 0 || !PLACE_PREPOSITIONS.has(words[a + k - 1]));
			const person = aged || who || this.followsRoleApposition(model, a, k) || this.appositionNamesPerson(model, a + k + 1, a + n);
			const type = person ? 'PER' : this.appositionCallsPlace(a + k + 1, a + n) || this.followsPlaceApposition(a, k) ? 'LOC' : '';
			if (!type) continue;
			out.push({ start: this.starts[a + k], end: this.ends[a + k], type, text: word, confidence: PLACE_RULE_CONFIDENCE, source: 'rule' });
			added = true;
		}
		if (added) sortAddedInTextOrder(out, firstOut);
	}

	/**
	 * English: one or two capitalised words the model left untagged, and the unlabelled text never
	 * writes in lower case, right after two words that type a name: a work's noun and «by» a person
	 * («the novel by Dunur»), a place's cue a place («flew to Viber», «the ambassador to Biur»), a
	 * company officer's cue a company («the chief executive of Urkow»). Added to `out` from
	 * `firstOut` on, in text order.
	 */
	private untaggedNamesAfterCues(text: string, model: TaggerModel, a: number, n: number, labels: Uint8Array, scheme: LabelScheme, out: DetectedEntity[], firstOut: number): void {
		const casing = model.resources.casing;
		if (!casing) return;
		const words = this.words;
		const nameWord = (k: number): boolean => this.isUnknownNameWord(casing, labels, scheme, a, k, n) && !this.lineStarts[a + k];
		let added = false;
		for (let k = 2; k < n; k++) {
			if (!CUE_ENDS.has(words[a + k - 1]) || !nameWord(k)) continue;
			const cue = `${words[a + k - 2].toLowerCase()} ${words[a + k - 1]}`;
			const type = PERSON_CUES.has(cue) ? 'PER' : PLACE_CUES.has(cue) ? 'LOC' : COMPANY_OFFICER_CUES.has(cue) ? 'ORG' : '';
			if (!type || isCapitalisedCommonWord(model, words[a + k], 'en')) continue;
			const e = nameWord(k + 1) ? k + 2 : k + 1;
			// a longer capitalised run is no plain name
			if (e < n && /^\p{Lu}/u.test(words[a + e]) && !this.lineStarts[a + e]) continue;
			out.push({ start: this.starts[a + k], end: this.ends[a + e - 1], type, text: text.slice(this.starts[a + k], this.ends[a + e - 1]), confidence: PLACE_RULE_CONFIDENCE, source: 'rule' });
			added = true;
			k = e;
		}
		if (added) sortAddedInTextOrder(out, firstOut);
	}

	/**
	 * English: «" IFOR spokesman Mark Whitfield said», «A Shell spokesman said» where the model found
	 * nothing: the body a spokesperson speaks for, right before the word, is an organisation when it
	 * is an acronym, or one or two capitalised words after an article (not a nationality, a country,
	 * a listed place or a title: «a U.S. spokesman», «a German spokesman»). Without the article a
	 * name may be a person's («Yeltsin spokesman Sergei Yastrzhembsky»). Added to `out` from
	 * `firstOut` on, in text order.
	 */
	private untaggedBodiesOfSpokespersons(text: string, model: TaggerModel, a: number, n: number, labels: Uint8Array, scheme: LabelScheme, out: DetectedEntity[], firstOut: number): void {
		const words = this.words;
		const untagged = (k: number): boolean => scheme.typeOf[labels[k]] === '' && !this.lineStarts[a + k];
		let added = false;
		for (let k = 1; k < n; k++) {
			if (!SPOKESPERSONS.has(words[a + k]) || !untagged(k - 1)) continue;
			let s = k - 1;
			const acronym = ACRONYM_OF_BODY.test(words[a + s]);
			if (!acronym) {
				if (s >= 1 && untagged(s - 1) && /^\p{Lu}\p{Ll}/u.test(words[a + s - 1])) s--;
				if (s < 1 || !ARTICLES.has(words[a + s - 1].toLowerCase())) continue;
				const notBody = (w: string): boolean => !/^\p{Lu}\p{Ll}/u.test(w) || isTitleWord(w) || isDemonym(model, w) || DAYS_AND_MONTHS.has(w);
				if (words.slice(a + s, a + k).some(notBody)) continue;
			} else if (isCommonNounAcronym(words[a + s]) || COUNTRY_ABBREVIATIONS.has(words[a + s])) continue;
			const name = text.slice(this.starts[a + s], this.ends[a + k - 1]);
			if (isListedCountry(model, name) || isListedPlaceName(model, name)) continue;
			out.push({ start: this.starts[a + s], end: this.ends[a + k - 1], type: 'ORG', text: name, confidence: PLACE_RULE_CONFIDENCE, source: 'rule' });
			added = true;
		}
		if (added) sortAddedInTextOrder(out, firstOut);
	}

	/**
	 * Arabic: «لجزيرة جاوا», «في إقليم سيلاكاب» where the model found nothing: a word the text
	 * (the lexicon) hardly knows right after a noun of a place the model left untagged (island,
	 * province, state, city, village…) is the place's name (a word after such a noun is LOC 215
	 * times, O 78 in the Arabic training files, the O ones mostly adjectives and common nouns, which
	 * the lexicon knows). Added to `out` from `firstOut` on, in text order.
	 */
	private untaggedArabicPlaces(text: string, a: number, n: number, labels: Uint8Array, scheme: LabelScheme, lex: ArabicLexicon, out: DetectedEntity[], firstOut: number): void {
		const words = this.words;
		let added = false;
		for (let k = 1; k < n; k++) {
			if (this.kinds[a + k] !== 0 || scheme.typeOf[labels[k]] !== '' || scheme.typeOf[labels[k - 1]] !== '' || this.lineStarts[a + k]) continue;
			const word = words[a + k];
			const c = word.charCodeAt(0);
			// not a word with the article, a feminine or a nisba adjective («جبلية», «جبلي»), a plural or a pronoun suffix
			if (word.length < 3 || c < 0x0621 || c > 0x064a || /^(?:[وفبكل]?ال|لل)/u.test(word) || /(?:ة|ي|ى|ين|ون|ها|هم|هما|كم)$/u.test(word)) continue;
			if (!nounBehindProclitic(normalizeArabic(words[a + k - 1]), NAME_ANNOUNCING_PLACE_NOUNS, true)) continue;
			if (lex(normalizeArabic(word)) > 2) continue;
			out.push({ start: this.starts[a + k], end: this.ends[a + k], type: 'LOC', text: word, confidence: PLACE_RULE_CONFIDENCE, source: 'rule' });
			added = true;
		}
		if (added) sortAddedInTextOrder(out, firstOut);
	}

	/**
	 * Token s (of the segment at a) follows a lower-case French place noun and «de» or «d'» («la bande
	 * de | Gaza»), or a noun of nature that names without «de» («l'oued | Rhumel», «le fleuve | Niger»).
	 */
	private frenchPlaceNounBefore(a: number, s: number): boolean {
		const words = this.words;
		if (s >= 1 && FRENCH_NATURE_NOUNS.has(words[a + s - 1])) return true;
		if (s >= 2 && words[a + s - 1] === 'de') return FRENCH_PLACE_NOUNS_BEFORE_DE.has(words[a + s - 2]);
		return s >= 3 && /^['’]$/u.test(words[a + s - 1]) && words[a + s - 2] === 'd' && FRENCH_PLACE_NOUNS_BEFORE_DE.has(words[a + s - 3]);
	}

	/** Tokens i, i+1, i+2 are a romanised Arabic article, a hyphen and a capitalised word, glued («ez-Zor»), after a space. */
	private romanisedArticleAt(i: number, end: number): boolean {
		const words = this.words;
		return (
			i + 2 < end &&
			!this.lineStarts[i] &&
			this.starts[i] > this.ends[i - 1] &&
			ROMANISED_ARTICLES.has(words[i]) &&
			words[i + 1] === '-' &&
			this.starts[i + 1] === this.ends[i] &&
			this.starts[i + 2] === this.ends[i + 1] &&
			/^\p{Lu}\p{Ll}/u.test(words[i + 2])
		);
	}

	/**
	 * Middle Eastern place names the model left untagged («Ras al-Khaimah», «Kafr Qasim»): a place
	 * head (MASHRIQ_PLACE_HEADS) and a capitalised word or a romanised article glued to one, with
	 * no name around them.
	 */
	private untaggedMashriqPlaces(text: string, a: number, n: number, labels: Uint8Array, scheme: LabelScheme, out: DetectedEntity[], firstOut: number): void {
		const words = this.words;
		const untagged = (k: number): boolean => scheme.typeOf[labels[k]] === '';
		let added = false;
		for (let k = 0; k + 1 < n; k++) {
			if (!MASHRIQ_PLACE_HEADS.has(words[a + k]) || !untagged(k) || this.lineStarts[a + k + 1]) continue;
			if (k > 0 && !this.lineStarts[a + k] && /^\p{Lu}/u.test(words[a + k - 1])) continue;
			let e: number;
			if (this.romanisedArticleAt(a + k + 1, a + n)) e = k + 4;
			else if (/^\p{Lu}\p{Ll}/u.test(words[a + k + 1]) && untagged(k + 1)) e = k + 2;
			else continue;
			if (e < n && /^\p{Lu}/u.test(words[a + e]) && !this.lineStarts[a + e]) continue;
			let all = true;
			for (let x = k + 1; x < e; x++) all &&= untagged(x);
			if (!all) continue;
			const start = this.starts[a + k];
			const end = this.ends[a + e - 1];
			out.push({ start, end, type: 'LOC', text: text.slice(start, end), confidence: PLACE_RULE_CONFIDENCE, source: 'rule' });
			added = true;
			k = e - 1;
		}
		if (added) sortAddedInTextOrder(out, firstOut);
	}

	/**
	 * A people's plural the country lists do not hold («Melanesians», «Polynesians», «Victorians»): a
	 * word in -ians (O or MISC 56 times, PER 7 of about 100 in the English training files; teams
	 * are the rest: «the Indians»), not a person's name the lists know.
	 */
	private isPluralOfPeople(model: TaggerModel, word: string): boolean {
		return /^\p{Lu}\p{Ll}+ians$/u.test(word) && (listedTypes(model, word) & PER_BIT) === 0;
	}

	/**
	 * Arabic: how many leading letters of a name's first word are proclitics. The lexicon decides
	 * (`nameProcliticLength`: «وموسكو» → «موسكو», «وهران», «كوفي» stay whole); a country name it keeps whole because the name is
	 * rare is still split when the package lists do not know the whole word («وأذربيجان»,
	 * «وفنلندا»). Only countries: a city or a given name behind a proclitic letter can be another
	 * name whole («وجدة» is Oujda, not «و» + Jeddah).
	 */
	private procliticLength(model: TaggerModel, word: string, type: string, lex: ArabicLexicon | undefined, multiWord = false): number {
		const offset = nameProcliticLength(word, lex);
		// «وتل أبيب», «وأم درمان»: the first word of a place's name of two words is too short for the
		// lexicon's split (two letters behind the conjunction); the text writes it far more often alone
		if (offset === 0 && multiWord && type === 'LOC' && word.length === 3 && (word[0] === 'و' || word[0] === 'ف') && lex) {
			const rest = word.slice(1);
			const hamza = rest[0] === 'أ' || rest[0] === 'إ' || rest[0] === 'آ';
			const alone = lex(normalizeArabic(rest));
			if (hamza || (alone >= 3 && alone >= 4 * lex(normalizeArabic(word)))) return 1;
		}
		// «وسيرغي شويغو»: a person's name the text never wrote with «و», whose rest it knows as a
		// word or a person's name, loses the conjunction (a rest it has hardly written stays below the
		// lexicon's split, and «ويتكوف», a name of its own, has no known rest)
		if (offset === 0 && type === 'PER' && lex && word[0] === 'و' && word.length >= 5 && lex(normalizeArabic(word)) === 0) {
			const rest = word.slice(1);
			if (lex(normalizeArabic(rest)) > 0 || (seenTypes(model, rest) & PER_BIT) !== 0) return 1;
		}
		if (offset > 0 || type !== 'LOC' || word.length < 5 || !ARABIC_PROCLITIC_LETTERS.includes(word[0])) return offset;
		const lists = model.header.gazetteers;
		const countries = lists.indexOf('countries');
		if (countries < 0) return 0;
		// the package lists hold no proclitic forms (the training entities do: ANERcorp keeps «وأذربيجان» whole);
		// but before the article the look-up was of the rest («بالدويرة» → «الدويرة»), which the lexicon
		// alone keeps whole when the text never wrote it: a listed place there loses its preposition
		const listed = listedTypes(model, word);
		if (listed !== 0) {
			const split = splitProclitics(word, lex).offset;
			return split > 0 && PREPOSITION_LETTERS.includes(word[0]) && (listed & LOC_BIT) !== 0 && (listed & PER_BIT) === 0 ? split : 0;
		}
		const rest = model.featurizer.wordInfo(word.slice(1), 0).gaz[countries];
		if (rest >= 0 && (rest & LOC_BIT) !== 0) return 1;
		// a preposition before a listed city or province: «بفاس», «بكابل», «لمانشستر»
		if (!PREPOSITION_LETTERS.includes(word[0])) return 0;
		// the training files' places for «ب» and «ل» only: «كاليفورنيا», «كالاهاري» start with «ك» + «ال»
		const restTypes = listedTypes(model, word.slice(1)) | (word[0] === 'ك' ? 0 : trainingTypes(model, word.slice(1)));
		return (restTypes & LOC_BIT) !== 0 && (restTypes & PER_BIT) === 0 ? 1 : 0;
	}

	/**
	 * An English headline in title case («UN Chief Warns of Famine in Gaza as Aid Talks Stall»), where
	 * capitals say nothing of names: a line of at most MAX_HEADLINE_TOKENS tokens, with no final full
	 * stop, whose words of four letters or more are capitalised (at least four, and 80% of them).
	 */
	private isTitleCaseHeadline(a: number, b: number): boolean {
		if (!this.lineStarts[a] || b - a > MAX_HEADLINE_TOKENS) return false;
		let last = b - 1;
		while (last > a && this.kinds[last] === 2 && this.words[last] !== '.') last--;
		if (this.words[last] === '.' || this.words[last] === ':') return false;
		let long = 0;
		let capitalised = 0;
		for (let k = a; k < b; k++) {
			const w = this.words[k];
			if (this.kinds[k] !== 0 || w.length < 4 || !/^\p{L}+$/u.test(w)) continue;
			long++;
			if (/^\p{Lu}\p{Ll}/u.test(w)) capitalised++;
		}
		return long >= 4 && capitalised >= 0.8 * long;
	}

	/** The entity lies in a title-case headline of the text being detected. */
	private inHeadline(entity: DetectedEntity): boolean {
		for (let k = 0; k < this.headlines.length; k += 2) if (entity.start >= this.headlines[k] && entity.end <= this.headlines[k + 1]) return true;
		return false;
	}

	/** Token i comes right after an honorific or a title («Dr», «Ms.», «Governor»). */
	private followsTitle(i: number): boolean {
		const prev = this.words[i - 1] === '.' && i > 1 ? i - 2 : i - 1;
		return this.isHonorific(0, prev) || isTitleWord(this.words[prev]);
	}

	private isHonorific(a: number, k: number): boolean {
		return ENGLISH_HONORIFICS.has(this.words[a + k].toLowerCase());
	}

	/** Token k (of the segment from a) is a lower-case prefix glued to a hyphen («anti-», «sub-»). */
	private opensWithAdjectivePrefix(a: number, k: number): boolean {
		return isAdjectivePrefix(this.words[a + k]) && this.words[a + k + 1] === '-' && this.starts[a + k + 1] === this.ends[a + k];
	}

	/** Token k (of the segment from a) is glued to such a prefix and its hyphen before it («Pyongyang» of «anti-Pyongyang»). */
	private followsAdjectivePrefix(a: number, k: number): boolean {
		return k >= 2 && this.words[a + k - 1] === '-' && this.starts[a + k] === this.ends[a + k - 1] && this.opensWithAdjectivePrefix(a, k - 2);
	}

	/** Token k (of the segment from a) comes right after an honorific, with or without its full stop («Dr», «Ms.»). */
	private followsHonorific(a: number, k: number): boolean {
		return (k >= 1 && this.isHonorific(a, k - 1)) || (k >= 2 && this.words[a + k - 1] === '.' && this.isHonorific(a, k - 2));
	}

	/**
	 * The name inside tokens [i, j) of the segment starting at token `a` that the model tagged
	 * `modelType`: edges and the language's conventions applied (punctuation, Arabic nisba and titles,
	 * English titles and greetings, addresses). Returns [s, e) with e === s when it names nothing.
	 */
	private nameSpan(text: string, a: number, i: number, j: number, modelType: string, language: LanguageCode, lex: ArabicLexicon | undefined): [number, number] {
		const { starts, ends, kinds, words } = this;
		// punctuation at the edges is not part of a name
		let s = i;
		let e = j;
		while (s < e && kinds[a + s] === 2) s++;
		while (e > s && kinds[a + e - 1] === 2) e--;
		// Arabic: a nisba adjective (الجزائري, الروسي) does not start a person's name
		if (language === 'ar' && modelType === 'PER' && e - s >= 2 && isArabicNisba(text, starts[a + s], ends[a + s])) s++;
		// Arabic: a name ends on no preposition or conjunction («… أمام»), and a person starts on none
		if (language === 'ar') {
			while (e > s && isArabicFunctionWord(words[a + e - 1])) e--;
			while (modelType === 'PER' && s < e && isArabicFunctionWord(words[a + s])) s++;
		}
		// «in the 65th minute»: an ordinal alone is no name (Wikigold tags a few military units so: «the 65th»)
		if (language === 'en' && e - s === 1 && ORDINAL_NUMBER.test(words[a + s])) e = s;
		if (language === 'ar' && e - s === 1) {
			const key = splitProclitics(words[a + s], lex).key;
			// a title alone («سكرتير», «أمين» before «مجلس الأمن») names neither a person nor an
			// organisation; a generic noun alone («منظمة», «مجلس», «ديوان») is not an organisation's
			// name, nor a person's; «الله» is not a named entity here
			const title = (modelType === 'PER' || modelType === 'ORG') && isArabicTitle(key);
			const group = modelType === 'PER' && isArabicGroup(key);
			if (title || group || ((modelType === 'ORG' || modelType === 'PER') && isGenericInstitution(key)) || key === 'الله' || key === 'اللة' || key === 'لله') e = s;
		} else if (language === 'ar' && modelType === 'PER' && e - s > 1) {
			// a title or «برئاسة» («headed by») before the name is no part of it («برئاسة عبد الحميد …»);
			// not «أمين», also a given name
			const first = splitProclitics(words[a + s], lex).key;
			if ((isArabicTitle(first) && first !== 'امين' && first !== 'الامين') || first === 'رئاسة' || first === 'برئاسة') s++;
			// «العرب المسلمين»: peoples and creeds together are still no person
			let k = s;
			while (k < e && isArabicGroup(splitProclitics(words[a + k], lex).key)) k++;
			if (k === e) e = s;
		}
		// Arabic: an indefinite institution noun with an adjective («منظمة أجنبية», «شركة روسية») is
		// a description, not a name (names are definite or end in a proper noun: «شركة سوناطراك»)
		if (language === 'ar' && modelType === 'ORG' && e - s === 2 && isGenericInstitution(splitProclitics(words[a + s], lex).key)) {
			const adjective = normalizeArabic(words[a + s + 1]);
			if (!adjective.startsWith('ال') && (adjective.endsWith('ية') || adjective.endsWith('ي'))) e = s;
		}
		// Arabic: a nationality after an organisation's own name describes it («سوناطراك الجزائرية»,
		// «يوفنتوس الإيطالي»: outside the span 44 times in the training files); not after a common
		// noun that the adjective makes a name («البنك التجاري», «مجلس الوصاية»)
		if (language === 'ar' && modelType === 'ORG' && e - s >= 2 && isArabicNisba(text, starts[a + e - 1], ends[a + e - 1])) {
			const first = splitProclitics(words[a + s], lex).key;
			if (!first.startsWith('ال') && !isGenericInstitution(first)) e--;
		}
		// French: «la République» of the title «président de la République» (or of «la présidence de
		// la République», the president's office) is no organisation of its own
		if (language === 'fr' && e - s === 1 && /^r[ée]publique$/i.test(words[a + s]) && /pr[ée]siden(?:te?|ce)\s+de\s+la\s*$/i.test(text.slice(Math.max(0, starts[a + s] - 40), starts[a + s]))) e = s;
		// an institution's head noun alone («l'Office européen de …», «the Governing Council») is no
		// person; the institution rule may find the whole name
		if (modelType === 'PER' && e - s === 1 && isInstitutionHead(words[a + s], language)) e = s;
		// nor is a facility's head alone («Downing Street said»: the model left the sentence-opening
		// «Downing», a verb's form, out and read «Street» as a person)
		if (language === 'en' && modelType === 'PER' && e - s === 1 && FACILITY_HEADS.has(words[a + s])) e = s;
		// English: «the Gulf state of Qatar» read as the place «state of Qatar»: a place or an
		// organisation does not open with a common word in lower case and «of» (the training files'
		// such names are in tweets written in lower case, or open with «al» or «the»), unless the word
		// heads an institution, written in lower case by mistake («university of Pittsburgh»)
		if (language === 'en' && (modelType === 'LOC' || modelType === 'ORG') && e - s >= 3 && /^\p{Ll}+$/u.test(words[a + s]) && !isNameParticle(words[a + s]) && words[a + s] !== 'the' && !isInstitutionHead(words[a + s], 'en') && words[a + s + 1] === 'of' && /^\p{Lu}/u.test(words[a + s + 2])) s += 2;
		// French writes names with a capital: a span in lower case only («la compagnie nationale») is
		// a description (HIPE's few lower-case entities are OCR fragments: «blique argentine»)
		if (language === 'fr' && e > s && !hasCapitalOrDigit(words, a + s, a + e)) e = s;
		// English: a person's span is the name alone («Emperor Meiji» → «Meiji», «Hello Louise» →
		// «Louise»), and a title alone («Pope», «Mayor») names no one (the French model learned
		// HIPE spans trimmed the same way)
		if (language === 'en' && modelType === 'PER' && e > s) {
			const first = words[a + s];
			// nor does a span that begins with a lower-case word other than a particle («of State»)
			if ((e - s === 1 && isRunTimeTitleWord(first)) || (/^\p{Ll}/u.test(first) && !isNameParticle(first))) e = s;
			else {
				// nor does it end with a common word in lower case: «Roma drew with Milan» read «drew» as
				// the given name Drew (the gold persons of the English training files that end so are
				// tweets written in lower case and OCR fragments); not the end of a hyphenated given name
				// («Hui Chi-fung»)
				const casing = this.model(language).resources.casing;
				while (casing && e - s >= 2 && /^\p{Ll}+$/u.test(words[a + e - 1]) && starts[a + e - 1] > ends[a + e - 2] && !isNameParticle(words[a + e - 1]) && writtenInLowerCase(casing, words[a + e - 1])) e--;
				// only when a capitalised name follows the titles («Secretary of State» stays whole)
				const k = GREETINGS.has(first.toLowerCase()) ? 1 : leadingTitleTokens(words.slice(a + s, a + e), true);
				if (k > 0 && /^\p{Lu}/u.test(words[a + s + k])) s += k;
				// «Paris Chairman Nasser Al-Khelaifi», «Petrobras CEO …», «Duma speaker Gennady
				// Seleznyov»: one word, then a title (not an initial: «Jonathan M. Stan»), then the name:
				// the word is the employer or the place
				else if (e - s >= 4 && words[a + s + 1].length >= 3 && (isRunTimeTitleWord(words[a + s + 1]) || COMPANY_TITLES.has(words[a + s + 1]) || isLowerCaseOccupation(words[a + s + 1]))) {
					const t = leadingTitleTokens(words.slice(a + s + 1, a + e), true) || 1;
					if (/^\p{Lu}/u.test(words[a + s + 1 + t]) && e - (s + 1 + t) >= 2) s += 1 + t;
				}
			}
		}
		// English: a person noun opening the sentence, written in lower case elsewhere, is no part of the
		// name after it («Rival Samsung Electronics», «Teammate Jannik Sinner»; titles are trimmed
		// above), nor of an organisation's («Rival Airbus»), unless a common word follows («Doctors
		// Without Borders»; not in a company's name, «Rival Advanced Micro Devices»), it is short
		// («Man Utd», «Man City») or a nationality, which the casing
		// table may hold in lower case («Nigerian National Petroleum Company»)
		const personNounOpening = language === 'en' && ((modelType === 'PER' && e - s >= 3) || (modelType === 'ORG' && e - s >= 2 && words[a + s].length > 3 && (!this.isCommonWord(this.model(language), words[a + s + 1]) || (e - s >= 3 && isCompanyNameEnd(words[a + e - 1]))) && !isDemonym(this.model(language), words[a + s])));
		if (personNounOpening && /^\p{Lu}\p{Ll}+$/u.test(words[a + s]) && /^\p{Lu}/u.test(words[a + s + 1]) && this.isSentenceStart(text, a + s) && (this.isCommonPersonNoun(this.model(language), words[a + s]) || (modelType === 'PER' && isLowerCaseOccupation(words[a + s].toLowerCase())))) s++;
		// «Champions Ajax struggled», «Leaders Bayern won»: a side's standing opening the sentence is
		// no part of its name (not «Champions League»)
		else if (language === 'en' && e - s >= 2 && SIDE_STANDINGS.has(words[a + s]) && /^\p{Lu}/u.test(words[a + s + 1]) && !COMPETITION_WORDS.has(words[a + s + 1]) && this.isSentenceStart(text, a + s)) s++;
		// «Chief of Staff Rui Costa», «Minister of Finance Fernando Haddad» read from the title's last
		// word: a common word after a title and «of» is the title's
		if (language === 'en' && modelType === 'PER' && e - s >= 3 && a + s >= 2 && words[a + s - 1] === 'of' && isTitleWord(words[a + s - 2]) && /^\p{Lu}\p{Ll}+$/u.test(words[a + s]) && /^\p{Lu}/u.test(words[a + s + 1]) && this.isCommonWord(this.model(language), words[a + s])) s++;
		// nor is a plural common noun and «of» opening a name of any type at the start of a sentence
		// («Shares of Adani Enterprises», «Supporters of Imran Khan» read as one person, «Shares of Apple
		// Inc» as one company; a title stays: «Protector of Mexico»; «Friends of the Earth» too: «the»)
		if (language === 'en' && e - s >= 3 && words[a + s + 1] === 'of' && /^\p{Lu}\p{Ll}+[^s]s$/u.test(words[a + s]) && /^\p{Lu}/u.test(words[a + s + 2]) && this.isSentenceStart(text, a + s) && this.isCommonWord(this.model(language), words[a + s])) s += 2;
		// a rank or a score opening a person is no part of the name («133 Phil Mickelson 67 66» in a
		// golf table)
		while (modelType === 'PER' && e - s >= 2 && /^\d+$/u.test(words[a + s])) s++;
		// a capitalised preposition or conjunction opening a sentence is no part of a name («Selon
		// Jean-Yves Le Drian», «With Trump»; not «In», which starts «In Salah», «In Amenas»)
		if (language !== 'ar' && e - s >= 2 && SENTENCE_OPENERS.has(words[a + s])) s++;
		// English organisations' names leave out a lower-case «the» («the Ennahda party»: 3 of 696
		// ORG spans in the English training files start with it)
		if (language === 'en' && modelType === 'ORG' && e - s >= 2 && words[a + s] === 'the') s++;
		// nor does a capital «The» before an institution's name («The Socialist Party's candidate»: 27
		// such names outside it in the English training files, 5 inside, «The Scout Association»),
		// or, opening a sentence, its head first («The Assembly of First Nations said»; not «at The
		// University of Texas», which writes the article as part of the name), a head alone after it
		// («. The Committee to Protect Journalists said») or a company's last word («. The Adani Group
		// called»: a capital «The» opening a sentence is outside 37 organisations of two words or more
		// in the English training files, inside 4: a newspaper, a band, a blog's title twice)
		else if (language === 'en' && modelType === 'ORG' && e - s >= 2 && words[a + s] === 'The' && ((e - s >= 3 && isInstitutionHead(words[a + e - 1], 'en')) || ((isInstitutionHead(words[a + s + 1], 'en') || (e - s >= 3 && isCompanyNameEnd(words[a + e - 1]))) && this.isSentenceStart(text, a + s)))) s++;
		// nor a leading ideological adjective («the Islamist Ennahda party»: «Islamist» is O all 4
		// times in the English training files)
		if (language === 'en' && modelType === 'ORG' && e - s >= 2 && IDEOLOGY_ADJECTIVES.has(words[a + s])) s++;
		// a web address or an e-mail address is not a name, whatever its capitals
		if (e > s && insideAddress(text, starts[a + s], ends[a + e - 1])) e = s;
		return [s, e];
	}
}

/** Greetings that open a letter or a message («Hello Louise», «Dear John»): not part of the name. */
const GREETINGS = new Set(['hello', 'hi', 'hey', 'dear', 'thanks', 'congratulations', 'welcome']);
/** Countries and capitals that are given names or surnames too («Jordan said», «Stanley»). */
const GIVEN_NAME_CAPITALS = new Set('Jordan Chad Victoria Stanley Kingston Hamilton Georgia Israel Charlotte Douglas Sofia Santiago Florence Lincoln Lima Montserrat Dominica Maurice'.split(' '));

const VERSUS = new Set(['vs', 'v', 'versus', 'VS', 'V']);
/** An Arabic possessive pronoun ending a noun («رئيسه», «مدربها», «رئيسهم»). */
const PRONOUN_SUFFIX = /(?:ها|هم|ه)$/u;

/** Words after a quoted source or the one told («told Reuters on Monday», «told Parker that»). */
const SOURCE_FOLLOWERS = new Set(['that', 'on', 'in', 'at', 'last', 'this', 'after', 'before', 'during', 'by', 'the', 'a', 'an', 'about', 'he', 'she', 'it', 'they', 'we', 'i', 'and', 'when', 'while', 'as', 'there', 'to', 'of']);
const AGE = /^\d{1,2}$/u;
/** … and what is done to it after «, which was» («Rockwell Collins, which was bought by…»). */
const WHICH_WAS_COMPANY_VERBS = new Set('bought acquired founded listed merged nationalised nationalized privatised privatized delisted spun'.split(' '));
/** What a company does that «, which» introduces («CK Hutchison, which owns Three»). */
const WHICH_COMPANY_VERBS = new Set('owns owned operates operated makes made runs ran sells sold employs controls controlled acquired bought produces produced manufactures builds supplies'.split(' '));
/**
 * Verbs a company does to its own figures or products («raised its guidance»); not those a person
 * does to someone else's («Macron praised its resilience»).
 */
const COMPANY_VERBS = new Set(
	'raised raises cut cuts lowered lowers posted posts reported reports launched launches expanded expands increased increases reduced reduces doubled doubles maintained maintains kept keeps sold sells closed closes opened opens announced announces unveiled unveils boosted boosts slashed slashes trimmed trims lifted lifts reiterated reiterates reaffirmed reaffirms beat beats missed misses topped tops'.split(
		' ',
	),
);
/** Verbs of a share price's move, and the words of a percentage after its figure («Bayer added 0.5 percent»). */
const PRICE_VERBS = new Set('rose fell gained lost added slipped climbed dropped jumped slumped eased surged tumbled shed advanced declined rallied sank soared plunged edged'.split(' '));
const PERCENT_WORDS = new Set(['percent', 'pct', '%']);
/** What a company has and a person does not («Disney's shares»). */
/** A side's standing, written before its name at a sentence's start in sports copy. */
const SIDE_STANDINGS = new Set(['Champions', 'Leaders', 'Holders', 'Hosts', 'Favourites', 'Favorites', 'Underdogs', 'Outsiders', 'Newcomers']);
/** Words after «Champions» that make a competition of it («Champions League»). */
const COMPETITION_WORDS = new Set(['League', 'Cup', 'Trophy', 'Tour', 'Series', 'Challenge', 'Trophies']);
/** A company's results, after «posted a» («a quarterly loss», «a record profit»). */
const RESULT_FIGURES = new Set(['profit', 'loss', 'revenue', 'earnings', 'deficit', 'surplus']);
const COMPANY_POSSESSIONS = new Set(['shares', 'stock', 'profit', 'profits', 'revenue', 'revenues', 'sales', 'earnings', 'shareholders', 'subsidiary', 'subsidiaries', 'headquarters']);
/** The possessive's apostrophes (the tokenizer splits «Jordan's» into «Jordan», «'», «s»). */
const APOSTROPHES = new Set(["'", '’']);
/** A person's relatives, after the possessive («Jordan's wife»); not those a country has too («Gaza's children», «Germany's partner», «Britain's royal family»). */
const RELATIVES = new Set(['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'girlfriend', 'boyfriend', 'widow', 'widower', 'fiancee', 'fiancée', 'fiance', 'fiancé', 'mum', 'dad', 'grandmother', 'grandfather', 'nephew', 'niece']);
const APPOSITION_ARTICLES = new Set(['a', 'an', 'the']);
/** …and the possessives that open an organisation's («Morena, her party,»). */
const APPOSITION_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their']);
/** A regular plural («champions»), not a singular in -ss («actress»). */
const PLURAL_NOUN = /[^s]s$/u;
/** Nouns of persons that a company's name follows as often («parent Alphabet», «sister Cathay Dragon»). */
const COMPANY_KIN_NOUNS = new Set(['parent', 'sister', 'subsidiary', 'affiliate', 'partner', 'successor', 'predecessor']);
/** Prepositions before a place rather than a person («of England», «in Florence»). */
const PLACE_PREPOSITIONS = new WordSet(['of', 'in', 'at', 'from', 'near', 'across']);
/** Words after an apposition's head noun («a nurse from Leeds», «the head of»). */
const APPOSITION_HEAD_ENDS = new Set(['from', 'of', 'at', 'in', 'for', 'with', 'and', 'on', 'whose', 'based']);
/** The word sense classes keep the lexicographer file + 1 in their low 6 bits; noun.person is file 18. */
const WORDNET_CLASS_BITS = 63;
const WORDNET_NOUN_PERSON = 19;
/** WordNet's noun lexicographer files (noun.Tops … noun.time), + 1 as the word sense classes store them. */
const WORDNET_FIRST_NOUN = 4;
const WORDNET_LAST_NOUN = 29;
/** Lower-case nouns of crafts and programmes after their name («the Pragyan rover»). */
const CRAFT_NOUNS = new Set('lander rover probe spacecraft satellite telescope rocket programme program mission vaccine'.split(' '));
const CRAFT_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'a', 'an', 's']);
/** Lower-case nouns after the name a disease takes from a place or a person («Marburg virus»). */
const DISEASE_NOUNS = new Set(['virus', 'fever', 'disease', 'syndrome']);
/** Headlines are short: a longer line in title case is a menu, a list or a signature. */
const MAX_HEADLINE_TOKENS = 20;
const ARABIC_PROCLITIC_LETTERS = 'وفبكل';
/** Prepositions written on the next word («بفاس», «لمانشستر», «كالقاهرة»). */
const PREPOSITION_LETTERS = 'بكل';
/** Titles of a company's head, right after the company's name («Boeing CEO Kelly Ortberg»). */
const COMPANY_TITLES = new WordSet(['CEO', 'Chairman', 'Chairwoman', 'chairman', 'chairwoman', 'CFO', 'COO', 'founder', 'co-founder']);
/** «65th», «1st»: an ordinal in digits. */
const ORDINAL_NUMBER = /^\d+(?:st|nd|rd|th)$/u;
/** Three capitals or more, nothing else («LVMH»), and a word with a capital then lower case («Moet»). */
const ACRONYM = /^\p{Lu}{3,}$/u;
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}/u;
/** English lower-case nouns after a place that the training files leave out of its name. */
const PLACE_NOUNS_OUTSIDE = new Set(['region', 'district', 'city', 'regions', 'districts', 'cities', 'state', 'states', 'provinces', 'area', 'areas', 'airport']);
/** Lower-case words that join the parts of one English name («Bank of America», «Council on Foreign Relations», «Stratford upon Avon»). */
const NAME_CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'upon', 'to', 'a', 'an', 'by', 'or', 'with', 'from', 'under', 'over', 'against', 'without', 'und']);
const LOWER_COMPASS_WORDS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);
/** Heads of bodies that name them before «of» («Alliance of Small Island States», «Council of Europe»). */
const BODY_HEADS_OPENING = new Set(['Alliance', 'Council', 'Organisation', 'Organization', 'Association', 'League', 'Federation', 'Confederation', 'Committee', 'Commission', 'Ministry', 'Department', 'Institute', 'University', 'Academy', 'Assembly', 'Parliament', 'Agency', 'Bureau', 'Board', 'Authority', 'Party', 'Society', 'Foundation', 'Coalition', 'Congress']);
/** English lower-case nouns that describe the name before them («Interfax news», «the Frankfurt bourse»). */
const DESCRIPTORS_OUTSIDE = new Set(['news', 'bourse']);
/** Arabic nouns of a place whose name follows them (normalised, without proclitics): island, province, state, city… */
const NAME_ANNOUNCING_PLACE_NOUNS = new Set(['جزيرة', 'اقليم', 'مقاطعة', 'ولاية', 'مدينة', 'محافظة', 'قرية', 'بلدة', 'بلدية']);
/** Capitalised particles of French and Dutch surnames («Le Pen», «La Fontaine», «Van Dyck»): inside a sentence, right after a given name, they belong to the name. */
const CAPITAL_PARTICLES = new Set(['Le', 'La', 'Du', 'De', 'Des', 'Van', 'Von', 'Di', 'Da', 'Del', 'Della', 'Ben', 'El', 'Al']);
/** Words after a hyphen that make a name an adjective («Smith-led», «Paris-based»). */
const HYPHEN_SUFFIXES = new Set(['led', 'run', 'born', 'era', 'like', 'type', 'made', 'free', 'wide', 'ish', 'ist', 'ism', 'ite', 'ites', 'year', 'old', 'held', 'bred', 'owned', 'based', 'backed', 'style', 'esque']);
/** French nouns of streets, venues, works and public buildings named after persons («hôpital Mustapha-Pacha», «pont Mirabeau», «gazoduc Transmed»). */
/** Facilities written in lower case after the person they are named after («the Ahmed Zabana stadium»). */
const LOWER_CASE_FACILITY_HEADS = new Set(['stadium', 'airport', 'arena', 'bridge', 'square', 'mosque', 'boulevard', 'avenue', 'highway', 'dam']);
/** The tokens that end a sentence. */
const SENTENCE_ENDS = new WordSet(['.', '!', '?']);

/** The entities a pass added to `out` from `firstOut` on, put in text order. */
function sortAddedInTextOrder(out: DetectedEntity[], firstOut: number): void {
	out.splice(firstOut, out.length - firstOut, ...out.slice(firstOut).sort((x, y) => x.start - y.start));
}

/** A capitalised word that names no one and nothing by itself: a day or a month, a sentence's opening preposition or conjunction, a title, a people. */
function isCapitalisedCommonWord(model: TaggerModel, word: string, language: LanguageCode): boolean {
	return DAYS_AND_MONTHS.has(word) || SENTENCE_OPENERS.has(word) || isTitleWord(word) || (language === 'en' ? isNationalityOrPeople(model, word) : isDemonym(model, word));
}
/** The rank «General» right before a name, itself after no article nor capitalised word («the Extraordinary General Meeting», «Attorney General»). */
const GENERAL_BEFORE = /(?<![\p{L}\p{M}.'’-])(?<!(?:\p{Lu}[\p{L}\p{M}.'’-]*|\b(?:the|a|an))[ \t]+)General[ \t]+$/u;
/**
 * English: «a venture of General Electric and Safran» read as the general «Electric»: after the rank
 * «General», one word the text writes in lower case (or whose singular it does: «Motors», «Mills»,
 * «Dynamics») and no list gives a person is a company's name, not a general's.
 */
function isCompanyAfterGeneral(model: TaggerModel, text: string, name: DetectedEntity): boolean {
	const casing = model.resources.casing;
	if (!casing || /\s/u.test(name.text) || !GENERAL_BEFORE.test(text.slice(Math.max(0, name.start - 40), name.start))) return false;
	const word = name.text;
	const common = writtenInLowerCase(casing, word) || (word.length > 4 && word.endsWith('s') && writtenInLowerCase(casing, word.slice(0, -1)));
	return common && (listedTypes(model, word) & PER_BIT) === 0;
}
/** The company «General …» of a name `isCompanyAfterGeneral` took for one. */
function companyWithGeneral(text: string, name: DetectedEntity): DetectedEntity {
	const start = text.lastIndexOf('General', name.start);
	return { ...name, start, type: 'ORG', text: text.slice(start, name.end) };
}
/** Verbs of scoring a goal, after the scorer («Haaland scored twice»). */
const GOAL_VERBS = new Set(['scored', 'scores', 'netted', 'nets']);
/** The span probability a name opening a sentence needs (`untaggedSentenceOpeners`), for one word and for two. */
const MIN_OPENER_PROBABILITY = [0.2, 0.1];
/** French: the verb after a name opening a sentence («Elard a déclaré», «Norka est arrivé»). */
const FRENCH_OPENING_NAME_VERB = /^(?:a|avait|aura|ont|est|était|sera|déclare|annonce|affirme|estime|indique|dit|explique|souligne|rappelle|assure|reste|devient)$/u;
const CORE_AND_MISC = new Set(['PER', 'ORG', 'LOC', 'MISC']);
/** A verb after a name: a past tense in -ed, a verb of speech, an auxiliary, or a common irregular past. */
const OPENING_NAME_VERB = /^(?:\p{Ll}+ed|said|says|told|won|beat|lost|has|had|is|was|will|would|could|can|may|might|should|must|did|does|scored|wrote|made|took|met|led|left|became|gave|held|ran|saw|sold|bought|struck|fell|rose|hit|cut|set|put|got|went|came|began|spent|paid|built|kept|broke|drew|threw|overtook|unveiled)$/u;
const SPEECH_VERBS_AFTER_NAME = new Set(['said', 'says', 'told', 'added', 'wrote', 'announced', 'warned', 'argued', 'insisted', 'stressed', 'explained', 'acknowledged', 'admitted', 'replied', 'noted']);
const STREET_HEADS = new Set(['rue', 'avenue', 'boulevard', 'quai', 'place', 'square', 'stade', 'aéroport', 'court', 'pont', 'gare', 'hôpital', 'parc', 'jardin', 'cité', 'autoroute', 'tunnel', 'barrage', 'gazoduc', 'oléoduc']);
/** Particles inside Maghreb place names («Aïn El Turck», «Bordj Bou Arreridj»). */
const PLACE_PARTICLES = new Set(['El', 'Al', 'Bou', 'Ben', 'Bel', 'Beni']);
/** Particles inside Maghreb and Sahel surnames («Aït Ahmed», «Ould Abdelaziz», «Ben Yahia»). */
const PERSON_PARTICLES = new Set(['Ait', 'Aït', 'Ould', 'Ben', 'Bou', 'Ibn', 'Abou']);
/** First words of Maghreb place names: spring, fort, well, river, mountain, pass (not «Sidi», also a person's honorific). */
const MAGHREB_PLACE_HEADS = new Set(['Aïn', 'Ain', 'Bordj', 'Borj', 'Hassi', 'Oued', 'Bir', 'Djebel', 'Jebel', 'Tizi', 'Ksar', 'Khemis', 'Draâ', 'Draa', 'Beni', 'Ouled', 'Chott', 'Theniet']);
/** Adjectives that describe a movement before its name («Islamist Ennahda», «leftist Podemos»). */
const IDEOLOGY_ADJECTIVES = new Set(['Islamist', 'Jihadist', 'Leftist', 'Rightist', 'Hardline', 'islamist', 'jihadist', 'leftist', 'rightist', 'hardline']);
/** Words that open Middle Eastern place names in English («Deir ez-Zor», «Khan Younis», «Ras al-Khaimah»): a monastery, a cape, a caravanserai, a bay, a valley, a house, a village, a port, a palace, a mountain. */
const MASHRIQ_PLACE_HEADS = new WordSet(['Deir', 'Ras', 'Khan', 'Sharm', 'Wadi', 'Beit', 'Kafr', 'Marsa', 'Qasr', 'Jabal']);
/** The Arabic article as English and French write it in names, glued by a hyphen to the next word («ez-Zor», «el-Sheikh», «al-Balah»). */
const ROMANISED_ARTICLES = new Set(['al', 'el', 'ul', 'ad', 'adh', 'an', 'ar', 'as', 'ash', 'at', 'ath', 'az', 'ed', 'en', 'er', 'es', 'esh', 'et', 'ez', 'ech', 'ej']);
/** English heads that follow a place's name and belong to it («Gaza Strip», «Red Sea») */
const GEOGRAPHIC_HEADS = new WordSet(
	'Strip Peninsula Valley River Delta Mountains Desert Basin Heights Island Islands Coast Sea Ocean Lake Bay Gulf Canal Plateau Plains Range Highlands Archipelago Strait Straits Shoal Shoals Reef Atoll Glacier Canyon Lagoon Fjord'.split(' '),
);
/** What is named after a person, after the name («the Thomas A. Scott Chair», «Nobel Prize», «Fulbright Scholarship»). */
const NAMED_AFTER_PERSONS = new WordSet(
	'Chair Prize Prizes Award Awards Medal Cup Trophy Lecture Lectures Memorial Show Fund Scholarship Scholarships Fellowship Professorship Act Law Doctrine Effect Rule Syndrome Disease Theorem Principle Plan Report Building Centre Center House Day'.split(' '),
);
/** Compass words before a demonym («South Korean», «West African»). */
const COMPASS_WORDS = new Set(['North', 'South', 'East', 'West', 'Central', 'Northern', 'Southern', 'Eastern', 'Western']);
/** Geographic heads that are surnames too («Ricki Lake», «Michael Bay»): a person's name may end with one. */
const SURNAME_HEADS = new Set(['Lake', 'Bay', 'Range']);
/** … of which those that also end the names of venues, shops and products run as organisations («Cyprus Avenue», a music venue): only a person's name that ends with one is retyped. */
const STREET_OR_STATION = new Set(['Avenue', 'Street', 'Road', 'Boulevard', 'Station']);
/** A day of the month as a word («30», «6th»). */
const DAY_OF_MONTH = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/u;
/** English heads that end the name of a facility run as an organisation («Presidential Library», «Medical School»). */
const ORGANISATION_FACILITY_HEADS = new Set(['Library', 'School', 'College', 'Laboratory', 'Laboratories', 'University', 'Institute', 'Foundation']);
/** Nicknames of North American professional teams, which follow their city's or state's name («Lakers», «Red Sox»). */
const TEAM_NICKNAMES = new Set(
	[
		// NFL
		'Cardinals Falcons Ravens Bills Panthers Bears Bengals Browns Cowboys Broncos Lions Packers Texans Colts Jaguars Chiefs Raiders Chargers Rams Dolphins Vikings Patriots Saints Giants Jets Eagles Steelers 49ers Seahawks Buccaneers Titans Commanders',
		// NBA
		'Hawks Celtics Nets Hornets Bulls Cavaliers Mavericks Nuggets Pistons Warriors Rockets Pacers Clippers Lakers Grizzlies Heat Bucks Timberwolves Pelicans Knicks Thunder Magic 76ers Suns Kings Spurs Raptors Jazz Wizards',
		// MLB
		'Diamondbacks Braves Orioles Cubs Reds Guardians Rockies Tigers Astros Royals Angels Dodgers Marlins Brewers Twins Mets Yankees Athletics Phillies Pirates Padres Mariners Rays Rangers Nationals',
		// NHL
		'Ducks Coyotes Bruins Sabres Flames Hurricanes Blackhawks Avalanche Stars Oilers Wild Canadiens Predators Devils Islanders Senators Flyers Penguins Sharks Kraken Blues Lightning Canucks Capitals Jets',
	]
		.join(' ')
		.split(' ')
		.concat(['Red Sox', 'White Sox', 'Blue Jays', 'Trail Blazers', 'Maple Leafs', 'Golden Knights', 'Red Wings', 'Blue Jackets']),
);
/**
 * English geographic heads before «of» and a place's name («Strait of Hormuz», «Bay of Bengal», «the
 * Horn of Africa»), and the heads of a realm's name («the Kingdom of France», «the Principality of
 * Nitra»: LOC 3 times of 4 in the English training files; not «Republic», an ORG as often as a LOC
 * there).
 */
const GEOGRAPHIC_HEADS_BEFORE_OF = new Set(['Gulf', 'Strait', 'Straits', 'Bay', 'Sea', 'Isle', 'Isles', 'Cape', 'Lake', 'Island', 'Islands', 'Horn', 'Kingdom', 'Principality', 'Duchy', 'Emirate', 'Sultanate', 'Khanate']);
/** Verbs whose agent after «by» is a company («owned by», «operated by», «published by»). */
const COMPANY_AGENT_VERBS = new Set('operated sponsored published distributed manufactured insured underwritten audited licensed marketed'.split(' '));
/** An acronym naming a body («IFOR», «UNHCR», «OSCE»): capitals, maybe a digit or «&». */
const ACRONYM_OF_BODY = /^\p{Lu}[\p{Lu}\d&]+$/u;
const SPOKESPERSONS = new WordSet(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** English geographic heads that open a place's name («Mount Etna», «Lake Victoria»). */
const GEOGRAPHIC_HEADS_BEFORE = new Set(['Mount', 'Mt', 'Mt.', 'Lake', 'Cape', 'Mont']);
/** Compass points before «of» and a place («south of Zaur»), and the adjectives of a country's parts («in central Venvi»). */
const COMPASS_POINTS = new WordSet('north south east west northeast northwest southeast southwest north-east north-west south-east south-west'.split(' '));
const REGION_ADJECTIVES = new WordSet('central northern southern eastern western northeastern northwestern southeastern southwestern north-eastern north-western south-eastern south-western'.split(' '));
/** English lower-case nouns of places before «of» and a place's name («the state of Assam»). */
const PLACE_NOUNS_BEFORE_OF = new WordSet('state city town village island province region county port district capital emirate municipality township suburb governorate prefecture residents Residents inhabitants Inhabitants outskirts suburbs neighbourhood neighborhood parish borough commune hamlet territory area'.split(' '));
/** Plurals of the place nouns before «of» and a place's name («the villages of A and B»). */
const PLURAL_PLACE_NOUNS_BEFORE_OF = new Set('states cities towns villages islands provinces regions counties districts municipalities townships governorates prefectures camps neighbourhoods neighborhoods parishes boroughs communes territories areas'.split(' '));
/** Last words of newspapers' names, which keep their «The» («The New York Times»). */
const NEWSPAPER_WORDS = new Set(['Times', 'Post', 'Journal', 'Herald', 'Telegraph', 'Guardian', 'Mail', 'Standard', 'Economist', 'Observer', 'Independent', 'Tribune', 'Gazette', 'Chronicle', 'Star', 'Sun', 'News', 'Nation', 'Express', 'Mirror', 'Globe', 'Inquirer', 'Courier', 'Review']);
/** Adjectives of nearness before a place's name after a place's preposition or noun («residents of nearby Akumadan»). */
const NEARBY_WORDS = new Set(['nearby', 'neighbouring', 'neighboring']);
/** French words that open a place's name and are given names too («Cap Vert», «Pont-Aven»). */
/** What ends the sentence before a word that opens the next one. */
const SENTENCE_OPENERS_BEFORE = new Set(['.', '!', '?', ':', '"', '“', '«', '—', '–', '-', '(']);
const FRENCH_PLACE_OPENERS = new Set('Cap Pont Mont Port Fort Val Lac Île Rue Place Saint Sainte Bois Col Pic Baie Golfe Puy'.split(' '));
/** French place nouns before «de» and a place's name («la ville de», «la bande de», «la wilaya d'»). */
/** French lower-case nouns of nature right before a name, without «de» («l'oued Rhumel», «le mont Ventoux»). */
const FRENCH_NATURE_NOUNS = new Set(['oued', 'fleuve', 'rivière', 'djebel', 'mont', 'massif', 'lac', 'désert']);
const FRENCH_PLACE_NOUNS_BEFORE_DE = new Set('ville bande région province wilaya commune village département gouvernorat île port capitale daïra préfecture localité canton cité émirat palais'.split(' '));
/** Airports, named after persons too («Houari Boumediene airport»). */
const AIRPORT_NOUNS = new Set(['airport', 'airports']);
/** Plural nouns of places after two names joined by «and» («Al Haouz and Taroudant provinces»). */
const PLURAL_PLACE_NOUNS = new Set(['provinces', 'regions', 'districts', 'counties', 'states', 'governorates', 'prefectures', 'wilayas', 'municipalities', 'islands', 'cities', 'towns', 'villages']);
/** Lower-case facilities named after their place («Houston refinery», «the Keystone pipeline»). */
const FACILITY_NOUNS = new Set(['plant', 'plants', 'reactor', 'dam', 'refinery', 'mine', 'oilfield', 'pipeline', 'airport', 'airbase', 'port', 'terminal']);
/** What kind of facility, between the name and the noun («the Zaporizhzhia nuclear plant»). */
const FACILITY_ADJECTIVES = new Set(['nuclear', 'power', 'coal', 'gas', 'oil', 'hydroelectric', 'hydropower', 'steel', 'copper', 'gold', 'chemical', 'military', 'air', 'naval', 'international']);
/** English lower-case nouns of the land after the name of a river, a forest or a region («the Amazon rainforest»). */
const LAND_NOUNS = new Set(['rainforest', 'basin', 'delta', 'valley', 'desert', 'jungle', 'river', 'estuary', 'plateau', 'peninsula']);
/** One or two capitalised words right after a name, on its line («Siemens» + « Energy», «Vestas» + « Wind Systems»). */
const FOLLOWING_CAPITALISED_WORDS = /^ (\p{Lu}[\p{Ll}]+)(?: (\p{Lu}[\p{Ll}]+))?/u;

/**
 * English: an organisation a list or the model found, followed by one or two capitalised words of
 * which the last ends only companies' names («Siemens Energy», «BMW Group», «Samsung Electronics»):
 * the company is the whole name (the lists know the parent, news names the listed subsidiary).
 * Entities in text order; changed in place.
 */
function extendCompaniesOverTheirLastWords(text: string, entities: DetectedEntity[]): void {
	for (let i = 0; i < entities.length; i++) {
		const e = entities[i];
		if (e.type !== 'ORG') continue;
		const m = FOLLOWING_CAPITALISED_WORDS.exec(text.slice(e.end, e.end + 60));
		if (!m) continue;
		const words = m[2] === undefined ? [m[1]] : [m[1], m[2]];
		let take = 0;
		for (let k = words.length; k > 0 && take === 0; k--) {
			const last = words[k - 1];
			if (isCompanyNameEnd(last) && !PLACE_NAME_ENDS.has(last.toLowerCase())) take = k;
		}
		if (take === 0) continue;
		const end = e.end + (take === 1 ? 1 + words[0].length : m[0].length);
		if (i + 1 < entities.length && entities[i + 1].start < end) continue;
		entities[i] = { ...e, end, text: text.slice(e.start, end) };
	}
}

/** Company names' last words that end places' names too. */
const PLACE_NAME_ENDS = new Set(['water', 'international', 'capital', 'global', 'resources']);
/** English head nouns of an apposition that names an organisation («Morena, her party,», «Codelco, the state-owned copper miner,»). */
/** Prepositions that put a name out of its sentence's subject («Exports from …», «Sales in …»). */
const PREPOSITIONS_BEFORE_SUBJECT = new Set(['from', 'in', 'of', 'to', 'at', 'for', 'by', 'with']);
/** Two words after which a name is a place («ambassador to», «flights from», «deported to», «born in»: LOC 15 times of 18 in the English training files, the others months; «held in», «took place in», «based in»: LOC every time). */
const PLACE_CUES = new Set(['held in', 'place in', 'born in', 'based in', 'headquartered in', 'flew to', 'travelled to', 'traveled to', 'ambassador to', 'envoy to', 'embassy in', 'flight from', 'flights from', 'flight to', 'flights to', 'exports from', 'imports from', 'exports to', 'deported to', 'deported from', 'extradited to', 'extradited from', 'expelled from', 'heading for', 'headed for', 'bound for', 'fled to', 'fled from', 'fleeing to', 'fleeing from', 'evacuated to', 'evacuated from']);
/** The last words of the cues below, a quick test before the pair is built. */
const CUE_ENDS = new WordSet(['by', 'to', 'from', 'in', 'of', 'for']);
/** Two words after which a name is a person's: a work and «by» («the novel by Dunur»). */
const PERSON_CUES = new Set(['novel by', 'book by', 'memoir by', 'poem by', 'play by', 'painting by', 'film by', 'song by', 'album by', 'opera by', 'symphony by', 'sculpture by', 'biography by']);
/** Two words after which a name is a company («chief executive of», «the CEO of»). */
const COMPANY_OFFICER_CUES = new Set(['executive of', 'CEO of', 'founder of', 'co-founder of', 'cofounder of', 'shareholders of', 'shareholder in']);
/** Determiners before a role in apposition to a name («The minister,», «Her husband,»). */
const ROLE_DETERMINERS = new Set(['the', 'The', 'his', 'His', 'her', 'Her', 'their', 'Their', 'its', 'Its']);
/** Apposition heads that only a person is called by (not «developer», «owner», «leader», which call companies too). */
const HUMAN_APPOSITION_HEADS = new Set('professor lawyer attorney teacher doctor physician surgeon nurse student actor actress singer musician journalist reporter writer author poet novelist priest nun imam rabbi farmer soldier spokesman spokeswoman spokesperson minister senator lawmaker politician activist mother father son daughter wife husband brother sister widow grandmother grandfather resident scientist researcher economist historian footballer striker midfielder defender goalkeeper'.split(' '));
/** Apposition heads that call a name a settlement or a district («Badrarus, a town near the border»). */
const PLACE_APPOSITION_HEADS = new Set(['town', 'city', 'village', 'hamlet', 'suburb', 'district', 'province', 'region', 'port', 'island', 'neighbourhood', 'neighborhood', 'municipality', 'enclave', 'county', 'governorate', 'oasis', 'settlement', 'township', 'capital']);
/** What may follow a place's noun at the end of its apposition («a town near…», «a village where…», «a port.»). */
const PLACE_PHRASE_ENDS = new Set([',', '.', ';', ')', 'near', 'outside', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'close', 'about', 'some', 'where', 'that', 'which', 'known', 'located', 'situated', 'home', 'bordering']);
const ORGANISATION_APPOSITION_HEADS = new Set(['party', 'company', 'firm', 'movement', 'alliance', 'coalition', 'agency', 'association', 'federation', 'foundation', 'carrier', 'airline', 'retailer', 'carmaker', 'automaker', 'bank', 'lender', 'insurer', 'broadcaster', 'charity', 'newspaper', 'startup', 'conglomerate', 'group', 'chipmaker', 'planemaker', 'drugmaker', 'steelmaker', 'refiner', 'miner', 'utility', 'exporter', 'giant', 'brewer', 'manufacturer', 'maker']);
/** Monarchs' titles (English and French), after which a lone «I» is a regnal number. */
const MONARCH_TITLES = new Set('king queen pope emperor empress tsar czar tsarina sultan pharaoh shah kaiser prince princess roi reine pape empereur impératrice princesse tsarine'.split(' '));

/** Lower-case words before a name that make it part of a longer one or a place («of the Arts London», «in Kosovo»). */
const ARTICLES_AND_PREPOSITIONS = new Set(['the', 'a', 'an', 'of', 'in', 'at', 'from', 'to', 'for', 'on', 'by', 'with', 'into', 'near']);

/** Marks after which a French sentence or dispatch opens («DAKAR, 2 avril - Bassirou Diomaye Faye»). */
const FRENCH_NAME_OPENING_MARKS = new Set(['-', '–', '—', ':', '«', '"', '“']);

/** Honorifics that only ever precede a person's name. */
const ENGLISH_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.']);

/**
 * Loads the detector from `modelDirectory` (the folder with manifest.json and ner-*.bin).
 * `options.languages` restricts the languages loaded now; others in the manifest load on first use.
 * Throws an Error naming the file when a model file is missing or corrupt.
 */
export function loadDetector(modelDirectory: string, options?: { languages?: LanguageCode[] }): Detector & EntityDetector {
	const manifest = readManifest(modelDirectory);
	const available = ALL_LANGUAGES.filter((l) => manifest.languages[l]);
	const preload = options?.languages ?? available;
	for (const l of preload) if (!available.includes(l)) throw new Error(`No entity model for language '${l}' in ${join(modelDirectory, MANIFEST_FILE)}`);
	return new EntityDetector(modelDirectory, manifest, available, preload);
}
