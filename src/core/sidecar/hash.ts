/**
 * `documentHash`: SHA-256 of the article text encoded as UTF-8 (without BOM), written
 * `sha256:<64 lower-case hex digits>`. For an article file without a BOM that is simply
 * `sha256sum` of the file, so other tools can check it. It only tells whether the article is the
 * one the offsets were made on; nothing secret depends on it.
 */
import { createHash } from 'node:crypto';

let lastText: string | undefined;
let lastHash = '';

/**
 * `sha256:<hex>` of the text's UTF-8 bytes. The last result is remembered: comparing an equal
 * text (a memory comparison) costs far less than hashing it again.
 */
export function documentHashOf(text: string): string {
	if (text !== lastText) {
		lastHash = `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
		lastText = text;
	}
	return lastHash;
}

/** SHA-256 of some bytes, as lower-case hex. */
export function sha256Hex(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}
