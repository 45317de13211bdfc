/**
 * Template probing: how the detector types names it cannot know. Each template of
 * `src/tools/probe/templates.tsv` (news sentences written for this project) is filled with eight
 * invented names made of random syllables, so that no list and no training sentence knows them
 * and only the words around the name can type it; the bracketed name must be found exactly, with
 * the template's type. Prints, per language, how many were right and the templates under 7 of 8
 * with one example each. A figure for finding what the context rules miss, not a test: the
 * detector runs on each sentence alone (no whole-article pass), with the default confidence
 * threshold.
 *
 * `--unread` scores `templates-unread.tsv` instead, totals only: templates written after the rules
 * they test and never used to write one, a fairer figure for names in sentences not seen.
 *
 *   npm run probe [-- --models media/models --lang en --seed 7 --all | --unread]
 */
import { resolve } from 'node:path';
import { loadDetector } from '../core/detect/index';
import { DEFAULT_MIN_CONFIDENCE } from '../core/confidence';
import { Random } from '../core/random';
import { fill, readTemplates } from './probe/templates';

const REPO = resolve(__dirname, '..', '..');
const FILLS_PER_TEMPLATE = 8;

function option(args: readonly string[], name: string): string | undefined {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
}

function main(): void {
	const args = process.argv.slice(2);
	const models = resolve(option(args, '--models') ?? resolve(REPO, 'media', 'models'));
	const only = option(args, '--lang');
	const seed = Number(option(args, '--seed') ?? 7);
	// the unread set gives totals only: its misses are not to be read, so that it stays a fair test of rules written from the other
	const unread = args.includes('--unread');
	// each template draws its names from a generator of its own (the seed and its line), so that
	// `--lang` or a template added elsewhere does not change the names another template gets
	const templates = readTemplates(resolve(REPO, 'src', 'tools', 'probe', unread ? 'templates-unread.tsv' : 'templates.tsv'))
		.map((template, line) => ({ template, random: new Random(seed * 100003 + line) }))
		.filter(({ template }) => !only || template.language === only);
	const detector = loadDetector(models, { languages: [...new Set(templates.map(({ template }) => template.language))] });
	const byLanguage = new Map<string, { right: number; total: number; weak: string[] }>();
	for (const { template, random } of templates) {
		let right = 0;
		let example = '';
		for (let k = 0; k < FILLS_PER_TEMPLATE; k++) {
			const { text, start, end } = fill(template, random);
			const found = detector.detect(text, template.language).filter((e) => (e.confidence ?? 1) >= DEFAULT_MIN_CONFIDENCE);
			const over = found.find((e) => e.start < end && start < e.end);
			if (over && over.start === start && over.end === end && over.type === template.type) right++;
			else if (!example) example = `${text}  → ${over ? `${over.type} «${over.text}»` : 'nothing'}`;
		}
		const summary = byLanguage.get(template.language) ?? { right: 0, total: 0, weak: [] };
		summary.right += right;
		summary.total += FILLS_PER_TEMPLATE;
		if (!unread && (right < FILLS_PER_TEMPLATE - 1 || (args.includes('--all') && example))) summary.weak.push(`  ${right}/${FILLS_PER_TEMPLATE} ${template.type}  ${example}`);
		byLanguage.set(template.language, summary);
	}
	for (const [language, { right, total, weak }] of byLanguage) {
		console.log(`${language}: ${right} of ${total} invented names found with the template's span and type (${total / FILLS_PER_TEMPLATE} templates)`);
		for (const line of weak) console.log(line);
	}
}

main();
