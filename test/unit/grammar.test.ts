// The article TextMate grammar (syntaxes/article.tmLanguage.json) and language configuration,
// checked with the same engine VS Code uses: vscode-textmate on vscode-oniguruma (the wasm
// ships inside the npm package).
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const grammarPath = join(root, 'syntaxes', 'article.tmLanguage.json');
const require = createRequire(join(root, 'package.json'));

/** Only a guard against a hang; no test here asserts how fast anything is. */
const HANG_GUARD = { timeout: 120_000 };

interface Token {
	text: string;
	/** Scopes below `text.article`, each entry one scope name. */
	scopes: string[];
}

let grammar: vsctm.IGrammar;

before(async () => {
	const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
	await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
	const registry = new vsctm.Registry({
		onigLib: Promise.resolve({
			createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
			createOnigString: (s: string) => new oniguruma.OnigString(s),
		}),
		loadGrammar: async (scopeName: string) =>
			scopeName === 'text.article' ? vsctm.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null,
	});
	const loaded = await registry.loadGrammar('text.article');
	assert.ok(loaded, 'grammar text.article loads');
	grammar = loaded;
});

/** Tokenises a text line by line, carrying the state like an editor does. */
function tokenize(text: string): Token[][] {
	let state = vsctm.INITIAL;
	return text.split('\n').map((line) => {
		const result = grammar.tokenizeLine(line, state);
		assert.equal(result.stoppedEarly, false);
		state = result.ruleStack;
		return result.tokens.map((t) => ({
			text: line.slice(t.startIndex, Math.min(t.endIndex, line.length)),
			scopes: t.scopes.slice(1).flatMap((s) => s.split(' ')),
		}));
	});
}

const has = (token: Token, prefix: string) => token.scopes.some((s) => s === prefix || s.startsWith(prefix + '.'));

/** The texts of the maximal runs of tokens that carry a scope starting with `prefix`. */
function runs(line: Token[], prefix: string): string[] {
	const out: string[] = [];
	let open = false;
	for (const token of line) {
		if (has(token, prefix)) {
			if (open) out[out.length - 1] += token.text;
			else out.push(token.text);
			open = true;
		} else open = false;
	}
	return out;
}

/** Runs of `prefix` on one line of text, tokenised on its own (after a non-final line). */
function runsIn(text: string, prefix: string, lineIndex = 0): string[] {
	return runs(tokenize(text)[lineIndex], prefix);
}

const STRING = 'string.quoted';
const DATE = 'constant.other.date';
const NUMBER = 'constant.numeric.article';
const LINK = 'markup.underline.link';
const HEADING = 'markup.heading.article';
const RIGHT_TO_LEFT = 'meta.line.right-to-left';

/**
 * A line holding right-to-left letters is one token: VS Code shows each token of such a line as an
 * isolate, the isolates left to right, so a coloured date or quote inside an Arabic sentence would
 * show the sentence's pieces out of order.
 */
function assertOneRightToLeftToken(text: string): void {
	for (const line of text.split('\n')) {
		const [tokens] = tokenize(line);
		assert.equal(tokens.length, 1, `${line}: ${JSON.stringify(tokens.map((t) => t.text))}`);
		assert.equal(tokens[0].text, line);
		assert.ok(has(tokens[0], RIGHT_TO_LEFT), line);
	}
}

describe('grammar file', () => {
	test('is what syntaxes/build-grammar.mjs generates', () => {
		// Throws (exit code 1) when the JSON is stale.
		execFileSync(process.execPath, [join(root, 'syntaxes', 'build-grammar.mjs'), '--check'], { stdio: 'pipe' });
	});

	test('has scopeName text.article and every regex compiles in Oniguruma', () => {
		const raw = JSON.parse(readFileSync(grammarPath, 'utf8'));
		assert.equal(raw.scopeName, 'text.article');
		const regexes: string[] = [];
		const walk = (node: unknown) => {
			if (!node || typeof node !== 'object') return;
			for (const [key, value] of Object.entries(node)) {
				if (typeof value === 'string' && (key === 'match' || key === 'begin' || key === 'end')) regexes.push(value);
				else walk(value);
			}
		};
		walk(raw);
		assert.ok(regexes.length > 15);
		for (const source of regexes) {
			assert.doesNotThrow(() => new oniguruma.OnigScanner([source]).dispose(), source);
		}
	});

	test('\\b finds no boundary between Arabic and Latin letters, which is why the grammar uses lookarounds', () => {
		const find = (regex: string, text: string) => {
			const scanner = new oniguruma.OnigScanner([regex]);
			const match = scanner.findNextMatchSync(text, 0);
			scanner.dispose();
			return match;
		};
		assert.equal(find('\\bhttps://', 'انسخ الرابطhttps://ar.rt.com/jt6d'), null);
		assert.equal(find('\\bيوليو', 'ويوليو'), null);
		// (and in a Latin line: an Arabic line is one token, see assertOneRightToLeftToken)
		assert.deepEqual(runsIn('copy the linkhttps://ar.rt.com/jt6d', LINK), []);
		assert.deepEqual(runsIn('le lien : https://ar.rt.com/jt6d', LINK), ['https://ar.rt.com/jt6d']);
	});
});

describe('quoted speech', () => {
	test('French « … » with and without inner spaces', () => {
		const [line] = tokenize('Il a déclaré : « Nous sommes prêts » puis «\u00a0encore\u00a0» et «fin».');
		assert.deepEqual(runs(line, STRING), ['« Nous sommes prêts »', '«\u00a0encore\u00a0»', '«fin»']);
		const open = line.find((t) => t.text === '«');
		assert.ok(open && has(open, 'punctuation.definition.string.begin'));
		const close = line.find((t) => t.text === '»');
		assert.ok(close && has(close, 'punctuation.definition.string.end'));
		assert.ok(line.find((t) => t.text === '«fin' || t.text === 'fin')?.scopes.includes('string.quoted.other.article'));
	});

	test('English “…” and "…"', () => {
		assert.deepEqual(runsIn('He said “we are ready” and then "not yet" twice.', STRING), ['“we are ready”', '"not yet"']);
	});

	test('Arabic lines with «…» and "…" are one token, their quotes uncoloured (coloured, they would be shown out of order)', () => {
		assertOneRightToLeftToken(
			['وقال بوتين إنه «سيفتح مرحلة جديدة» في العلاقات.', 'قمة مثيرة في قسنطينة و"الوفاق" يتحدى "أقبو" اليوم', 'منظمة"اليونسكو"تحذر', 'Le ministre a dit « قال » hier.'].join('\n'),
		);
	});

	test('an unclosed «, “ stops at the end of its line', () => {
		const lines = tokenize('Une source a déclaré : « Les deux parties ont discuté\nLa suite est du texte normal.\nHe said “never closed\nNext line.');
		assert.deepEqual(runs(lines[0], STRING), ['« Les deux parties ont discuté']);
		assert.deepEqual(runs(lines[1], STRING), []);
		assert.deepEqual(runs(lines[2], STRING), ['“never closed']);
		assert.deepEqual(runs(lines[3], STRING), []);
	});

	test('a stray " colours nothing, and " after a Latin letter does not open a quote', () => {
		assert.deepEqual(runsIn('ووكالات الاستخبارات والهيئات الأمنية والسياسية".', STRING), []);
		assert.deepEqual(runsIn('a 12" screen and a "real" quote and one more "', STRING), ['"real"']);
	});
});

describe('links', () => {
	test('URLs, without trailing punctuation', () => {
		assert.deepEqual(runsIn('Voir https://example.org/a/b?x=1&y=2. Puis www.aps.dz, enfin (http://x.dz/p).', LINK), [
			'https://example.org/a/b?x=1&y=2',
			'www.aps.dz',
			'http://x.dz/p',
		]);
		const [line] = tokenize('See https://example.org/x now');
		assert.ok(line.find((t) => t.text === 'https://example.org/x')?.scopes.includes('markup.underline.link.article'));
	});

	test('e-mail addresses', () => {
		assert.deepEqual(runsIn('Écrire à presse@example.dz ou à info.contact@ministere.gov.dz.', 'markup.underline.link.email'), [
			'presse@example.dz',
			'info.contact@ministere.gov.dz',
		]);
	});
});

describe('dates', () => {
	test('French: day + month (+ year), 1er, weekday, month + year', () => {
		assert.deepEqual(
			runsIn('Le sommet du 1er janvier 2024, puis le 14 juillet, lundi 14 juillet 1789, en juin 2023 et le 5 oct. 2024.', DATE),
			['1er janvier 2024', '14 juillet', 'lundi 14 juillet 1789', 'juin 2023', '5 oct. 2024'],
		);
		assert.deepEqual(runsIn('Il a parlé mardi à Alger, mais mai reste un mot.', DATE), ['mardi']);
	});

	test('English: month day, year; day month year; capitalised months only', () => {
		assert.deepEqual(runsIn('On July 22, 2020 and 22 July 2020, then Monday, July 22 and June 2019. You may 5 times.', DATE), [
			'July 22, 2020',
			'22 July 2020',
			'Monday, July 22',
			'June 2019',
		]);
	});

	test('numeric dates', () => {
		assert.deepEqual(runsIn('Le 22-07-2020, le 22/07/2020, le 2020-07-22, le 22.07.2020 et le 22 - 07 - 2020', DATE), [
			'22-07-2020',
			'22/07/2020',
			'2020-07-22',
			'22.07.2020',
			'22 - 07 - 2020',
		]);
		assert.deepEqual(runsIn('Entre 1941-1945 et 1.500.000 habitants', DATE), []);
	});

	test('Arabic lines with dates are one token, their dates uncoloured (coloured, the sentence would be shown out of order)', () => {
		assertOneRightToLeftToken(
			[
				'وصل الوفد يوم 22 جويلية 2020 إلى الجزائر، و٢٢ جانفي ٢٠٢٤ ثم ١ ماي ٢٠٢٣ و3 أوت.',
				'في 20 أغسطس، و14 آب/أغسطس 2020، وفي تشرين الأول 2019، ويونيو 2023، الخميس 12 مارس',
				'AFP – الجزائر، 12 مارس 2026',
			].join('\n'),
		);
	});
});

describe('numbers', () => {
	test('thousands separators, decimals, percentages, Arabic-Indic digits', () => {
		assert.deepEqual(runsIn('1 500 000 habitants, 3,5 %, 12.7%, 1,500 people, ١٢٣٤٥ et ٣٫٥٪', NUMBER), [
			'1 500 000',
			'3,5 %',
			'12.7%',
			'1,500',
			'١٢٣٤٥',
			'٣٫٥٪',
		]);
		assertOneRightToLeftToken('بلغ ١٢٣٤٥ و٣٫٥٪ وال20');
	});

	test('a number glued to a Latin word is part of a name (G20, A400M)', () => {
		assert.deepEqual(runsIn('Le G20 et l’A400M', NUMBER), []);
	});

	test('no half word: digits glued to the Latin letters after them or hyphenated to a word are left alone', () => {
		assert.deepEqual(runsIn('Le groupe 3M, à 14h30 puis 10h, le 10e jour du COVID-19 et des F-16, contre 12 avions et 2019-2020.', NUMBER), ['12', '2019', '2020']);
	});
});

describe('headlines', () => {
	test('the first line, and a short line after a blank line or after a finished sentence', () => {
		const lines = tokenize(
			[
				'L’Algérie discute de coopération militaire avec la Russie',
				'',
				'Des responsables algériens et russes se sont rencontrés récemment.',
				'Un dialogue politique renforcé',
				'La session a été co-présidée par deux responsables',
				'',
				'علاقات قوية ومتميزة',
				'وتمتاز العلاقات بين الجزائر وروسيا بكثير من القوة.',
			].join('\n'),
		);
		const headings = lines.map((l) => runs(l, HEADING));
		assert.deepEqual(headings, [
			['L’Algérie discute de coopération militaire avec la Russie'],
			[],
			[],
			['Un dialogue politique renforcé'],
			[], // follows a line that does not end a sentence
			[],
			[], // an Arabic headline is one uncoloured token, as every Arabic line
			[],
		]);
		assert.ok(has(lines[6][0], RIGHT_TO_LEFT) && lines[6].length === 1);
	});

	test('sentences, long lines, two-word lines, bullets are not headlines', () => {
		const lines = tokenize(
			[
				'',
				'Ceci est une phrase complète.',
				'',
				'Votre adresse ne sera pas publiée. Les champs sont indiqués avec *',
				'',
				'المصدر: تاس',
				'',
				'❊ تعزيز العلاقات الثنائية واستعراض آفاق توسيع الشراكة',
				'',
				'mot '.repeat(40),
				'',
				'Pourquoi la Russie ?',
			].join('\n'),
		);
		assert.deepEqual(lines.flatMap((l) => runs(l, HEADING)), []);
	});

	test('a headline keeps its dates and quotes coloured', () => {
		const [line] = tokenize('Visite d’État le 14 juillet 2024 : « un tournant »');
		assert.deepEqual(runs(line, HEADING), ['Visite d’État le 14 juillet 2024 : « un tournant »']);
		assert.deepEqual(runs(line, DATE), ['14 juillet 2024']);
		assert.deepEqual(runs(line, STRING), ['« un tournant »']);
	});
});

describe('lists and separators', () => {
	test('bullet lines and separator lines', () => {
		const lines = tokenize('❊ تعزيز العلاقات\n❊تباحث القضايا\n• point\n- tiret\n* * *\n----\n-5 degrés');
		// an Arabic bullet line is one token: a bullet of its own would be shown at its left end
		assert.ok(has(lines[0][0], RIGHT_TO_LEFT) && lines[0].length === 1 && lines[1].length === 1);
		for (const i of [2, 3]) {
			assert.ok(has(lines[i][0], 'punctuation.definition.list.begin'), `line ${i}`);
			assert.ok(lines[i].every((t) => has(t, 'markup.list.unnumbered')), `line ${i}`);
		}
		assert.ok(has(lines[4][0], 'meta.separator'));
		assert.ok(has(lines[5][0], 'meta.separator'));
		assert.ok(!lines[6].some((t) => has(t, 'markup.list')));
	});
});

describe('safety on long lines (no time assertions: a catastrophic regex would hang here)', () => {
	const N = 20_000;
	const fill = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);

	test('a 20,000-character Arabic line', HANG_GUARD, () => {
		const unit = 'وأشار بيان وزارة الشؤون الخارجية يوم 22 جويلية 2020 إلى أن الزيارة تندرج في إطار «مواصلة المحادثات» حول 3,5 % من الشراكة. ';
		const line = fill(unit);
		assert.equal(line.length, N);
		const lines = tokenize(line + '\nسطر عادي بعده');
		assert.equal(lines.length, 2);
		assert.equal(lines[0].map((t) => t.text).join(''), line);
		assert.equal(lines[0].length, 1, 'one right-to-left token');
		assert.ok(has(lines[0][0], RIGHT_TO_LEFT));
		assert.deepEqual(runs(lines[1], STRING), []);
		// the same without its Arabic letters: every pattern runs over the whole line
		const latinUnit = 'Le bilan du 22 juillet 2020 dit « suite des pourparlers » sur 3,5 % du partenariat. ';
		const [latinTokens] = tokenize(fill(latinUnit));
		const complete = Math.floor(N / latinUnit.length);
		assert.ok(runs(latinTokens, DATE).filter((d) => d === '22 juillet 2020').length >= complete);
		assert.ok(runs(latinTokens, STRING).filter((q) => q === '« suite des pourparlers »').length >= complete);
	});

	test('a 20,000-character Arabic line without spaces or punctuation', HANG_GUARD, () => {
		const lines = tokenize(fill('بالجزائر') + '\n' + fill('و٢') + '\n' + fill('x٢'));
		assert.equal(lines.length, 3);
		assert.equal(lines[0].length, 1);
		assert.equal(lines[1].length, 1);
		assert.equal(lines[2].map((t) => t.text).join(''), fill('x٢'));
	});

	test('20,000-character lines of unclosed quotes', HANG_GUARD, () => {
		for (const unit of ['«', '« ', '“', '„', '"', '«“"', "''", '"'.repeat(3) + 'x']) {
			const lines = tokenize(fill(unit) + '\nLa ligne suivante est normale.');
			assert.equal(lines.length, 2, JSON.stringify(unit));
			assert.equal(lines[0].map((t) => t.text).join('').length, N, JSON.stringify(unit));
			assert.deepEqual(runs(lines[1], STRING), [], JSON.stringify(unit));
		}
	});

	test('20,000-character lines of near-misses for every pattern', HANG_GUARD, () => {
		const units = ['1 ', '1,', '1 000 ', 'a@', 'a.b@c', 'http://a.', 'www.', '22 - ', '22/07/', '14 juillet', 'يوليو ', '. ', 'a b c ', ' ', '❊', '-'];
		for (const unit of units) {
			const lines = tokenize(fill(unit) + '\nfin');
			assert.equal(lines.length, 2, JSON.stringify(unit));
			assert.equal(lines[0].map((t) => t.text).join(''), fill(unit), JSON.stringify(unit));
		}
	});
});

describe('seed articles', () => {
	const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt'));

	test('every line tokenises and no "…" string runs unclosed to the end of a line', HANG_GUARD, () => {
		assert.ok(seeds.length > 0);
		for (const file of seeds) {
			const text = readFileSync(join(root, 'seeds', file), 'utf8').replace(/\r\n/g, '\n');
			const lines = tokenize(text);
			for (const [i, line] of lines.entries()) {
				for (const token of line) {
					const begin = token.scopes.includes('punctuation.definition.string.begin.article');
					if (begin && token.text === '"') {
						const rest = line.slice(line.indexOf(token) + 1);
						assert.ok(
							rest.some((t) => t.scopes.includes('punctuation.definition.string.end.article')),
							`${file}:${i + 1}: a straight quote opens and never closes`,
						);
					}
				}
			}
		}
	});
});

describe('language-configuration.json', () => {
	const config = JSON.parse(readFileSync(join(root, 'language-configuration.json'), 'utf8'));

	test('pairs for « » “ ” ( ) [ ] " " and no comments', () => {
		const pairs = (list: Array<{ open: string; close: string } | [string, string]>) =>
			list.map((p) => (Array.isArray(p) ? p.join('') : p.open + p.close));
		for (const pair of ['«»', '“”', '()', '[]', '""']) {
			assert.ok(pairs(config.autoClosingPairs).includes(pair), pair);
			assert.ok(pairs(config.surroundingPairs).includes(pair), pair);
		}
		assert.equal(config.comments, undefined);
	});

	test('wordPattern selects whole Arabic and French words, and splits elided articles', () => {
		// VS Code builds `new RegExp(pattern, flags)` and adds the g flag.
		const word = new RegExp(config.wordPattern.pattern, config.wordPattern.flags + 'g');
		const words = (text: string) => text.match(word);
		assert.deepEqual(words("Aujourd'hui, l’Algérie et d'Alger ; presqu'île, algéro-russe"), [
			"Aujourd'hui",
			'l’',
			'Algérie',
			'et',
			"d'",
			'Alger',
			"presqu'île",
			'algéro-russe',
		]);
		assert.deepEqual(words('والجزائر «سبوتنيك» الجزائرِيّة لـروسيا ٣٫٥ 1,500'), [
			'والجزائر',
			'سبوتنيك',
			'الجزائرِيّة',
			'لـروسيا',
			'٣٫٥',
			'1,500',
		]);
	});
});
