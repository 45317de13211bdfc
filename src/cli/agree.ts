/**
 * `article-annotator agree A B` and `article-annotator agree --detector FILE...`
 *
 * How far two annotators (two copies of a corpus, two git worktrees or branches checked out side
 * by side) agree on the same articles, or how well the detector's suggestions match what a person
 * accepted. The measures are in `src/core/agreement.ts`; this file finds the articles, reads them
 * and prints. Accepted decisions are compared; rejected ones only tell, in the detector
 * comparison, which suggestions the person looked at.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { francAll } from 'franc';
import type { Annotation } from '../core/annotation';
import { addCounts, addPairs, cohensKappa, compareAnnotations, emptyCounts, scores, type AgreementCounts, type Disagreement, type LabeledSpan, type Score } from '../core/agreement';
import { DEFAULT_MIN_CONFIDENCE } from '../core/confidence';
import { findModelDirectory, loadDetector } from '../core/detect';
import { DocumentDetection } from '../core/documentDetection';
import { SUPPORTED_LANGUAGES, type FrancAll } from '../core/language';
import { bindSidecar } from '../core/sidecar/bind';
import { DEFAULT_SIDECAR_LIMITS, readSidecarBytes } from '../core/sidecar/codec';
import { formatProblem, oneLine } from '../core/sidecar/model';
import { sidecarToReadSync } from '../core/sidecar/home';
import { articleNameForSidecar, isSidecarName } from '../core/sidecar/paths';
import { DEFAULT_ARTICLE_LIMITS, decodeTextFile } from '../core/textfile';
import type { DetectedEntity, LanguageCode } from '../core/types';
import { OffsetConverter } from '../core/unicode';
import { confidence, describeError, labelList, languageList, messageOf, positiveInteger, readArguments, usageExit, UsageError } from './args';
import { filesUnder } from './folders';

export const AGREE_USAGE = `article-annotator agree [options] A B
article-annotator agree --detector [options] FILE...
  Compares the accepted annotations of two annotators on the same articles. A and B are two
  folders holding the same articles (paired by their path inside each folder: two copies of a
  corpus, two git worktrees) or two articles (or sidecars). Prints, per type and for all types:
  the entities both hold (same span and type), those only A or only B holds, pairwise F1 (strict:
  same span and type; overlap: same type, overlapping spans; symmetric in A and B) and Cohen's
  kappa over tokens (each labelled with the type of the entity over it, or O).
  With --detector, compares each article's accepted annotations (A) with the detector's output
  (B): how well pre-annotation does on your articles. A suggestion the person neither accepted
  nor rejected (nor decided anything over) is left out, as not reviewed yet.
  An article is compared only where both sides have a sidecar and the same text; the others are
  named on standard error.
options:
  --list                   also print each disagreement: file, start, end (code points), A's
                           type, B's type ("-": none), text
  --json                   one JSON object (counts, scores, kappa, disagreements with --list)
  --labels PER,ORG,...     compare only these types (default: every type found)
  --detector               compare with the detector (FILE: articles, sidecars or folders)
  --min-confidence X       detector: leave out entities below this confidence (default: ${DEFAULT_MIN_CONFIDENCE})
  --languages ar,fr,en     detector: languages to choose among (default: ar,fr,en)
  --models DIR             detector models folder (default: the shipped media/models)
  --max-article-bytes N    largest article read (default 50 MB)
  --max-sidecar-bytes N    largest sidecar read (default 20 MB)
exit status: 0 compared, 1 some file could not be read or nothing was compared, 2 usage error`;

interface AgreeOptions {
	readonly files: string[];
	readonly detector: boolean;
	readonly list: boolean;
	readonly json: boolean;
	readonly labels?: readonly string[];
	readonly minConfidence: number;
	readonly languages: readonly LanguageCode[];
	readonly models?: string;
	readonly maxArticleBytes: number;
	readonly maxSidecarBytes: number;
}

export interface AgreeIo {
	readonly stdout: (line: string) => void;
	readonly stderr: (line: string) => void;
}

const NODE_IO: AgreeIo = { stdout: (line) => process.stdout.write(line + '\n'), stderr: (line) => process.stderr.write(line + '\n') };

function parseAgreeOptions(argv: readonly string[]): AgreeOptions | 'help' {
	const files: string[] = [];
	let detector = false;
	let list = false;
	let json = false;
	let labels: string[] | undefined;
	let minConfidence = DEFAULT_MIN_CONFIDENCE;
	let languages: readonly LanguageCode[] = SUPPORTED_LANGUAGES;
	let models: string | undefined;
	let maxArticleBytes = DEFAULT_ARTICLE_LIMITS.maxBytes;
	let maxSidecarBytes = DEFAULT_SIDECAR_LIMITS.maxBytes;
	for (const argument of readArguments(argv)) {
		if (argument.kind === 'file') {
			files.push(argument.value);
			continue;
		}
		switch (argument.name) {
			case '-h':
			case '--help':
				return 'help';
			case '--detector':
				argument.flag();
				detector = true;
				break;
			case '--list':
				argument.flag();
				list = true;
				break;
			case '--json':
				argument.flag();
				json = true;
				break;
			case '--labels':
				labels = labelList(argument.name, argument.value());
				break;
			case '--min-confidence':
				minConfidence = confidence(argument.name, argument.value());
				break;
			case '--languages':
				languages = languageList(argument.name, argument.value());
				break;
			case '--models':
				models = argument.value();
				break;
			case '--max-article-bytes':
				maxArticleBytes = positiveInteger(argument.name, argument.value());
				break;
			case '--max-sidecar-bytes':
				maxSidecarBytes = positiveInteger(argument.name, argument.value());
				break;
			default:
				throw new UsageError(`unknown option ${argument.name}`);
		}
	}
	if (detector && files.length === 0) {
		throw new UsageError('give the articles (or folders) to compare with the detector');
	}
	if (!detector && files.length !== 2) {
		throw new UsageError(`give two folders or two articles to compare (got ${files.length}), or --detector`);
	}
	if (files.includes('-')) {
		throw new UsageError('agree reads files, not standard input');
	}
	return { files, detector, list, json, labels, minConfidence, languages, models, maxArticleBytes, maxSidecarBytes };
}

/** A file that cannot be compared: one line, the others go on. */
class FileError extends Error {}

interface AnnotatedArticle {
	readonly text: string;
	readonly accepted: LabeledSpan[];
	/** Every decision's span (accepted or rejected): what the person reviewed. */
	readonly decided: readonly Annotation[];
}

/** The article and sidecar a FILE names (either of them). */
function pairOf(file: string): { article: string; sidecar: string } {
	const base = path.basename(file);
	const articleName = articleNameForSidecar(base);
	if (isSidecarName(base) && articleName !== undefined) {
		return { article: path.join(path.dirname(file), articleName), sidecar: file };
	}
	// beside the file a symbolic link leads to, for an article that is one (one beside the link read while it has none)
	return { article: file, sidecar: sidecarToReadSync(file).path };
}

function readLimited(file: string, maxBytes: number, what: string, option: string): Uint8Array {
	let stat: fs.Stats;
	try {
		stat = fs.statSync(file);
	} catch (error) {
		// a file in a folder that may not be entered is there: «permission denied», not «no such file»
		throw new FileError(`${file}: ${describeError(error)}`);
	}
	if (!stat.isFile()) {
		throw new FileError(`${file}: ${stat.isDirectory() ? 'is a directory' : 'not a regular file'}; not read`);
	}
	if (stat.size > maxBytes) {
		throw new FileError(`${file}: ${what} is over the ${maxBytes}-byte limit (${option}); not read`);
	}
	try {
		return fs.readFileSync(file);
	} catch (error) {
		throw new FileError(`${file}: ${describeError(error)}`);
	}
}

function readAnnotated(file: string, options: AgreeOptions, warn: (line: string) => void): AnnotatedArticle {
	const { article, sidecar } = pairOf(file);
	const decoded = decodeTextFile(readLimited(article, options.maxArticleBytes, 'the article', '--max-article-bytes'), { maxBytes: options.maxArticleBytes });
	if (!decoded.ok) {
		throw new FileError(`${article}: ${decoded.message}`);
	}
	const parsed = readSidecarBytes(readLimited(sidecar, options.maxSidecarBytes, 'the sidecar', '--max-sidecar-bytes'), { maxBytes: options.maxSidecarBytes });
	if (!parsed.ok) {
		const first = parsed.problems.find((problem) => problem.severity === 'error') ?? parsed.problems[0];
		throw new FileError(first ? formatProblem(sidecar, first) : `${sidecar}: unreadable sidecar`);
	}
	const types = [...new Set(parsed.sidecar.annotations.map((item) => item.type))];
	const bound = bindSidecar(parsed.sidecar, decoded.text, { labels: options.labels ?? types });
	if (bound.orphans.length > 0) {
		warn(`${sidecar}: warning: ${bound.orphans.length} annotation(s) whose text is not in the article are left out`);
	}
	const wanted = (type: string) => options.labels === undefined || options.labels.includes(type);
	const accepted = bound.annotations.filter((annotation) => annotation.status === 'accepted' && wanted(annotation.type)).map(({ start, end, type, text }) => ({ start, end, type, text }));
	return { text: decoded.text, accepted, decided: bound.annotations };
}

/** Paths (relative to `folder`) of the articles that have a sidecar, in a stable order. */
function annotatedArticlesIn(folder: string): string[] {
	let sidecars: string[];
	try {
		sidecars = filesUnder(folder, isSidecarName);
	} catch (error) {
		throw new FileError(messageOf(error));
	}
	return sidecars.flatMap((sidecar) => {
		const articleName = articleNameForSidecar(path.basename(sidecar));
		return articleName === undefined ? [] : [path.join(path.dirname(sidecar), articleName)];
	});
}

function isFolder(file: string): boolean {
	try {
		return fs.statSync(file).isDirectory();
	} catch {
		return false;
	}
}

interface Totals {
	readonly byType: Map<string, AgreementCounts>;
	readonly tokenPairs: Map<string, number>;
	tokens: number;
	compared: number;
	skipped: number;
	failed: number;
	/** Detector: suggestions left out as not reviewed. */
	unreviewed: number;
	readonly disagreements: (Disagreement & { file: string })[];
}

export function runAgree(argv: readonly string[], io: AgreeIo = NODE_IO, programDirectory: string = __dirname): number {
	let options: AgreeOptions;
	try {
		const parsed = parseAgreeOptions(argv);
		if (parsed === 'help') {
			io.stdout(AGREE_USAGE);
			return 0;
		}
		options = parsed;
	} catch (error) {
		return usageExit('agree', error, io.stderr);
	}
	const warn = (line: string) => io.stderr(`article-annotator agree: ${oneLine(line)}`);
	const totals: Totals = { byType: new Map(), tokenPairs: new Map(), tokens: 0, compared: 0, skipped: 0, failed: 0, unreviewed: 0, disagreements: [] };

	const compare = (label: string, text: string, a: readonly LabeledSpan[], b: readonly LabeledSpan[]) => {
		const result = compareAnnotations(text, a, b);
		for (const [type, counts] of result.byType) {
			const into = totals.byType.get(type) ?? emptyCounts();
			addCounts(into, counts);
			totals.byType.set(type, into);
		}
		addPairs(totals.tokenPairs, result.tokenPairs);
		totals.tokens += result.tokens;
		totals.compared++;
		if (options.list) {
			const converter = new OffsetConverter(text);
			for (const place of result.disagreements) {
				totals.disagreements.push({ ...place, start: converter.toCodePoint(place.start), end: converter.toCodePoint(place.end), file: label });
			}
		}
	};
	const failed = (error: unknown) => {
		if (!(error instanceof FileError)) throw error;
		warn(error.message);
		totals.failed++;
	};

	if (options.detector) {
		let detect: ((text: string) => readonly DetectedEntity[]) | undefined;
		try {
			detect = detectorFor(options, programDirectory);
		} catch (error) {
			warn(describeError(error));
			return 1;
		}
		for (const file of options.files.flatMap((given) => (isFolder(given) ? safeList(given, failed).map((relative) => path.join(given, relative)) : [given]))) {
			try {
				const article = readAnnotated(file, options, warn);
				const wanted = (type: string) => options.labels === undefined || options.labels.includes(type);
				const reviewed = (entity: DetectedEntity) => article.decided.some((decision) => decision.start < entity.end && entity.start < decision.end);
				const found = detect(article.text).filter((entity) => wanted(entity.type));
				const suggestions = found.filter(reviewed).map(({ start, end, type, text }) => ({ start, end, type, text }));
				totals.unreviewed += found.length - suggestions.length;
				compare(pairOf(file).article, article.text, article.accepted, suggestions);
			} catch (error) {
				failed(error);
			}
		}
	} else {
		const [a, b] = options.files;
		const pairs: [string, string, string][] = [];
		if (isFolder(a) !== isFolder(b)) {
			// a typo in a folder's name is a side that cannot be read, not a file given against a folder
			const other = isFolder(a) ? b : a;
			if (!fs.existsSync(other)) {
				warn(`${other}: no such folder`);
				return 1;
			}
			return usageExit('agree', new UsageError(`${isFolder(a) ? a : b} is a folder and the other is not: give two folders or two articles`), io.stderr);
		}
		if (isFolder(a)) {
			const inA = safeList(a, failed);
			// paired by path as it reads: one copy from macOS or an archive may have its names in NFD
			const inB = new Map(safeList(b, failed).map((relative) => [relative.normalize('NFC'), relative]));
			for (const relative of inA) {
				const inOther = inB.get(relative.normalize('NFC'));
				if (inOther !== undefined) {
					inB.delete(relative.normalize('NFC'));
					pairs.push([relative, path.join(a, relative), path.join(b, inOther)]);
				} else {
					warn(`${relative}: annotated in ${a} only; not compared`);
					totals.skipped++;
				}
			}
			for (const relative of inB.values()) {
				warn(`${relative}: annotated in ${b} only; not compared`);
				totals.skipped++;
			}
		} else {
			pairs.push([pairOf(a).article, a, b]);
		}
		for (const [label, fileA, fileB] of pairs) {
			try {
				const sideA = readAnnotated(fileA, options, warn);
				const sideB = readAnnotated(fileB, options, warn);
				if (sideA.text !== sideB.text) {
					const lineEndsOnly = sideA.text.replace(/\r\n?/g, '\n') === sideB.text.replace(/\r\n?/g, '\n');
					warn(`${label}: the two copies of the article differ${lineEndsOnly ? ' in their line ends only (a git checkout converting them? see .gitattributes in the README)' : ''}; not compared (offsets would not meet)`);
					totals.skipped++;
					continue;
				}
				compare(label, sideA.text, sideA.accepted, sideB.accepted);
			} catch (error) {
				failed(error);
			}
		}
	}

	print(totals, options, io);
	if (totals.compared === 0) {
		warn('no article was compared');
		return 1;
	}
	return totals.failed > 0 ? 1 : 0;
}

function safeList(folder: string, failed: (error: unknown) => void): string[] {
	try {
		return annotatedArticlesIn(folder);
	} catch (error) {
		failed(error);
		return [];
	}
}

function detectorFor(options: AgreeOptions, programDirectory: string): (text: string) => readonly DetectedEntity[] {
	const directory = options.models ?? findModelDirectory(programDirectory);
	if (directory === undefined) {
		throw new Error('the detector models (media/models) were not found next to the program; give --models DIR');
	}
	const detector = loadDetector(directory, { languages: [...options.languages] });
	return (text) => {
		const detection = new DocumentDetection(detector, francAll as unknown as FrancAll, { languages: options.languages, minConfidence: options.minConfidence });
		detection.open(text);
		detection.detectPending();
		return detection.entities();
	};
}

const round = (value: number | undefined) => (value === undefined ? null : Math.round(value * 1000) / 1000);
const jsonScore = (score: Score) => ({ precision: round(score.precision), recall: round(score.recall), f1: round(score.f1) });

function print(totals: Totals, options: AgreeOptions, io: AgreeIo): void {
	const types = [...totals.byType.keys()].sort();
	const all = emptyCounts();
	for (const counts of totals.byType.values()) addCounts(all, counts);
	const kappa = cohensKappa(totals.tokenPairs);
	const [nameA, nameB] = options.detector ? ['person', 'detector'] : ['A', 'B'];
	if (options.json) {
		const entry = (counts: AgreementCounts) => {
			const { strict, overlap } = scores(counts);
			return { both: counts.both, onlyA: counts.onlyA, onlyB: counts.onlyB, strict: jsonScore(strict), overlap: jsonScore(overlap) };
		};
		const out: Record<string, unknown> = {
			// which side is which: A is the reference of precision and recall
			sides: { a: nameA, b: nameB },
			compared: totals.compared,
			skipped: totals.skipped,
			failed: totals.failed,
			types: Object.fromEntries(types.map((type) => [type, entry(totals.byType.get(type)!)])),
			all: entry(all),
			kappa: round(kappa),
			tokens: totals.tokens,
		};
		if (options.detector) out.unreviewed = totals.unreviewed;
		if (options.list) out.disagreements = totals.disagreements.map(({ file, start, end, typeA, typeB, text }) => ({ file, start, end, a: typeA ?? null, b: typeB ?? null, text }));
		io.stdout(JSON.stringify(out));
		return;
	}
	if (options.list) {
		for (const { file, start, end, typeA, typeB, text } of totals.disagreements) {
			io.stdout(`${file}\t${start}\t${end}\t${nameA}:${typeA ?? '-'}\t${nameB}:${typeB ?? '-'}\t${oneLine(text)}`);
		}
		if (totals.disagreements.length > 0) io.stdout('');
	}
	const number = (value: number | undefined) => (value === undefined ? '    -' : value.toFixed(3));
	const onlyA = `only ${nameA}`;
	const onlyB = `only ${nameB}`;
	io.stdout(`${'type'.padEnd(8)}${'both'.padStart(7)}${onlyA.padStart(Math.max(9, onlyA.length + 2))}${onlyB.padStart(Math.max(9, onlyB.length + 2))}   F1 strict   F1 overlap`);
	const row = (name: string, counts: AgreementCounts) => {
		const { strict, overlap } = scores(counts);
		io.stdout(`${name.padEnd(8)}${String(counts.both).padStart(7)}${String(counts.onlyA).padStart(Math.max(9, onlyA.length + 2))}${String(counts.onlyB).padStart(Math.max(9, onlyB.length + 2))}${number(strict.f1).padStart(12)}${number(overlap.f1).padStart(13)}`);
	};
	for (const type of types) row(type, totals.byType.get(type)!);
	row('all', all);
	const parts = [`${totals.compared} article(s) compared`];
	if (totals.skipped > 0) parts.push(`${totals.skipped} not compared`);
	if (totals.failed > 0) parts.push(`${totals.failed} unreadable`);
	if (options.detector) parts.push(`${totals.unreviewed} suggestion(s) not reviewed left out`);
	io.stdout(`Cohen's kappa over ${totals.tokens} tokens: ${kappa === undefined ? '-' : kappa.toFixed(3)} · ${parts.join(' · ')}`);
}
