import * as fs from 'node:fs';
import nodeFs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { mock } from 'node:test';

/** Runs `run` in a new temporary folder, removed afterwards whatever happens. */
export function withFolder(prefix: string, run: (folder: string) => void): void {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	try {
		run(folder);
	} finally {
		fs.rmSync(folder, { recursive: true, force: true });
	}
}

/**
 * Runs `run` while every path inside `closed` answers stat as in a folder that may not be entered
 * (EACCES): the tests may run as root, whom a chmod refuses nothing.
 */
export function withClosedFolder(closed: string, run: () => void): void {
	const statSync = nodeFs.statSync;
	const inside = path.resolve(closed) + path.sep;
	const refusing = mock.method(nodeFs, 'statSync', ((file: fs.PathLike, options?: fs.StatSyncOptions) => {
		if (path.resolve(String(file)).startsWith(inside)) {
			throw Object.assign(new Error(`EACCES: permission denied, stat '${String(file)}'`), { code: 'EACCES', path: String(file) });
		}
		return statSync(file, options);
	}) as typeof nodeFs.statSync);
	try {
		run();
	} finally {
		refusing.mock.restore();
	}
}
