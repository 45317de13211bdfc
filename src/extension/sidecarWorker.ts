// The sidecar worker: reads sidecars and plans saves off the extension host (see SidecarThread).
// It keeps no state between jobs.
import { parentPort } from 'node:worker_threads';
import { runSidecarJob, type JobMessage, type JobReply } from './sidecarThread';

parentPort?.on('message', (message: JobMessage) => {
	let reply: JobReply;
	try {
		reply = { id: message.id, result: runSidecarJob(message.job) };
	} catch (error) {
		reply = { id: message.id, error: error instanceof Error ? error.message : String(error) };
	}
	parentPort?.postMessage(reply);
});
