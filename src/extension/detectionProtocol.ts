/**
 * Messages between the extension host and its detection worker. Detection (model loading,
 * language identification, tagging) runs in a worker thread so it never blocks the extension
 * host that all extensions share. No `vscode` import here: the worker is plain Node.
 */
import type { TextEdit } from '../core/incremental';
import type { RememberedName } from '../core/documentDetection';
import type { LanguageProfile } from '../core/language';
import type { DetectedEntity, EntitySource, LanguageCode } from '../core/types';

export interface DetectionSettings {
	readonly modelDirectory: string;
	readonly languages: readonly LanguageCode[];
	readonly minConfidence: number;
	readonly labels: readonly string[];
}

export type ToWorker =
	| { readonly kind: 'configure'; readonly settings: DetectionSettings }
	/** `seq` numbers the host's opens of the document: its results carry it, so the host can tell answers to an earlier open. */
	/** `language`: the article's language as a person set it (its sidecar's `language:`); identified when absent. */
	| { readonly kind: 'open'; readonly id: string; readonly seq: number; readonly version: number; readonly text: string; readonly language?: LanguageCode }
	| { readonly kind: 'edit'; readonly id: string; readonly version: number; readonly edits: readonly TextEdit[]; readonly expectedLength: number }
	| { readonly kind: 'focus'; readonly id: string; readonly offset: number }
	/** `keep`: the document's detection stays as its article's summary (see `summarize`'s key: the id). */
	| { readonly kind: 'close'; readonly id: string; readonly keep?: boolean }
	/** The host applied the result carrying `generation`: the worker stops sending that range. */
	| { readonly kind: 'ack'; readonly id: string; readonly version: number; readonly generation: number }
	| { readonly kind: 'memory'; readonly names: readonly RememberedName[] }
	/** `key` names the article: its finished summary is kept, and sent again when learned names change it. */
	| { readonly kind: 'summarize'; readonly requestId: number; readonly key: string; readonly text: string; readonly language?: LanguageCode }
	/** The summary is no longer wanted (its article was opened): dropped, with no answer. */
	| { readonly kind: 'cancelSummary'; readonly requestId: number }
	/** The article's kept summary is no longer followed (it was opened, removed or read again). */
	| { readonly kind: 'forgetSummary'; readonly key: string }
	/** For tests: an uncaught error in the worker, as a bug in detection would raise. */
	| { readonly kind: 'crashForTests' };

export interface PackedEntities {
	/** Four integers per entity: start, end, type index | source index << 8, confidence × 10000. */
	readonly numbers: Int32Array;
	readonly types: readonly string[];
	readonly sources: readonly EntitySource[];
	readonly texts: readonly string[];
}

export type FromWorker =
	| { readonly kind: 'ready'; readonly loadMs: number; readonly languages: readonly LanguageCode[] }
	| { readonly kind: 'failed'; readonly message: string }
	/**
	 * The entities of `range` (current offsets; every entity the host holds there is replaced) after
	 * the edits up to `version`. Only what changed since the host's last acknowledgement is sent,
	 * so a keystroke in a long article costs the size of the text around it.
	 */
	| {
			readonly kind: 'result';
			readonly id: string;
			/** The `seq` of the open this answers. */
			readonly seq: number;
			readonly version: number;
			readonly generation: number;
			readonly range: { readonly start: number; readonly end: number };
			readonly profile: LanguageProfile;
			readonly complete: boolean;
			readonly entities: PackedEntities;
			readonly detectMs: number;
	  }
	| { readonly kind: 'resync'; readonly id: string; readonly reason: string }
	| { readonly kind: 'summary'; readonly requestId: number; readonly profile: LanguageProfile; readonly entities: PackedEntities }
	| { readonly kind: 'summaryFailed'; readonly requestId: number; readonly message: string }
	/** A kept summary's entities after the learned names changed (the model was not run again). */
	| { readonly kind: 'summaryChanged'; readonly key: string; readonly entities: PackedEntities };

export function packEntities(entities: readonly DetectedEntity[]): PackedEntities {
	const numbers = new Int32Array(entities.length * 4);
	const types: string[] = [];
	const sources: EntitySource[] = [];
	const texts: string[] = new Array(entities.length);
	entities.forEach((entity, i) => {
		let typeIndex = types.indexOf(entity.type);
		if (typeIndex < 0) {
			typeIndex = types.push(entity.type) - 1;
		}
		let sourceIndex = sources.indexOf(entity.source);
		if (sourceIndex < 0) {
			sourceIndex = sources.push(entity.source) - 1;
		}
		numbers[i * 4] = entity.start;
		numbers[i * 4 + 1] = entity.end;
		numbers[i * 4 + 2] = typeIndex | (sourceIndex << 8);
		numbers[i * 4 + 3] = Math.round(entity.confidence * 10000);
		texts[i] = entity.text;
	});
	return { numbers, types, sources, texts };
}

export function unpackEntities(packed: PackedEntities): DetectedEntity[] {
	const { numbers, types, sources, texts } = packed;
	const entities: DetectedEntity[] = new Array(texts.length);
	for (let i = 0; i < texts.length; i++) {
		const kinds = numbers[i * 4 + 2];
		entities[i] = {
			start: numbers[i * 4],
			end: numbers[i * 4 + 1],
			type: types[kinds & 0xff],
			source: sources[kinds >> 8],
			confidence: numbers[i * 4 + 3] / 10000,
			text: texts[i],
		};
	}
	return entities;
}
