/**
 * The detection worker: loads the models once, keeps a detection state per open document, and
 * answers with entities after every batch of edits. It runs detection in slices so that a new
 * edit is never queued behind a whole long document.
 */
import { parentPort } from 'node:worker_threads';
import { loadDetector } from '../core/detect';
import type { Detector } from '../core/detect/types';
import { DocumentDetection, type RememberedName } from '../core/documentDetection';
import type { FrancAll } from '../core/language';
import type { LanguageCode } from '../core/types';
import { packEntities, type DetectionSettings, type FromWorker, type ToWorker } from './detectionProtocol';

/** Longest slice of detection between two looks at the message queue. */
const SLICE_MS = 20;
/** A big job posts what it has at this interval so the person sees highlights arrive. */
const PROGRESS_MS = 250;
/** Only jobs with at least this many chunks to go post partial results. */
const PROGRESS_MIN_CHUNKS = 64;

interface OpenDocument {
	readonly detection: DocumentDetection;
	readonly seq: number;
	version: number;
	lastPost: number;
	detectMs: number;
	posted: boolean;
}

const port = parentPort;
if (!port) {
	throw new Error('detectionWorker must run in a worker thread');
}

let detector: Detector | undefined;
let francAll: FrancAll | undefined;
let settings: DetectionSettings | undefined;
let memory: readonly RememberedName[] = [];
const documents = new Map<string, OpenDocument>();
/**
 * Articles that are not open, detected for the Documents tree: in slices too, and only while no
 * open document has work left, so that a long one never holds up the editor's highlights.
 */
const summaries: Array<{ readonly requestId: number; readonly key: string; detection: DocumentDetection }> = [];
/**
 * Finished summaries by article, oldest first, so that names the person teaches later can be
 * placed in them without the model (the tree's line of a closed article follows them); at most
 * KEPT_SUMMARY_CHARS of text, the oldest forgotten first.
 */
const kept = new Map<string, DocumentDetection>();
let keptChars = 0;
const KEPT_SUMMARY_CHARS = 20_000_000;
/** Kept summaries whose learned names are to be placed again, in slices like the rest. */
let refreshing: string[] = [];
let pumping = false;

function post(message: FromWorker, transfer: ArrayBuffer[] = []): void {
	port!.postMessage(message, transfer);
}

async function configure(next: DetectionSettings): Promise<void> {
	const started = performance.now();
	settings = next;
	try {
		const franc = await import('franc');
		francAll = franc.francAll as unknown as FrancAll;
		detector = loadDetector(next.modelDirectory, { languages: [...next.languages] });
	} catch (error) {
		detector = undefined;
		const message = error instanceof Error ? error.message : String(error);
		post({ kind: 'failed', message });
		for (const job of summaries.splice(0)) {
			post({ kind: 'summaryFailed', requestId: job.requestId, message });
		}
		return;
	}
	for (const [id, document] of documents) {
		documents.set(id, { ...document, detection: newDetection(document.detection.text, document.detection.chosenLanguage), posted: false });
	}
	for (const job of summaries) {
		job.detection = newDetection(job.detection.text, job.detection.chosenLanguage);
	}
	// read with other models: the tree reads those articles again when it needs them
	kept.clear();
	keptChars = 0;
	refreshing = [];
	post({ kind: 'ready', loadMs: Math.round(performance.now() - started), languages: detector.languages });
	schedulePump();
}

/** `language`: the article's language as a person set it; identified from the text when absent. */
function newDetection(text: string, language: LanguageCode | undefined): DocumentDetection {
	const detection = new DocumentDetection(detector!, francAll!, { languages: settings!.languages, minConfidence: settings!.minConfidence, labels: settings!.labels, ...(language ? { language } : {}) });
	if (memory.length > 0) {
		detection.setMemory(memory);
	}
	detection.open(text);
	return detection;
}

function handle(message: ToWorker): void {
	switch (message.kind) {
		case 'configure':
			void configure(message.settings);
			return;
		case 'open': {
			if (!detector) {
				// Not configured yet: keep the text; configure() builds the detection for it.
				documents.set(message.id, { detection: placeholderDetection(message.text, message.language), seq: message.seq, version: message.version, lastPost: 0, detectMs: 0, posted: false });
				return;
			}
			documents.set(message.id, { detection: newDetection(message.text, message.language), seq: message.seq, version: message.version, lastPost: 0, detectMs: 0, posted: false });
			break;
		}
		case 'edit': {
			const document = documents.get(message.id);
			if (!document) {
				post({ kind: 'resync', id: message.id, reason: 'not open in the worker' });
				return;
			}
			try {
				document.detection.edit(message.edits);
			} catch (error) {
				post({ kind: 'resync', id: message.id, reason: error instanceof Error ? error.message : String(error) });
				return;
			}
			if (document.detection.length !== message.expectedLength) {
				post({ kind: 'resync', id: message.id, reason: `length ${document.detection.length} instead of ${message.expectedLength}` });
				return;
			}
			document.version = message.version;
			document.posted = false;
			const first = message.edits[0];
			if (first) {
				document.detection.setFocus(first.start);
			}
			break;
		}
		case 'focus':
			documents.get(message.id)?.detection.setFocus(message.offset);
			return;
		case 'close': {
			const closed = documents.get(message.id);
			documents.delete(message.id);
			if (message.keep && closed && closed.detection.pendingChunks === 0) {
				keep(message.id, closed.detection);
			}
			return;
		}
		case 'ack': {
			const document = documents.get(message.id);
			if (document && document.version === message.version) {
				document.detection.acknowledge(message.generation);
			}
			return;
		}
		case 'memory':
			memory = message.names;
			for (const document of documents.values()) {
				document.detection.setMemory(memory);
				document.posted = false;
			}
			for (const job of summaries) {
				job.detection.setMemory(memory);
			}
			for (const detection of kept.values()) {
				detection.setMemory(memory);
			}
			refreshing = [...kept.keys()];
			break;
		case 'summarize':
			forget(message.key);
			startSummary(message.requestId, message.key, message.text, message.language);
			break;
		case 'forgetSummary':
			forget(message.key);
			return;
		case 'crashForTests':
			setImmediate(() => {
				throw new Error('a crash asked for by a test');
			});
			return;
		case 'cancelSummary': {
			const waiting = summaries.findIndex((job) => job.requestId === message.requestId);
			if (waiting >= 0) {
				summaries.splice(waiting, 1);
			}
			return;
		}
	}
	schedulePump();
}

/** Before the models are loaded, a document only needs to hold its text. */
function placeholderDetection(text: string, language: LanguageCode | undefined): DocumentDetection {
	const detection = new DocumentDetection({ languages: [], detect: () => [] }, () => [], language ? { language } : {});
	detection.open(text);
	return detection;
}

function startSummary(requestId: number, key: string, text: string, language: LanguageCode | undefined): void {
	if (!detector) {
		post({ kind: 'summaryFailed', requestId, message: 'the detector is not loaded' });
		return;
	}
	try {
		summaries.push({ requestId, key, detection: newDetection(text, language) });
	} catch (error) {
		post({ kind: 'summaryFailed', requestId, message: error instanceof Error ? error.message : String(error) });
	}
}

/** One slice of the oldest summary; true while summaries remain. */
function summarizeSlice(): boolean {
	const job = summaries[0];
	if (!job) {
		return false;
	}
	try {
		if (job.detection.detectPending(SLICE_MS)) {
			summaries.shift();
			const entities = packEntities(job.detection.entities());
			post({ kind: 'summary', requestId: job.requestId, profile: job.detection.profile, entities }, [entities.numbers.buffer as ArrayBuffer]);
			keep(job.key, job.detection);
		}
	} catch (error) {
		summaries.shift();
		post({ kind: 'summaryFailed', requestId: job.requestId, message: error instanceof Error ? error.message : String(error) });
	}
	return summaries.length > 0;
}

/** Keeps a finished summary (see `kept`); what the host has of it counts as taken. */
function keep(key: string, detection: DocumentDetection): void {
	forget(key);
	detection.acknowledge(detection.changedRange().generation);
	kept.set(key, detection);
	keptChars += detection.length;
	for (const oldest of kept.keys()) {
		if (keptChars <= KEPT_SUMMARY_CHARS) {
			break;
		}
		forget(oldest);
	}
}

function forget(key: string): void {
	const detection = kept.get(key);
	if (detection) {
		kept.delete(key);
		keptChars -= detection.length;
		refreshing = refreshing.filter((waiting) => waiting !== key);
	}
}

/** One slice of placing learned names in the oldest kept summary waiting for it; true while some wait. */
function refreshSlice(): boolean {
	const key = refreshing[0];
	const detection = key === undefined ? undefined : kept.get(key);
	if (!detection) {
		refreshing.shift();
		return refreshing.length > 0;
	}
	if (detection.detectPending(SLICE_MS)) {
		refreshing.shift();
		const { range, generation } = detection.changedRange();
		if (range) {
			const entities = packEntities(detection.entities());
			post({ kind: 'summaryChanged', key, entities }, [entities.numbers.buffer as ArrayBuffer]);
			detection.acknowledge(generation);
		}
	}
	return refreshing.length > 0;
}

function schedulePump(): void {
	if (!pumping && detector) {
		pumping = true;
		setImmediate(pump);
	}
}

/** One slice of work for every document with pending chunks, then back to the message queue. */
function pump(): void {
	pumping = false;
	let busy = false;
	for (const [id, document] of documents) {
		if (document.posted) {
			continue;
		}
		const started = performance.now();
		const pendingBefore = document.detection.pendingChunks;
		const complete = document.detection.detectPending(SLICE_MS);
		document.detectMs += performance.now() - started;
		const now = performance.now();
		const showProgress = !complete && pendingBefore >= PROGRESS_MIN_CHUNKS && now - document.lastPost >= PROGRESS_MS;
		if (complete || showProgress) {
			// Only what changed since the host's last acknowledgement travels.
			const { range, generation } = document.detection.changedRange();
			const span = range ?? { start: 0, end: 0 };
			const entities = packEntities(range ? document.detection.entitiesIn(range.start, range.end) : []);
			post(
				{ kind: 'result', id, seq: document.seq, version: document.version, generation, range: span, profile: document.detection.profile, complete, entities, detectMs: Math.round(document.detectMs) },
				[entities.numbers.buffer as ArrayBuffer],
			);
			document.lastPost = now;
		}
		if (complete) {
			document.posted = true;
			document.detectMs = 0;
		} else {
			busy = true;
		}
	}
	if (!busy) {
		busy = summarizeSlice() || refreshSlice();
	}
	if (busy) {
		schedulePump();
	}
}

port.on('message', (message: ToWorker) => {
	try {
		handle(message);
	} catch (error) {
		post({ kind: 'failed', message: error instanceof Error ? `${error.message}` : String(error) });
	}
});
