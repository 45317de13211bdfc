import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeLineStarts, lineOf } from '../../src/extension/summary';

describe('line numbers of an article that is not open (Documents tree)', () => {
	it('break lines where VS Code does: at CRLF, LF and a lone CR', () => {
		const text = 'Oran\rAlger\r\nTlemcen\nBéjaïa';
		const starts = computeLineStarts(text);
		assert.deepEqual(starts, [0, 5, 12, 20]);
		const at = text.indexOf('Béjaïa');
		const line = lineOf(starts, at);
		assert.deepEqual([line + 1, at - starts[line] + 1], [4, 1], 'the line and column VS Code shows once the article is open');
	});

	it('keep a CRLF as one line end, and a text without line ends as one line', () => {
		assert.deepEqual(computeLineStarts('a\r\n\r\nb'), [0, 3, 5]);
		assert.deepEqual(computeLineStarts('sans fin de ligne'), [0]);
		assert.deepEqual(computeLineStarts('fin\r'), [0, 4]);
	});
});
