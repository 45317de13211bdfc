// The sidecar of an article that is a symbolic link to a file: beside the file it leads to, for
// the command line as for the extension, with a sidecar left beside the link never lost.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createNodeExportIo, runExport, type ExportIo } from '../../src/cli/export';
import { runImport } from '../../src/cli/import';
import { sidecarHomeSync, sidecarToReadSync } from '../../src/core/sidecar/home';
import { parseSidecar } from '../../src/core/sidecar/codec';
import { withFolder } from './support/folders';

const TEXT = 'Le maire Paul Verdier a inauguré la gare de Rennes.';

function sidecarOf(document: string, name: string, type: string): string {
	const start = Array.from(TEXT.slice(0, TEXT.indexOf(name))).length;
	return `version: 1\ndocument: ${document}\nannotations:\n  - {type: ${type}, start: ${start}, end: ${start + Array.from(name).length}, text: ${name}, status: accepted, id: x1}\n`;
}

/** `folder/store/real-name.txt`, and `folder/linked.txt` a symbolic link to it. */
function linkedArticle(folder: string): { real: string; link: string } {
	fs.mkdirSync(path.join(folder, 'store'));
	const real = path.join(folder, 'store', 'real-name.txt');
	fs.writeFileSync(real, TEXT);
	const link = path.join(folder, 'linked.txt');
	fs.symlinkSync(path.join('store', 'real-name.txt'), link);
	return { real, link };
}

function exported(file: string): { status: number; names: string[]; err: string[] } {
	let out = '';
	const err: string[] = [];
	const io: ExportIo = { ...createNodeExportIo(), stdout: (chunk) => (out += chunk), stderr: (line) => err.push(line) };
	const status = runExport(['--format', 'jsonl', file], io);
	const names = out
		.trim()
		.split('\n')
		.filter(Boolean)
		.flatMap((line) => (JSON.parse(line) as { label: [number, number, string][] }).label.map(([start, end]) => TEXT.slice(start, end)));
	return { status, names, err };
}

describe('the sidecar of an article that is a symbolic link to a file', () => {
	it('is beside the file the link leads to, named for it; a plain file or a file in a linked folder keeps its own', () => {
		withFolder('sidecar-home-', (folder) => {
			const { real, link } = linkedArticle(folder);
			assert.deepEqual(sidecarHomeSync(link), { path: `${real}.annotations.yaml`, articleName: 'real-name.txt' });
			assert.deepEqual(sidecarHomeSync(real), { path: `${real}.annotations.yaml`, articleName: 'real-name.txt' });
			fs.symlinkSync('store', path.join(folder, 'linked-folder'));
			const throughFolder = path.join(folder, 'linked-folder', 'real-name.txt');
			assert.deepEqual(sidecarHomeSync(throughFolder), { path: `${throughFolder}.annotations.yaml`, articleName: 'real-name.txt' });
			// a link to nothing leads nowhere: its own
			fs.symlinkSync('gone.txt', path.join(folder, 'dangling.txt'));
			assert.equal(sidecarHomeSync(path.join(folder, 'dangling.txt')).path, path.join(folder, 'dangling.txt.annotations.yaml'));
		});
	});

	it('says a sidecar beside the link is another one, unless it is a link to the same file', () => {
		withFolder('sidecar-home-', (folder) => {
			const { real, link } = linkedArticle(folder);
			fs.symlinkSync(path.join('store', 'real-name.txt.annotations.yaml'), `${link}.annotations.yaml`);
			assert.equal(sidecarHomeSync(link).besideLink, undefined, 'a link to the same sidecar');
			fs.rmSync(`${link}.annotations.yaml`);
			fs.writeFileSync(`${link}.annotations.yaml`, sidecarOf('linked.txt', 'Rennes', 'LOC'));
			assert.equal(sidecarHomeSync(link).besideLink, `${link}.annotations.yaml`);
			// read where it is while the article has no sidecar of its own (nothing lost)
			assert.deepEqual(sidecarToReadSync(link), { path: `${link}.annotations.yaml` });
			fs.writeFileSync(`${real}.annotations.yaml`, sidecarOf('real-name.txt', 'Paul Verdier', 'PER'));
			const both = sidecarToReadSync(link);
			assert.equal(both.path, `${real}.annotations.yaml`);
			assert.match(both.warning ?? '', /linked\.txt\.annotations\.yaml: beside a symbolic link to an article.*left as it is/);
		});
	});

	it('is the one export reads, by the link or by the real path; one left beside the link is read while it has none, and told of when both are there', () => {
		withFolder('sidecar-home-', (folder) => {
			const { real, link } = linkedArticle(folder);
			fs.writeFileSync(`${link}.annotations.yaml`, sidecarOf('linked.txt', 'Rennes', 'LOC'));
			assert.deepEqual(exported(link).names, ['Rennes'], 'the one beside the link, while there is no other');
			fs.writeFileSync(`${real}.annotations.yaml`, sidecarOf('real-name.txt', 'Paul Verdier', 'PER'));
			for (const file of [link, real]) {
				const run = exported(file);
				assert.equal(run.status, 0, run.err.join('\n'));
				assert.deepEqual(run.names, ['Paul Verdier'], file);
			}
			const run = exported(link);
			assert.equal(run.err.length, 1, run.err.join('\n'));
			assert.match(run.err[0], /warning: .*linked\.txt\.annotations\.yaml: beside a symbolic link/);
			assert.doesNotMatch(run.err[0], /"document:"/, 'its document: names the file it is beside');
		});
	});

	it('is the one import writes, named for the file the link leads to', () => {
		withFolder('sidecar-home-', (folder) => {
			const { real } = linkedArticle(folder);
			const start = TEXT.indexOf('Rennes');
			fs.writeFileSync(path.join(folder, 'linked.ann'), `T1\tLOC ${start} ${start + 'Rennes'.length}\tRennes\n`);
			const err: string[] = [];
			assert.equal(runImport(['--format', 'brat', path.join(folder, 'linked.ann')], { stdout: () => undefined, stderr: (line) => err.push(line) }), 0, err.join('\n'));
			assert.ok(!fs.existsSync(path.join(folder, 'linked.txt.annotations.yaml')), 'none beside the link');
			const written = parseSidecar(fs.readFileSync(`${real}.annotations.yaml`, 'utf8'));
			assert.ok(written.ok);
			assert.equal(written.sidecar.document, 'real-name.txt');
			assert.deepEqual(written.sidecar.annotations.map((annotation) => annotation.text), ['Rennes']);
		});
	});
});
