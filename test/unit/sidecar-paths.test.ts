import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { articleNameForSidecar, isSidecarName, isSidecarTempName, sidecarNameFor, sidecarTempNameFor } from '../../src/core/sidecar/paths';

describe('sidecar paths', () => {
	it('names the sidecar after the article, by the contract, and back', () => {
		assert.equal(sidecarNameFor('000_3a5dee232e863614.txt'), '000_3a5dee232e863614.txt.annotations.yaml');
		assert.equal(articleNameForSidecar('000_3a5dee232e863614.txt.annotations.yaml'), '000_3a5dee232e863614.txt');
		assert.equal(articleNameForSidecar('مقال.txt.annotations.yaml'), 'مقال.txt');
		assert.equal(articleNameForSidecar(sidecarNameFor('a.annotations.yaml')), 'a.annotations.yaml');
	});

	it('refuses names that are not sidecars or that carry folders', () => {
		assert.equal(articleNameForSidecar('.annotations.yaml'), undefined);
		assert.equal(articleNameForSidecar('a.txt'), undefined);
		assert.equal(articleNameForSidecar('../x.annotations.yaml'), undefined);
		assert.equal(isSidecarName('dir\\a.txt.annotations.yaml'), false);
		assert.throws(() => sidecarNameFor('../etc/passwd'));
		assert.throws(() => sidecarNameFor(''));
	});

	it('makes temporary names in the same folder that .gitignore ignores and that are never read as sidecars', () => {
		const temp = sidecarTempNameFor('a.txt.annotations.yaml', '123-ab');
		assert.equal(temp, 'a.txt.annotations.yaml.tmp-123-ab');
		assert.equal(isSidecarTempName(temp), true);
		assert.equal(isSidecarName(temp), false);
		assert.throws(() => sidecarTempNameFor('a.txt.annotations.yaml', '../x'));
	});
});
