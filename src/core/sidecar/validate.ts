/**
 * Strict validation of one sidecar against its article and the contract, for the command line
 * (and for anyone who wants a yes/no answer). Unlike `bindSidecar`, nothing is re-anchored: an
 * annotation whose text is not at its offsets is an error, reported as such.
 *
 * Pure: the caller reads the files and passes their bytes (undefined for a missing article).
 */

import { OffsetConverter } from '../unicode';
import { DEFAULT_ARTICLE_LIMITS, decodeTextFile, type TextFileLimits } from '../textfile';
import { readSidecarBytes, type ItemLines, type SidecarLimits } from './codec';
import { documentHashOf } from './hash';
import { quoteForMessage, type ProblemCode, type SidecarProblem, type StoredAnnotation, type StoredOrphan } from './model';
import { articleNameForSidecar, namesArticle } from './paths';

export interface ValidateInput {
	/** Path or name of the sidecar; only its base name is used (to know the article's name). */
	readonly sidecarPath: string;
	readonly sidecarBytes: Uint8Array;
	/** The article's bytes, or undefined when there is no article beside the sidecar. */
	readonly articleBytes: Uint8Array | undefined;
	/** Label names allowed as `type`. */
	readonly labels: readonly string[];
	readonly limits?: Partial<SidecarLimits>;
	readonly articleLimits?: Partial<TextFileLimits>;
}

/** Problems of one sidecar; it is valid when none has severity `error`. */
export function validateSidecarFile(input: ValidateInput): SidecarProblem[] {
	const baseName = baseNameOf(input.sidecarPath);
	const articleName = articleNameForSidecar(baseName);
	if (articleName === undefined) {
		return [error('document', `not a sidecar file name: expected <article file name>.annotations.yaml`)];
	}
	const parsed = readSidecarBytes(input.sidecarBytes, input.limits);
	if (!parsed.ok) {
		return [...parsed.problems];
	}
	const problems: SidecarProblem[] = [...parsed.problems];
	const { sidecar } = parsed;
	if (!namesArticle(sidecar.document, articleName)) {
		problems.push(error('document', `"document:" is ${quoteForMessage(sidecar.document)} but this sidecar belongs to ${quoteForMessage(articleName)} (its own name)`));
	} else if (sidecar.document !== articleName) {
		problems.push({ severity: 'warning', code: 'document', message: `"document:" names ${quoteForMessage(articleName)} in another Unicode normalization than the file name (accents composed in one, decomposed in the other, as copies from macOS make them); the same article` });
	}
	let text: string | undefined;
	if (input.articleBytes === undefined) {
		problems.push(error('article-missing', `article ${quoteForMessage(articleName)} not found beside the sidecar`));
	} else {
		const decoded = decodeTextFile(input.articleBytes, { ...DEFAULT_ARTICLE_LIMITS, ...input.articleLimits });
		if (!decoded.ok) {
			problems.push(error('article-unreadable', `article ${quoteForMessage(articleName)}: ${decoded.message}`));
		} else {
			text = decoded.text;
			for (const note of decoded.notes) {
				problems.push({ severity: 'warning', code: 'article-unreadable', message: `article ${quoteForMessage(articleName)}: ${note}` });
			}
		}
	}
	checkAnnotations(sidecar.annotations, parsed.itemLines.annotations, text, input.labels, problems);
	checkIds(sidecar.annotations, sidecar.orphaned, parsed.itemLines, problems);
	if (text !== undefined && sidecar.documentHash !== undefined && sidecar.documentHash !== documentHashOf(text)) {
		problems.push({ severity: 'warning', code: 'hash-mismatch', message: 'the article changed since the sidecar was saved (documentHash differs)' });
	}
	if (sidecar.orphaned.length > 0) {
		problems.push({
			severity: 'warning',
			code: 'orphaned',
			message: `${sidecar.orphaned.length} orphaned annotation(s) wait to be re-placed or dropped`,
		});
	}
	return problems;
}

function checkAnnotations(
	items: readonly StoredAnnotation[],
	lines: ReadonlyArray<number | undefined>,
	text: string | undefined,
	labels: readonly string[],
	problems: SidecarProblem[],
): void {
	const known = new Set(labels);
	const converter = text === undefined ? undefined : new OffsetConverter(text);
	const firstAt = new Map<string, number>();
	items.forEach((item, index) => {
		const report = (code: ProblemCode, message: string) => problems.push(itemProblem(index, lines[index], code, message));
		if (!known.has(item.type)) {
			report('label', `type ${quoteForMessage(item.type)} is not in the label set (${labels.join(', ')})`);
		}
		if (item.end <= item.start) {
			report('offsets', item.end === item.start ? `empty range: start and end are both ${item.start}` : `end ${item.end} is before start ${item.start}`);
		} else if (text !== undefined && converter !== undefined) {
			if (item.end > converter.codePointLength) {
				report('offsets', `offsets [${item.start}, ${item.end}) are outside the article (${converter.codePointLength} code points)`);
			} else {
				const slice = text.slice(converter.toUtf16(item.start), converter.toUtf16(item.end));
				if (slice !== item.text) {
					report('text-mismatch', `text ${quoteForMessage(item.text, 40)} does not match the article at [${item.start}, ${item.end}), which reads ${quoteForMessage(slice, 40)}`);
				}
			}
		}
		const key = `${item.type}\u0000${item.start}\u0000${item.end}`;
		const first = firstAt.get(key);
		if (first !== undefined) {
			const firstLine = lines[first] === undefined ? '' : `, line ${lines[first]}`;
			report('duplicate', `duplicate of annotations[${first}]${firstLine} (same type, start and end)`);
		} else {
			firstAt.set(key, index);
		}
	});
}

/**
 * An id given to two items, in `annotations:` or `orphaned:` (ids are one namespace: merges and
 * the editor follow items by them). A warning, as when the editor loads the file: it keeps the
 * first and gives the other a new id, written on its next save.
 */
function checkIds(annotations: readonly StoredAnnotation[], orphaned: readonly StoredOrphan[], lines: ItemLines, problems: SidecarProblem[]): void {
	const firstAt = new Map<string, string>();
	const check = (items: readonly StoredAnnotation[], list: 'annotations' | 'orphaned') => {
		items.forEach((item, index) => {
			if (item.id === undefined || item.id.length === 0) {
				return;
			}
			const line = lines[list][index];
			const first = firstAt.get(item.id);
			if (first === undefined) {
				firstAt.set(item.id, `${list}[${index}]${line === undefined ? '' : `, line ${line}`}`);
				return;
			}
			const problem: SidecarProblem = {
				severity: 'warning',
				code: 'duplicate-id',
				message: `${list}[${index}]: id ${quoteForMessage(item.id)} is also the id of ${first}; the editor gives this one a new id`,
				index,
				list,
			};
			problems.push(line === undefined ? problem : { ...problem, line });
		});
	};
	check(annotations, 'annotations');
	check(orphaned, 'orphaned');
}

function itemProblem(index: number, line: number | undefined, code: ProblemCode, message: string): SidecarProblem {
	const problem: SidecarProblem = { severity: 'error', code, message: `annotations[${index}]: ${message}`, index, list: 'annotations' };
	return line === undefined ? problem : { ...problem, line };
}

function error(code: ProblemCode, message: string): SidecarProblem {
	return { severity: 'error', code, message };
}

function baseNameOf(path: string): string {
	const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
	return path.slice(slash + 1);
}
