/**
 * Reading and writing sidecar files.
 *
 * ## The format (canonical form, as `serializeSidecar` writes it)
 *
 * ```yaml
 * # Article Annotator sidecar (format 1) of the article named in `document`, in the same folder.
 * # Offsets are Unicode code points (not bytes, not UTF-16 units): start inclusive, end exclusive;
 * # `text` is exactly the article's text between them. ...
 * version: 1
 * document: "000_3a5dee232e863614.txt"
 * documentHash: "sha256:9f86d0…"        # SHA-256 of the article text (UTF-8, no BOM) the offsets were made on
 * language: fr                         # only when a person set the article's language: ar | fr | en
 * someUnknownField: kept as it was     # top-level fields this version does not know, in their order
 * annotations:
 *   - type: PER                        # a label of the label set
 *     start: 120                       # code point offset, inclusive
 *     end: 142                         # exclusive
 *     text: Mohamed Saleh Benbicha     # exactly the article's text at [start, end)
 *     status: accepted                 # accepted | rejected
 *     id: a1b2c3                       # stable across edits and saves
 *     source: user                     # user | model | date | rule | gazetteer | memory
 *     confidence: 0.93                 # 0..1, for detector suggestions
 *     author: …                        # who decided
 *     created: "2025-01-31T10:00:00Z"  # ISO 8601
 *     modified: "2025-01-31T10:05:00Z"
 *     note: …                          # free text
 *     prefix: "… up to 32 code points before"  # W3C TextQuoteSelector context, to re-anchor the
 *     suffix: "… up to 32 code points after"   # annotation when the article changed elsewhere
 *     anUnknownField: kept             # unknown fields of an item, in their order
 * orphaned:                            # only when there are some
 *   - type: LOC                        # annotations that could not be placed in the current
 *     start: 300                       # article: last known offsets (may not fit the text any
 *     end: 305                         # more), the quote, and why. Never dropped without a
 *     text: Alger                      # person's action; re-place or drop them in the editor.
 *     status: accepted
 *     reason: "text not found after the article changed"
 * ```
 *
 * Every item under `annotations:` satisfies the contract (its text is the article's slice);
 * anything that does not fit goes under `orphaned:`. Items are sorted by start, end, type, id, so
 * git diffs stay small and merges line up; each field is one line. Strings are plain when
 * unambiguous (a letter first, letters/digits/spaces and harmless punctuation after), otherwise
 * double-quoted with escapes for line breaks, tabs, controls, U+2028/2029, BOM, bidi controls
 * and lone surrogates; Arabic and other scripts stay readable UTF-8. Unknown values are written
 * on one line in flow style (`[1, "a"]`, `{"k": "v"}`). Comments other than the header are not
 * kept.
 *
 * ## Reading
 *
 * 1. Size check, then a linear pre-scan (`scan.ts`): conflict markers, anchors/aliases,
 *    directives and nesting depth are refused before any parser runs.
 * 2. The fast reader (`yamltext.ts`) reads the canonical form in one pass; if the file is not
 *    canonical (hand-edited), the `yaml` library reads it (up to 2 MB, it is slow), in YAML 1.2
 *    core schema, no merge keys, no anchors or aliases (the syntax tree is walked, aliases are
 *    never resolved), no tags beyond the core ones, string keys only; duplicate keys are found
 *    by the walker (the library's own check is quadratic).
 * 3. One converter checks the shape and builds the typed `Sidecar`; keys `__proto__`,
 *    `constructor`, `prototype` and `<<` are refused anywhere, and values land in `Map`s and
 *    typed objects only, never in objects built from the file's keys.
 *
 * `ok: false` means "show it read-only and never overwrite it": the person has to fix the file.
 */

import type { LineCounter, Node as YamlNode, Document as YamlDocument } from 'yaml';
import { decodeTextFile, formatBytes } from '../textfile';
import { SUPPORTED_LANGUAGES } from '../language';
import type { LanguageCode } from '../types';
import {
	SIDECAR_VERSION,
	hasErrors,
	quoteForMessage,
	type ExtraFields,
	type ProblemCode,
	type Sidecar,
	type SidecarProblem,
	type StoredAnnotation,
	type StoredOrphan,
	type StoredStatus,
	type YamlValue,
} from './model';
import { firstDocumentValue, withDocumentName } from './paths';
import { HARD_MAX_DEPTH, commentsDroppedProblem, prescanSidecar } from './scan';
import {
	ITEM_LIST_KEYS,
	ItemFields,
	formatInlineValue,
	formatKey,
	formatNumber,
	formatString,
	isForbiddenKey,
	readCanonical,
	type ItemList,
	type ParsedTree,
} from './yamltext';

type YamlLibrary = typeof import('yaml');
let yamlLibrary: YamlLibrary | undefined;

/**
 * The yaml library reads only hand-edited sidecars (the canonical ones have their own reader): it
 * is loaded on first use, so that activating the extension does not pay for evaluating it.
 */
function yaml(): YamlLibrary {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	yamlLibrary ??= require('yaml') as YamlLibrary;
	return yamlLibrary;
}

export interface SidecarLimits {
	/** Largest sidecar accepted, in bytes (UTF-16 units for a string). */
	readonly maxBytes: number;
	/** Deepest nesting accepted (capped at 128 whatever is configured). */
	readonly maxDepth: number;
	/** Most items accepted under `annotations:` plus `orphaned:`. */
	readonly maxAnnotations: number;
	/**
	 * Largest sidecar not in canonical form handed to the `yaml` library, which reads only about
	 * 0.5-1 MB per second (so answers stay within seconds); canonical files up to `maxBytes`, and
	 * canonical files with blank or comment lines added, are read by the fast reader.
	 */
	readonly maxYamlLibraryBytes: number;
	/**
	 * Most YAML nodes (about: content lines plus flow entries) in a sidecar handed to the `yaml`
	 * library: its time grows with them (a 2 MB flow list of 600,000 items took over 30 s).
	 */
	readonly maxYamlLibraryNodes: number;
}

export const DEFAULT_SIDECAR_LIMITS: SidecarLimits = {
	maxBytes: 20 * 1024 * 1024,
	maxDepth: 32,
	maxAnnotations: 200_000,
	maxYamlLibraryBytes: 2 * 1024 * 1024,
	maxYamlLibraryNodes: 60_000,
};

export interface ParseOptions extends Partial<SidecarLimits> {
	/** `yaml` forces the library reader (tests compare both); default tries the fast one first. */
	readonly reader?: 'auto' | 'yaml';
}

export type SidecarReader = 'canonical' | 'yaml';

export interface ParsedSidecar {
	readonly ok: true;
	readonly sidecar: Sidecar;
	/** Warnings only. */
	readonly problems: readonly SidecarProblem[];
	readonly reader: SidecarReader;
	/** 1-based line of each item, aligned with `sidecar.annotations` and `sidecar.orphaned`. */
	readonly itemLines: ItemLines;
	/** Line ends found, so a save can keep them (git on Windows may have checked out CRLF). */
	readonly lineEnds: 'lf' | 'crlf';
}

export interface UnreadableSidecar {
	readonly ok: false;
	/** At least one error. */
	readonly problems: readonly SidecarProblem[];
	/** What could be read, for showing read-only; absent when nothing sensible could be. */
	readonly partial?: Sidecar;
}

export type SidecarParseResult = ParsedSidecar | UnreadableSidecar;

export interface ItemLines {
	readonly annotations: ReadonlyArray<number | undefined>;
	readonly orphaned: ReadonlyArray<number | undefined>;
}

/** Reads a sidecar from its bytes: UTF-8 (BOM allowed, reported), then `parseSidecar`. */
export function readSidecarBytes(bytes: Uint8Array, options: ParseOptions = {}): SidecarParseResult {
	const limits = { ...DEFAULT_SIDECAR_LIMITS, ...options };
	const decoded = decodeTextFile(bytes, { maxBytes: limits.maxBytes, maxControlRatio: 0 });
	if (!decoded.ok) {
		return { ok: false, problems: [problem('error', decoded.kind, decoded.message)] };
	}
	const result = parseSidecar(decoded.text, options);
	if (!decoded.hadBom) {
		return result;
	}
	const bom = problem('warning', 'bom', 'the sidecar starts with a byte order mark; it was ignored and will not be written back');
	return { ...result, problems: [bom, ...result.problems] } as SidecarParseResult;
}

/** Reads sidecar text. Never throws: every failure is a problem. */
export function parseSidecar(text: string, options: ParseOptions = {}): SidecarParseResult {
	const limits = { ...DEFAULT_SIDECAR_LIMITS, ...options };
	try {
		return parseChecked(text, limits, options.reader ?? 'auto');
	} catch (error) {
		// Defence in depth: a bug here must not take the extension or the command line down.
		const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
		return { ok: false, problems: [problem('error', 'internal', `could not be read: ${detail}`)] };
	}
}

function parseChecked(source: string, limits: SidecarLimits, reader: 'auto' | 'yaml'): SidecarParseResult {
	if (source.length > limits.maxBytes) {
		return failed('too-large', `sidecar is over the ${formatBytes(limits.maxBytes)} limit`);
	}
	const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
	if (isBlank(text)) {
		return failed('empty', 'the sidecar is empty; expected at least "version: 1", "document:" and "annotations:"');
	}
	// Canonical files go straight to the fast reader: it accepts nothing the pre-scan would refuse
	// (no anchors, aliases, directives, comments after the header, conflict markers, or nesting
	// beyond the cap), and a clean file costs no second pass.
	let tree: ParsedTree | undefined;
	let usedReader: SidecarReader = 'canonical';
	let scanProblems: SidecarProblem[] = [];
	if (reader === 'auto') {
		tree = readCanonical(text, canonicalFlowDepth(limits));
		if (tree?.commentLine !== undefined) {
			scanProblems = [commentsDroppedProblem(tree.commentLine)];
		}
	}
	if (tree === undefined) {
		const scan = prescanSidecar(text, limits);
		scanProblems = scan.problems;
		if (hasErrors(scanProblems)) {
			return { ok: false, problems: scanProblems };
		}
		if (text.length > limits.maxYamlLibraryBytes || scan.nodeEstimate > limits.maxYamlLibraryNodes) {
			const size = text.length > limits.maxYamlLibraryBytes ? `over ${formatBytes(limits.maxYamlLibraryBytes)}` : `about ${scan.nodeEstimate} YAML nodes, over ${limits.maxYamlLibraryNodes}`;
			return failed(
				'too-large',
				`sidecar is not in the form Article Annotator writes (one "key: value" per line) and is too big to read otherwise (${size}); rewrite it in that form`,
			);
		}
		const read = readWithYamlLibrary(text, limits);
		if ('problems' in read) {
			return { ok: false, problems: [...scanProblems, ...read.problems] };
		}
		tree = read;
		usedReader = 'yaml';
	}
	const converted = convertTree(tree, limits, usedReader === 'yaml');
	const problems = [...scanProblems, ...converted.problems];
	if (converted.sidecar === undefined || hasErrors(problems)) {
		return converted.sidecar === undefined ? { ok: false, problems } : { ok: false, problems, partial: converted.sidecar };
	}
	return {
		ok: true,
		sidecar: converted.sidecar,
		problems,
		reader: usedReader,
		itemLines: converted.itemLines,
		lineEnds: text.includes('\r\n') ? 'crlf' : 'lf',
	};
}

/**
 * Flow nesting the fast reader accepts inside an unknown field: the cap minus the three block
 * levels around it (top mapping, list, item), so the pre-scan would have accepted the file too.
 */
function canonicalFlowDepth(limits: SidecarLimits): number {
	return Math.max(0, Math.min(limits.maxDepth, HARD_MAX_DEPTH) - 3);
}

function isBlank(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		if (unit !== 0x20 && unit !== 0x0a && unit !== 0x0d && unit !== 0x09) {
			return false;
		}
	}
	return true;
}

function problem(severity: SidecarProblem['severity'], code: ProblemCode, message: string, line?: number): SidecarProblem {
	return line === undefined ? { severity, code, message } : { severity, code, message, line };
}

function failed(code: ProblemCode, message: string, line?: number): UnreadableSidecar {
	return { ok: false, problems: [problem('error', code, message, line)] };
}

// ---------------------------------------------------------------------------------------------
// The `yaml` library reader (for hand-edited files)

/** Thrown while walking the YAML syntax tree: the first refusal ends the walk. */
class Refusal extends Error {
	constructor(readonly problem: SidecarProblem) {
		super(problem.message);
	}
}

const CORE_TAGS = new Set([
	'tag:yaml.org,2002:str',
	'tag:yaml.org,2002:int',
	'tag:yaml.org,2002:float',
	'tag:yaml.org,2002:bool',
	'tag:yaml.org,2002:null',
	'tag:yaml.org,2002:map',
	'tag:yaml.org,2002:seq',
]);

function readWithYamlLibrary(text: string, limits: SidecarLimits): ParsedTree | { problems: SidecarProblem[] } {
	const lineCounter = new (yaml().LineCounter)();
	let documents: YamlDocument.Parsed[];
	try {
		const parsed = yaml().parseAllDocuments(text, {
			version: '1.2',
			schema: 'core',
			merge: false,
			// The library's own duplicate check is quadratic in the keys of one mapping (40,000 keys,
			// 390 KB, took 25 s); the walker below checks with a Map instead.
			uniqueKeys: false,
			stringKeys: true,
			resolveKnownTags: false,
			// Integers as bigints, so one beyond 2^53 keeps every digit (see `scalar`).
			intAsBigInt: true,
			strict: true,
			prettyErrors: false,
			logLevel: 'silent',
			lineCounter,
		});
		documents = Array.isArray(parsed) ? parsed : [];
	} catch (error) {
		const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
		return { problems: [problem('error', 'yaml-syntax', `not valid YAML: ${detail}`)] };
	}
	if (documents.length === 0) {
		return { problems: [problem('error', 'empty', 'the sidecar holds no YAML document (only comments?)')] };
	}
	if (documents.length > 1) {
		return { problems: [problem('error', 'multiple-documents', 'more than one YAML document (a "---" line); a sidecar holds exactly one')] };
	}
	const document = documents[0];
	if (document.errors.length > 0) {
		const error = document.errors[0];
		const line = lineCounter.linePos(error.pos[0]).line;
		return { problems: [problem('error', 'yaml-syntax', `not valid YAML: ${error.message.split('\n')[0]}`, line)] };
	}
	const walker = new SyntaxTreeWalker(lineCounter, Math.min(limits.maxDepth, HARD_MAX_DEPTH) + 2);
	try {
		const root = walker.value(document.contents as YamlNode | null, 0);
		return { root, itemLists: walker.itemLists, keyLines: walker.rootKeyLines };
	} catch (error) {
		if (error instanceof Refusal) {
			return { problems: [error.problem] };
		}
		throw error;
	}
}

/** Turns the `yaml` syntax tree into plain values (Maps for mappings), refusing what sidecars may not hold. */
class SyntaxTreeWalker {
	readonly itemLists = new Map<string, ItemList>();
	readonly rootKeyLines = new Map<string, number>();

	constructor(private readonly lineCounter: LineCounter, private readonly maxDepth: number) {}

	value(node: YamlNode | null, depth: number): YamlValue {
		if (node === null || node === undefined) {
			return null;
		}
		const line = this.check(node, depth);
		if (yaml().isScalar(node)) {
			return this.scalar(node.value, line);
		}
		if (yaml().isSeq(node)) {
			return node.items.map((item) => this.value(item as YamlNode | null, depth + 1));
		}
		if (yaml().isMap(node)) {
			const map = new Map<string, YamlValue>();
			for (const pair of node.items) {
				const keyNode = pair.key as YamlNode | null;
				const keyLine = keyNode?.range ? this.lineCounter.linePos(keyNode.range[0]).line : line;
				if (!yaml().isScalar(keyNode) || typeof keyNode.value !== 'string') {
					throw new Refusal(problem('error', 'field', 'mapping keys must be plain strings', keyLine));
				}
				const key = keyNode.value;
				if (isForbiddenKey(key)) {
					throw new Refusal(forbiddenKeyProblem(key, keyLine));
				}
				if (map.has(key) || (depth === 0 && this.itemLists.has(key))) {
					throw new Refusal(problem('error', 'yaml-syntax', `not valid YAML: key ${quoteForMessage(key)} appears twice in the same mapping`, keyLine));
				}
				const valueNode = pair.value as YamlNode | null;
				if (depth === 0 && keyLine !== undefined) {
					this.rootKeyLines.set(key, keyLine);
				}
				if (depth === 0 && ITEM_LIST_KEYS.has(key) && yaml().isSeq(valueNode)) {
					this.check(valueNode, depth + 1);
					this.itemLists.set(key, this.itemList(valueNode.items as Array<YamlNode | null>, depth + 1));
				} else {
					map.set(key, this.value(valueNode, depth + 1));
				}
			}
			return map;
		}
		throw new Refusal(problem('error', 'yaml-syntax', 'unsupported YAML node', line));
	}

	/** Refuses what no sidecar node may be: too deep, an alias or anchor, a tag beyond the core ones. Returns its line. */
	private check(node: YamlNode, depth: number): number | undefined {
		const line = node.range ? this.lineCounter.linePos(node.range[0]).line : undefined;
		if (depth > this.maxDepth) {
			throw new Refusal(problem('error', 'too-deep', 'nesting too deep', line));
		}
		if (yaml().isAlias(node) || ('anchor' in node && node.anchor)) {
			throw new Refusal(problem('error', 'alias', 'YAML anchors and aliases are not allowed in a sidecar (they allow expansion bombs)', line));
		}
		if (node.tag !== undefined && !CORE_TAGS.has(node.tag)) {
			throw new Refusal(problem('error', 'tag', `YAML tag ${quoteForMessage(node.tag)} is not allowed in a sidecar`, line));
		}
		return line;
	}

	/** Items of `annotations:` / `orphaned:`: mappings become `ItemFields`, with the line each starts on. */
	private itemList(nodes: Array<YamlNode | null>, depth: number): ItemList {
		const items: Array<ItemFields | YamlValue> = [];
		const lines: Array<number | undefined> = [];
		for (const node of nodes) {
			const value = this.value(node, depth); // refuses aliases, tags and forbidden keys inside

			items.push(value instanceof Map ? toItemFields(value) : value);
			lines.push(node?.range ? this.lineCounter.linePos(node.range[0]).line : undefined);
		}
		return { items, lines };
	}

	private scalar(value: unknown, line: number | undefined): YamlValue {
		if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
			return value;
		}
		if (typeof value === 'bigint') {
			return integerValue(value);
		}
		throw new Refusal(problem('error', 'tag', 'unsupported YAML scalar type', line));
	}
}

/** A number when it is one exactly (offsets, versions, most values); the bigint otherwise (as the fast reader). */
function integerValue(value: bigint): number | bigint {
	const number = Number(value);
	return Number.isSafeInteger(number) ? number : value;
}

function toItemFields(map: Map<string, YamlValue>): ItemFields {
	const fields = new ItemFields();
	for (const [key, value] of map) {
		fields.add(key, value);
	}
	return fields;
}

function forbiddenKeyProblem(key: string, line?: number): SidecarProblem {
	return problem('error', 'forbidden-key', `key ${quoteForMessage(key)} is not allowed in a sidecar (it could tamper with object prototypes)`, line);
}

// ---------------------------------------------------------------------------------------------
// From parsed values to the typed sidecar (shared by both readers)

const CONTRACT_FIELDS = ['type', 'start', 'end', 'text', 'status'] as const;
/** In the order they are written (after the contract fields; `confidence` follows `source`). */
const OPTIONAL_STRING_FIELDS = ['id', 'source', 'author', 'created', 'modified', 'note', 'prefix', 'suffix'] as const;
/** Fields a save writes itself (every item has an id; a placed annotation's context is quoted again): a value of the wrong type is not kept. */
const REWRITTEN_ON_SAVE: Partial<Record<string, string>> = {
	id: 'the item gets an id of its own, which a save writes in its place',
	prefix: 'once the annotation is placed, a save writes the article\'s text before it in its place',
	suffix: 'once the annotation is placed, a save writes the article\'s text after it in its place',
};
const KNOWN_TOP_FIELDS = new Set(['version', 'document', 'documentHash', 'language', 'annotations', 'orphaned']);

interface Converted {
	readonly sidecar?: Sidecar;
	readonly problems: SidecarProblem[];
	readonly itemLines: ItemLines;
}

const NO_LINES: ItemLines = { annotations: [], orphaned: [] };

function convertTree(tree: ParsedTree, limits: SidecarLimits, checkKeys: boolean): Converted {
	const problems: SidecarProblem[] = [];
	// Both readers refuse forbidden keys as they read; this walk is the backstop for the
	// library reader (the fast reader's refusal is exact and cheap, so it is not repeated).
	const forbidden = checkKeys ? findForbiddenKeyInTree(tree) : undefined;
	if (forbidden !== undefined) {
		return { itemLines: NO_LINES, problems: [forbiddenKeyProblem(forbidden)] };
	}
	const root = tree.root;
	if (!(root instanceof Map)) {
		return { itemLines: NO_LINES, problems: [problem('error', 'not-a-mapping', 'the sidecar must be a YAML mapping with version, document and annotations')] };
	}
	const lineOf = (key: string) => tree.keyLines.get(key);
	const version = root.get('version');
	if (version === undefined) {
		return { itemLines: NO_LINES, problems: [problem('error', 'version-missing', 'no "version:" field; expected "version: 1"')] };
	}
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { itemLines: NO_LINES, problems: [problem('error', 'version-invalid', `version ${describe(version)} is not a format version; expected 1`, lineOf('version'))] };
	}
	if (version > SIDECAR_VERSION) {
		return {
			itemLines: NO_LINES,
			problems: [
				problem(
					'error',
					'version-newer',
					`sidecar format version ${version} is newer than this Article Annotator supports (${SIDECAR_VERSION}); upgrade the extension; the file is left read-only`,
					lineOf('version'),
				),
			],
		};
	}
	const document = root.get('document');
	if (typeof document !== 'string' || document.length === 0) {
		problems.push(problem('error', 'document', '"document:" must be the article file name', lineOf('document')));
	}
	let documentHash: string | undefined;
	const hashValue = root.get('documentHash');
	const extra: Array<readonly [string, YamlValue]> = [];
	if (typeof hashValue === 'string') {
		documentHash = hashValue;
	} else if (hashValue !== undefined) {
		problems.push(problem('warning', 'field', '"documentHash:" should be a string; kept as it is', lineOf('documentHash')));
		extra.push(['documentHash', hashValue]);
	}
	let language: LanguageCode | undefined;
	const languageValue = root.get('language');
	if (typeof languageValue === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(languageValue)) {
		language = languageValue as LanguageCode;
	} else if (languageValue !== undefined) {
		// kept as it is (a later version may know it), and not used: the language is identified from the text
		problems.push(problem('warning', 'field', `"language:" ${describe(languageValue)} is not a language the detector has a model for (${SUPPORTED_LANGUAGES.join(', ')}); ignored, the article's language is identified from its text`, lineOf('language')));
		extra.push(['language', languageValue]);
	}
	for (const [key, value] of root) {
		if (!KNOWN_TOP_FIELDS.has(key)) {
			extra.push([key, value]);
		}
	}
	const annotationLines: Array<number | undefined> = [];
	const orphanLines: Array<number | undefined> = [];
	const annotations = convertList<StoredAnnotation>(root, 'annotations', tree, problems, false, annotationLines);
	const orphaned = convertList<StoredOrphan>(root, 'orphaned', tree, problems, true, orphanLines);
	if (annotations.length + orphaned.length > limits.maxAnnotations) {
		return { itemLines: NO_LINES, problems: [problem('error', 'too-many', `more than ${limits.maxAnnotations} annotations`)] };
	}
	const sidecar: Sidecar = {
		version,
		document: typeof document === 'string' ? document : '',
		...(documentHash === undefined ? {} : { documentHash }),
		...(language === undefined ? {} : { language }),
		annotations,
		orphaned,
		extra,
	};
	return { sidecar, problems, itemLines: { annotations: annotationLines, orphaned: orphanLines } };
}

function findForbiddenKeyInTree(tree: ParsedTree): string | undefined {
	const inRoot = findForbiddenKey(tree.root, 0);
	if (inRoot !== undefined) {
		return inRoot;
	}
	for (const list of tree.itemLists.values()) {
		for (const item of list.items) {
			const found = item instanceof ItemFields ? findForbiddenKey(new Map(item.keys.map((key, i) => [key, item.values[i]])), 1) : findForbiddenKey(item, 1);
			if (found !== undefined) {
				return found;
			}
		}
	}
	return undefined;
}

/** The first forbidden key anywhere in the values (both readers already refuse them; this is the backstop). */
function findForbiddenKey(value: YamlValue, depth: number): string | undefined {
	if (depth > HARD_MAX_DEPTH + 4) {
		return undefined;
	}
	if (Array.isArray(value)) {
		for (const item of value) {
			const found = findForbiddenKey(item, depth + 1);
			if (found !== undefined) {
				return found;
			}
		}
	} else if (value instanceof Map) {
		for (const [key, item] of value) {
			if (isForbiddenKey(key)) {
				return key;
			}
			if (typeof item === 'object' && item !== null) {
				const found = findForbiddenKey(item, depth + 1);
				if (found !== undefined) {
					return found;
				}
			}
		}
	}
	return undefined;
}

function convertList<T extends StoredAnnotation>(
	root: Map<string, YamlValue>,
	list: 'annotations' | 'orphaned',
	tree: ParsedTree,
	problems: SidecarProblem[],
	orphans: boolean,
	lines: Array<number | undefined>,
): T[] {
	const itemList = tree.itemLists.get(list);
	if (itemList === undefined) {
		const value = root.get(list);
		const line = tree.keyLines.get(list);
		if (value === undefined) {
			if (!orphans) {
				problems.push(problem('error', 'field', 'no "annotations:" list (write "annotations: []" when there are none)'));
			}
		} else if (value === null) {
			problems.push(problem('warning', 'field', `"${list}:" is empty; read as an empty list`, line));
		} else {
			problems.push(problem('error', 'field', `"${list}:" must be a list`, line));
		}
		return [];
	}
	const items: T[] = [];
	for (let index = 0; index < itemList.items.length; index++) {
		const item = convertItem(itemList.items[index], index, list, itemList, problems, orphans);
		if (item !== undefined) {
			items.push(item as T);
			lines.push(itemList.lines[index]);
		}
	}
	return items;
}

type OptionalStringField = (typeof OPTIONAL_STRING_FIELDS)[number];
const OPTIONAL_STRING_FIELD_SET = new Set<string>(OPTIONAL_STRING_FIELDS);

type MutableItem = { -readonly [K in keyof StoredOrphan]?: StoredOrphan[K] };

/** One list item; undefined (with an error) when a contract field is missing or wrong. */
function convertItem(
	value: ItemFields | YamlValue,
	index: number,
	list: 'annotations' | 'orphaned',
	tree: ItemList,
	problems: SidecarProblem[],
	orphan: boolean,
): StoredAnnotation | StoredOrphan | undefined {
	if (!(value instanceof ItemFields)) {
		reportItemProblem(problems, tree, list, index, 'error', 'field', 'must be a mapping with type, start, end, text and status');
		return undefined;
	}
	// One pass over the item: contract fields into locals, known optional strings straight into
	// the result, everything else into `extra` in order. Only known names are ever assigned as
	// properties: keys from the file never become property names.
	let type: YamlValue | undefined;
	let start: YamlValue | undefined;
	let end: YamlValue | undefined;
	let text: YamlValue | undefined;
	let status: YamlValue | undefined;
	let confidence: YamlValue | undefined;
	let reason: YamlValue | undefined;
	const optional: MutableItem = {};
	let wrongTyped: Array<readonly [string, YamlValue]> | undefined;
	let unknown: Array<readonly [string, YamlValue]> | undefined;
	const { keys, values } = value;
	for (let i = 0; i < keys.length; i++) {
		const key = keys[i];
		const field = values[i];
		switch (key) {
			case 'type':
				type = field;
				break;
			case 'start':
				start = field;
				break;
			case 'end':
				end = field;
				break;
			case 'text':
				text = field;
				break;
			case 'status':
				status = field;
				break;
			case 'confidence':
				confidence = field;
				break;
			default:
				if (orphan && key === 'reason') {
					reason = field;
				} else if (OPTIONAL_STRING_FIELD_SET.has(key)) {
					if (typeof field === 'string') {
						optional[key as OptionalStringField] = field;
					} else if (key === 'id' && typeof field === 'number' && Number.isFinite(field)) {
						// Other tools number their items (`id: 42`). The id is what merges and the editor
						// follow an item by, and an item always gets one: kept as a field of the wrong type,
						// it would be replaced by a made-up id on the next save. Read as its string instead.
						optional.id = formatNumber(field);
						reportItemProblem(problems, tree, list, index, 'warning', 'field', `"id" should be a string, got ${describe(field)}; read as "${optional.id}"`);
					} else {
						reportItemProblem(problems, tree, list, index, 'warning', 'field', `"${key}" should be a string, got ${describe(field)}; ${REWRITTEN_ON_SAVE[key] ?? 'kept as it is'}`);
						(wrongTyped ??= []).push([key, field]);
					}
				} else {
					(unknown ??= []).push([key, field]);
				}
		}
	}
	let valid = true;
	if (typeof type !== 'string' || type.length === 0) {
		reportItemProblem(problems, tree, list, index, 'error', 'field', `"type" must be a label name, got ${describe(type)}`);
		valid = false;
	}
	if (!isOffset(start)) {
		reportItemProblem(problems, tree, list, index, 'error', 'offsets', `"start" must be a whole number of code points ≥ 0, got ${describe(start)}`);
		valid = false;
	}
	if (!isOffset(end)) {
		reportItemProblem(problems, tree, list, index, 'error', 'offsets', `"end" must be a whole number of code points ≥ 0, got ${describe(end)}`);
		valid = false;
	}
	if (typeof text !== 'string') {
		reportItemProblem(problems, tree, list, index, 'error', 'field', `"text" must be a string, got ${describe(text)} (quote it, e.g. text: "2024")`);
		valid = false;
	}
	if (status !== 'accepted' && status !== 'rejected') {
		reportItemProblem(problems, tree, list, index, 'error', 'field', `"status" must be accepted or rejected, got ${describe(status)}`);
		valid = false;
	}
	if (!valid) {
		return undefined;
	}
	const item: MutableItem = { type: type as string, start: start as number, end: end as number, text: text as string, status: status as StoredStatus };
	// Copied in the canonical order, so both readers build identical objects whatever the file's order.
	for (const name of OPTIONAL_STRING_FIELDS) {
		if (optional[name] !== undefined) {
			item[name] = optional[name];
		}
	}
	if (typeof confidence === 'number' && confidence >= 0 && confidence <= 1) {
		item.confidence = confidence;
	} else if (confidence !== undefined) {
		reportItemProblem(problems, tree, list, index, 'warning', 'field', `"confidence" should be a number from 0 to 1, got ${describe(confidence)}; kept as it is`);
		(wrongTyped ??= []).push(['confidence', confidence]);
	}
	if (orphan) {
		// A reason that is not a string keeps its YAML text, so nothing is lost on the next save.
		item.reason = typeof reason === 'string' ? reason : reason === undefined ? 'no reason recorded' : formatInlineValue(reason);
	}
	if (wrongTyped !== undefined || unknown !== undefined) {
		item.extra = [...(wrongTyped ?? []), ...(unknown ?? [])];
	}
	return item as StoredOrphan;
}

function reportItemProblem(
	problems: SidecarProblem[],
	tree: ItemList,
	list: 'annotations' | 'orphaned',
	index: number,
	severity: SidecarProblem['severity'],
	code: ProblemCode,
	message: string,
): void {
	const line = tree.lines[index];
	const entry: SidecarProblem = { severity, code, message: `${list}[${index}]: ${message}`, index, list };
	problems.push(line === undefined ? entry : { ...entry, line });
}

function isOffset(value: YamlValue | undefined): value is number {
	return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** A short description of a value for a message. */
function describe(value: YamlValue | undefined): string {
	if (value === undefined) {
		return 'nothing';
	}
	if (typeof value === 'string') {
		return quoteForMessage(value, 40);
	}
	if (value === null) {
		return 'null';
	}
	if (Array.isArray(value)) {
		return 'a list';
	}
	if (value instanceof Map) {
		return 'a mapping';
	}
	return String(value);
}

// ---------------------------------------------------------------------------------------------
// Writing

const HEADER = [
	'# Article Annotator sidecar (format 1) of the article named in `document`, in the same folder.',
	'# Offsets are Unicode code points (not bytes, not UTF-16 units): start inclusive, end exclusive;',
	'# `text` is exactly the article\'s text between them. `prefix`/`suffix` hold the text around it',
	'# (to find it again if the article changes). Items under `orphaned:` could not be placed in the',
	'# current article; they are kept until re-placed or dropped. Comments below are not kept on save.',
];

export interface SerializeOptions {
	/** Line end to write; default `\n`. Use what `parseSidecar` reported to keep a CRLF checkout. */
	readonly eol?: '\n' | '\r\n';
}

/** The canonical text of a sidecar (deterministic: the same sidecar always gives the same bytes). */
export function serializeSidecar(sidecar: Sidecar, options: SerializeOptions = {}): string {
	let out = HEADER.join('\n') + '\n';
	out += `version: ${formatNumber(sidecar.version)}\n`;
	out += `document: ${formatString(sidecar.document)}\n`;
	// Known names are skipped unless their field was not written (a hand-edited `documentHash: 5`
	// is kept as an unknown field rather than lost).
	const written = new Set(['version', 'document', 'annotations', 'orphaned']);
	if (sidecar.documentHash !== undefined) {
		out += `documentHash: ${formatString(sidecar.documentHash)}\n`;
		written.add('documentHash');
	}
	if (sidecar.language !== undefined) {
		out += `language: ${sidecar.language}\n`;
		written.add('language');
	}
	for (const [key, value] of sidecar.extra) {
		if (!written.has(key) && !isForbiddenKey(key)) {
			written.add(key);
			out += `${formatKey(key)}: ${formatInlineValue(value)}\n`;
		}
	}
	out += listText('annotations', sidecar.annotations, false);
	if (sidecar.orphaned.length > 0) {
		out += listText('orphaned', sidecar.orphaned, true);
	}
	return options.eol === '\r\n' ? out.split('\n').join('\r\n') : out;
}

/** UTF-8 bytes of the canonical text, ready to write to the temporary file. */
export function encodeSidecar(sidecar: Sidecar, options: SerializeOptions = {}): Uint8Array {
	return new TextEncoder().encode(serializeSidecar(sidecar, options));
}

function listText(name: string, items: readonly StoredAnnotation[], orphans: boolean): string {
	if (items.length === 0) {
		return `${name}: []\n`;
	}
	let out = `${name}:\n`;
	for (const item of sortForDisk(items)) {
		out += itemText(item, orphans);
	}
	return out;
}

/** Sorted by start, end, type, then id, then original order: stable, diff-friendly output. */
export function sortForDisk<T extends StoredAnnotation>(items: readonly T[]): T[] {
	let sorted = true;
	for (let i = 1; i < items.length && sorted; i++) {
		sorted = compareForDisk(items[i - 1], items[i]) <= 0;
	}
	if (sorted) {
		return [...items];
	}
	return items
		.map((item, order) => ({ item, order }))
		.sort((a, b) => compareForDisk(a.item, b.item) || a.order - b.order)
		.map(({ item }) => item);
}

function compareForDisk(a: StoredAnnotation, b: StoredAnnotation): number {
	return a.start - b.start || a.end - b.end || compareStrings(a.type, b.type) || compareStrings(a.id ?? '', b.id ?? '');
}

/** Code-unit order, the same in every locale (never localeCompare for file output). */
function compareStrings(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function itemText(item: StoredAnnotation | StoredOrphan, orphan: boolean): string {
	let out =
		'  - type: ' + formatString(item.type) +
		'\n    start: ' + formatNumber(item.start) +
		'\n    end: ' + formatNumber(item.end) +
		'\n    text: ' + formatString(item.text) +
		'\n    status: ' + item.status + '\n';
	if (item.id !== undefined) out += '    id: ' + formatString(item.id) + '\n';
	if (item.source !== undefined) out += '    source: ' + formatString(item.source) + '\n';
	if (item.confidence !== undefined) out += '    confidence: ' + formatNumber(item.confidence) + '\n';
	if (item.author !== undefined) out += '    author: ' + formatString(item.author) + '\n';
	if (item.created !== undefined) out += '    created: ' + formatString(item.created) + '\n';
	if (item.modified !== undefined) out += '    modified: ' + formatString(item.modified) + '\n';
	if (item.note !== undefined) out += '    note: ' + formatString(item.note) + '\n';
	if (item.prefix !== undefined) out += '    prefix: ' + formatString(item.prefix) + '\n';
	if (item.suffix !== undefined) out += '    suffix: ' + formatString(item.suffix) + '\n';
	if (orphan) out += '    reason: ' + formatString((item as StoredOrphan).reason ?? '') + '\n';
	if (item.extra !== undefined && item.extra.length > 0) {
		out += extraText(item, orphan);
	}
	return out;
}

/** Unknown fields, and known ones whose value had the wrong type (kept rather than lost). */
function extraText(item: StoredAnnotation, orphan: boolean): string {
	const written = new Set<string>(CONTRACT_FIELDS);
	for (const name of [...OPTIONAL_STRING_FIELDS, 'confidence'] as const) {
		if (item[name] !== undefined) {
			written.add(name);
		}
	}
	if (orphan) {
		written.add('reason');
	}
	let out = '';
	for (const [key, value] of item.extra ?? []) {
		if (!written.has(key) && !isForbiddenKey(key)) {
			written.add(key);
			out += `    ${formatKey(key)}: ${formatInlineValue(value)}\n`;
		}
	}
	return out;
}

/** Extra fields of an item as written (exported for tests and merge). */
export function extraOf(item: { readonly extra?: ExtraFields }): ExtraFields {
	return item.extra ?? [];
}

/**
 * The sidecar's text naming `articleName` in its document: line (`withDocumentName`: only that line
 * changes), or why it cannot: a sidecar that names its article elsewhere than on a line of its own
 * (a flow mapping on one line, a quoted key) is not reached by the change of that line, and would
 * go on naming the old file. A text that cannot be read as a sidecar is renamed as far as it goes
 * (reading it will say why).
 */
/** Why a document: key could not be changed in place (see renameSidecarDocument). */
export const NOT_ON_ITS_OWN_LINE = 'its document: key is not on a line of its own, as in a {…} mapping or with a quoted key';

/**
 * The article a sidecar's `document:` line names, read from that line alone: a sidecar of any
 * size is not parsed to know it. Undefined when it has none, or names no string there.
 */
export function documentNameOf(sidecarText: string): string | undefined {
	const written = firstDocumentValue(sidecarText);
	if (written === undefined) {
		return undefined;
	}
	try {
		const value: unknown = yaml().parse(written);
		return typeof value === 'string' && value !== '' ? value : undefined;
	} catch {
		return undefined;
	}
}

export function renameSidecarDocument(text: string, articleName: string): { renamed: string } | { stillNames: string } {
	const renamed = withDocumentName(text, articleName);
	const read = parseSidecar(renamed);
	return read.ok && read.sidecar.document !== articleName ? { stillNames: read.sidecar.document } : { renamed };
}
