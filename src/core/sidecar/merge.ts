/**
 * When the sidecar changed on disk since it was read (a teammate's pull, another window, a hand
 * edit), saving must merge, or ask, and never overwrite their work.
 *
 * Three-way merge by annotation id of: base (what we read), ours (in memory), theirs (on disk
 * now). Fields are merged in units, so a range is never assembled from two sides:
 * - `position`: which list (placed or orphaned), start, end, text, prefix, suffix, reason;
 * - `type`, `status`, `note`, `source`, `confidence`, `author`, `created`: each on its own;
 * - `extra` (unknown fields) as a whole;
 * - `modified`: the later time, never a conflict.
 * For each unit: the same on both sides → that; changed on one side only → that side; changed on
 * both, differently → a conflict, resolved provisionally in favour of ours (the person at the
 * keyboard) and reported so the person can be asked.
 * Items: added on one side → kept; deleted on one side and untouched on the other → deleted;
 * deleted on one side but changed on the other → kept, and reported. Nothing disappears unless
 * one side deleted it and the other did not touch it.
 *
 * All three must be in the same article coordinates; `planSidecarSave` re-binds base and theirs
 * to the current text when their `documentHash` differs.
 */

import type { Annotation, OrphanedAnnotation } from '../annotation';
import { bindSidecar, contentIdOf, DistinctIds, languageField, unbindAnnotations, type ContextualOrphan } from './bind';
import { parseSidecar, serializeSidecar, type SerializeOptions } from './codec';
import { decodeTextFile } from '../textfile';
import type { LanguageCode } from '../types';
import { documentHashOf } from './hash';
import { formatProblem, type ExtraFields, type Sidecar, type SidecarProblem, type StoredAnnotation, type StoredOrphan } from './model';
import { formatInlineValue } from './yamltext';

export interface MergeConflict {
	readonly id: string;
	/** The unit in conflict: `position`, `type`, `status`, `note`, ..., `extra`, `language` or `presence`. */
	readonly field: string;
	/** One line for the person. */
	readonly message: string;
}

export interface MergeResult {
	readonly merged: Sidecar;
	readonly conflicts: MergeConflict[];
}

type ListName = 'annotations' | 'orphaned';

interface Entry {
	readonly item: StoredAnnotation | StoredOrphan;
	readonly list: ListName;
}

const SINGLE_FIELDS = ['type', 'status', 'note', 'source', 'confidence', 'author', 'created'] as const;

/** Which side a conflict is settled for: ours by default, theirs once the person answered Take Theirs. */
export type MergePreference = 'ours' | 'theirs';

/** Three-way merge (two-way when there was no base: the file appeared on disk meanwhile). */
export function mergeSidecars(base: Sidecar | undefined, ours: Sidecar, theirs: Sidecar, prefer: MergePreference = 'ours'): MergeResult {
	const baseEntries = entriesById(base);
	const ourEntries = entriesById(ours);
	const theirEntries = entriesById(theirs);
	const conflicts: MergeConflict[] = [];
	const annotations: StoredAnnotation[] = [];
	const orphaned: StoredOrphan[] = [];
	const ids = [...ourEntries.keys(), ...[...theirEntries.keys()].filter((id) => !ourEntries.has(id))];
	for (const id of ids) {
		const merged = mergeEntry(id, baseEntries.get(id), ourEntries.get(id), theirEntries.get(id), conflicts, prefer);
		if (merged === undefined) {
			continue;
		}
		if (merged.list === 'annotations') {
			annotations.push(merged.item);
		} else {
			orphaned.push(merged.item as StoredOrphan);
		}
	}
	const extra = mergeUnit(base && { value: base.extra }, ours.extra, theirs.extra, (value) => extraKey(value), prefer);
	if (extra.conflict) {
		conflicts.push({ id: '', field: 'extra', message: `unknown top-level fields were changed both here and on disk; kept the ones from ${prefer === 'ours' ? 'here' : 'disk'}` });
	}
	const language = mergeUnit(base && { value: base.language }, ours.language, theirs.language, scalarKey, prefer);
	if (language.conflict) {
		conflicts.push({ id: '', field: 'language', message: `the article's language was set to ${ours.language ?? 'automatic'} here and to ${theirs.language ?? 'automatic'} on disk; kept ${language.value ?? 'automatic'}` });
	}
	return {
		merged: { version: ours.version, document: ours.document, ...(ours.documentHash === undefined ? {} : { documentHash: ours.documentHash }), ...languageField(language.value), annotations, orphaned, extra: extra.value },
		conflicts,
	};
}

/**
 * Every item of a sidecar under a distinct id. An id used twice (an item copied by hand with its
 * id, or two identical items without one) gets the suffix `bindSidecar` gives it (`-2`, `-3`...),
 * and the item carries that id from here on: keyed by its first id, the copy would silently
 * replace, or be replaced by, the item it was copied from.
 */
function entriesById(sidecar: Sidecar | undefined): Map<string, Entry> {
	const entries = new Map<string, Entry>();
	if (sidecar === undefined) {
		return entries;
	}
	const ids = new DistinctIds();
	for (const [list, items] of [['annotations', sidecar.annotations], ['orphaned', sidecar.orphaned]] as const) {
		for (const item of items) {
			const id = ids.take(idOf(item));
			entries.set(id, { item: id === idOf(item) ? item : { ...item, id }, list });
		}
	}
	return entries;
}

/** The id an item has, or the one `bindSidecar` derives for an item written without one. */
export function idOf(item: StoredAnnotation): string {
	return item.id !== undefined && item.id.length > 0 ? item.id : contentIdOf(item);
}

/** The ids of all items (placed, then orphaned), repeated ones numbered as `bindSidecar` does. */
function distinctIdsOf(sidecar: Sidecar): string[] {
	const ids = new DistinctIds();
	return [...sidecar.annotations, ...sidecar.orphaned].map((item) => ids.take(idOf(item)));
}

function mergeEntry(id: string, base: Entry | undefined, ours: Entry | undefined, theirs: Entry | undefined, conflicts: MergeConflict[], prefer: MergePreference): Entry | undefined {
	if (ours !== undefined && theirs !== undefined) {
		return mergeBoth(id, base, ours, theirs, conflicts, prefer);
	}
	const present = ours ?? theirs;
	if (present === undefined) {
		return undefined; // deleted on both sides
	}
	if (base === undefined) {
		return present; // added on one side
	}
	if (entryKey(present) === entryKey(base)) {
		return undefined; // deleted on the other side, untouched on this one
	}
	const where = ours !== undefined ? 'deleted on disk but changed here' : 'deleted here but changed on disk';
	conflicts.push({ id, field: 'presence', message: `annotation ${describeItem(present.item)} was ${where}; kept` });
	// Settled for the disk (Take Theirs), its deletion stands; otherwise nothing changed goes.
	return prefer === 'theirs' && theirs === undefined ? undefined : present;
}

function mergeBoth(id: string, base: Entry | undefined, ours: Entry, theirs: Entry, conflicts: MergeConflict[], prefer: MergePreference): Entry {
	const conflict = (field: string) =>
		conflicts.push({ id, field, message: `annotation ${describeItem(ours.item)}: ${field} changed both here and on disk; kept the one from ${prefer === 'ours' ? 'here' : 'disk'}` });
	const position = mergeUnit(base && { value: positionOf(base) }, positionOf(ours), positionOf(theirs), positionKey, prefer);
	if (position.conflict) {
		conflict('position');
	}
	const item: Record<string, unknown> = { ...position.value.fields };
	for (const field of SINGLE_FIELDS) {
		const unit = mergeUnit(base && { value: base.item[field] }, ours.item[field], theirs.item[field], scalarKey, prefer);
		if (unit.conflict) {
			conflict(field);
		}
		if (unit.value !== undefined) {
			item[field] = unit.value;
		}
	}
	const modified = laterOf(ours.item.modified, theirs.item.modified);
	if (modified !== undefined) {
		item.modified = modified;
	}
	if (ours.item.id !== undefined) {
		item.id = ours.item.id;
	} else if (theirs.item.id !== undefined) {
		item.id = theirs.item.id;
	}
	const extra = mergeUnit(base && { value: base.item.extra ?? [] }, ours.item.extra ?? [], theirs.item.extra ?? [], (value) => extraKey(value), prefer);
	if (extra.conflict) {
		conflict('unknown fields');
	}
	if (extra.value.length > 0) {
		item.extra = extra.value;
	}
	return { item: item as unknown as StoredAnnotation, list: position.value.list };
}

interface Position {
	readonly list: ListName;
	readonly fields: Pick<StoredOrphan, 'start' | 'end' | 'text'> & Partial<Pick<StoredOrphan, 'prefix' | 'suffix' | 'reason'>>;
}

function positionOf(entry: Entry): Position {
	const { start, end, text, prefix, suffix } = entry.item;
	const fields: Record<string, unknown> = { start, end, text };
	if (prefix !== undefined) fields.prefix = prefix;
	if (suffix !== undefined) fields.suffix = suffix;
	if (entry.list === 'orphaned') fields.reason = (entry.item as StoredOrphan).reason;
	return { list: entry.list, fields: fields as unknown as Position['fields'] };
}

/**
 * The three-way rule for one unit; `key` gives a comparable form of a value. `base` is undefined
 * when the item did not exist in the base (then any difference is a conflict).
 */
function mergeUnit<T>(base: { value: T } | undefined, ours: T, theirs: T, key: (value: T) => string, prefer: MergePreference): { value: T; conflict: boolean } {
	const ourKey = key(ours);
	const theirKey = key(theirs);
	if (ourKey === theirKey) {
		return { value: ours, conflict: false };
	}
	const baseKey = base === undefined ? undefined : key(base.value);
	if (ourKey === baseKey) {
		return { value: theirs, conflict: false };
	}
	if (theirKey === baseKey) {
		return { value: ours, conflict: false };
	}
	return { value: prefer === 'ours' ? ours : theirs, conflict: true };
}

/** Comparable forms, cheap for the common values (strings and numbers), exact for the rest. */
function positionKey(position: Position): string {
	const { start, end, text, prefix, suffix, reason } = position.fields;
	return `${position.list}\u0000${start}\u0000${end}\u0000${text}\u0000${prefix ?? '\u0001'}\u0000${suffix ?? '\u0001'}\u0000${reason ?? '\u0001'}`;
}

function scalarKey(value: string | number | undefined): string {
	return value === undefined ? '\u0001' : typeof value === 'number' ? `n${formatInlineValue(value)}` : `s${value}`;
}

function extraKey(extra: ExtraFields): string {
	if (extra.length === 0) {
		return '';
	}
	return extra.map(([name, value]) => `${name}=${formatInlineValue(value)}`).join('\n');
}

/** A comparable form of a whole entry (list and every field). */
function entryKey(entry: Entry): string {
	const { extra, ...fields } = entry.item;
	const ordered = Object.keys(fields)
		.sort()
		.map((name) => `${name}=${formatInlineValue((fields as Record<string, unknown>)[name] ?? null)}`);
	return `${entry.list}\n${ordered.join('\n')}\n${extraKey(extra ?? [])}`;
}

function laterOf(a: string | undefined, b: string | undefined): string | undefined {
	if (a === undefined || b === undefined) {
		return a ?? b;
	}
	return a >= b ? a : b;
}

function describeItem(item: StoredAnnotation): string {
	const text = item.text.length > 30 ? `${item.text.slice(0, 30)}…` : item.text;
	return `${item.type} «${text}»`;
}

// ---------------------------------------------------------------------------------------------
// Never writing fewer annotations than the file holds

export interface LossCheck {
	/** True when `next` lacks items of `onDisk` that no person removed. */
	readonly loses: boolean;
	/** Ids in `onDisk` (placed or orphaned) missing from `next` and not removed by a person. */
	readonly missingIds: string[];
	readonly countOnDisk: number;
	readonly countNext: number;
}

/**
 * Compares what would be written with what is on disk. Orphaned items count as kept: turning an
 * annotation into an orphan loses nothing. `removedByPerson` are ids a person untagged or dropped.
 */
export function wouldLoseAnnotations(onDisk: Sidecar, next: Sidecar, removedByPerson: ReadonlySet<string> = new Set()): LossCheck {
	const nextIds = new Set(distinctIdsOf(next));
	const missingIds = distinctIdsOf(onDisk).filter((id) => !nextIds.has(id) && !removedByPerson.has(id));
	return {
		loses: missingIds.length > 0,
		missingIds,
		countOnDisk: onDisk.annotations.length + onDisk.orphaned.length,
		countNext: next.annotations.length + next.orphaned.length,
	};
}

// ---------------------------------------------------------------------------------------------
// Deciding what a save does

export interface SavePlanInput {
	/** The article text the in-memory annotations point into (what is being saved with them). */
	readonly articleText: string;
	/** The article's file name (the `document` field). */
	readonly documentName: string;
	readonly annotations: readonly Annotation[];
	readonly orphans: readonly (OrphanedAnnotation | ContextualOrphan)[];
	/** The sidecar as parsed when last read; undefined when there was none. */
	readonly base?: Sidecar;
	/** The exact sidecar text last read (undefined: there was no file). */
	readonly baseText?: string;
	/** The sidecar text on disk now, read just before saving (undefined: no file). */
	readonly diskText?: string;
	/**
	 * The sidecar's bytes on disk now, instead of `diskText` when they are not the ones last read:
	 * decoded here as a load decodes them, so a file that is not UTF-8 (or holds control
	 * characters) is refused like at load, never read with replacement characters and written back.
	 */
	readonly diskBytes?: Uint8Array;
	/** Ids the person untagged or dropped since the last read: the only removals allowed. */
	readonly removedByPerson?: ReadonlySet<string>;
	/**
	 * Where a change here and one on disk conflict, take the one on disk (the person answered Take
	 * Theirs): everything else decided here is still merged in, not dropped with the conflict.
	 */
	readonly preferTheirs?: boolean;
	/** Label names (for re-binding a changed file). */
	readonly labels: readonly string[];
	/** The article's language as the person set it here; null: not set; absent: the base's, unchanged. */
	readonly language?: LanguageCode | null;
	/** File name for messages. */
	readonly fileLabel?: string;
	readonly serialize?: SerializeOptions;
}

export type SavePlan =
	| {
			/** Write `text` (temp file + rename). `merged` when changes on disk were folded in. */
			readonly action: 'write';
			readonly text: string;
			readonly sidecar: Sidecar;
			readonly merged: boolean;
	  }
	| {
			/** Changes on both sides conflict: show `conflicts`, and write `text` (ours winning) only if the person agrees. */
			readonly action: 'ask';
			readonly reason: string;
			readonly conflicts: MergeConflict[];
			readonly text: string;
			readonly sidecar: Sidecar;
	  }
	| {
			/** Do not write: the reason says why (one line). */
			readonly action: 'refuse';
			readonly reason: string;
	  };

/**
 * The pure decision behind a save: serialize what is in memory, and if the file changed on disk
 * since it was read, merge with it (or ask, or refuse); never produce a file with fewer
 * annotations than the disk holds unless a person removed them. The caller writes `text` to a
 * temporary file beside the sidecar, flushes, renames, and should re-read the disk just before
 * the rename if it can (to narrow the race with another writer).
 */
export function planSidecarSave(input: SavePlanInput): SavePlan {
	const fileLabel = input.fileLabel ?? `${input.documentName}.annotations.yaml`;
	const removed = input.removedByPerson ?? new Set<string>();
	const ours = unbindAnnotations({ annotations: input.annotations, orphans: input.orphans, articleText: input.articleText, documentName: input.documentName, base: input.base, ...(input.language === undefined ? {} : { language: input.language }) });
	let diskText = input.diskText;
	if (input.diskBytes !== undefined) {
		const decoded = decodeTextFile(input.diskBytes, { maxBytes: Number.MAX_SAFE_INTEGER, maxControlRatio: 0 });
		if (!decoded.ok) {
			return { action: 'refuse', reason: `${fileLabel}: ${decoded.message} (the file on disk cannot be read, so it is not overwritten)` };
		}
		diskText = decoded.text;
	}
	// The file's line ends are kept (a CRLF checkout, a hand-written file): written back with LF,
	// every line would differ in a diff.
	const lineEndsOf = diskText ?? input.baseText;
	const serialize: SerializeOptions = { eol: lineEndsOf !== undefined && lineEndsOf.includes('\r\n') ? '\r\n' : '\n', ...input.serialize };
	const write = (sidecar: Sidecar, merged: boolean): SavePlan => ({ action: 'write', text: serializeSidecar(sidecar, serialize), sidecar, merged });
	if (diskText === undefined) {
		if (input.baseText === undefined) {
			return write(ours, false); // a new sidecar
		}
		return {
			action: 'ask',
			reason: `${fileLabel} was deleted on disk since it was read; write the annotations from here again?`,
			conflicts: [],
			text: serializeSidecar(ours, serialize),
			sidecar: ours,
		};
	}
	// Whatever is on disk is read again: a file that cannot be read (conflict markers, a newer
	// version, broken YAML) is never overwritten, even if it was already like that at load time.
	// Bytes identical to what was read and parsed at load need no second parse.
	const parsed = diskText === input.baseText && input.base !== undefined ? { ok: true as const, sidecar: input.base } : parseSidecar(diskText);
	if (!parsed.ok) {
		const first = parsed.problems.find((problem) => problem.severity === 'error') as SidecarProblem;
		return { action: 'refuse', reason: `${formatProblem(fileLabel, first)} (the file on disk cannot be read, so it is not overwritten)` };
	}
	let next = ours;
	let conflicts: MergeConflict[] = [];
	const changedOnDisk = diskText !== input.baseText;
	if (changedOnDisk) {
		// Positions are compared, so everything must be in the coordinates of the text being saved.
		const currentHash = documentHashOf(input.articleText);
		const theirs = inCurrentText(parsed.sidecar, input, currentHash);
		const base = input.base === undefined ? undefined : inCurrentText(input.base, input, currentHash);
		({ merged: next, conflicts } = mergeSidecars(base, ours, theirs, input.preferTheirs ? 'theirs' : 'ours'));
		if (input.preferTheirs) {
			conflicts = []; // settled: the person answered Take Theirs
		}
	}
	// Ids do not depend on the text, so the file as it is on disk is the reference.
	const loss = wouldLoseAnnotations(parsed.sidecar, next, removed);
	if (loss.loses) {
		return { action: 'refuse', reason: lossReason(fileLabel, loss) };
	}
	if (conflicts.length > 0) {
		return {
			action: 'ask',
			reason: `${fileLabel} was changed on disk since it was read, and ${conflicts.length} change(s) conflict with yours`,
			conflicts,
			text: serializeSidecar(next, serialize),
			sidecar: next,
		};
	}
	return write(next, changedOnDisk);
}

/** A sidecar made on another version of the article, re-bound to the current text (same ids). */
function inCurrentText(sidecar: Sidecar, input: SavePlanInput, currentHash: string): Sidecar {
	if (sidecar.documentHash === currentHash) {
		return sidecar;
	}
	const bound = bindSidecar(sidecar, input.articleText, { labels: input.labels });
	return unbindAnnotations({ annotations: bound.annotations, orphans: bound.orphans, articleText: input.articleText, documentName: sidecar.document, base: sidecar });
}

function lossReason(fileLabel: string, loss: LossCheck): string {
	const shown = loss.missingIds.slice(0, 3).join(', ');
	const more = loss.missingIds.length > 3 ? ` and ${loss.missingIds.length - 3} more` : '';
	return `${fileLabel}: not saved: it would drop ${loss.missingIds.length} annotation(s) that no one removed (${shown}${more}); the file keeps ${loss.countOnDisk}`;
}

/** What a save needs: the in-memory decisions, in the editor's text when it has unsaved edits. */
export interface SaveRequest extends SavePlanInput {
	/**
	 * The editor's text when it differs from `articleText` (unsaved edits): `annotations` and
	 * `orphans` point into it and are placed in the saved text by their quotes first.
	 */
	readonly editorText?: string;
}

/**
 * A whole save, as one pure step (the extension runs it off the extension host): the decisions
 * placed in the saved article text, then `planSidecarSave`. While the editor has unsaved edits,
 * decisions are placed by their quotes; those not in the saved text yet go to `orphaned:` with a
 * reason, and are placed when the article is saved.
 */
export function planSave(request: SaveRequest): SavePlan {
	if (request.editorText === undefined || request.editorText === request.articleText) {
		return planSidecarSave(request);
	}
	const inEditor = unbindAnnotations({ annotations: request.annotations, orphans: request.orphans, articleText: request.editorText, documentName: request.documentName, base: request.base });
	const bound = bindSidecar(inEditor, request.articleText, { labels: request.labels, anchor: { fuzzy: false, minContext: 0.5 } });
	const alreadyOrphaned = new Set(request.orphans.map((orphan) => orphan.id));
	const orphans = bound.orphans.map((orphan) => (alreadyOrphaned.has(orphan.id) ? orphan : { ...orphan, reason: 'made in unsaved text; placed when the article is saved' }));
	return planSidecarSave({ ...request, annotations: bound.annotations, orphans });
}
