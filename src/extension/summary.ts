import type { OrphanedAnnotation } from '../core/annotation';
import { normalizeEntityText, type EntityState, type ViewEntity } from '../core/document';
import { lastAtOrBelow } from '../core/sortedSearch';

/** What the Documents tree shows of one article, whether it is open or was scanned in the background. */
export interface ArticleSummary {
	readonly language: string;
	readonly rightToLeft: boolean;
	/** Accepted, suggested and rejected entities, in text order (may be built when first read). */
	readonly entities: readonly ViewEntity[];
	/** The counts, when known without building `entities` (open articles). */
	readonly counts?: ReviewCounts;
	readonly orphans: readonly OrphanedAnnotation[];
	/** Why the sidecar cannot be written (broken, conflict markers...), when it cannot. */
	readonly problem?: string;
	/** The text, for line numbers and context of mentions (open documents give positions instead). */
	readonly lineStarts?: readonly number[];
}

export interface ReviewCounts {
	readonly accepted: number;
	readonly suggested: number;
	readonly rejected: number;
	readonly byType: ReadonlyMap<string, number>;
}

/** The counts of a summary: given, or counted from its entities. */
export function summaryCounts(summary: ArticleSummary): ReviewCounts {
	return summary.counts ?? countEntities(summary.entities);
}

/** Counts for the tree: entities per type count accepted and suggested ones (what the person sees). */
export function countEntities(entities: readonly ViewEntity[]): ReviewCounts {
	let accepted = 0;
	let suggested = 0;
	let rejected = 0;
	const byType = new Map<string, number>();
	for (const entity of entities) {
		if (entity.state === 'accepted') {
			accepted++;
		} else if (entity.state === 'suggested') {
			suggested++;
		} else {
			rejected++;
			continue;
		}
		byType.set(entity.type, (byType.get(entity.type) ?? 0) + 1);
	}
	return { accepted, suggested, rejected, byType };
}

/** Mentions of one name of one type, grouped for the tree. */
export interface EntityGroup {
	readonly type: string;
	/** Normalised text: the group key. */
	readonly key: string;
	/** The text as first seen. */
	readonly text: string;
	readonly mentions: readonly ViewEntity[];
	readonly states: ReadonlySet<EntityState>;
}

/** Groups per entity list and type: the tree asks for the same groups once per name node. */
const groupCache = new WeakMap<readonly ViewEntity[], Map<string, { groups: EntityGroup[]; byKey: Map<string, EntityGroup> }>>();

/**
 * Groups entities of a type by their (normalised) text, most mentioned first. Entity lists are
 * rebuilt on every change, so a list seen before has the same groups: they are remembered.
 */
export function groupByName(entities: readonly ViewEntity[], type: string): EntityGroup[] {
	return groupsOf(entities, type).groups;
}

/** The group of one name, found without regrouping. */
export function groupNamed(entities: readonly ViewEntity[], type: string, key: string): EntityGroup | undefined {
	return groupsOf(entities, type).byKey.get(key);
}

function groupsOf(entities: readonly ViewEntity[], type: string): { groups: EntityGroup[]; byKey: Map<string, EntityGroup> } {
	let byType = groupCache.get(entities);
	if (!byType) {
		byType = new Map();
		groupCache.set(entities, byType);
	}
	let cached = byType.get(type);
	if (!cached) {
		const building = new Map<string, { text: string; mentions: ViewEntity[]; states: Set<EntityState> }>();
		for (const entity of entities) {
			if (entity.type !== type) {
				continue;
			}
			const key = normalizeEntityText(entity.text);
			let group = building.get(key);
			if (!group) {
				group = { text: entity.text, mentions: [], states: new Set() };
				building.set(key, group);
			}
			group.mentions.push(entity);
			group.states.add(entity.state);
		}
		const groups = [...building.entries()]
			.map(([key, group]) => ({ type, key, text: group.text, mentions: group.mentions, states: group.states }))
			.sort((a, b) => b.mentions.length - a.mentions.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
		cached = { groups, byKey: new Map(groups.map((group) => [group.key, group])) };
		byType.set(type, cached);
	}
	return cached;
}

/**
 * Offsets where each line starts, for turning offsets into line numbers without an open document:
 * lines end where VS Code ends them once it is open (CRLF, LF, or a lone CR).
 */
export function computeLineStarts(text: string): number[] {
	const starts = [0];
	for (const lineEnd of text.matchAll(/\r\n?|\n/g)) {
		starts.push(lineEnd.index + lineEnd[0].length);
	}
	return starts;
}

export function lineOf(lineStarts: readonly number[], offset: number): number {
	return lastAtOrBelow(lineStarts, offset);
}

/**
 * Wraps text of either direction in Unicode isolates (FSI … PDI) so an Arabic name next to Latin
 * counts and punctuation in a tree label or message keeps its own order.
 */
export function isolate(text: string): string {
	return `\u2068${text}\u2069`;
}
