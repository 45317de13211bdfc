import { sha256Hex } from './hash';

/**
 * Decisions that could not be written to an article's sidecar (it was broken, changed on disk
 * with a conflict nobody answered, over its size limit, or the write failed), kept outside the
 * workspace so that closing the article or quitting does not lose them. The next time the
 * article is opened they are offered back, and merged with what the sidecar holds by then.
 */
export interface RecoveryRecord {
	/** The article's URI (as VS Code prints it). */
	readonly article: string;
	/** When it was written (ISO 8601). */
	readonly savedAt: string;
	/** Why the sidecar was not written, as the person was told. */
	readonly reason: string;
	/** Accepted and rejected decisions, placed or orphaned, in the record's sidecar. */
	readonly decisions: number;
	/** The decisions, as the sidecar this session would have written (same YAML format). */
	readonly sidecar: string;
	/** The sidecar as it was read before these decisions (the base of the merge), if there was one. */
	readonly base: string | undefined;
	/** Ids the person untagged or dropped since the base was read: removals the merge may make. */
	readonly removed: readonly string[];
}

const RECORD_FORMAT = 1;
/** A record holds one article's sidecar twice at most: the sidecar limit's default, twice, and room. */
export const MAX_RECOVERY_BYTES = 48 * 1024 * 1024;

export function encodeRecovery(record: RecoveryRecord): string {
	return `${JSON.stringify({ format: RECORD_FORMAT, ...record, base: record.base ?? null }, null, '\t')}\n`;
}

/** A record read back, or why it cannot be used (a file edited or cut short, another format). */
export function decodeRecovery(text: string): RecoveryRecord | { readonly problem: string } {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		return { problem: `not JSON (${error instanceof Error ? error.message : String(error)})` };
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return { problem: 'not a JSON object' };
	}
	const fields = value as Record<string, unknown>;
	if (fields.format !== RECORD_FORMAT) {
		return { problem: `format ${JSON.stringify(fields.format)} is not ${RECORD_FORMAT}` };
	}
	const strings = ['article', 'savedAt', 'reason', 'sidecar'] as const;
	for (const key of strings) {
		if (typeof fields[key] !== 'string') {
			return { problem: `"${key}" is not a string` };
		}
	}
	if (fields.base !== null && typeof fields.base !== 'string') {
		return { problem: '"base" is neither a string nor null' };
	}
	if (typeof fields.decisions !== 'number' || !Number.isSafeInteger(fields.decisions) || fields.decisions < 0) {
		return { problem: '"decisions" is not a count' };
	}
	if (!Array.isArray(fields.removed) || !fields.removed.every((id) => typeof id === 'string')) {
		return { problem: '"removed" is not a list of ids' };
	}
	return {
		article: fields.article as string,
		savedAt: fields.savedAt as string,
		reason: fields.reason as string,
		decisions: fields.decisions,
		sidecar: fields.sidecar as string,
		base: (fields.base as string | null) ?? undefined,
		removed: fields.removed as string[],
	};
}

/**
 * The file name stem of an article's records: a hash of its URI (URIs hold characters no file
 * name may), so an article's records are found by listing one folder.
 */
export function recoveryStemFor(articleUri: string): string {
	return sha256Hex(new TextEncoder().encode(articleUri)).slice(0, 24);
}

/** One record file per session that kept decisions: `<stem>-<session start>-<random>.json`. */
export function recoveryFileName(articleUri: string, sessionTag: string): string {
	return `${recoveryStemFor(articleUri)}-${sessionTag}.json`;
}

export function isRecoveryFileOf(fileName: string, articleUri: string): boolean {
	return fileName.startsWith(`${recoveryStemFor(articleUri)}-`) && fileName.endsWith('.json');
}
