import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Runs `run` in a new temporary folder, removed afterwards whatever happens. */
export function withFolder(prefix: string, run: (folder: string) => void): void {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	try {
		run(folder);
	} finally {
		fs.rmSync(folder, { recursive: true, force: true });
	}
}
