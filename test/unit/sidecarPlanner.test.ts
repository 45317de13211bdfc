import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Annotation } from '../../src/core/annotation';
import { planSave, type SaveRequest } from '../../src/core/sidecar/merge';
import { SidecarPlanner } from '../../src/extension/sidecarPlanner';

const TEXT = 'Le président Tebboune a reçu Lavrov à Alger, puis à Oran. '.repeat(200);
/** The worker as TypeScript, through tsx (the extension runs the esbuild bundle of the same file). */
function workerScript(): string {
	const source = join(__dirname, '..', '..', 'src', 'extension', 'sidecarWorker.ts');
	const script = join(mkdtempSync(join(tmpdir(), 'sidecar-planner-')), 'worker.js');
	writeFileSync(script, `require(${JSON.stringify(require.resolve('tsx/cjs'))});\nrequire(${JSON.stringify(source)});\n`);
	return script;
}

function request(): SaveRequest {
	const annotations: Annotation[] = [];
	for (let start = TEXT.indexOf('Alger'); start >= 0; start = TEXT.indexOf('Alger', start + 1)) {
		annotations.push({ id: `a${start}`, type: 'LOC', start, end: start + 5, text: 'Alger', status: 'accepted' });
	}
	return { articleText: TEXT, documentName: 'a.txt', labels: ['PER', 'ORG', 'LOC', 'DATE', 'MISC'], annotations, orphans: [], removedByPerson: new Set(['gone']) };
}

test('a plan made in the worker thread is the plan made in this one', async () => {
	const messages: string[] = [];
	const planner = new SidecarPlanner(workerScript(), (message) => messages.push(message));
	try {
		const [first, second] = await Promise.all([planner.plan(request()), planner.plan({ ...request(), annotations: request().annotations.slice(1) })]);
		assert.deepEqual(first, planSave(request()));
		assert.equal(second.action, 'write');
		assert.equal(second.action === 'write' && second.sidecar.annotations.length, 199);
		assert.equal(planner.inProcess, false, messages.join('\n'));
	} finally {
		planner.dispose();
	}
});

test('when the worker cannot run, plans are made in this thread and the reason is logged', async () => {
	const messages: string[] = [];
	const planner = new SidecarPlanner(join(__dirname, 'no-such-worker.js'), (message) => messages.push(message));
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
