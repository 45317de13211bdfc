/**
 * The battery of hostile and broken sidecars and articles from issue 3, as files to write into a
 * folder: used by the command-line tests here, and meant for the extension's tests too (open each
 * one, expect its message, no crash, and the files byte-for-byte unchanged).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { unbindAnnotations } from '../../../src/core/sidecar/bind';
import { serializeSidecar } from '../../../src/core/sidecar/codec';
import { FRENCH_ARTICLE, FRENCH_ENTITIES, occurrences } from './texts';

export const ARTICLE = FRENCH_ARTICLE + '\n';
const ALGER = ARTICLE.indexOf('Alger');

export interface HostileCase {
	/** Sidecar file name (the article is the name without `.annotations.yaml`). */
	readonly name: string;
	readonly sidecar: string | Uint8Array;
	/** Article bytes: null for no article beside the sidecar, absent for ARTICLE. */
	readonly article?: string | Uint8Array | null;
	/** A line of the output must name the file and match this. */
	readonly expect: RegExp;
	readonly valid?: boolean;
}

function item(start: number, end: number, text: string, type = 'LOC', status = 'accepted'): string {
	return `  - type: ${type}\n    start: ${start}\n    end: ${end}\n    text: ${JSON.stringify(text)}\n    status: ${status}\n`;
}

function sidecarText(document: string, items: string): string {
	return `version: 1\ndocument: ${JSON.stringify(document)}\nannotations:${items === '' ? ' []\n' : `\n${items}`}`;
}

function billionLaughs(document: string): string {
	let text = `version: 1\ndocument: ${document}\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n`;
	const names = 'abcdefghi';
	for (let i = 1; i < names.length; i++) {
		text += `${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(',')}]\n`;
	}
	return `${text}annotations: []\n`;
}

/** Every case; `expect` is what the command line prints for it (after `<file>:`). */
export function hostileCases(): HostileCase[] {
	const valid = (name: string) => `${name}.txt`;
	const good = item(ALGER, ALGER + 5, 'Alger');
	const honestArticle = (FRENCH_ARTICLE + '\n').repeat(6_000);
	const honestAnnotations = occurrences(honestArticle, FRENCH_ENTITIES)
		.slice(0, 10_000)
		.map((found, index) => ({ id: `h${index}`, type: found.type, start: found.start, end: found.end, text: found.text, status: 'accepted' as const }));
	const honest = serializeSidecar(unbindAnnotations({ annotations: honestAnnotations, orphans: [], articleText: honestArticle, documentName: 'honest.txt' }));
	return [
		{ name: 'valid.txt.annotations.yaml', sidecar: sidecarText(valid('valid'), good), expect: /: ok$/, valid: true },
		{ name: 'honest.txt.annotations.yaml', sidecar: honest, article: honestArticle, expect: /: ok$/, valid: true },
		{ name: 'bom.txt.annotations.yaml', sidecar: new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sidecarText('bom.txt', good))]), expect: /warning: the sidecar starts with a byte order mark/, valid: true },
		{ name: 'crlf.txt.annotations.yaml', sidecar: sidecarText('crlf.txt', good).replace(/\n/g, '\r\n'), expect: /: ok$/, valid: true },
		{ name: 'bomart.txt.annotations.yaml', sidecar: sidecarText('bomart.txt', good), article: new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(ARTICLE)]), expect: /warning: article "bomart.txt": a UTF-8 byte order mark was removed/, valid: true },
		{ name: 'bomb.txt.annotations.yaml', sidecar: billionLaughs('bomb.txt'), expect: /:3: YAML anchor \(&\) found: sidecars may not use anchors or aliases/ },
		{ name: 'deep.txt.annotations.yaml', sidecar: `version: 1\ndocument: deep.txt\nannotations: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, expect: /:3: nesting deeper than 32 levels/ },
		{ name: 'deep2.txt.annotations.yaml', sidecar: `version: 1\ndocument: deep2.txt\nannotations: ${'['.repeat(1_000)}${']'.repeat(1_000)}\n`, expect: /nesting deeper than 32 levels/ },
		{ name: 'deepblock.txt.annotations.yaml', sidecar: `version: 1\ndocument: deepblock.txt\nannotations:\n${'- '.repeat(5_000)}x\n`, expect: /nesting deeper than 32 levels/ },
		{ name: 'nul.txt.annotations.yaml', sidecar: new Uint8Array(4096), expect: /binary data \(NUL byte at offset 0\)/ },
		{ name: 'badutf8.txt.annotations.yaml', sidecar: new Uint8Array([...new TextEncoder().encode('version: 1\nnote: '), 0xff, 0xfe, 0x0a]), expect: /not valid UTF-8 \(first bad byte at offset 17\)/ },
		{ name: 'conflict.txt.annotations.yaml', sidecar: `version: 1\ndocument: conflict.txt\nannotations:\n<<<<<<< HEAD\n${good}=======\n${item(0, 4, 'Alge')}>>>>>>> other\n`, expect: /:4: git conflict marker "<<<<<<<": the sidecar is in the middle of a merge/ },
		{ name: 'proto.txt.annotations.yaml', sidecar: sidecarText('proto.txt', `${good}    __proto__: {polluted: true}\n`), expect: /key "__proto__" is not allowed in a sidecar/ },
		{ name: 'ctor.txt.annotations.yaml', sidecar: `${sidecarText('ctor.txt', good)}constructor: {prototype: 1}\n`, expect: /key "constructor" is not allowed/ },
		{ name: 'proto3.txt.annotations.yaml', sidecar: `${sidecarText('proto3.txt', good)}meta: {"prototype": 1}\n`, expect: /key "prototype" is not allowed/ },
		{ name: 'v99.txt.annotations.yaml', sidecar: 'version: 99\ndocument: v99.txt\nannotations: []\n', expect: /:1: sidecar format version 99 is newer than this Article Annotator supports \(1\); upgrade/ },
		{ name: 'empty.txt.annotations.yaml', sidecar: '', expect: /the sidecar is empty/ },
		{ name: 'garbage.txt.annotations.yaml', sidecar: 'version: 1\n  document: [x\n: : :\n', expect: /not valid YAML: / },
		{ name: 'list.txt.annotations.yaml', sidecar: '- a\n- b\n', expect: /must be a YAML mapping/ },
		{ name: 'twodocs.txt.annotations.yaml', sidecar: `${sidecarText('twodocs.txt', good)}---\nversion: 2\n`, expect: /more than one YAML document/ },
		{ name: 'tag.txt.annotations.yaml', sidecar: 'version: 1\ndocument: tag.txt\nannotations: !!binary aGk=\n', expect: /YAML tag .* is not allowed/ },
		{ name: 'big.txt.annotations.yaml', sidecar: `version: 1\ndocument: big.txt\nannotations: []\nnote: "${'x'.repeat(60 * 1024 * 1024)}"\n`, expect: /sidecar is 60\.0 MB, over the 20 MB limit; not read/ },
		{ name: 'outside.txt.annotations.yaml', sidecar: sidecarText('outside.txt', item(ALGER, ARTICLE.length + 10, 'Alger')), expect: /:4: annotations\[0\]: offsets \[\d+, \d+\) are outside the article \(\d+ code points\)/ },
		{ name: 'backwards.txt.annotations.yaml', sidecar: sidecarText('backwards.txt', item(ALGER + 5, ALGER, 'Alger')), expect: /annotations\[0\]: end \d+ is before start \d+/ },
		{ name: 'mismatch.txt.annotations.yaml', sidecar: sidecarText('mismatch.txt', item(ALGER, ALGER + 5, 'Oran')), expect: /annotations\[0\]: text "Oran" does not match the article at \[\d+, \d+\), which reads "Alger"/ },
		{ name: 'label.txt.annotations.yaml', sidecar: sidecarText('label.txt', item(ALGER, ALGER + 5, 'Alger', 'CITY')), expect: /annotations\[0\]: type "CITY" is not in the label set/ },
		{ name: 'dup.txt.annotations.yaml', sidecar: sidecarText('dup.txt', good + good), expect: /:9: annotations\[1\]: duplicate of annotations\[0\], line 4/ },
		{
			name: 'dupid.txt.annotations.yaml',
			sidecar: sidecarText('dupid.txt', `${item(ALGER, ALGER + 5, 'Alger')}    id: abc\n${item(ALGER + 1, ALGER + 5, 'lger')}    id: abc\n`),
			expect: /:10: warning: annotations\[1\]: id "abc" is also the id of annotations\[0\], line 4; the editor gives this one a new id/,
			valid: true,
		},
		{
			name: 'dupidorphan.txt.annotations.yaml',
			sidecar: `${sidecarText('dupidorphan.txt', `${item(ALGER, ALGER + 5, 'Alger')}    id: a1\n`)}orphaned:\n${item(0, 3, 'gone')}    reason: deleted\n    id: a1\n`,
			expect: /:11: warning: orphaned\[0\]: id "a1" is also the id of annotations\[0\], line 4; the editor gives this one a new id/,
			valid: true,
		},
		{ name: 'status.txt.annotations.yaml', sidecar: sidecarText('status.txt', item(ALGER, ALGER + 5, 'Alger', 'LOC', 'pending')), expect: /"status" must be accepted or rejected, got "pending"/ },
		{ name: 'number.txt.annotations.yaml', sidecar: 'version: 1\ndocument: number.txt\nannotations:\n  - type: DATE\n    start: 0\n    end: 4\n    text: 2025\n    status: accepted\n', expect: /"text" must be a string, got 2025 \(quote it/ },
		{ name: 'noarticle.txt.annotations.yaml', sidecar: sidecarText('noarticle.txt', good), article: null, expect: /article "noarticle.txt" not found beside the sidecar/ },
		{ name: 'binart.txt.annotations.yaml', sidecar: sidecarText('binart.txt', good), article: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), expect: /article "binart.txt": binary data \(NUL byte at offset 4\)/ },
		{ name: 'badart.txt.annotations.yaml', sidecar: sidecarText('badart.txt', good), article: new Uint8Array([0x41, 0xc3, 0x28]), expect: /article "badart.txt": not valid UTF-8 \(first bad byte at offset 1\)/ },
		{ name: 'emptyart.txt.annotations.yaml', sidecar: sidecarText('emptyart.txt', good), article: '', expect: /outside the article \(0 code points\)/ },
		{ name: 'wrongdoc.txt.annotations.yaml', sidecar: sidecarText('other.txt', good), expect: /"document:" is "other.txt" but this sidecar belongs to "wrongdoc.txt"/ },
		{ name: 'notes.txt', sidecar: 'version: 1\n', expect: /not a sidecar file name/ },
	];
}

/**
 * Writes every case (sidecar, and article unless the case has none) into `directory`, plus a
 * folder named like a sidecar and a symbolic link to /dev/zero named like one.
 */
export function writeHostileCases(directory: string): HostileCase[] {
	const all = hostileCases();
	for (const entry of all) {
		fs.writeFileSync(path.join(directory, entry.name), entry.sidecar);
		const articleName = entry.name.replace(/\.annotations\.yaml$/, '');
		if (entry.article !== null && articleName !== entry.name) {
			fs.writeFileSync(path.join(directory, articleName), entry.article ?? ARTICLE);
		}
	}
	fs.mkdirSync(path.join(directory, 'folder.txt.annotations.yaml'));
	fs.symlinkSync('/dev/zero', path.join(directory, 'zero.txt.annotations.yaml'));
	return all;
}
