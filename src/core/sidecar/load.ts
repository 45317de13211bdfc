/**
 * Taking a sidecar in, as one pure step (the extension runs it off the extension host): read its
 * bytes, then place its annotations in the article as the editor shows it.
 */
import { bindSidecar, unbindAnnotations, type BindResult } from './bind';
import { readSidecarBytes, type SidecarParseResult } from './codec';
import type { Sidecar } from './model';

export interface BindToTextOptions {
	/** The article as saved: the sidecar's offsets point into it. */
	readonly diskText: string;
	/** The editor's text when it differs from `diskText` (unsaved edits, normalised line ends). */
	readonly editorText?: string;
	readonly labels: readonly string[];
	/** The article's file name. */
	readonly documentName: string;
}

/**
 * Places a sidecar's annotations in the editor's text. They are placed in the file's text first
 * (which the sidecar's offsets point into); where the editor's text differs from the file's they
 * are then carried over by their quotes, which is not a re-anchoring to confirm.
 */
export function bindToText(sidecar: Sidecar, options: BindToTextOptions): BindResult {
	const bound = bindSidecar(sidecar, options.diskText, { labels: options.labels });
	if (options.editorText === undefined || options.editorText === options.diskText) {
		return bound;
	}
	const inFile = unbindAnnotations({ annotations: bound.annotations, orphans: bound.orphans, articleText: options.diskText, documentName: options.documentName, base: sidecar });
	const carried = bindSidecar(inFile, options.editorText, { labels: options.labels, anchor: { fuzzy: false } });
	return { ...carried, moves: bound.moves, reanchored: bound.reanchored, differsFromFile: bound.differsFromFile, problems: bound.problems };
}

export interface LoadRequest extends BindToTextOptions {
	readonly bytes: Uint8Array;
	/** Larger sidecars are not read. */
	readonly maxBytes: number;
}

export type LoadResult =
	| { readonly ok: false; readonly parsed: SidecarParseResult & { ok: false } }
	| {
			readonly ok: true;
			readonly parsed: SidecarParseResult & { ok: true };
			/** The sidecar's text as read (what a save compares the file on disk with). */
			readonly text: string;
			readonly bound: BindResult;
	  };

/** Reads a sidecar's bytes and places its annotations (see `bindToText`). */
export function loadSidecar(request: LoadRequest): LoadResult {
	const parsed = readSidecarBytes(request.bytes, { maxBytes: request.maxBytes });
	if (!parsed.ok) {
		return { ok: false, parsed };
	}
	return { ok: true, parsed, text: new TextDecoder().decode(request.bytes), bound: bindToText(parsed.sidecar, request) };
}
