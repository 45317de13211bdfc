import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DetectionSettings, FromWorker, ToWorker } from '../../src/extension/detectionProtocol';
import { tsWorkerScript } from './support/tsWorker';

const ROOT = join(__dirname, '..', '..');
const SETTINGS: DetectionSettings = { modelDirectory: join(ROOT, 'media', 'models'), languages: ['ar', 'fr', 'en'], minConfidence: 0.3, labels: ['PER', 'ORG', 'LOC', 'DATE', 'MISC'] };
/** A long article for the tree to summarise: this sentence, many times. */
const SENTENCE = 'The minister met Angela Merkel in Berlin on Monday.\n';
const SENTENCES = 3000;

const WORKER_SCRIPT = tsWorkerScript(join(ROOT, 'src', 'extension', 'detectionWorker.ts'));

/** A worker and every message it sent, with a way to wait for one. */
function startWorker(): { send: (message: ToWorker) => void; received: FromWorker[]; until: (what: string, found: () => boolean) => Promise<void>; stop: () => Promise<number> } {
	const worker = new Worker(WORKER_SCRIPT);
	const received: FromWorker[] = [];
	let wake: (() => void) | undefined;
	worker.on('message', (message: FromWorker) => {
		received.push(message);
		wake?.();
	});
	return {
		send: (message) => worker.postMessage(message),
		received,
		until: async (what, found) => {
			const deadline = Date.now() + 120_000;
			while (!found()) {
				if (Date.now() > deadline) throw new Error(`no ${what} from the detection worker; it sent: ${received.map((m) => m.kind).join(', ')}`);
				await new Promise<void>((resolve) => {
					wake = resolve;
					setTimeout(resolve, 200);
				});
			}
		},
		stop: () => worker.terminate(),
	};
}

/** A worker configured with the shipped models, once it says it is ready. */
async function readyWorker(): Promise<ReturnType<typeof startWorker>> {
	const worker = startWorker();
	try {
		worker.send({ kind: 'configure', settings: SETTINGS });
		await worker.until('ready', () => worker.received.some((m) => m.kind === 'ready'));
	} catch (error) {
		await worker.stop();
		throw error;
	}
	return worker;
}

test('a long article summarised for the tree waits for the open documents: their highlights come first', async () => {
	const worker = await readyWorker();
	try {
		worker.send({ kind: 'summarize', requestId: 7, key: 'long', text: SENTENCE.repeat(SENTENCES) });
		worker.send({ kind: 'open', id: 'open-article', seq: 1, version: 1, text: 'Angela Merkel visited Paris.' });
		const finished = (): FromWorker[] => worker.received.filter((m) => (m.kind === 'result' && m.complete) || m.kind === 'summary' || m.kind === 'summaryFailed');
		await worker.until('summary and complete result', () => finished().length >= 2);
		assert.deepEqual(
			finished().map((m) => m.kind),
			['result', 'summary'],
			'the open article is answered before the summary is done',
		);
		const result = finished()[0];
		assert.ok(result.kind === 'result' && result.id === 'open-article');
		assert.ok(result.entities.texts.includes('Angela Merkel'));
		// sliced, the summary is still whole: every sentence's person
		const summary = finished()[1];
		assert.ok(summary.kind === 'summary' && summary.requestId === 7);
		assert.equal(summary.entities.texts.filter((text) => text === 'Angela Merkel').length, SENTENCES);
		assert.equal(summary.profile.language, 'en');
	} finally {
		await worker.stop();
	}
});

test('a summary waiting in the worker fails with the reason when the models cannot be loaded, rather than hanging', async () => {
	const worker = await readyWorker();
	try {
		worker.send({ kind: 'summarize', requestId: 9, key: 'long', text: SENTENCE.repeat(SENTENCES) });
		// settings changed to a folder without models while the summary is still in slices
		worker.send({ kind: 'configure', settings: { ...SETTINGS, modelDirectory: join(ROOT, 'no-such-models') } });
		const answer = (): FromWorker | undefined => worker.received.find((m) => (m.kind === 'summary' || m.kind === 'summaryFailed') && m.requestId === 9);
		await worker.until('an answer to the summary', () => answer() !== undefined);
		const failed = answer();
		assert.ok(failed?.kind === 'summaryFailed', `got ${failed?.kind}`);
		assert.match(failed.message, /no-such-models/);
		assert.ok(worker.received.some((m) => m.kind === 'failed'), 'the worker says it failed');
	} finally {
		await worker.stop();
	}
});

test('a summary given up (its article was opened) is dropped: the next one is answered and it never is', async () => {
	const worker = await readyWorker();
	try {
		worker.send({ kind: 'summarize', requestId: 11, key: 'long', text: SENTENCE.repeat(SENTENCES) });
		worker.send({ kind: 'summarize', requestId: 12, key: 'short', text: 'Angela Merkel visited Paris.' });
		worker.send({ kind: 'cancelSummary', requestId: 11 });
		const answers = (): FromWorker[] => worker.received.filter((m) => m.kind === 'summary' || m.kind === 'summaryFailed');
		await worker.until('the second summary', () => answers().some((m) => m.kind === 'summary' && m.requestId === 12));
		// the summaries go in turn: without the cancel, the long first one would have come first
		assert.deepEqual(
			answers().map((m) => m.kind === 'summary' || m.kind === 'summaryFailed' ? m.requestId : -1),
			[12],
		);
	} finally {
		await worker.stop();
	}
});

test('a finished summary follows the names the person teaches, without the model, until it is forgotten', async () => {
	const worker = await readyWorker();
	try {
		worker.send({ kind: 'summarize', requestId: 21, key: 'closed', text: 'Le groupe zorblax a publié ses comptes à Paris.\nSelon zorblax, tout va bien.\n' });
		await worker.until('the summary', () => worker.received.some((m) => m.kind === 'summary' && m.requestId === 21));
		const summary = worker.received.find((m) => m.kind === 'summary' && m.requestId === 21);
		assert.ok(summary?.kind === 'summary' && !summary.entities.texts.includes('zorblax'), 'the model does not read it');
		worker.send({ kind: 'memory', names: [{ text: 'zorblax', type: 'ORG' }] });
		const changed = (): FromWorker[] => worker.received.filter((m) => m.kind === 'summaryChanged');
		await worker.until('the summary with the taught name', () => changed().length > 0);
		const first = changed()[0];
		assert.ok(first.kind === 'summaryChanged' && first.key === 'closed');
		assert.equal(first.entities.texts.filter((text) => text === 'zorblax').length, 2);
		assert.ok(first.entities.texts.includes('Paris'), 'what the model found stays');
		// forgotten (the article was opened): a later change is not reported for it; another summary still is
		worker.send({ kind: 'forgetSummary', key: 'closed' });
		worker.send({ kind: 'summarize', requestId: 22, key: 'other', text: 'zorblax et Alger.\n' });
		await worker.until('the other summary', () => worker.received.some((m) => m.kind === 'summary' && m.requestId === 22));
		worker.send({ kind: 'memory', names: [] });
		await worker.until('the other summary without the name', () => changed().some((m) => m.kind === 'summaryChanged' && m.key === 'other'));
		assert.deepEqual(changed().map((m) => (m.kind === 'summaryChanged' ? m.key : '')), ['closed', 'other']);
	} finally {
		await worker.stop();
	}
});

test('an open document closed with keep stays as its article summary and follows taught names', async () => {
	const worker = await readyWorker();
	try {
		worker.send({ kind: 'open', id: 'file:///a.txt', seq: 1, version: 1, text: 'Le groupe zorblax a publié ses comptes à Paris.\n' });
		await worker.until('the complete result', () => worker.received.some((m) => m.kind === 'result' && m.complete));
		worker.send({ kind: 'close', id: 'file:///a.txt', keep: true });
		worker.send({ kind: 'open', id: 'file:///b.txt', seq: 2, version: 1, text: 'zorblax.\n' });
		worker.send({ kind: 'close', id: 'file:///b.txt' });
		worker.send({ kind: 'memory', names: [{ text: 'zorblax', type: 'ORG' }] });
		await worker.until('the kept summary with the taught name', () => worker.received.some((m) => m.kind === 'summaryChanged'));
		const changed = worker.received.filter((m) => m.kind === 'summaryChanged');
		assert.deepEqual(changed.map((m) => (m.kind === 'summaryChanged' ? m.key : '')), ['file:///a.txt'], 'closed without keep: not followed');
		assert.ok(changed[0].kind === 'summaryChanged' && changed[0].entities.texts.includes('zorblax'));
	} finally {
		await worker.stop();
	}
});
