/** Global twins of the keywords passed to `matchesOnLinesWith` (a keyword is usually a rule's quick test, not global). */
const globalKeywords = new WeakMap<RegExp, RegExp>();

/**
 * `text.matchAll(pattern)` restricted to the lines that hold a match of `keyword`, each match's
 * `index` (and `indices`, under the `d` flag) in `text`. Only for a pattern that no match of can
 * cross a line break and whose look-arounds read one character outside the match (a line break and
 * the edge of a line read alike to them): the matches are then the same, but a long text costs one
 * scan for the keyword instead of the pattern's attempts at every capital of every line.
 */
export function* matchesOnLinesWith(text: string, keyword: RegExp, pattern: RegExp): Generator<RegExpExecArray> {
	let find = globalKeywords.get(keyword);
	if (!find) globalKeywords.set(keyword, (find = new RegExp(keyword.source, keyword.flags.replace(/[gy]/gu, '') + 'g')));
	let from = 0;
	while (from < text.length) {
		find.lastIndex = from;
		const hit = find.exec(text);
		if (!hit) return;
		const lineStart = text.lastIndexOf('\n', hit.index - 1) + 1;
		const lineBreak = text.indexOf('\n', hit.index + Math.max(1, hit[0].length) - 1);
		const lineEnd = lineBreak < 0 ? text.length : lineBreak;
		for (const m of allMatches(text.slice(lineStart, lineEnd), pattern)) {
			m.index += lineStart;
			for (const pair of m.indices ?? []) {
				if (!pair) continue;
				pair[0] += lineStart;
				pair[1] += lineStart;
			}
			yield m;
		}
		from = lineEnd + 1;
	}
}

/** The line holding text[start, end) (the text's lines end at «\n»). */
export function lineAround(text: string, start: number, end: number): string {
	const from = text.lastIndexOf('\n', start - 1) + 1;
	const to = text.indexOf('\n', end);
	return text.slice(from, to < 0 ? text.length : to);
}

/**
 * The matches of a global `pattern` in `text` from its start, as `text.matchAll(pattern)` yields
 * them, in an array. `matchAll` clones its pattern at every call (some 0.3 µs, five times a scan
 * that finds nothing), and the rules scan every text, mostly to find nothing. The matches are all
 * taken before the caller reads one, so the caller may use the same pattern meanwhile.
 */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
	if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern}`);
	const found: RegExpExecArray[] = [];
	pattern.lastIndex = 0;
	for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
		found.push(m);
		// past an empty match by one character (a whole surrogate pair under the u flag)
		if (m[0] === '') {
			const at = pattern.lastIndex;
			const pair = pattern.unicode && (text.charCodeAt(at) & 0xfc00) === 0xd800 && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
			pattern.lastIndex = at + (pair ? 2 : 1);
		}
	}
	return found;
}
