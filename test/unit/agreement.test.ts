import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cohensKappa, compareAnnotations, scores, type LabeledSpan } from '../../src/core/agreement';
import { runAgree } from '../../src/cli/agree';
import { isIndex, ReadCounter } from './support/counting';
import { withClosedFolder, withFolder } from './support/folders';
import { Random } from './support/random';

const TEXT = 'Karim Haddad a reçu à Alger le ministre Youri Valyaev de Gazprom.';

function span(text: string, type: string, within = TEXT): LabeledSpan {
	const start = within.indexOf(text);
	assert.ok(start >= 0, text);
	return { start, end: start + text.length, type, text };
}

describe('agreement between two sets of annotations', () => {
	it('counts spans both hold, spans one side holds, and same-type overlaps, per type', () => {
		const a = [span('Karim Haddad', 'PER'), span('Alger', 'LOC'), span('Youri Valyaev', 'PER'), span('Gazprom', 'ORG')];
		const b = [span('Karim Haddad', 'PER'), span('Alger', 'ORG'), span('Valyaev', 'PER'), span('Gazprom', 'ORG')];
		const result = compareAnnotations(TEXT, a, b);
		assert.deepEqual(result.byType.get('PER'), { both: 1, onlyA: 1, onlyB: 1, overlapA: 2, overlapB: 2 });
		assert.deepEqual(result.byType.get('LOC'), { both: 0, onlyA: 1, onlyB: 0, overlapA: 0, overlapB: 0 });
		assert.deepEqual(result.byType.get('ORG'), { both: 1, onlyA: 0, onlyB: 1, overlapA: 1, overlapB: 1 });
		const per = scores(result.byType.get('PER')!);
		assert.equal(per.strict.f1, 0.5, 'pairwise F1: one of two on each side');
		assert.equal(per.overlap.f1, 1, 'the shorter «Valyaev» overlaps the full name');
		// one line per place: the span typed differently is one disagreement, the cut name two
		assert.deepEqual(
			result.disagreements.map((place) => [place.text, place.typeA ?? '-', place.typeB ?? '-']),
			[['Alger', 'LOC', 'ORG'], ['Youri Valyaev', 'PER', '-'], ['Valyaev', '-', 'PER']],
		);
	});

	it('gives no score where neither side holds anything, and F1 0 where nothing matches', () => {
		assert.deepEqual(scores({ both: 0, onlyA: 0, onlyB: 0, overlapA: 0, overlapB: 0 }).strict, { precision: undefined, recall: undefined, f1: undefined });
		assert.equal(scores({ both: 0, onlyA: 2, onlyB: 3, overlapA: 0, overlapB: 0 }).strict.f1, 0);
		assert.equal(scores({ both: 0, onlyA: 2, onlyB: 0, overlapA: 0, overlapB: 0 }).strict.f1, 0, 'one side holds names the other does not');
	});

	it('computes Cohen\'s kappa over tokens as the textbook does', () => {
		// 50 tokens: 20 PER/PER, 5 PER/O, 10 O/PER, 15 O/O → po = 0.7, pe = 0.5·0.6 + 0.5·0.4 = 0.5
		const pairs = new Map([['PER\tPER', 20], ['PER\tO', 5], ['O\tPER', 10], ['O\tO', 15]]);
		assert.ok(Math.abs(cohensKappa(pairs)! - 0.4) < 1e-12);
		assert.equal(cohensKappa(new Map()), undefined);
		assert.equal(cohensKappa(new Map([['O\tO', 7]])), 1, 'all alike with one label: full agreement');
		const labelled = compareAnnotations(TEXT, [span('Alger', 'LOC')], [span('Alger', 'LOC')]);
		assert.equal(labelled.tokenPairs.get('LOC\tLOC'), 1);
		assert.equal(cohensKappa(labelled.tokenPairs), 1);
	});

	it('counts same-type overlaps as a scan of every pair would, with reads growing linearly (60,000 names a side took minutes)', () => {
		const random = new Random(37);
		const text = 'x'.repeat(400);
		const spansOf = (count: number, size: number) =>
			Array.from({ length: count }, () => {
				const start = random.int(0, size - 2);
				return { start, end: random.int(start + 1, Math.min(size, start + 12)), type: ['PER', 'LOC', 'ORG'][random.int(0, 2)], text: '' };
			});
		for (let round = 0; round < 50; round++) {
			const a = spansOf(random.int(0, 30), text.length);
			const b = spansOf(random.int(0, 30), text.length);
			const byScan = (side: LabeledSpan[], other: LabeledSpan[], type: string) => side.filter((s) => s.type === type && other.some((o) => o.type === s.type && o.start < s.end && s.start < o.end)).length;
			const result = compareAnnotations(text, a, b);
			for (const [type, counts] of result.byType) {
				assert.equal(counts.overlapA, byScan(a, b, type), `round ${round} ${type} A`);
				assert.equal(counts.overlapB, byScan(b, a, type), `round ${round} ${type} B`);
			}
		}
		const counter = new ReadCounter();
		const readsFor = (count: number) => {
			const long = 'y'.repeat(count * 10);
			const a = counter.watch(spansOf(count, long.length), isIndex);
			const b = counter.watch(spansOf(count, long.length), isIndex);
			return counter.during(() => compareAnnotations(long, a, b));
		};
		const small = readsFor(500);
		const large = readsFor(4000);
		assert.ok(large < small * 8 * 3, `reads: ${small} for 500 spans a side, ${large} for 4,000`);
	});

	it('labels a token an Arabic entity covers only in part (after a proclitic) with its type', () => {
		const text = 'وصل الوفد والجزائر ترحب';
		const name = { start: text.indexOf('الجزائر'), end: text.indexOf('الجزائر') + 'الجزائر'.length, type: 'LOC', text: 'الجزائر' };
		const result = compareAnnotations(text, [name], []);
		assert.equal(result.tokenPairs.get('LOC\tO'), 1);
		assert.equal(result.tokens, 4);
	});
});

function sidecar(name: string, text: string, entities: ReadonlyArray<readonly [string, string, string?]>): string {
	const codePoints = Array.from(text);
	const lines = ['version: 1', `document: ${name}`, 'annotations:'];
	for (const [entity, type, status = 'accepted'] of entities) {
		const utf16 = text.indexOf(entity);
		assert.ok(utf16 >= 0, entity);
		const start = Array.from(text.slice(0, utf16)).length;
		const end = start + Array.from(entity).length;
		assert.equal(codePoints.slice(start, end).join(''), entity);
		lines.push(`  - {type: ${type}, start: ${start}, end: ${end}, text: ${JSON.stringify(entity)}, status: ${status}}`);
	}
	return lines.join('\n') + '\n';
}

function agree(args: string[]): { status: number; out: string[]; err: string[] } {
	const out: string[] = [];
	const err: string[] = [];
	const status = runAgree(args, { stdout: (line) => out.push(line), stderr: (line) => err.push(line) }, path.join(__dirname, '..', '..', 'src', 'cli'));
	return { status, out, err };
}

describe('article-annotator agree', () => {
	const ARABIC = '😀 استقبل الرئيس عبد المجيد تبون في الجزائر وزير الخارجية سيرغي لافروف.\r\n';

	it('pairs an article whose path one copy has in NFD (from macOS or an archive) with the other\'s in NFC', () => {
		withFolder('agree-', (folder) => {
			for (const [side, form] of [['a', 'NFC'], ['b', 'NFD']] as const) {
				const name = 'Élysée/à Alger.txt'.normalize(form);
				const file = path.join(folder, side, name);
				fs.mkdirSync(path.dirname(file), { recursive: true });
				fs.writeFileSync(file, TEXT);
				fs.writeFileSync(`${file}.annotations.yaml`, sidecar(path.basename(name), TEXT, [['Alger', 'LOC']]));
			}
			const run = agree([path.join(folder, 'a'), path.join(folder, 'b')]);
			assert.equal(run.status, 0, run.err.join('\n'));
			assert.deepEqual(run.err, []);
			assert.match(run.out.join('\n'), /1 article\(s\) compared/);
		});
	});

	it('pairs the articles of two folders by path, compares those both annotated, and names the others', () => {
		withFolder('agree-', (folder) => {
			const write = (side: string, relative: string, text: string, entities?: ReadonlyArray<readonly [string, string, string?]>) => {
				const file = path.join(folder, side, relative);
				fs.mkdirSync(path.dirname(file), { recursive: true });
				fs.writeFileSync(file, text);
				if (entities) fs.writeFileSync(`${file}.annotations.yaml`, sidecar(path.basename(relative), text, entities));
			};
			write('a', 'ar/1.txt', ARABIC, [['عبد المجيد تبون', 'PER'], ['الجزائر', 'LOC'], ['سيرغي لافروف', 'PER']]);
			write('b', 'ar/1.txt', ARABIC, [['عبد المجيد تبون', 'PER'], ['الجزائر', 'ORG'], ['سيرغي لافروف', 'PER', 'rejected']]);
			write('a', 'fr/2.txt', TEXT, [['Gazprom', 'ORG']]);
			write('b', 'fr/2.txt', TEXT); // not annotated in b yet
			write('a', 'fr/3.txt', TEXT, [['Alger', 'LOC']]);
			write('b', 'fr/3.txt', TEXT.replace('Alger', 'Oran'), [['Oran', 'LOC']]);
			write('a', 'fr/4.txt', `${TEXT}\n${TEXT}\n`, [['Alger', 'LOC']]);
			write('b', 'fr/4.txt', `${TEXT}\r\n${TEXT}\r\n`, [['Alger', 'LOC']]);
			const run = agree(['--list', '--json', path.join(folder, 'a'), path.join(folder, 'b')]);
			assert.equal(run.status, 0, run.err.join('\n'));
			const result = JSON.parse(run.out.join('\n'));
			assert.equal(result.compared, 1);
			assert.equal(result.skipped, 3);
			assert.ok(run.err.some((line) => line.includes(path.join('fr', '4.txt')) && line.includes('line ends only')), run.err.join('\n'));
			assert.ok(run.err.some((line) => line.includes(path.join('fr', '2.txt')) && line.includes('annotated in') && line.includes('only')), run.err.join('\n'));
			assert.ok(run.err.some((line) => line.includes(path.join('fr', '3.txt')) && line.includes('differ')), run.err.join('\n'));
			assert.deepEqual(result.types.PER, { both: 1, onlyA: 1, onlyB: 0, strict: { precision: 1, recall: 0.5, f1: 0.667 }, overlap: { precision: 1, recall: 0.5, f1: 0.667 } }, 'a rejection is not an entity');
			// disagreements in code points (the emoji is one), as the sidecar and Python count
			const codePoints = Array.from(ARABIC);
			assert.deepEqual(result.disagreements.map((place: { a: string | null; b: string | null; text: string }) => [place.a, place.b, place.text]), [['LOC', 'ORG', 'الجزائر'], ['PER', null, 'سيرغي لافروف']]);
			for (const place of result.disagreements) {
				assert.equal(codePoints.slice(place.start, place.end).join(''), place.text);
			}
		});
	});

	it('prints a table, and refuses a folder against a file, a missing side and standard input as usage errors', () => {
		withFolder('agree-', (folder) => {
			const article = path.join(folder, 'one.txt');
			fs.writeFileSync(article, TEXT);
			fs.writeFileSync(`${article}.annotations.yaml`, sidecar('one.txt', TEXT, [['Alger', 'LOC'], ['Gazprom', 'ORG']]));
			const other = path.join(folder, 'copy');
			fs.mkdirSync(other);
			fs.writeFileSync(path.join(other, 'one.txt'), TEXT);
			fs.writeFileSync(path.join(other, 'one.txt.annotations.yaml'), sidecar('one.txt', TEXT, [['Alger', 'LOC']]));
			const run = agree([article, path.join(other, 'one.txt.annotations.yaml')]);
			assert.equal(run.status, 0, run.err.join('\n'));
			assert.match(run.out.find((line) => line.startsWith('ORG')) ?? '', /^ORG\s+0\s+1\s+0\s+0\.000\s+0\.000$/);
			assert.match(run.out.find((line) => line.startsWith('all')) ?? '', /^all\s+1\s+1\s+0\s+0\.667\s+0\.667$/);
			assert.match(run.out[run.out.length - 1], /kappa over \d+ tokens: 0\.\d{3} · 1 article\(s\) compared/);
			for (const args of [[folder, article], [article], ['-', article]]) {
				assert.equal(agree(args).status, 2, args.join(' '));
			}
			const broken = path.join(folder, 'broken.txt');
			fs.writeFileSync(broken, TEXT);
			fs.writeFileSync(`${broken}.annotations.yaml`, 'version: 1\ndocument: broken.txt\nannotations: [\n');
			const failed = agree([broken, article]);
			assert.equal(failed.status, 1);
			assert.ok(failed.err.some((line) => line.includes('broken.txt.annotations.yaml')), failed.err.join('\n'));
		});
	});

	it('names a folder given that does not exist, rather than calling it a file', () => {
		withFolder('agree-', (folder) => {
			const corpus = path.join(folder, 'corpus-alice');
			fs.mkdirSync(corpus);
			fs.writeFileSync(path.join(corpus, 'one.txt'), TEXT);
			fs.writeFileSync(path.join(corpus, 'one.txt.annotations.yaml'), sidecar('one.txt', TEXT, [['Alger', 'LOC']]));
			const typo = path.join(folder, 'corpus-bbo');
			for (const args of [[corpus, typo], [typo, corpus]]) {
				const run = agree(args);
				assert.equal(run.status, 1, 'a side that cannot be read');
				assert.deepEqual(run.err, [`article-annotator agree: ${typo}: no such folder`]);
				assert.deepEqual(run.out, []);
			}
		});
	});

	it('says «permission denied» for an article in a folder that may not be entered, not «no such file»', () => {
		withFolder('agree-', (folder) => {
			const closed = path.join(folder, 'closed');
			fs.mkdirSync(closed);
			const article = path.join(closed, 'one.txt');
			fs.writeFileSync(article, TEXT);
			fs.writeFileSync(`${article}.annotations.yaml`, sidecar('one.txt', TEXT, [['Alger', 'LOC']]));
			let run = agree([]);
			withClosedFolder(closed, () => {
				run = agree([article, article]);
			});
			assert.equal(run.status, 1);
			assert.equal(run.err[0], `article-annotator agree: ${article}: permission denied`);
		});
	});

	it('compares the detector with what a person decided, leaving out suggestions nobody reviewed', () => {
		withFolder('agree-', (folder) => {
			const text = 'Le président Abdelmadjid Tebboune a reçu à Alger le ministre russe Sergueï Lavrov.\n';
			const article = path.join(folder, 'fr.txt');
			fs.writeFileSync(article, text);
			// the person accepted one name, typed the place otherwise, and never looked at the minister
			fs.writeFileSync(`${article}.annotations.yaml`, sidecar('fr.txt', text, [['Abdelmadjid Tebboune', 'PER'], ['Alger', 'ORG']]));
			const run = agree(['--detector', '--json', folder]);
			assert.equal(run.status, 0, run.err.join('\n'));
			const result = JSON.parse(run.out.join('\n'));
			assert.deepEqual(result.sides, { a: 'person', b: 'detector' });
			assert.equal(result.types.PER.both, 1);
			assert.equal(result.types.PER.onlyB, 0, 'Sergueï Lavrov was never reviewed: not counted against the detector');
			assert.equal(result.unreviewed, 1);
			assert.deepEqual([result.types.ORG.onlyA, result.types.LOC.onlyB], [1, 1], 'the place the person typed otherwise');
		});
	});
});
