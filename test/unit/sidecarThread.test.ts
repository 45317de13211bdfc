import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Annotation } from '../../src/core/annotation';
import { loadSidecar } from '../../src/core/sidecar/load';
import { planSave, type SaveRequest } from '../../src/core/sidecar/merge';
import { SidecarThread } from '../../src/extension/sidecarThread';
import { tsWorkerScript } from './support/tsWorker';

const TEXT = 'Le président Tebboune a reçu Lavrov à Alger, puis à Oran. '.repeat(200);
const WORKER_SCRIPT = tsWorkerScript(join(__dirname, '..', '..', 'src', 'extension', 'sidecarWorker.ts'));

function request(): SaveRequest {
	const annotations: Annotation[] = [];
	for (let start = TEXT.indexOf('Alger'); start >= 0; start = TEXT.indexOf('Alger', start + 1)) {
		annotations.push({ id: `a${start}`, type: 'LOC', start, end: start + 5, text: 'Alger', status: 'accepted' });
	}
	return { articleText: TEXT, documentName: 'a.txt', labels: ['PER', 'ORG', 'LOC', 'DATE', 'MISC'], annotations, orphans: [], removedByPerson: new Set(['gone']) };
}

test('plans and loads made in the worker thread are the ones made in this one', async () => {
	const messages: string[] = [];
	const planner = new SidecarThread(WORKER_SCRIPT, (message) => messages.push(message));
	try {
		const [first, second] = await Promise.all([planner.plan(request()), planner.plan({ ...request(), annotations: request().annotations.slice(1) })]);
		assert.deepEqual(first, planSave(request()));
		assert.equal(second.action, 'write');
		assert.equal(second.action === 'write' && second.sidecar.annotations.length, 199);
		assert.ok(first.action === 'write');
		const load = { bytes: new TextEncoder().encode(first.text), maxBytes: 1 << 20, diskText: TEXT, editorText: `Hier. ${TEXT}`, labels: request().labels, documentName: 'a.txt' };
		const loaded = await planner.load(load);
		assert.deepEqual(loaded, loadSidecar(load));
		assert.ok(loaded.ok && loaded.bound.annotations.length === 200 && loaded.bound.annotations[0].start === TEXT.indexOf('Alger') + 6, 'placed in the editor text');
		const broken = await planner.load({ ...load, bytes: new TextEncoder().encode('version: 1\n<<<<<<< HEAD\n') });
		assert.equal(broken.ok, false);
		assert.equal(planner.inProcess, false, messages.join('\n'));
	} finally {
		planner.dispose();
	}
});

test('when the worker cannot run, plans are made in this thread and the reason is logged', async () => {
	const messages: string[] = [];
	const planner = new SidecarThread(join(__dirname, 'no-such-worker.js'), (message) => messages.push(message));
	try {
		const plan = await planner.plan(request());
		assert.deepEqual(plan, planSave(request()));
		assert.equal(planner.inProcess, true);
		assert.match(messages.join('\n'), /sidecar worker/);
		assert.deepEqual(await planner.plan(request()), plan, 'later plans too');
	} finally {
		planner.dispose();
	}
});
