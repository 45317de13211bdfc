// The keybindings and menus package.json contributes, checked as VS Code reads them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { REVIEW_KEY_COUNT } from '../../src/core/labels';

interface Keybinding {
	readonly command: string;
	readonly key: string;
	readonly mac?: string;
	readonly linux?: string;
	readonly win?: string;
	readonly when?: string;
	readonly args?: unknown;
}

const keybindings: readonly Keybinding[] = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).contributes.keybindings;

test('review mode\'s number keys 1-9 set the label at that position of the label set, whatever its names', () => {
	for (let key = 1; key <= REVIEW_KEY_COUNT; key++) {
		const bound = keybindings.filter((binding) => binding.key === String(key));
		assert.equal(bound.length, 1, `key ${key}`);
		assert.equal(bound[0].command, 'articleAnnotator.applyType');
		assert.deepEqual(bound[0].args, { position: key }, `key ${key} names a position, not a fixed label`);
		assert.match(bound[0].when ?? '', /articleAnnotator\.reviewMode/);
	}
});

type Platform = 'linux' | 'win' | 'mac';

/**
 * Default keybindings of VS Code 1.100 (read from code-server 4.100.3's workbench bundle and its
 * built-in extensions' package.json) on keys we bind, with where each acts in a text editor:
 * `context` is the context key under which it does (our binding must then say `!context`), none
 * means everywhere (we must not bind its key at all). Keys are written as for Linux and Windows,
 * Ctrl being Cmd on macOS.
 */
const VSCODE_DEFAULTS: readonly { key: string; platforms: readonly Platform[]; command: string; context?: string }[] = [
	{ key: 'ctrl+alt+o', platforms: ['linux', 'win', 'mac'], command: 'workbench.action.remote.showMenu' },
	{ key: 'ctrl+alt+o', platforms: ['mac'], command: 'editor.action.toggleOvertypeInsertMode' },
	// VS Code for the Web (code-server, vscode.dev) on Linux and macOS; the desktop uses Ctrl+N, Ctrl+Shift+N
	{ key: 'ctrl+alt+n', platforms: ['linux', 'mac'], command: 'workbench.action.files.newUntitledFile' },
	{ key: 'ctrl+shift+alt+n', platforms: ['linux', 'mac'], command: 'workbench.action.newWindow' },
	{ key: 'alt+]', platforms: ['linux', 'win', 'mac'], command: 'editor.action.inlineSuggest.showNext', context: 'inlineSuggestionVisible' },
	{ key: 'alt+[', platforms: ['linux', 'win', 'mac'], command: 'editor.action.inlineSuggest.showPrevious', context: 'inlineSuggestionVisible' },
	{ key: 'alt+enter', platforms: ['linux', 'win', 'mac'], command: 'editor.action.selectAllMatches', context: 'findWidgetVisible' },
	// the find widget's toggles, Alt+C, Alt+R… elsewhere
	{ key: 'ctrl+alt+c', platforms: ['mac'], command: 'toggleFindCaseSensitive', context: 'findWidgetVisible' },
	{ key: 'ctrl+alt+r', platforms: ['mac'], command: 'toggleFindRegex', context: 'findWidgetVisible' },
	{ key: 'ctrl+alt+w', platforms: ['mac'], command: 'toggleFindWholeWord', context: 'findWidgetVisible' },
	{ key: 'ctrl+alt+p', platforms: ['mac'], command: 'togglePreserveCase', context: 'findWidgetVisible' },
	{ key: 'ctrl+alt+l', platforms: ['mac'], command: 'toggleFindInSelection', context: 'findWidgetVisible' },
	// Esc closes what VS Code shows over an editor before review mode is left
	{ key: 'escape', platforms: ['linux', 'win', 'mac'], command: 'hideSuggestWidget', context: 'suggestWidgetVisible' },
	{ key: 'escape', platforms: ['linux', 'win', 'mac'], command: 'closeFindWidget', context: 'findWidgetVisible' },
	{ key: 'escape', platforms: ['linux', 'win', 'mac'], command: 'removeSecondaryCursors', context: 'editorHasMultipleSelections' },
	{ key: 'escape', platforms: ['linux', 'win', 'mac'], command: 'notifications.hideToasts', context: 'notificationToastsVisible' },
	{ key: 'escape', platforms: ['linux', 'win', 'mac'], command: 'closeMarkersNavigation', context: 'markersNavigationVisible' },
	{ key: 'escape', platforms: ['linux', 'win', 'mac'], command: 'closeReferenceSearch', context: 'referenceSearchVisible' },
	{ key: 'escape', platforms: ['linux', 'win', 'mac'], command: 'leaveEditorMessage (Cannot edit in read-only editor)', context: 'messageVisible' },
];

/** A key as VS Code matches it: lower case, modifiers in one order, Cmd written Ctrl. */
function normalKey(key: string): string {
	const order = ['ctrl', 'shift', 'alt'];
	const parts = key.toLowerCase().replace(/\bcmd\b/g, 'ctrl').split('+');
	const last = parts.pop() as string;
	return [...parts.sort((a, b) => order.indexOf(a) - order.indexOf(b)), last].join('+');
}

function keyOn(binding: Keybinding, platform: Platform): string {
	return normalKey(binding[platform] ?? binding.key);
}

test('every keybinding we contribute acts only in an article editor', () => {
	for (const binding of keybindings) {
		assert.match(binding.when ?? '', /^editorTextFocus && articleAnnotator\.isArticle\b/, `${binding.key} ${binding.command}`);
	}
});

test('no keybinding we contribute takes a key from a VS Code default where that default acts', () => {
	const shadowed: string[] = [];
	for (const binding of keybindings) {
		for (const platform of ['linux', 'win', 'mac'] as const) {
			const key = keyOn(binding, platform);
			for (const builtIn of VSCODE_DEFAULTS) {
				if (builtIn.platforms.includes(platform) && normalKey(builtIn.key) === key && !(builtIn.context && (binding.when ?? '').includes(`!${builtIn.context}`))) {
					shadowed.push(`${platform} ${key}: ${binding.command} shadows ${builtIn.command}${builtIn.context ? ` (needs !${builtIn.context})` : ' (everywhere)'}`);
				}
			}
		}
	}
	assert.deepEqual(shadowed, []);
});

test('no two keybindings we contribute share a key where both can act', () => {
	const seen = new Map<string, string>();
	for (const binding of keybindings) {
		for (const platform of ['linux', 'win', 'mac'] as const) {
			const place = `${platform} ${keyOn(binding, platform)} ${binding.when}`;
			assert.ok(!seen.has(place) || seen.get(place) === binding.command, `${place}: ${seen.get(place)} and ${binding.command}`);
			seen.set(place, binding.command);
		}
	}
});

test('every inline button of the Documents tree is also in its item\'s context menu, which the keyboard reaches (Shift+F10); the buttons are not', () => {
	const menu: readonly { command: string; when: string; group?: string }[] = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).contributes.menus['view/item/context'];
	const inline = menu.filter((item) => item.group?.startsWith('inline'));
	assert.ok(inline.length > 0);
	for (const button of inline) {
		assert.ok(menu.some((item) => !item.group?.startsWith('inline') && item.command === button.command && item.when === button.when), `${button.command} (${button.when}) is in the context menu`);
	}
});
