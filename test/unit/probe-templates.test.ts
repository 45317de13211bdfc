import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fill, readTemplates } from '../../src/tools/probe/templates';
import { Random } from '../../src/core/random';

const SHIPPED = resolve(__dirname, '..', '..', 'src', 'tools', 'probe', 'templates.tsv');

test('the probe templates shipped with the project all read, in English and French, the unread set too', () => {
	const templates = readTemplates(SHIPPED);
	assert.ok(templates.length > 100, `${templates.length} templates`);
	assert.deepEqual([...new Set(templates.map((t) => t.language))].sort(), ['en', 'fr']);
	const unread = readTemplates(SHIPPED.replace(/templates\.tsv$/u, 'templates-unread.tsv'));
	assert.equal(unread.length, 45);
	// no template of the unread set is in the other one
	const read = new Set(templates.map((t) => t.sentence));
	assert.deepEqual(unread.filter((t) => read.has(t.sentence)), []);
});

test('a template is filled with invented names, and the offsets point at the bracketed name', () => {
	const template = { language: 'en' as const, type: 'PER', sentence: 'Police arrested [{G} {X}] near {Y}.' };
	const a = fill(template, new Random(3));
	const b = fill(template, new Random(3));
	assert.deepEqual(a, b, 'the same seed fills the same names');
	assert.doesNotMatch(a.text, /[[\]{}]/u);
	const name = a.text.slice(a.start, a.end);
	assert.match(name, /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u);
	assert.equal(a.text, `Police arrested ${name} near ${a.text.slice(a.end + ' near '.length, -1)}.`);
});

test('a template line without a bracketed name, with an unknown type or language, is refused with the line named', () => {
	const dir = mkdtempSync(join(tmpdir(), 'probe-templates-'));
	try {
		for (const line of ['en\tPER\t{X} said nothing.', 'en\tPERSON\t[{X}] said nothing.', 'de\tPER\t[{X}] sagte nichts.', 'en\tPER\t[{X}] met [{Y}].']) {
			const file = join(dir, 'templates.tsv');
			writeFileSync(file, `# a comment\n${line}\n`);
			assert.throws(() => readTemplates(file), (error: Error) => error.message.includes(line));
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
