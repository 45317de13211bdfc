// The sidecar worker: plans saves (placing decisions in the saved text, merging with the file on
// disk, the loss check, serialising) off the extension host. It keeps no state between requests.
import { parentPort } from 'node:worker_threads';
import { planSave } from '../core/sidecar/merge';
import type { PlanReply, PlanRequest } from './sidecarPlanner';

parentPort?.on('message', (message: PlanRequest) => {
	let reply: PlanReply;
	try {
		reply = { id: message.id, plan: planSave(message.request) };
	} catch (error) {
		reply = { id: message.id, error: error instanceof Error ? error.message : String(error) };
	}
	parentPort?.postMessage(reply);
});
