import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeRecovery, encodeRecovery, isRecoveryFileOf, recoveryFileName, type RecoveryRecord } from '../../src/core/sidecar/recovery';

const RECORD: RecoveryRecord = {
	article: 'file:///corpus/%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1.txt',
	savedAt: '2026-12-06T03:10:00.000Z',
	reason: 'the file on disk cannot be read (conflict markers)',
	decisions: 2,
	sidecar: 'version: 1\ndocument: الجزائر.txt\nannotations:\n  - text: "😀 الجزائر"\n',
	base: undefined,
	removed: ['a1b2c3'],
};

test('a record of decisions not written reads back as it was written, Arabic and emoji included', () => {
	assert.deepEqual(decodeRecovery(encodeRecovery(RECORD)), RECORD);
	const withBase = { ...RECORD, base: 'version: 1\r\ndocument: x.txt\r\n' };
	assert.deepEqual(decodeRecovery(encodeRecovery(withBase)), withBase);
});

test('a record edited, cut short or of another format is refused with the reason', () => {
	const text = encodeRecovery(RECORD);
	const problem = (input: string) => {
		const decoded = decodeRecovery(input);
		assert.ok('problem' in decoded, `refused: ${input.slice(0, 40)}`);
		return decoded.problem;
	};
	assert.match(problem(text.slice(0, text.length / 2)), /not JSON/);
	assert.match(problem('[]'), /not a JSON object/);
	assert.match(problem('null'), /not a JSON object/);
	assert.match(problem(text.replace('"format": 1', '"format": 2')), /format 2 is not 1/);
	assert.match(problem(text.replace('"decisions": 2', '"decisions": -1')), /"decisions" is not a count/);
	assert.match(problem(text.replace('"removed": [', '"removed": [7, ')), /"removed" is not a list of ids/);
	assert.match(problem(text.replace(/"sidecar": "[^\n]*"/, '"sidecar": {}')), /"sidecar" is not a string/);
	assert.match(problem(text.replace('"base": null', '"base": 3')), /"base" is neither/);
});

test('an article\'s record files are told from other articles\' by a hash of its URI', () => {
	const name = recoveryFileName(RECORD.article, 'lq3x9-ab12cd');
	assert.match(name, /^[0-9a-f]{24}-lq3x9-ab12cd\.json$/);
	assert.ok(isRecoveryFileOf(name, RECORD.article));
	assert.ok(!isRecoveryFileOf(name, `${RECORD.article}x`));
	assert.ok(!isRecoveryFileOf(`.${name}.tmp`, RECORD.article), 'a temporary file is not a record');
});
