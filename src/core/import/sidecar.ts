/**
 * Adding imported decisions to an article's sidecar: only additions. What the sidecar already
 * holds stays as it is (a person's decision there outranks an imported one at the same place),
 * and the save goes through the same plan as the editor's, so it can never hold less than before.
 */

import type { Annotation } from '../annotation';
import { bindSidecar } from '../sidecar/bind';
import { planSidecarSave } from '../sidecar/merge';
import { quoteForMessage, type Sidecar } from '../sidecar/model';
import { namesArticle } from '../sidecar/paths';

export interface ImportIntoSidecarInput {
	/** The article text (BOM removed) the annotations' UTF-16 offsets point into. */
	readonly articleText: string;
	/** The article's file name (the sidecar's `document`). */
	readonly documentName: string;
	readonly labels: readonly string[];
	readonly imported: readonly Annotation[];
	/** The sidecar on disk, read without errors, and its exact text; undefined when there is none. */
	readonly existing?: { readonly sidecar: Sidecar; readonly text: string };
	/** Sidecar file name for messages. */
	readonly fileLabel: string;
}

export type ImportPlan =
	| {
			readonly action: 'write';
			/** The sidecar's new text. */
			readonly text: string;
			readonly added: readonly Annotation[];
			/** Imported decisions the sidecar already held (same place, type and status). */
			readonly already: number;
			/** Imported decisions at a place where the sidecar decided otherwise: the sidecar's kept. */
			readonly kept: readonly string[];
			/** Imported decisions the input itself contradicts (one place, two types): the first kept, these not imported. */
			readonly contradicted: readonly string[];
			/** What the rewrite changes in the sidecar beyond the decisions added: an id it held twice gets a new one. */
			readonly renamedIds: readonly string[];
	  }
	| { readonly action: 'nothing'; readonly already: number; readonly kept: readonly string[]; readonly contradicted: readonly string[] }
	| {
			readonly action: 'refuse';
			readonly reason: string;
			/** The sidecar's decisions are not where it says in this text (re-anchored or orphaned). */
			readonly misplaced?: boolean;
	  };

/** Decides what the sidecar becomes with the imported decisions added. Pure. */
export function planImport(input: ImportIntoSidecarInput): ImportPlan {
	const { existing, fileLabel } = input;
	let current: Annotation[] = [];
	let reanchored = 0;
	let newOrphans = 0;
	let orphans: ReturnType<typeof bindSidecar>['orphans'] = [];
	let renamedIds: string[] = [];
	if (existing) {
		if (!namesArticle(existing.sidecar.document, input.documentName)) {
			return { action: 'refuse', reason: `${fileLabel} is the sidecar of ${quoteForMessage(existing.sidecar.document)}, not of ${quoteForMessage(input.documentName)}; nothing imported` };
		}
		const bound = bindSidecar(existing.sidecar, input.articleText, { labels: input.labels });
		reanchored = bound.reanchored;
		current = bound.annotations;
		orphans = bound.orphans;
		renamedIds = bound.problems.filter((problem) => problem.code === 'duplicate-id').map((problem) => problem.message);
		// orphans placed again are counted in `reanchored`; past those, what is orphaned now and was not
		newOrphans = Math.max(0, orphans.length - existing.sidecar.orphaned.length);
	}
	const byPlace = new Map<string, Annotation>();
	for (const annotation of current) {
		byPlace.set(`${annotation.start}:${annotation.end}`, annotation);
	}
	const added: Annotation[] = [];
	const addedHere = new Set<Annotation>();
	const kept: string[] = [];
	const contradicted: string[] = [];
	let already = 0;
	for (const annotation of input.imported) {
		const place = `${annotation.start}:${annotation.end}`;
		const there = byPlace.get(place);
		if (!there) {
			byPlace.set(place, annotation);
			added.push(annotation);
			addedHere.add(annotation);
		} else if (there.type === annotation.type && there.status === annotation.status) {
			already++;
		} else {
			const what = `${annotation.type} ${annotation.status} ${quoteForMessage(annotation.text)}`;
			if (addedHere.has(there)) {
				contradicted.push(`${what}: the same place is ${there.type} ${there.status} earlier in the input; the first kept`);
			} else {
				kept.push(`${what}: the sidecar has it ${there.type} ${there.status}; kept`);
			}
		}
	}
	if (added.length === 0) {
		return { action: 'nothing', already, kept, contradicted };
	}
	if (reanchored > 0) {
		// writing now would also confirm those moves, which is the person's to do
		return { action: 'refuse', reason: `${fileLabel}: ${reanchored} annotation(s) are no longer where it says (the article changed since it was saved); open the article in VS Code to confirm their new places first; nothing imported`, misplaced: true };
	}
	if (newOrphans > 0) {
		// writing now would move those decisions under `orphaned:` unasked, which is the person's to do as well
		return { action: 'refuse', reason: `${fileLabel}: ${newOrphans} decision(s) of it are no longer in the article (it changed since it was saved); open the article in VS Code to re-place or drop them first; nothing imported`, misplaced: true };
	}
	const plan = planSidecarSave({
		articleText: input.articleText,
		documentName: input.documentName,
		annotations: [...current, ...added],
		orphans,
		base: existing?.sidecar,
		baseText: existing?.text,
		diskText: existing?.text,
		labels: input.labels,
		fileLabel,
	});
	if (plan.action !== 'write') {
		return { action: 'refuse', reason: plan.reason };
	}
	return { action: 'write', text: plan.text, added, already, kept, contradicted, renamedIds };
}
