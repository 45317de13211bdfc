/**
 * Language-neutral edits of entity lists: merging rule and list finds into the model's, cutting one
 * entity in two, joining adjacent pairs. Shared by the detector and the per-language rules.
 */
import type { DetectedEntity } from '../types';
import { isOfficeWord, isTitleWord } from './nameSpans';

/**
 * Joins each entity with the next where they are one space apart and `pair` holds: one entity of
 * the first's type over both, as sure as the less sure. `entities` in text order; changed in place.
 */
export function joinAdjacentPairs(text: string, entities: DetectedEntity[], pair: (a: DetectedEntity, b: DetectedEntity) => boolean): void {
	let w = 0; // entities kept so far, compacted in place
	for (let k = 0; k < entities.length; k++) {
		const a = entities[k];
		const b = entities[k + 1];
		if (b && b.start === a.end + 1 && text.charCodeAt(a.end) === 32 && pair(a, b)) {
			entities[w++] = { ...a, end: b.end, text: text.slice(a.start, b.end), confidence: Math.min(a.confidence, b.confidence) };
			k++;
		} else entities[w++] = a;
	}
	entities.length = w;
}

/** Entity `e` cut in two: itself up to `firstEnd` (a rule's now), and a `type` entity from `secondStart` to its end. */
export function splitEntity(text: string, e: DetectedEntity, firstEnd: number, secondStart: number, type: string): [DetectedEntity, DetectedEntity] {
	return [
		{ ...e, end: firstEnd, text: text.slice(e.start, firstEnd), source: 'rule' },
		{ start: secondStart, end: e.end, type, text: text.slice(secondStart, e.end), confidence: e.confidence, source: 'rule' },
	];
}

/** The entities that overlap the range from `start` to `end`. */
export function overlapping(entities: readonly DetectedEntity[], start: number, end: number): DetectedEntity[] {
	return entities.filter((e) => e.start < end && start < e.end);
}

/** The entities with `replaced` taken out and `entity` put in, in text order (a new list). */
export function putEntity(entities: readonly DetectedEntity[], entity: DetectedEntity, replaced: readonly DetectedEntity[] = []): DetectedEntity[] {
	return [...entities.filter((e) => !replaced.includes(e)), entity].sort((a, b) => a.start - b.start);
}

/** A rule's entity of `type` over `text` from `start` to `end`. */
export function ruleEntity(text: string, start: number, end: number, type: string, confidence = 0.6): DetectedEntity {
	return { start, end, type, text: text.slice(start, end), confidence, source: 'rule' };
}

/** A range of the text that a rule types, and the type. */
export interface TypedRange {
	readonly start: number;
	readonly end: number;
	readonly type: string;
}

/** A rule's new entity and the entities it takes the place of. */
export interface Edit {
	readonly entity: DetectedEntity;
	readonly replaced: readonly DetectedEntity[];
}

/**
 * For each range (disjoint, in text order), the entities that overlap it: one pass over both, so
 * that a rule with many matches in a long text stays linear (`entities` in text order).
 */
export function overlapsOfRanges(entities: readonly DetectedEntity[], ranges: readonly { start: number; end: number }[]): DetectedEntity[][] {
	const found: DetectedEntity[][] = [];
	let k = 0;
	for (const { start, end } of ranges) {
		// what ends before this range ends before every later one too
		while (k < entities.length && entities[k].end <= start) k++;
		const inside: DetectedEntity[] = [];
		for (let j = k; j < entities.length && entities[j].start < end; j++) if (entities[j].end > start) inside.push(entities[j]);
		found.push(inside);
	}
	return found;
}

/** `entities` with the edits made (their ranges disjoint): one filter and one sort. */
export function applyEdits(entities: DetectedEntity[], edits: readonly Edit[]): DetectedEntity[] {
	if (edits.length === 0) return entities;
	const replaced = new Set(edits.flatMap((edit) => edit.replaced));
	return [...entities.filter((e) => !replaced.has(e)), ...edits.map((edit) => edit.entity)].sort((a, b) => a.start - b.start);
}

/**
 * `entities` with each range (disjoint, in text order) typed: a rule's entity where nothing
 * overlaps it (at `confidence`, or the rules' usual one), or the one entity read on exactly that
 * range retyped where `retypes` accepts it (a rule's now); left alone otherwise. The same list when
 * nothing changed; entities in text order.
 */
export function typeRanges(text: string, entities: DetectedEntity[], ranges: readonly TypedRange[], retypes: (e: DetectedEntity) => boolean, confidence?: number): DetectedEntity[] {
	if (ranges.length === 0) return entities;
	const edits: Edit[] = [];
	overlapsOfRanges(entities, ranges).forEach((inside, r) => {
		const { start, end, type } = ranges[r];
		if (inside.length === 0) edits.push({ entity: ruleEntity(text, start, end, type, confidence), replaced: [] });
		else if (inside.length === 1 && inside[0].start === start && inside[0].end === end && retypes(inside[0])) edits.push({ entity: { ...inside[0], type, source: 'rule' }, replaced: inside });
	});
	return applyEdits(entities, edits);
}

/**
 * `entities` with, for each range (disjoint, in text order), one entity of its type in place of
 * those read inside it, unless one reaches out of it or is no piece `replaces` accepts (a date, by
 * default), or that very entity is there already. The same list when nothing changed; entities in
 * text order.
 */
export function putOverPiecesAll(text: string, entities: DetectedEntity[], ranges: readonly TypedRange[], replaces: (e: DetectedEntity) => boolean = (e) => e.type !== 'DATE'): DetectedEntity[] {
	if (ranges.length === 0) return entities;
	const edits: Edit[] = [];
	overlapsOfRanges(entities, ranges).forEach((inside, r) => {
		const { start, end, type } = ranges[r];
		if (inside.some((e) => e.start < start || e.end > end || !replaces(e))) return;
		if (inside.length === 1 && inside[0].start === start && inside[0].end === end && inside[0].type === type) return;
		edits.push({ entity: ruleEntity(text, start, end, type, Math.max(0.6, ...inside.map((e) => e.confidence))), replaced: inside });
	});
	return applyEdits(entities, edits);
}

/**
 * The runs of entities (in text order) that `join` links one to the next, as [first, last] index
 * pairs, one-entity runs included: the lists of a text («Dakar, Thies and Ziguinchor»).
 */
export function entityRuns(text: string, entities: readonly DetectedEntity[], join: RegExp): [number, number][] {
	const runs: [number, number][] = [];
	let first = 0;
	while (first < entities.length) {
		let last = first;
		while (last + 1 < entities.length && join.test(text.slice(entities[last].end, entities[last + 1].start))) last++;
		runs.push([first, last]);
		first = last + 1;
	}
	return runs;
}

/** The entities with each that `replace` gives a replacement for replaced (the others as they are, the same array when none is). */
export function replaceWhere(entities: DetectedEntity[], replace: (e: DetectedEntity, k: number) => DetectedEntity | undefined): DetectedEntity[] {
	let out: DetectedEntity[] | undefined;
	entities.forEach((e, k) => {
		const replacement = replace(e, k);
		if (!replacement) return;
		out ??= entities.slice();
		out[k] = replacement;
	});
	return out ?? entities;
}

/** The entities with each that `cut` splits replaced by its two pieces (the others as they are, the same array when none is). */
export function splitWhere(entities: DetectedEntity[], cut: (e: DetectedEntity) => [DetectedEntity, DetectedEntity] | undefined): DetectedEntity[] {
	let out: DetectedEntity[] | undefined;
	for (let k = entities.length - 1; k >= 0; k--) {
		const pieces = cut(entities[k]);
		if (!pieces) continue;
		out ??= entities.slice();
		out.splice(k, 1, ...pieces);
	}
	return out ?? entities;
}

/**
 * Puts listed places into the detected entities (both sorted): where the model found nothing, or
 * persons (Arabic script only) and MISC within the place's words (its proclitic included: «وبرج
 * بوعريريج» read as a person); a place holding a model LOC or ORG, or inside or across a longer
 * entity («جامعة تيزي وزو»), is left to the model.
 */
export function mergeListedPlaces(text: string, entities: DetectedEntity[], places: readonly DetectedEntity[], starts: Int32Array, ends: Int32Array, n: number): DetectedEntity[] {
	const out: DetectedEntity[] = [];
	let i = 0;
	let token = 0;
	for (const place of places) {
		while (token < n && ends[token] <= place.start) token++;
		const wordStart = token < n ? Math.min(starts[token], place.start) : place.start;
		while (i < entities.length && entities[i].end <= wordStart) out.push(entities[i++]);
		let j = i;
		while (j < entities.length && entities[j].start >= wordStart && entities[j].end <= place.end) j++;
		if (j < entities.length && entities[j].start < place.end) {
			// «حاسي | مسعود وإليزي» read as a person: a person's name that starts inside a listed place
			// of two words or more and runs on past it through «و» is the place and a list after it
			// (placesInLists takes the rest: «وإليزي»)
			const across = entities[j];
			const list = across.type === 'PER' && across.start > place.start && across.end > place.end && /^\s+و/u.test(text.slice(place.end, across.end));
			if (!list) continue; // across or around it
			j++;
		}
		// the lists hold some organisations among the territories («الأمم المتحدة», «الاتحاد الأوروبي»);
		// a place the model found inside is its reading of the name («آسيا» of «جنوب شرق آسيا»,
		// «إسرائيل» of «دولة إسرائيل», as ANERcorp writes them)
		if (entities.slice(i, j).some((e) => e.type === 'ORG' || e.type === 'LOC')) continue;
		// in Latin script a person the model found there is its reading too: the world cities of the
		// lists bear persons' names («Pedro Sánchez», «Santa Claus», «Eleanor Roosevelt»: on the English
		// training text the override made 6 persons places, none rightly)
		if (/^\p{Script=Latin}/u.test(place.text) && entities.slice(i, j).some((e) => e.type === 'PER')) continue;
		out.push(place);
		i = j;
	}
	while (i < entities.length) out.push(entities[i++]);
	return out;
}

/**
 * Adds rule entities: where the model found nothing, or in place of the non-PER model entities a
 * rule span strictly contains or has the same span at a lower confidence. Keeps the order.
 */
export function mergeRules(entities: DetectedEntity[], rules: DetectedEntity[]): DetectedEntity[] {
	const drop = new Set<DetectedEntity>();
	const add: DetectedEntity[] = [];
	let i = 0;
	for (const r of rules) {
		while (i < entities.length && entities[i].end <= r.start) i++;
		let ok = true;
		const inside: DetectedEntity[] = [];
		for (let k = i; k < entities.length && entities[k].start < r.end; k++) {
			const e = entities[k];
			// the same span, found unsure by the model («Confederation of African Football» at 0.26)
			const same = e.start === r.start && e.end === r.end && e.confidence < r.confidence;
			const strictlyInside = e.start >= r.start && e.end <= r.end && e.end - e.start < r.end - r.start;
			if ((!strictlyInside && !same) || e.type === 'PER') {
				ok = false;
				break;
			}
			inside.push(e);
		}
		if (!ok) continue;
		for (const e of inside) drop.add(e);
		add.push(r);
	}
	if (!add.length) return entities;
	const kept = drop.size ? entities.filter((e) => !drop.has(e)) : entities;
	return merge(kept, add);
}

/**
 * «Turkish President Recep Tayyip Erdogan»: the model found «Erdogan» and the name after the title
 * is «Recep Tayyip Erdogan». A person the model found that ends where such a name ends starts
 * where the name starts (the model keeps its confidence). A model entity of another type with the
 * name's very span, found less sure than the title makes it, is the person; so is one that holds
 * the name after words of the title's office only. A model person with the name's span, less sure
 * than the title makes it, takes the title's confidence.
 */
export function extendPersonsToTitledNames(entities: DetectedEntity[], titled: readonly DetectedEntity[]): DetectedEntity[] {
	let out = entities;
	let k = 0;
	for (const name of titled) {
		while (k < entities.length && entities[k].end < name.end) k++;
		const found = entities[k];
		if (!found || found.end !== name.end) continue;
		if (found.type !== 'PER') {
			// «Police spokesperson Resila Onyango» read, unsure, as an ORG: the title says person;
			// «Chancellor of the Exchequer Rachel Reeves» read as the ORG «Exchequer Rachel Reeves»,
			// «Chancellor Helmut Kohl» as a place: the office's and the title's words are no part of the name
			const before = found.start < name.start ? found.text.slice(0, name.start - found.start).trim() : '';
			const words = before === '' || before.length >= 60 ? [] : before.split(/\s+/);
			const officeBefore = words.length > 0 && words.every((word) => isOfficeWord(word) || (isTitleWord(word) && found.confidence < name.confidence));
			// «Prime Minister Luís Montenegro» read, unsure, as the country alone: the surname is a place's
			// name; «Chancellor Helmut Kohl» with «Kohl» as an organisation
			const surnameAsPlace = (found.type === 'LOC' || found.type === 'ORG') && found.start > name.start && !/\s/u.test(found.text) && found.confidence < name.confidence;
			// a full name only: «governor of the Ilocos» is a place
			if (!/\s/u.test(name.text) || (!officeBefore && !surnameAsPlace && (found.start !== name.start || found.confidence >= name.confidence))) continue;
			if (k > 0 && entities[k - 1].end > name.start) continue;
			if (out === entities) out = entities.slice();
			out[k] = { ...found, start: name.start, text: name.text, type: 'PER', source: 'rule' };
			continue;
		}
		if (found.start === name.start && found.confidence < name.confidence) {
			// the same person, found unsure by the model («Emir Sheikh Tamim bin Hamad Al Thani» at
			// 0.24, under the command line's threshold): the title makes it surer
			if (out === entities) out = entities.slice();
			out[k] = { ...found, confidence: name.confidence };
			continue;
		}
		if (found.start <= name.start) continue;
		if (k > 0 && entities[k - 1].end > name.start) continue;
		if (out === entities) out = entities.slice();
		out[k] = { ...found, start: name.start, text: name.text };
	}
	return out;
}

/**
 * Adds `extra` entities (dates; rule and gazetteer finds) where they overlap no model entity;
 * keeps the order. One written with a number (a date: «21 من رمضان», "May 5, 2021") replaces the
 * model entities that lie wholly inside it: a month name read as a person's («رمضان», "May").
 */
export function merge(entities: DetectedEntity[], extra: DetectedEntity[]): DetectedEntity[] {
	const out: DetectedEntity[] = [];
	let i = 0;
	let j = 0;
	while (i < entities.length || j < extra.length) {
		if (j >= extra.length || (i < entities.length && entities[i].start < extra[j].start)) {
			out.push(entities[i++]);
			continue;
		}
		const d = extra[j++];
		// overlap with the previous model entity?
		const prev = out.length ? out[out.length - 1] : undefined;
		if (prev && prev.end > d.start) continue;
		let k = i;
		while (k < entities.length && entities[k].start < d.end) k++;
		if (k > i) {
			// overlapping model entities: the date wins only when it has a number and holds them whole
			if (!HAS_DIGIT.test(d.text) || entities[k - 1].end > d.end) continue;
			i = k;
		}
		out.push(d);
	}
	return out;
}

const HAS_DIGIT = /\p{Nd}/u;
