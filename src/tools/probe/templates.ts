/**
 * The templates of `npm run probe` (src/tools/probe.ts): reading `templates.tsv` and filling a
 * template with invented names.
 */
import { readFileSync } from 'node:fs';
import type { LanguageCode } from '../../core/types';
import { Random } from '../../core/random';

const SYLLABLES = 'ka lo vi dra mon te rus ba zi nor gel ash ur pen kow ber ton ard el mir za ven sel dun gar bi fo ret'.split(' ');
const GIVEN_NAMES: Record<string, readonly string[]> = {
	en: ['John', 'Maria', 'Ahmed', 'Elena', 'David', 'Fatima', 'Peter', 'Anna', 'Omar', 'Laura'],
	fr: ['Jean', 'Karim', 'Sophie', 'Nadia', 'Pierre', 'Amina', 'Marc', 'Leila'],
};
const LANGUAGES = new Set(['ar', 'fr', 'en']);
const TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);

/** One template: the language, the type its bracketed name must be found with, the sentence. */
export interface Template {
	readonly language: LanguageCode;
	readonly type: string;
	readonly sentence: string;
}

/** The templates of a file (lines starting with «#» are comments). */
export function readTemplates(file: string): Template[] {
	return readFileSync(file, 'utf8')
		.split('\n')
		.filter((line) => line.trim() && !line.startsWith('#'))
		.map((line) => {
			const [language, type, sentence] = line.split('\t');
			if (!LANGUAGES.has(language) || !TYPES.has(type) || !sentence || !/^[^[\]]*\[[^[\]]+\][^[\]]*$/u.test(sentence)) {
				throw new Error(`${file}: a template is a language (ar, fr, en), a type (PER, ORG, LOC, MISC) and a sentence with one bracketed name, tab-separated: ${line}`);
			}
			return { language: language as LanguageCode, type, sentence };
		});
}

/** Two or three random syllables, capitalised («Kowdra»): a name no list or training sentence holds. */
export function inventedName(random: Random): string {
	let name = '';
	for (let k = random.int(2, 3); k > 0; k--) name += random.pick(SYLLABLES);
	return name[0].toUpperCase() + name.slice(1);
}

/** The template filled: its text and where the bracketed name is. */
export function fill(template: Template, random: Random): { text: string; start: number; end: number } {
	const values: Record<string, string> = { X: inventedName(random), Y: inventedName(random), G: random.pick(GIVEN_NAMES[template.language] ?? GIVEN_NAMES.en) };
	const filled = template.sentence.replace(/\{([XYG])\}/gu, (_, key: string) => values[key]);
	const open = filled.indexOf('[');
	const close = filled.indexOf(']');
	return { text: filled.slice(0, open) + filled.slice(open + 1, close) + filled.slice(close + 1), start: open, end: close - 1 };
}

