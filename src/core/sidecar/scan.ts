/**
 * A linear pre-scan of sidecar text, run before any YAML parser sees it. It refuses what no
 * sidecar needs and what hurts parsers:
 * - git conflict markers (the file is mid-merge: show it read-only, never "fix" it by saving);
 * - anchors and aliases (`&a` / `*a`: the "billion laughs" expansion bomb);
 * - `%` directives (`%YAML 1.1` would switch `no` to false and `010` to 8);
 * - nesting deeper than the cap: `yaml` 2.9 overflows its stack on ~1000 levels and, on a second
 *   such parse in the same process, aborts Node with an uncatchable out-of-memory error, which in
 *   VS Code would take the whole extension host down.
 * It also notes comments after the header, which a save will not keep.
 *
 * The scan follows YAML just enough to know where a node starts (line start, after `- `, `? `,
 * `: `, `[`, `{`, `,`) and to skip quoted strings, comments and block scalars; `&` or `*` inside a
 * plain string (`AT&T`) is text, not an anchor. Every character is looked at a bounded number of
 * times.
 */

import type { SidecarProblem } from './model';

export interface ScanLimits {
	/** Deepest nesting of mappings, lists and flow collections accepted. */
	readonly maxDepth: number;
}

/** No configuration may raise the depth above this: beyond it the `yaml` library itself is unsafe. */
export const HARD_MAX_DEPTH = 128;

const enum Mode {
	Normal,
	DoubleQuoted,
	SingleQuoted,
}

interface LineState {
	mode: Mode;
	/** Open `[` / `{` not yet closed. */
	flowDepth: number;
	/** Indentation of each open block level, increasing. */
	indents: number[];
	/** While skipping a block scalar: lines indented more than this belong to it; -1 when not. */
	blockScalarParentIndent: number;
	sawContent: boolean;
	commentNoted: boolean;
	maxDepthSeen: number;
	/** Roughly how many YAML nodes the text holds (content lines, flow entries). */
	nodes: number;
}

export interface PrescanResult {
	/** Problems found before parsing; the text may be parsed only when none is an error. */
	readonly problems: SidecarProblem[];
	/**
	 * About how many YAML nodes a parser would build: what the `yaml` library's time grows with
	 * (some 10-50 µs each), so hand-edited files can be capped by it.
	 */
	readonly nodeEstimate: number;
}

/** Problems found before parsing, and the size of what a parser would build. */
export function prescanSidecar(text: string, limits: ScanLimits): PrescanResult {
	const maxDepth = Math.min(limits.maxDepth, HARD_MAX_DEPTH);
	const problems: SidecarProblem[] = [];
	const state: LineState = {
		mode: Mode.Normal,
		flowDepth: 0,
		indents: [],
		blockScalarParentIndent: -1,
		sawContent: false,
		commentNoted: false,
		maxDepthSeen: 0,
		nodes: 0,
	};
	let lineStart = 0;
	let lineNumber = 0;
	while (lineStart <= text.length) {
		lineNumber++;
		let lineEnd = text.indexOf('\n', lineStart);
		if (lineEnd < 0) {
			lineEnd = text.length;
		}
		const contentEnd = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 0x0d ? lineEnd - 1 : lineEnd;
		const problem = scanLine(text, lineStart, contentEnd, lineNumber, state, maxDepth);
		if (problem !== undefined) {
			if (problem.severity === 'error') {
				return { problems: [problem], nodeEstimate: state.nodes };
			}
			problems.push(problem);
		}
		lineStart = lineEnd + 1;
	}
	return { problems, nodeEstimate: state.nodes };
}

function scanLine(text: string, start: number, end: number, line: number, state: LineState, maxDepth: number): SidecarProblem | undefined {
	const marker = conflictMarkerAt(text, start, end);
	if (marker !== undefined) {
		return {
			severity: 'error',
			code: 'conflict-markers',
			line,
			message: `git conflict marker "${marker}": the sidecar is in the middle of a merge; resolve the conflict first (the file is left untouched)`,
		};
	}
	let i = start;
	if (state.mode === Mode.Normal && state.flowDepth === 0) {
		while (i < end && text.charCodeAt(i) === 0x20) {
			i++;
		}
		if (i === end) {
			return undefined; // blank line
		}
		const indent = i - start;
		if (state.blockScalarParentIndent >= 0) {
			if (indent > state.blockScalarParentIndent) {
				return undefined; // literal text of a `|` or `>` scalar
			}
			state.blockScalarParentIndent = -1;
		}
		const first = text.charCodeAt(i);
		if (first === 0x23) {
			return noteComment(state, line);
		}
		if (indent === 0 && first === 0x25) {
			return { severity: 'error', code: 'directive', line, message: 'YAML directives (lines starting with %) are not allowed in a sidecar' };
		}
		state.sawContent = true;
		state.nodes++;
		while (state.indents.length > 0 && state.indents[state.indents.length - 1] > indent) {
			state.indents.pop();
		}
		if (state.indents.length === 0 || state.indents[state.indents.length - 1] < indent) {
			state.indents.push(indent);
		}
	}
	return scanContent(text, start, i, end, line, state, maxDepth);
}

/** The characters of one line after its indentation (or all of it inside a quoted string or flow collection). */
function scanContent(
	text: string,
	lineStart: number,
	from: number,
	end: number,
	line: number,
	state: LineState,
	maxDepth: number,
): SidecarProblem | undefined {
	let expectNode = state.mode === Mode.Normal;
	// Column where this line's innermost block node starts (after `- ` / `? ` indicators); the text
	// of a `|` or `>` scalar on this line must be indented more than that.
	let nodeColumn = from - lineStart;
	let nodeColumnPending = false;
	let compactLevels = 0;
	let previous = 0x20;
	for (let i = from; i < end; i++) {
		const unit = text.charCodeAt(i);
		if (state.mode === Mode.DoubleQuoted) {
			if (unit === 0x5c) {
				i++; // the escaped character cannot close the string
			} else if (unit === 0x22) {
				state.mode = Mode.Normal;
			}
			previous = unit;
			continue;
		}
		if (state.mode === Mode.SingleQuoted) {
			if (unit === 0x27) {
				if (text.charCodeAt(i + 1) === 0x27) {
					i++; // '' is a quote inside the string
				} else {
					state.mode = Mode.Normal;
				}
			}
			previous = unit;
			continue;
		}
		if (unit === 0x23 && (previous === 0x20 || previous === 0x09 || i === from)) {
			return noteComment(state, line);
		}
		if (unit === 0x20 || unit === 0x09) {
			previous = unit;
			continue;
		}
		if (nodeColumnPending) {
			nodeColumn = i - lineStart;
			nodeColumnPending = false;
		}
		const next = i + 1 < end ? text.charCodeAt(i + 1) : 0x20;
		const followedBySpace = next === 0x20 || next === 0x09;
		if (expectNode) {
			if (unit === 0x26 || unit === 0x2a) {
				return {
					severity: 'error',
					code: 'alias',
					line,
					message: `YAML ${unit === 0x26 ? 'anchor (&)' : 'alias (*)'} found: sidecars may not use anchors or aliases (they allow expansion bombs)`,
				};
			}
			if ((unit === 0x2d || unit === 0x3f) && followedBySpace && state.flowDepth === 0) {
				compactLevels++; // `- ` or `? `: a nested block node starts on this same line
				nodeColumnPending = true;
				previous = unit;
				continue;
			}
			if (unit === 0x22 || unit === 0x27) {
				state.mode = unit === 0x22 ? Mode.DoubleQuoted : Mode.SingleQuoted;
				expectNode = false;
				previous = unit;
				continue;
			}
			if ((unit === 0x7c || unit === 0x3e) && state.flowDepth === 0) {
				state.blockScalarParentIndent = nodeColumn;
				return undefined; // the rest of the line is the block scalar header
			}
		}
		if (unit === 0x5b || unit === 0x7b) {
			if (expectNode || state.flowDepth > 0) {
				state.flowDepth++;
				state.nodes++;
				const depth = state.indents.length + compactLevels + state.flowDepth;
				if (depth > maxDepth) {
					return tooDeep(line, maxDepth);
				}
				expectNode = true;
				previous = unit;
				continue;
			}
		} else if ((unit === 0x5d || unit === 0x7d) && state.flowDepth > 0) {
			state.flowDepth--;
		} else if (unit === 0x2c && state.flowDepth > 0) {
			state.nodes++;
			expectNode = true;
			previous = unit;
			continue;
		} else if (unit === 0x3a && (followedBySpace || (state.flowDepth > 0 && (next === 0x2c || next === 0x5d || next === 0x7d)))) {
			expectNode = true;
			previous = unit;
			continue;
		}
		expectNode = false;
		previous = unit;
	}
	const depth = state.indents.length + compactLevels + state.flowDepth;
	state.maxDepthSeen = Math.max(state.maxDepthSeen, depth);
	return depth > maxDepth ? tooDeep(line, maxDepth) : undefined;
}

function tooDeep(line: number, maxDepth: number): SidecarProblem {
	return { severity: 'error', code: 'too-deep', line, message: `nesting deeper than ${maxDepth} levels; a sidecar needs 3 or 4` };
}

/** The first comment after the header gets a warning: saving rewrites the file and drops it. */
function noteComment(state: LineState, line: number): SidecarProblem | undefined {
	if (!state.sawContent || state.commentNoted) {
		return undefined;
	}
	state.commentNoted = true;
	return commentsDroppedProblem(line);
}

/** The warning for comments after the header (the fast reader gives the same one). */
export function commentsDroppedProblem(line: number): SidecarProblem {
	return {
		severity: 'warning',
		code: 'comments-dropped',
		line,
		message: 'comments after the header are not kept when Article Annotator saves this sidecar',
	};
}

/** `<<<<<<<`, `=======`, `>>>>>>>` or `|||||||` at the start of a line, as git writes them. */
function conflictMarkerAt(text: string, start: number, end: number): string | undefined {
	if (end - start < 7) {
		return undefined;
	}
	const first = text.charCodeAt(start);
	if (first !== 0x3c && first !== 0x3d && first !== 0x3e && first !== 0x7c) {
		return undefined;
	}
	for (let i = start + 1; i < start + 7; i++) {
		if (text.charCodeAt(i) !== first) {
			return undefined;
		}
	}
	const after = start + 7 < end ? text.charCodeAt(start + 7) : 0x20;
	if (first === 0x3d) {
		// `=======` stands alone on its line.
		for (let i = start + 7; i < end; i++) {
			const unit = text.charCodeAt(i);
			if (unit !== 0x20 && unit !== 0x09) {
				return undefined;
			}
		}
		return '=======';
	}
	return after === 0x20 || after === 0x09 ? text.slice(start, start + 7) : undefined;
}
