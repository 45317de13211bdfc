import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CASING_CAPITAL, CASING_LOWER, CASING_UPPER, isAllCapitals, truecaseCapitalLines, type CasingTokens } from '../../src/core/detect/casing';
import { normalizeToken, wordHash } from '../../src/core/detect/features';
import { buildCasing, casingCounts } from '../../src/core/detect/training/resources';
import { findModelDirectory, loadDetector } from '../../src/core/detect/index';
import { tokenize } from '../../src/core/detect/tokenize';
import { tableGet } from '../../src/core/detect/features';
import type { DetectedEntity } from '../../src/core/types';

const KIND = { word: 0, number: 1, punct: 2, url: 3 } as const;

function casingTokens(text: string): CasingTokens {
	const toks = tokenize(text);
	return {
		starts: toks.map((t) => t.start),
		ends: toks.map((t) => t.end),
		kinds: toks.map((t) => KIND[t.kind]),
		lineStarts: toks.map((t) => (t.lineStart ? 1 : 0)),
		words: toks.map((t) => t.text),
		n: toks.length,
	};
}

/** A casing table from the unlabelled sentences below, plus a word list. */
const table = buildCasing(
	casingCounts([
		'Fans of the club said the team will hold its ground in the final of the cup .',
		'The minister met NATO officials in Brussels and the UK envoy on Monday .',
		'He moved from Leeds to a house near the river , the family said .',
		'The report went to the Soviet Union and the European Union , and the union voted .',
		'Officials in Brussels and Leeds said the plan to draw on the fund will hold .',
		'Officials from NATO and the UK met , and NATO said so .',
		'AN ENTIRE HEADLINE IN CAPITALS SAYS NOTHING ABOUT THESE WORDS .',
	]),
	['goalless', 'beats', 'union'],
);
const noListedNames = (i: number): number => i;

test('the casing table: lower case, capitals and capitalised words as the text writes them inside sentences', () => {
	const kind = (w: string): number => tableGet(table, wordHash(normalizeToken(w, false)));
	assert.equal(kind('hold'), CASING_LOWER);
	assert.equal(kind('goalless'), CASING_LOWER, 'from the word list');
	assert.equal(kind('nato'), CASING_UPPER);
	assert.equal(kind('brussels'), CASING_CAPITAL);
	assert.equal(kind('leeds'), CASING_CAPITAL);
	// capitalised only inside longer names, and in lower case on its own: a common word
	assert.equal(kind('union'), CASING_LOWER);
	// words of a sentence in capitals are not counted, and a sentence's first word is not either
	assert.equal(kind('entire'), 0);
	assert.equal(kind('fans'), 0);
	assert.ok(isAllCapitals('NATO') && isAllCapitals('U.S.') && !isAllCapitals('Nato') && !isAllCapitals('1996'));
});

test('a line in capitals is written in ordinary case, token lengths and other lines untouched', () => {
	const text = 'SOCCER - LEEDS HOLD NEWCASTLE TO GOALLESS DRAW .\r\nLeeds held on at home .\nNATO AND UK ENVOYS MEET IN BRUSSELS';
	const cased = truecaseCapitalLines(text, casingTokens(text), table, noListedNames);
	assert.ok(cased !== undefined);
	assert.equal(cased.length, text.length);
	const lines = cased.split('\n');
	// the first word keeps its capital; «Newcastle», unknown, is taken for a name
	assert.equal(lines[0], 'Soccer - Leeds hold Newcastle to goalless draw .\r');
	assert.equal(lines[1], 'Leeds held on at home .');
	// «MEET», unknown and short, could be an acronym and stays
	assert.equal(lines[2], 'NATO and UK Envoys MEET in Brussels');
	// nothing to do: undefined
	assert.equal(truecaseCapitalLines('Leeds held on.\nUK, EU', casingTokens('Leeds held on.\nUK, EU'), table, noListedNames), undefined);
});

test('a name the lists know keeps its capitals over the table, but for its short function words', () => {
	const text = 'THE UNION OF THE RIVER SAID THE UNION WILL HOLD';
	const tokens = casingTokens(text);
	// tokens 1–4: «UNION OF THE RIVER» is a listed name
	const cased = truecaseCapitalLines(text, tokens, table, (i) => (i === 1 ? 5 : i));
	assert.equal(cased, 'The Union of the River said the union will hold');
	// a short word that is no function word keeps its capital there («NEW YORK» had become «new York»)
	const office = 'OFFICIALS SAID THE MET OFFICE WILL HOLD';
	assert.equal(truecaseCapitalLines(office, casingTokens(office), table, (i) => (i === 3 ? 5 : i)), 'Officials said the Met Office will hold');
});

test('a place’s or a body’s head noun keeps its capital next to a name, not after a common word', () => {
	const heads = buildCasing(
		casingCounts([
			'They walked along the strip of land to the river and the post office , near the court .',
			'The mount rose above the coast , said the court in Gaza and Kenya .',
			'Reporters in Gaza , Kenya and Milan heard the court .',
		]),
		[],
	);
	const text = 'REPORTERS WALKED ALONG GAZA STRIP TO MOUNT KENYA AND THE MILAN COURT NEAR THE RIVER POST OFFICE';
	assert.equal(
		truecaseCapitalLines(text, casingTokens(text), heads, noListedNames),
		'Reporters walked along Gaza Strip to Mount Kenya and the Milan court near the river post office',
		'«STRIP» after a name, «MOUNT» before one; «COURT» is no such head, «RIVER POST» follows no name',
	);
	const opening = 'RIVER POST NEAR THE STRIP';
	assert.equal(truecaseCapitalLines(opening, casingTokens(opening), heads, noListedNames), 'River post near the strip', 'a line’s first word keeps its capital, and is no name for that');
});

test('letters alone stay in capitals, but after an apostrophe; lengths that would change are left as they are', () => {
	// lower-cased, «KIRİKKALE» would grow by one code unit («i̇»)
	const text = "KEEGAN'S U.S. SIDE HOLD LEEDS IN KIRİKKALE";
	const cased = truecaseCapitalLines(text, casingTokens(text), table, noListedNames);
	assert.equal(cased, "Keegan's U.S. SIDE hold Leeds in KIRİKKALE");
});

const dir = findModelDirectory(join(__dirname, '..', '..', 'src', 'core', 'detect'));
const detector = loadDetector(dir!, { languages: ['en', 'fr'] });

function checkOffsets(text: string, ents: DetectedEntity[]): void {
	for (const e of ents) assert.equal(text.slice(e.start, e.end), e.text);
}

test('shipped models: names in a headline in capitals are found, reported as written', () => {
	const text = 'TENNIS - MARIA LOPEZ BEATS ANNA KOWALSKA IN TORONTO FINAL\r\nTORONTO 2024-08-11\nMaria Lopez won in straight sets on Sunday .';
	const ents = detector.detect(text, 'en');
	checkOffsets(text, ents);
	const found = ents.filter((e) => e.type !== 'DATE').map((e) => `${e.type} ${e.text}`);
	assert.ok(found.includes('LOC TORONTO'), found.join(', '));
	assert.ok(found.includes('PER MARIA LOPEZ'), found.join(', '));
	assert.ok(found.includes('PER Maria Lopez'), found.join(', '));
	const french = 'LE PRÉSIDENT EMMANUEL MACRON REÇU À ALGER PAR ABDELMADJID TEBBOUNE';
	const fr = detector.detect(french, 'fr');
	checkOffsets(french, fr);
	assert.ok(fr.some((e) => e.type === 'PER' && e.text === 'EMMANUEL MACRON'), fr.map((e) => e.text).join(', '));
	assert.ok(fr.some((e) => e.type === 'LOC' && e.text === 'ALGER'), fr.map((e) => e.text).join(', '));
});
