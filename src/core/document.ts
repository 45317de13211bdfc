import { newAnnotationId, type Annotation, type OrphanedAnnotation } from './annotation';
import { DecisionStore } from './decisionStore';
import { EntityStore, type StoreEdit } from './entityStore';
import { foldName, withArticleRestored } from './occurrences';
import type { ContentChange } from './shift';
import { countBelow } from './unicode';
import type { AnnotationStatus, DetectedEntity, TextRange } from './types';

/** How an entity is shown: a suggestion not reviewed yet, or a person's decision. */
export type EntityState = 'suggested' | 'accepted' | 'rejected';

/** One entity as the editor, the tree and the hover see it (UTF-16 offsets). */
export interface ViewEntity extends TextRange {
	/** Stable key: the annotation id, or `s:start:end:type` for a suggestion. */
	readonly key: string;
	readonly type: string;
	readonly text: string;
	readonly state: EntityState;
	readonly source: string;
	readonly confidence?: number;
	/** The stored decision behind an accepted or rejected entity. */
	readonly annotation?: Annotation;
}

/** What one editor change event did to the decisions (`applyEdits`). */
export interface EditResult {
	/** The new versions of decisions whose text an edit changed. */
	readonly changed: readonly Annotation[];
	/** Decisions an edit cut through or deleted, as they were before the event. */
	readonly dropped: readonly Annotation[];
	/** The orphans they became (also in `orphans`). */
	readonly orphaned: readonly OrphanedAnnotation[];
	/** Whether any decision moved or changed: the sidecar has positions to write. */
	readonly moved: boolean;
}

/** What a change did, so callers can tell the person and decide whether to save. */
export interface ChangeSummary {
	readonly added: readonly Annotation[];
	readonly removed: readonly Annotation[];
	readonly updated: readonly Annotation[];
	/** Annotations that lost their text and became orphans. */
	readonly orphaned: readonly OrphanedAnnotation[];
}

const NO_CHANGE: ChangeSummary = { added: [], removed: [], updated: [], orphaned: [] };
/** Person's changes that can be undone. */
const MAX_UNDO = 100;
/** Editor change events kept for undo across edits; past this many, older states are forgotten. */
const MAX_EDIT_LOG = 20_000;

/** Texts compare after Unicode normalisation and whitespace folding ("same string" rules). */
/** A note as stored: without surrounding blanks; nothing when only blanks are left. */
export function cleanNote(note: string | undefined): string | undefined {
	const trimmed = note?.trim();
	return trimmed ? trimmed : undefined;
}

export function normalizeEntityText(text: string): string {
	return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function overlaps(a: TextRange, b: TextRange): boolean {
	return a.start < b.end && b.start < a.end;
}

function sameRange(a: TextRange, b: TextRange): boolean {
	return a.start === b.start && a.end === b.end;
}

/**
 * A decision at the same range as a new one gives way to it unless it is a decision of the same
 * status on another type (a person may keep, say, both a PER and an ORG reading of a span).
 */
function isReplacedBy(decision: Annotation, status: AnnotationStatus, type: string): boolean {
	return decision.status !== status || decision.type === type;
}

function byPosition(a: TextRange & { type?: string }, b: TextRange & { type?: string }): number {
	if (a.start !== b.start) {
		return a.start - b.start;
	}
	if (a.end !== b.end) {
		return a.end - b.end;
	}
	const typeA = a.type ?? '';
	const typeB = b.type ?? '';
	return typeA < typeB ? -1 : typeA > typeB ? 1 : 0;
}

export function suggestionKey(entity: DetectedEntity): string {
	return `s:${entity.start}:${entity.end}:${entity.type}`;
}

/**
 * The annotations of one article: the person's decisions (accepted and rejected), the orphans
 * that lost their place, and the detector's suggestions filtered by those decisions. It holds no
 * text: operations take the text they need, so it stays cheap to update on every keystroke.
 */
export class DocumentAnnotations {
	/** The decisions, moved along with edits piece by piece (a keystroke does not copy them all). */
	private store: DecisionStore<Annotation>;
	private orphanList: OrphanedAnnotation[];
	private detected = new EntityStore();
	/** The rules hiding suggestions, derived from the decisions (rebuilt when they change). */
	private filter: SuggestionFilter | undefined;
	private visibleSuggestions: DetectedEntity[] | undefined;
	private countCache: EntityCounts | undefined;
	/** Accepted and rejected counts: edits that only move decisions leave them as they are. */
	private decisionCounts: Omit<EntityCounts, 'suggested'> | undefined;
	private viewCache: ViewEntity[] | undefined;
	private allCache: ViewEntity[] | undefined;
	/** Bumped on every change; callers use it to skip stale work. */
	revision = 0;
	/** What each of the last person's changes did, for undo (newest last). */
	private history: UndoStep[] = [];
	/** What each undo took back, for redo (newest last); a new change of the person's forgets them. */
	private redoSteps: UndoStep[] = [];
	/** The text edits (one editor change event each) made since the oldest remembered state. */
	private editLog: (readonly ContentChange[])[] = [];
	/** Edits made before `editLog[0]`. */
	private editsBefore = 0;
	private mutationDepth = 0;
	/**
	 * Who makes the decisions of this model (the `articleAnnotator.author` setting), stored as
	 * `author` on each new one; read at each decision, so a change of the setting applies at once.
	 */
	authorOf: () => string | undefined = () => undefined;

	constructor(annotations: readonly Annotation[] = [], orphans: readonly OrphanedAnnotation[] = []) {
		this.store = new DecisionStore([...annotations].sort(byPosition), byPosition);
		this.orphanList = [...orphans];
	}

	/** The decisions in text order, at their current offsets (built once per change: prefer window queries). */
	get annotations(): readonly Annotation[] {
		return this.decisions;
	}

	/** How many decisions are placed in the text. */
	get decisionCount(): number {
		return this.store.size;
	}

	private get decisions(): readonly Annotation[] {
		return this.store.all();
	}

	/** Replaces the decisions by a list in text order (`byPosition`). */
	private set decisions(sorted: readonly Annotation[]) {
		this.store = new DecisionStore(sorted, byPosition);
		this.filter = undefined;
	}

	get orphans(): readonly OrphanedAnnotation[] {
		return this.orphanList;
	}

	/** Every detector entity (materialised on demand: prefer window queries on long articles). */
	get detectedEntities(): readonly DetectedEntity[] {
		return this.detected.all();
	}

	/** How many entities the detector reported. */
	get detectedCount(): number {
		return this.detected.size;
	}

	/** Replaces the detector's output (sorted, non-overlapping, UTF-16). */
	setDetected(entities: readonly DetectedEntity[]): void {
		this.detected = new EntityStore(isSorted(entities) ? entities : [...entities].sort(byPosition));
		this.invalidateSuggestions();
	}

	/** Replaces the detector's entities in [from, to) by a new answer for that part of the text. */
	replaceDetectedIn(from: number, to: number, entities: readonly DetectedEntity[]): void {
		this.detected.replaceRange(from, to, entities);
		this.invalidateSuggestions();
	}

	/**
	 * Moves the detector's entities along with the edits of one change event (offsets of the text
	 * before the event, applied from the last one back); entities an edit touches are dropped
	 * until the detector reports on that text again.
	 */
	shiftDetected(edits: readonly StoreEdit[]): void {
		for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
			this.detected.applyEdit(edit);
		}
		this.invalidateSuggestions();
	}

	/** Replaces all decisions, e.g. after the sidecar changed on disk and was merged. */
	replaceAll(annotations: readonly Annotation[], orphans: readonly OrphanedAnnotation[]): void {
		this.forgetHistory();
		this.decisions = [...annotations].sort(byPosition);
		this.orphanList = [...orphans];
		this.invalidate();
	}

	/** Suggestions still waiting for review: not overlapping an accepted entity, not rejected. */
	suggestions(): readonly DetectedEntity[] {
		if (!this.visibleSuggestions) {
			const filter = this.suggestionFilter();
			this.visibleSuggestions = this.detected.all().filter((entity) => filter.shows(entity));
		}
		return this.visibleSuggestions;
	}

	/** Accepted and suggested entities in text order (rejected ones are not shown). */
	visibleEntities(): readonly ViewEntity[] {
		if (!this.viewCache) {
			const accepted = this.decisions.filter((annotation) => annotation.status === 'accepted').map(viewOfAnnotation);
			const suggested = this.suggestions().map(viewOfSuggestion);
			// Both lists are already in text order: merging keeps this linear.
			this.viewCache = mergeSorted(accepted, suggested);
		}
		return this.viewCache;
	}

	/**
	 * The visible entities overlapping [from, to): what an editor showing part of a long article
	 * needs, at the cost of the window, not of the article.
	 */
	visibleEntitiesIn(from: number, to: number): ViewEntity[] {
		if (this.viewCache) {
			return this.viewCache.filter((entity) => entity.start < to && entity.end > from);
		}
		const filter = this.suggestionFilter();
		const accepted = this.store
			.within(from, to)
			.filter((annotation) => annotation.status === 'accepted')
			.map(viewOfAnnotation);
		const suggested = this.detected
			.within(from, to)
			.filter((entity) => filter.shows(entity))
			.map(viewOfSuggestion);
		return mergeSorted(accepted, suggested);
	}

	/** Every entity including rejected decisions, for the tree's review counts. */
	allEntities(): readonly ViewEntity[] {
		if (!this.allCache) {
			const rejected = this.decisions.filter((annotation) => annotation.status === 'rejected').map(viewOfAnnotation);
			this.allCache = mergeSorted(this.visibleEntities(), rejected);
		}
		return this.allCache;
	}

	/** Accepted, suggested and rejected counts, per type for the shown ones (no entity list built). */
	counts(): EntityCounts {
		if (!this.countCache) {
			const filter = this.suggestionFilter();
			if (!this.decisionCounts) {
				const byType = new Map<string, number>();
				let accepted = 0;
				let rejected = 0;
				this.store.forEachUnplaced((annotation) => {
					if (annotation.status === 'accepted') {
						accepted++;
						byType.set(annotation.type, (byType.get(annotation.type) ?? 0) + 1);
					} else {
						rejected++;
					}
				});
				this.decisionCounts = { accepted, rejected, byType };
			}
			const { accepted, rejected } = this.decisionCounts;
			const byType = new Map(this.decisionCounts.byType);
			let suggested = 0;
			for (const entity of this.detected.all()) {
				if (filter.shows(entity)) {
					suggested++;
					byType.set(entity.type, (byType.get(entity.type) ?? 0) + 1);
				}
			}
			this.countCache = { accepted, suggested, rejected, byType };
		}
		return this.countCache;
	}

	/**
	 * The visible entity under an offset (a cursor): the one holding the character after it, else
	 * the one ending there (the cursor just after a name); an accepted one wins over a suggestion.
	 * Where two names touch, the cursor between them is at the start of the second: acting on the
	 * first there untagged (or rejected) a name the person was not on.
	 */
	entityAt(offset: number): ViewEntity | undefined {
		let best: ViewEntity | undefined;
		let bestHolds = false;
		for (const entity of this.visibleEntitiesIn(offset - 1, offset + 1)) {
			if (entity.start > offset || offset > entity.end) {
				continue;
			}
			const holds = offset < entity.end;
			if (!best || (holds && !bestHolds) || (holds === bestHolds && best.state === 'suggested' && entity.state === 'accepted')) {
				best = entity;
				bestHolds = holds;
			}
		}
		return best;
	}

	/** The first visible entity starting after `offset` (or, backwards, starting before it). */
	neighbour(offset: number, direction: 'next' | 'previous', states: readonly EntityState[] = ['suggested', 'accepted']): ViewEntity | undefined {
		const found: ViewEntity[] = [];
		if (states.includes('accepted')) {
			const accepted = this.decisions.filter((annotation) => annotation.status === 'accepted' && (direction === 'next' ? annotation.start > offset : annotation.start < offset));
			const nearest = direction === 'next' ? accepted[0] : accepted[accepted.length - 1];
			if (nearest) {
				found.push(viewOfAnnotation(nearest));
			}
		}
		if (states.includes('suggested')) {
			const filter = this.suggestionFilter();
			const suggestion = this.detected.neighbour(offset, direction, (entity) => filter.shows(entity));
			if (suggestion) {
				found.push(viewOfSuggestion(suggestion));
			}
		}
		found.sort(byPosition);
		return direction === 'next' ? found[0] : found[found.length - 1];
	}

	/**
	 * Tags a range as a type. Accepted entities it overlaps are replaced (a boundary correction);
	 * a rejection of exactly this range is lifted.
	 */
	tag(range: TextRange, text: string, type: string, source = 'user', now = new Date()): ChangeSummary {
		return this.mutate(() => {
			if (range.end <= range.start || text.length !== range.end - range.start) {
				throw new RangeError(`cannot tag [${range.start}, ${range.end}): the text does not match the range`);
			}
			const removed = this.decisions.filter((a) => (a.status === 'accepted' && overlaps(a, range)) || (a.status === 'rejected' && sameRange(a, range)));
			const suggestion = this.detected.within(range.start, range.end).find((entity) => sameRange(entity, range) && entity.type === type);
			// a boundary correction is the same entity: its notes (and another tool's fields) stay with it
			const replaced = removed.filter((a) => a.status === 'accepted');
			const notes = [...new Set(replaced.flatMap((a) => (a.note === undefined || a.note === '' ? [] : [a.note])))];
			const annotation: Annotation = {
				id: newAnnotationId(now.getTime()),
				type,
				start: range.start,
				end: range.end,
				text,
				status: 'accepted',
				source,
				...(suggestion && source !== 'user' ? { confidence: suggestion.confidence } : {}),
				...this.stamp(now),
				...(notes.length > 0 ? { note: notes.join(' / ') } : {}),
				...(replaced.length === 1 && replaced[0].extra !== undefined ? { extra: replaced[0].extra } : {}),
			};
			this.decisions = this.decisions.filter((a) => !removed.includes(a));
			this.insertDecision(annotation);
			return { ...NO_CHANGE, added: [annotation], removed };
		});
	}

	/**
	 * Tags several ranges as a type as one change (one undo takes them all back): a Tag command run
	 * with several selections. A range a later one overlaps is replaced by it, as by tagging in turn.
	 */
	tagEach(ranges: readonly { range: TextRange; text: string }[], type: string, now = new Date()): ChangeSummary {
		return this.mutate(() => {
			const added: Annotation[] = [];
			const removed: Annotation[] = [];
			for (const { range, text } of ranges) {
				const change = this.tag(range, text, type, 'user', now);
				added.push(...change.added);
				removed.push(...change.removed);
			}
			// what one range added and a later one replaced was neither there before nor is now
			return { ...NO_CHANGE, added: added.filter((a) => !removed.includes(a)), removed: removed.filter((a) => !added.includes(a)) };
		});
	}

	/** Accepts a suggestion as it is. */
	accept(suggestion: DetectedEntity, now = new Date()): ChangeSummary {
		return this.mutate(() => {
			return this.decide(suggestion, 'accepted', now);
		});
	}

	/** Rejects a suggestion: it is stored, hidden, and the same string is not suggested again here. */
	reject(suggestion: DetectedEntity, now = new Date()): ChangeSummary {
		return this.mutate(() => {
			return this.decide(suggestion, 'rejected', now);
		});
	}

	/**
	 * Accepts or rejects several suggestions as one change (one undo brings them all back). One an
	 * earlier rejection of its string hid meanwhile is decided already, and left alone.
	 */
	decideEach(suggestions: readonly DetectedEntity[], status: AnnotationStatus, now = new Date()): ChangeSummary {
		return this.mutate(() => {
			// One filter for the whole batch, told of each decision as it is made, and one merge at the
			// end: deciding them one by one built the filter again and searched every decision per
			// suggestion (accepting a selection of 8,000 suggestions held the editor for seconds).
			const filter = new SuggestionFilter(this.store, this.orphanList);
			const added: Annotation[] = [];
			const typeAt = new Map<number, string>();
			for (const suggestion of suggestions) {
				const shown = this.detected.within(suggestion.start, suggestion.end).some((entity) => sameRange(entity, suggestion) && entity.type === suggestion.type && filter.shows(entity));
				if (!shown) {
					continue;
				}
				const decision = this.makeDecision(suggestion, status, now);
				filter.add(decision);
				added.push(decision);
				// a decided range hides what is suggested there: no two of the batch share one
				typeAt.set(rangeKey(decision), decision.type);
			}
			if (added.length === 0) {
				return NO_CHANGE;
			}
			const removed = this.decisions.filter((a) => {
				const type = typeAt.get(rangeKey(a));
				return type !== undefined && isReplacedBy(a, status, type);
			});
			const gone = new Set(removed);
			this.decisions = mergeSorted(
				removed.length === 0 ? this.decisions : this.decisions.filter((a) => !gone.has(a)),
				[...added].sort(byPosition),
			);
			this.invalidate();
			return { ...NO_CHANGE, added, removed };
		});
	}

	/** Accepts every visible suggestion of a type. */
	acceptAllOfType(type: string, now = new Date()): ChangeSummary {
		return this.mutate(() => {
			const chosen = this.suggestions().filter((s) => s.type === type);
			if (chosen.length === 0) {
				return NO_CHANGE;
			}
			// One pass over the decisions for all of them (accepting one by one costs the number of
			// decisions each time: seconds for thousands): what `decide` would replace, then a merge.
			const ranges = new Set(chosen.map((s) => `${s.start}:${s.end}`));
			const removed = this.decisions.filter((a) => ranges.has(`${a.start}:${a.end}`) && isReplacedBy(a, 'accepted', type));
			const gone = new Set(removed);
			const added = chosen.map((suggestion) => this.makeDecision(suggestion, 'accepted', now));
			this.decisions = mergeSorted(
				this.decisions.filter((a) => !gone.has(a)),
				[...added].sort(byPosition),
			);
			this.invalidate();
			return { ...NO_CHANGE, added, removed };
		});
	}

	/**
	 * Removes an accepted or rejected decision. Untagging an accepted entity the detector still
	 * suggests stores a rejection instead, so it does not come straight back as a suggestion; a
	 * person's own tag that only learning suggests simply goes.
	 */
	untag(id: string, now = new Date()): ChangeSummary {
		return this.mutate(() => {
			const annotation = this.decisions.find((a) => a.id === id);
			if (!annotation) {
				return NO_CHANGE;
			}
			this.decisions = this.decisions.filter((a) => a !== annotation);
			// A remembered name at the place of the person's own tag is that tag echoed back by
			// learning (remembered names include this article's): a rejection stored for it would
			// hide the name everywhere here, a decision the person never made.
			const echoesTag = (entity: DetectedEntity) => entity.source === 'memory' && annotation.source === 'user';
			const stillSuggested = annotation.status === 'accepted' && this.detected.within(annotation.start, annotation.end).find((entity) => sameRange(entity, annotation) && !echoesTag(entity));
			if (stillSuggested) {
				const rejection = this.makeDecision(stillSuggested, 'rejected', now);
				this.insertDecision(rejection);
				return { ...NO_CHANGE, removed: [annotation], added: [rejection] };
			}
			this.invalidate();
			return { ...NO_CHANGE, removed: [annotation] };
		});
	}

	/**
	 * Writes, replaces or, given nothing but blanks, removes the person's note on a decision
	 * (brat's AnnotatorNotes, INCEpTION's comments: why a hard case was decided so).
	 */
	setNote(id: string, note: string | undefined, now = new Date()): ChangeSummary {
		return this.mutate(() => {
			const index = this.decisions.findIndex((a) => a.id === id);
			const cleaned = cleanNote(note);
			if (index < 0 || this.decisions[index].note === cleaned) {
				return NO_CHANGE;
			}
			const { note: _replaced, ...rest } = this.decisions[index];
			const updated: Annotation = { ...rest, ...(cleaned === undefined ? {} : { note: cleaned }), modified: now.toISOString() };
			this.decisions = this.decisions.map((annotation, i) => (i === index ? updated : annotation));
			this.invalidate();
			return { ...NO_CHANGE, updated: [updated] };
		});
	}

	/** Accepts or rejects a suggestion with a note on the decision: one change, one undo. */
	decideWithNote(suggestion: DetectedEntity, status: AnnotationStatus, note: string | undefined, now = new Date()): ChangeSummary {
		return this.mutate(() => this.decide(suggestion, status, now, cleanNote(note)));
	}

	/** Gives an accepted or rejected decision another type (a rejection becomes an acceptance). */
	changeType(id: string, type: string, now = new Date()): ChangeSummary {
		return this.mutate(() => {
			const index = this.decisions.findIndex((a) => a.id === id);
			if (index < 0) {
				return NO_CHANGE;
			}
			const updated: Annotation = { ...this.decisions[index], type, status: 'accepted', modified: now.toISOString() };
			this.decisions = this.decisions.map((annotation, i) => (i === index ? updated : annotation));
			// A span kept with two types, one retyped to the other's, is one decision again (and a
			// rejection of that type there is what the person now decides otherwise).
			const removed = this.decisions.filter((a) => a !== updated && sameRange(a, updated) && a.type === type);
			if (removed.length > 0) {
				this.decisions = this.decisions.filter((a) => !removed.includes(a));
			}
			this.invalidate();
			return { ...NO_CHANGE, updated: [updated], removed };
		});
	}

	/**
	 * Tags every given range as `type`, except where the person already decided otherwise
	 * (an overlapping accepted entity of another type, or a rejection of that range). Ranges are
	 * taken in text order: of two that overlap, the first is tagged and the other left alone.
	 */
	tagRanges(ranges: readonly { range: TextRange; text: string }[], type: string, now = new Date()): ChangeSummary & { skipped: number } {
		return this.mutate(() => {
			for (const { range, text } of ranges) {
				if (range.end <= range.start || text.length !== range.end - range.start) {
					throw new RangeError(`cannot tag [${range.start}, ${range.end}): the text does not match the range`);
				}
			}
			// One index over the decisions instead of a search of them per range (a name occurring
			// thousands of times in a long article with thousands of decisions took minutes). What
			// is tagged here overlaps nothing decided, so it is only compared with the last one tagged.
			const decided = new RangeIndex(this.decisions);
			const added: Annotation[] = [];
			let skipped = 0;
			for (const { range, text } of [...ranges].sort((a, b) => byPosition(a.range, b.range))) {
				const last = added[added.length - 1];
				if (last && sameRange(last, range)) {
					continue;
				}
				let already = false;
				let clash = last !== undefined && overlaps(last, range);
				decided.forEachOverlapping(range, (a) => {
					if (a.status === 'accepted' && a.type === type && sameRange(a, range)) {
						already = true;
					} else if (a.status === 'accepted' || sameRange(a, range)) {
						clash = true;
					}
				});
				if (already) {
					continue;
				}
				if (clash) {
					skipped++;
					continue;
				}
				added.push({ id: newAnnotationId(now.getTime()), type, start: range.start, end: range.end, text, status: 'accepted', source: 'user', ...this.stamp(now) });
			}
			if (added.length === 0) {
				return { ...NO_CHANGE, skipped };
			}
			this.decisions = mergeSorted(this.decisions, added);
			this.invalidate();
			return { ...NO_CHANGE, added, skipped };
		});
	}

	/**
	 * Records the result of live shifting (see shift.ts): new positions, and orphans of deleted
	 * text. `changes`, the edit that caused it, is remembered so that undo can move what it brings
	 * back along with it; without them, undo stops at this edit.
	 */
	applyShift(annotations: readonly Annotation[], newOrphans: readonly OrphanedAnnotation[], updated: readonly Annotation[], changes?: readonly ContentChange[]): ChangeSummary {
		this.logEdit(changes);
		this.decisions = [...annotations].sort(byPosition);
		this.orphanList = [...this.orphanList, ...newOrphans];
		this.invalidate();
		return { ...NO_CHANGE, updated, orphaned: newOrphans };
	}

	/**
	 * Moves the decisions along with one editor change event (offsets of the text before it; the
	 * rules are shift.ts's `applyContentChanges`), as the session does at each keystroke: the
	 * decisions an edit cuts through become orphans (`orphanOf` gives each its context, from the
	 * text before the event), and the event is remembered for undo. Only the decisions near the
	 * edits are rebuilt; the others move when they are next read (see decisionStore.ts).
	 * `textBefore` (the text before the event) lets text the event moves take its names along.
	 */
	applyEdits(changes: readonly ContentChange[], orphanOf: (dropped: Annotation) => OrphanedAnnotation, textBefore?: (start: number, end: number) => string): EditResult {
		const outcome = this.store.applyChanges(changes, textBefore);
		const orphaned = outcome.dropped.map(orphanOf);
		this.logEdit(changes);
		if (orphaned.length > 0) {
			this.orphanList = [...this.orphanList, ...orphaned];
		}
		// Decisions only moved: the rejected names and the counts stay (the filter asks the store for places).
		if (outcome.dropped.length > 0 || outcome.changed.some((annotation) => annotation.status === 'rejected')) {
			this.invalidate();
		} else {
			this.invalidateSuggestions();
		}
		return { ...outcome, orphaned };
	}

	/** Remembers a text edit for undo; without it, what undo would bring back cannot move with it, and undo stops here. */
	private logEdit(changes: readonly ContentChange[] | undefined): void {
		if (this.history.length > 0 || this.redoSteps.length > 0) {
			if (changes && this.editLog.length < MAX_EDIT_LOG) {
				this.editLog.push(changes);
			} else {
				this.forgetHistory();
			}
		}
	}

	/** Puts an orphan back at a range the person or re-anchoring chose. */
	placeOrphan(id: string, range: TextRange, text: string, now = new Date()): ChangeSummary {
		return this.placeOrphans([{ id, range, text }], now);
	}

	/**
	 * Puts orphans back at the ranges given, as one change (one undo takes them all back): a cut
	 * pasted back, an undo bringing deleted text back. One pass over the orphans and one merge
	 * into the decisions, where placing them one by one copied both lists per orphan (thousands of
	 * names pasted back held the editor for a minute).
	 */
	placeOrphans(placements: readonly { readonly id: string; readonly range: TextRange; readonly text: string }[], now = new Date()): ChangeSummary {
		return this.mutate(() => {
			// by id, in list order: an id twice is placed twice, first the first
			const byId = new Map<string, OrphanedAnnotation[]>();
			for (const orphan of this.orphanList) {
				const same = byId.get(orphan.id);
				if (same) {
					same.push(orphan);
				} else {
					byId.set(orphan.id, [orphan]);
				}
			}
			const taken = new Set<OrphanedAnnotation>();
			const placed: Annotation[] = [];
			for (const { id, range, text } of placements) {
				const orphan = byId.get(id)?.shift();
				if (!orphan) {
					continue;
				}
				taken.add(orphan);
				const { reason: _reason, ...rest } = orphan;
				placed.push({ ...rest, start: range.start, end: range.end, text, modified: now.toISOString() });
			}
			if (placed.length === 0) {
				return NO_CHANGE;
			}
			this.orphanList = this.orphanList.filter((o) => !taken.has(o));
			this.decisions = mergeSorted(this.decisions, [...placed].sort(byPosition));
			this.invalidate();
			return { ...NO_CHANGE, added: placed };
		});
	}

	/** Drops orphans for good (a person's action). */
	dropOrphans(ids: readonly string[]): ChangeSummary {
		return this.mutate(() => {
			const dropped = new Set(ids);
			const removed = this.orphanList.filter((o) => dropped.has(o.id));
			this.orphanList = this.orphanList.filter((o) => !dropped.has(o.id));
			this.invalidate();
			return { ...NO_CHANGE, removed };
		});
	}

	/**
	 * Runs several of the person's changes as one (a tree action on every mention of a name): one
	 * undo takes them all back, and the decisions are copied and compared once, not per change.
	 */
	batch<T>(changes: () => T): T {
		return this.mutate(changes);
	}

	/** Whether a person's change can be undone. */
	get canUndo(): boolean {
		return this.history.length > 0;
	}

	/** Whether an undone change can be made again. */
	get canRedo(): boolean {
		return this.redoSteps.length > 0;
	}

	/**
	 * Takes back the person's last change: what it added goes, what it removed comes back, moved
	 * along with the text edits made since. When one of those edits cut through a decision the
	 * undo would bring back, undo stops there: nothing changes, and `canUndo` and `canRedo` turn false.
	 */
	undo(): ChangeSummary {
		return this.revertLast(this.history, (inverse) => this.redoSteps.push(inverse));
	}

	/**
	 * Makes the last undone change again, moved along with the text edits made since the undo
	 * (stopping, as undo does, at an edit that cut through what it would bring back). Any other
	 * change of the person's since the undo has forgotten it.
	 */
	redo(): ChangeSummary {
		return this.revertLast(this.redoSteps, (inverse) => this.remember(inverse));
	}

	/** Reverts the last step of `steps` (undo's or redo's) and keeps the step that swaps it back on the other side; where an edit stopped it, forgets both sides. */
	private revertLast(steps: UndoStep[], keepInverse: (inverse: UndoStep) => void): ChangeSummary {
		const step = steps.pop();
		if (!step) {
			return NO_CHANGE;
		}
		const reverted = this.revert(step);
		if (!reverted) {
			this.forgetHistory();
			return NO_CHANGE;
		}
		keepInverse(reverted.inverse);
		this.trimEditLog();
		return reverted.change;
	}

	/**
	 * Swaps a step's two sides: what it added goes, what it removed comes back; returns the step that
	 * swaps them back. Nothing changes where an edit since cut through what would come back.
	 */
	private revert(step: UndoStep): { change: ChangeSummary; inverse: UndoStep } | undefined {
		// Moved piece by piece, as the decisions are at each keystroke: going over all of them at each
		// edit made since took seconds after a few thousand keystrokes.
		let back = step.removed;
		const since = step.edits - this.editsBefore;
		if (back.length > 0 && since < this.editLog.length) {
			const replay = new DecisionStore(back, byPosition);
			for (let k = since; k < this.editLog.length; k++) {
				if (replay.applyChanges(this.editLog[k]).dropped.length > 0) {
					return undefined;
				}
			}
			back = replay.all();
		}
		// What the step added may have moved or become an orphan since: found by id.
		const removedDecisions = this.decisions.filter((annotation) => step.added.has(annotation.id));
		const removedOrphans = this.orphanList.filter((orphan) => step.added.has(orphan.id));
		this.decisions = [...this.decisions.filter((annotation) => !step.added.has(annotation.id)), ...back].sort(byPosition);
		this.orphanList = [...this.orphanList.filter((orphan) => !step.added.has(orphan.id)), ...step.removedOrphans];
		this.invalidate();
		const added = [...back, ...step.removedOrphans];
		return {
			change: { ...NO_CHANGE, added, removed: [...removedDecisions, ...removedOrphans] },
			inverse: { removed: removedDecisions, removedOrphans, added: new Set(added.map((annotation) => annotation.id)), edits: this.editsBefore + this.editLog.length },
		};
	}

	private forgetHistory(): void {
		this.history = [];
		this.redoSteps = [];
		this.trimEditLog();
	}

	/** Drops the edits older than every remembered state. */
	private trimEditLog(): void {
		const oldest = Math.min(this.history[0]?.edits ?? Infinity, this.redoSteps[0]?.edits ?? Infinity, this.editsBefore + this.editLog.length);
		const drop = oldest - this.editsBefore;
		if (drop > 0) {
			this.editLog = this.editLog.slice(drop);
			this.editsBefore = oldest;
		}
	}

	private remember(step: UndoStep): void {
		this.history.push(step);
		if (this.history.length > MAX_UNDO) {
			this.history.shift();
		}
	}

	/** Runs a person's change, remembering the decisions before it (once for nested calls). */
	private mutate<T>(change: () => T): T {
		const outermost = this.mutationDepth++ === 0;
		const before = outermost ? { decisions: [...this.decisions], orphans: [...this.orphanList] } : undefined;
		try {
			return change();
		} finally {
			this.mutationDepth--;
			// Remember only changes that changed something (not a refused tag or an unknown id).
			if (before && !(sameItems(before.decisions, this.decisions) && sameItems(before.orphans, this.orphanList))) {
				this.remember(undoStep(before, this.decisions, this.orphanList, this.editsBefore + this.editLog.length));
				// a new change: what was undone before it cannot be redone on top of it
				this.redoSteps = [];
				this.trimEditLog();
			}
		}
	}

	private decide(suggestion: DetectedEntity, status: AnnotationStatus, now: Date, note?: string): ChangeSummary {
		const removed = this.decisions.filter((a) => sameRange(a, suggestion) && isReplacedBy(a, status, suggestion.type));
		this.decisions = this.decisions.filter((a) => !removed.includes(a));
		const made = this.makeDecision(suggestion, status, now);
		const annotation = note === undefined ? made : { ...made, note };
		this.insertDecision(annotation);
		return { ...NO_CHANGE, added: [annotation], removed };
	}

	private makeDecision(suggestion: DetectedEntity, status: AnnotationStatus, now: Date): Annotation {
		return {
			id: newAnnotationId(now.getTime()),
			type: suggestion.type,
			start: suggestion.start,
			end: suggestion.end,
			text: suggestion.text,
			status,
			source: suggestion.source,
			confidence: Math.round(suggestion.confidence * 1000) / 1000,
			...this.stamp(now),
		};
	}

	/** When a new decision was made, and by whom when the person named themselves. */
	private stamp(now: Date): { created: string; author?: string } {
		const author = this.authorOf()?.trim();
		return author ? { created: now.toISOString(), author } : { created: now.toISOString() };
	}

	private insertDecision(annotation: Annotation): void {
		const decisions = this.decisions;
		let index = decisions.length;
		while (index > 0 && byPosition(decisions[index - 1], annotation) > 0) {
			index--;
		}
		this.decisions = [...decisions.slice(0, index), annotation, ...decisions.slice(index)];
		this.invalidate();
	}

	/** The decisions changed: everything derived from them goes. */
	private invalidate(): void {
		this.filter = undefined;
		this.decisionCounts = undefined;
		this.invalidateSuggestions();
	}

	/** Only the detector's entities changed: the filter built from the decisions stays. */
	private invalidateSuggestions(): void {
		this.visibleSuggestions = undefined;
		this.viewCache = undefined;
		this.allCache = undefined;
		this.countCache = undefined;
		this.revision++;
	}

	private suggestionFilter(): SuggestionFilter {
		this.filter ??= new SuggestionFilter(this.store, this.orphanList);
		return this.filter;
	}
}

function viewOfSuggestion(suggestion: DetectedEntity): ViewEntity {
	return {
		key: suggestionKey(suggestion),
		start: suggestion.start,
		end: suggestion.end,
		type: suggestion.type,
		text: suggestion.text,
		state: 'suggested',
		source: suggestion.source,
		confidence: suggestion.confidence,
	};
}

/** One person's change, or what an undo took back, as undo and redo need it. */
interface UndoStep {
	/** decisions it removed, as they were then */
	readonly removed: readonly Annotation[];
	readonly removedOrphans: readonly OrphanedAnnotation[];
	/** ids of the decisions and orphans it added */
	readonly added: ReadonlySet<string>;
	/** text edits made before it (see `editLog`) */
	readonly edits: number;
}

function undoStep(before: { decisions: readonly Annotation[]; orphans: readonly OrphanedAnnotation[] }, decisions: readonly Annotation[], orphans: readonly OrphanedAnnotation[], edits: number): UndoStep {
	const beforeSet = new Set<Annotation>([...before.decisions, ...before.orphans]);
	const afterSet = new Set<Annotation>([...decisions, ...orphans]);
	return {
		removed: before.decisions.filter((annotation) => !afterSet.has(annotation)),
		removedOrphans: before.orphans.filter((orphan) => !afterSet.has(orphan)),
		added: new Set([...decisions, ...orphans].filter((annotation) => !beforeSet.has(annotation)).map((annotation) => annotation.id)),
		edits,
	};
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
	return a.length === b.length && a.every((item, i) => item === b[i]);
}

function isSorted(ranges: readonly TextRange[]): boolean {
	for (let i = 1; i < ranges.length; i++) {
		if (ranges[i].start < ranges[i - 1].start) {
			return false;
		}
	}
	return true;
}

/** Merges two lists sorted by position into one, in linear time (of equal items, `a`'s first). */
function mergeSorted<T extends TextRange & { type?: string }>(a: readonly T[], b: readonly T[]): T[] {
	if (b.length === 0) {
		return [...a];
	}
	if (a.length === 0) {
		return [...b];
	}
	const merged: T[] = new Array<T>(a.length + b.length);
	let i = 0;
	let j = 0;
	let k = 0;
	while (i < a.length && j < b.length) {
		merged[k++] = byPosition(a[i], b[j]) <= 0 ? a[i++] : b[j++];
	}
	while (i < a.length) {
		merged[k++] = a[i++];
	}
	while (j < b.length) {
		merged[k++] = b[j++];
	}
	return merged;
}

function viewOfAnnotation(annotation: Annotation): ViewEntity {
	return {
		key: annotation.id,
		start: annotation.start,
		end: annotation.end,
		type: annotation.type,
		text: annotation.text,
		state: annotation.status,
		source: annotation.source ?? 'user',
		...(annotation.confidence !== undefined ? { confidence: annotation.confidence } : {}),
		annotation,
	};
}

/** Counts for the tree and the status bar. */
export interface EntityCounts {
	readonly accepted: number;
	readonly suggested: number;
	readonly rejected: number;
	/** Shown entities (accepted and suggested) per type. */
	readonly byType: ReadonlyMap<string, number>;
}

/**
 * Whether a suggestion is shown: not overlapping an accepted entity, not rejected at that range,
 * and not of a string rejected in this article (the same name however its Arabic is voweled, and
 * a learned name's hit where ل + ال contracts: `withArticleRestored`). Built once per set of
 * decisions (the places are asked of the decisions' store, so edits that only move them keep it
 * right). A rejection an edit cut through is an orphan, placed nowhere, but the person still
 * rejected that string.
 */
class SuggestionFilter {
	/** The decisions' places are asked of the store itself: edits that only move them leave this filter right. */
	private readonly decisions: DecisionStore<Annotation>;
	private readonly rejectedRanges = new Set<number>();
	private readonly rejectedTexts: Set<string>;
	/** Verdicts per raw text, so a long article normalises each distinct name once. */
	private readonly textVerdicts = new Map<string, boolean>();
	/** Accepted decisions given to `add`, by start; disjoint, so their ends ascend too. */
	private readonly addedStarts: number[] = [];
	private readonly addedEnds: number[] = [];

	constructor(decisions: DecisionStore<Annotation>, orphans: readonly Annotation[]) {
		this.decisions = decisions;
		const rejected: Annotation[] = [];
		decisions.forEachUnplaced((annotation) => {
			if (annotation.status === 'rejected') {
				rejected.push(annotation);
			}
		});
		this.rejectedTexts = new Set([...rejected, ...orphans.filter((orphan) => orphan.status === 'rejected')].map((annotation) => foldName(normalizeEntityText(annotation.text))));
	}

	/**
	 * Takes one more decision into account (a batch decided at once). Accepted ones must not
	 * overlap what is accepted already: a suggestion this filter hides is never decided.
	 */
	add(decision: Annotation): void {
		if (decision.status === 'accepted') {
			const at = countBelow(this.addedStarts, decision.start);
			this.addedStarts.splice(at, 0, decision.start);
			this.addedEnds.splice(at, 0, decision.end);
			return;
		}
		this.rejectedRanges.add(rangeKey(decision));
		const key = foldName(normalizeEntityText(decision.text));
		if (!this.rejectedTexts.has(key)) {
			this.rejectedTexts.add(key);
			this.textVerdicts.clear();
		}
	}

	shows(entity: DetectedEntity): boolean {
		if (this.rejectedRanges.size > 0 && this.rejectedRanges.has(rangeKey(entity))) {
			return false;
		}
		// one window query: an accepted decision over it, or a rejection of exactly this range
		if (this.decisions.someWithin(entity.start, entity.end, (decision, start, end) => decision.status === 'accepted' || (start === entity.start && end === entity.end))) {
			return false;
		}
		if (this.rejectedTexts.size > 0) {
			const verdictKey = entity.source === 'memory' ? `m${entity.text}` : entity.text;
			let rejected = this.textVerdicts.get(verdictKey);
			if (rejected === undefined) {
				const key = foldName(normalizeEntityText(entity.text));
				const named = entity.source === 'memory' ? withArticleRestored(key) : undefined;
				rejected = this.rejectedTexts.has(key) || (named !== undefined && this.rejectedTexts.has(named));
				this.textVerdicts.set(verdictKey, rejected);
			}
			if (rejected) {
				return false;
			}
		}
		return !this.overlapsAdded(entity);
	}

	/** Whether a range overlaps one of the accepted decisions `add` was given (disjoint: the one starting last before its end tells). */
	private overlapsAdded(range: TextRange): boolean {
		const before = countBelow(this.addedStarts, range.end) - 1;
		return before >= 0 && this.addedEnds[before] > range.start;
	}
}

/** One number per range (offsets stay below 2^26 in any article the extension opens). */
function rangeKey(range: TextRange): number {
	return range.start * 0x4000000 + range.end;
}

/** Answers "does this range overlap any of these?" in logarithmic time for ranges sorted by start. */
class RangeIndex<T extends TextRange = TextRange> {
	private readonly items: readonly T[];
	private readonly starts: number[];
	private readonly ends: number[];
	/** Largest end among the first i+1 ranges: lets a backward scan stop early even when ranges nest. */
	private readonly prefixMaxEnd: number[];

	constructor(sorted: readonly T[]) {
		this.items = sorted;
		this.starts = sorted.map((r) => r.start);
		this.ends = sorted.map((r) => r.end);
		this.prefixMaxEnd = [];
		let max = -1;
		for (const end of this.ends) {
			max = Math.max(max, end);
			this.prefixMaxEnd.push(max);
		}
	}

	/** Calls `visit` for every range overlapping `range`, last first. */
	forEachOverlapping(range: TextRange, visit: (item: T) => void): void {
		for (let i = this.lastStartingBefore(range.end); i >= 0 && this.prefixMaxEnd[i] > range.start; i--) {
			if (this.ends[i] > range.start) {
				visit(this.items[i]);
			}
		}
	}

	/** Index of the last range starting before `offset` (-1 when none). */
	private lastStartingBefore(offset: number): number {
		let low = 0;
		let high = this.starts.length;
		while (low < high) {
			const mid = (low + high) >>> 1;
			if (this.starts[mid] < offset) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low - 1;
	}
}
