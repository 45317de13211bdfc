import * as vscode from 'vscode';
import { DEFAULT_MIN_CONFIDENCE } from '../core/confidence';
import { DEFAULT_LABEL_NAMES, DEFAULT_LABELS, validateLabelSet, type LabelDefinition } from '../core/labels';
import { SUPPORTED_LANGUAGES } from '../core/language';
import type { LanguageCode } from '../core/types';

export const SECTION = 'articleAnnotator';

/** The settings, read once per change (reading configuration in hot paths is slow). */
export interface Settings {
	readonly articleGlobs: readonly string[];
	readonly labels: readonly LabelDefinition[];
	/**
	 * The labels drawn in the theme's colours (`articleAnnotator.per.*`…, tuned for light, dark and
	 * high-contrast themes): the five default labels with their default colour. One the setting gives
	 * another colour is drawn in that colour, as any label.
	 */
	readonly themedLabels: ReadonlySet<string>;
	/** Problems with the configured label set; when not empty the default set is used. */
	readonly labelProblems: readonly string[];
	/** Other settings whose value cannot be used (a number written as text, an unknown language), and what is used instead. */
	readonly settingProblems: readonly string[];
	readonly languages: readonly LanguageCode[];
	readonly detectionEnabled: boolean;
	readonly minConfidence: number;
	readonly modelDirectory: string | undefined;
	readonly learnFromDecisions: boolean;
	readonly debounceMs: number;
	readonly maxDecorationsPerType: number;
	readonly visibleRangesOnlyAbove: number;
	readonly showTypeLabels: boolean;
	readonly author: string;
	/** After accepting or rejecting, move to the next suggestion (review like completion). */
	readonly advanceAfterDecision: boolean;
	readonly maxSidecarBytes: number;
	readonly maxArticleBytes: number;
}

function clamp(value: number, min: number, max: number): number {
	return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}

/**
 * A number setting as the settings editor bounds it; a value settings.json holds that is no
 * number («"0.5"») or is out of bounds is reported, and the default (or the bound) used.
 */
function numberSetting(config: vscode.WorkspaceConfiguration, key: string, fallback: number, min: number, max: number, problems: string[]): number {
	const value = config.get<unknown>(key);
	if (value === undefined || value === null) {
		return fallback;
	}
	if (typeof value !== 'number' || !Number.isFinite(value)) {
		problems.push(`${SECTION}.${key} must be a number, not ${JSON.stringify(value)}; using ${fallback}`);
		return fallback;
	}
	const bounded = clamp(value, min, max);
	if (bounded !== value) {
		problems.push(`${SECTION}.${key} must be between ${min} and ${max}, not ${value}; using ${bounded}`);
	}
	return bounded;
}

function languagesSetting(config: vscode.WorkspaceConfiguration, problems: string[]): readonly LanguageCode[] {
	const value = config.get<unknown>('languages');
	if (value === undefined || value === null) {
		return SUPPORTED_LANGUAGES;
	}
	const known = (code: unknown): code is LanguageCode => (SUPPORTED_LANGUAGES as readonly unknown[]).includes(code);
	const listed = Array.isArray(value) ? value : [value];
	const unknown = listed.filter((code) => !known(code));
	const languages = listed.filter(known);
	if (unknown.length > 0 || !Array.isArray(value)) {
		problems.push(`${SECTION}.languages holds ${unknown.length > 0 ? `codes this detector does not know (${unknown.map((code) => JSON.stringify(code)).join(', ')}; it knows ${SUPPORTED_LANGUAGES.join(', ')})` : 'a single value instead of a list'}; using ${(languages.length > 0 ? languages : SUPPORTED_LANGUAGES).join(', ')}`);
	}
	return languages.length > 0 ? languages : SUPPORTED_LANGUAGES;
}

/**
 * The article globs for a workspace folder (the setting's scope is the resource: each folder of a
 * multi-root workspace may set its own), or the window's without one.
 */
export function readArticleGlobs(folder?: vscode.Uri): string[] {
	return (vscode.workspace.getConfiguration(SECTION, folder).get<string[]>('articleGlobs') ?? ['**/seeds/**/*.txt']).filter((glob) => typeof glob === 'string' && glob.trim().length > 0);
}

function themedLabels(config: vscode.WorkspaceConfiguration, labels: readonly LabelDefinition[]): ReadonlySet<string> {
	// the defaults as the settings editor shows them (and a person copies them), and as used when the setting cannot be
	const contributed = config.inspect<unknown>('labels')?.defaultValue;
	const defaults = [...(Array.isArray(contributed) ? (contributed as Partial<LabelDefinition>[]) : []), ...DEFAULT_LABELS];
	const isDefaultColour = (label: LabelDefinition) => defaults.some((other) => other.name === label.name && typeof other.color === 'string' && other.color.toLowerCase() === label.color.toLowerCase());
	return new Set(labels.filter((label) => DEFAULT_LABEL_NAMES.includes(label.name) && isDefaultColour(label)).map((label) => label.name));
}

export function readSettings(): Settings {
	const config = vscode.workspace.getConfiguration(SECTION);
	const configuredLabels = config.get<LabelDefinition[]>('labels') ?? [...DEFAULT_LABELS];
	const labelProblems = Array.isArray(configuredLabels) ? validateLabelSet(configuredLabels) : ['articleAnnotator.labels must be a list'];
	const settingProblems: string[] = [];
	const languages = languagesSetting(config, settingProblems);
	const modelDirectory = config.get<string>('detection.modelDirectory')?.trim();
	const labels = labelProblems.length === 0 ? configuredLabels : DEFAULT_LABELS;
	return {
		articleGlobs: readArticleGlobs(),
		labels,
		themedLabels: themedLabels(config, labels),
		labelProblems,
		languages,
		detectionEnabled: config.get<boolean>('detection.enabled') ?? true,
		minConfidence: numberSetting(config, 'detection.minConfidence', DEFAULT_MIN_CONFIDENCE, 0, 1, settingProblems),
		modelDirectory: modelDirectory && vscode.workspace.isTrusted ? modelDirectory : undefined,
		learnFromDecisions: config.get<boolean>('detection.learnFromDecisions') ?? true,
		debounceMs: numberSetting(config, 'detection.debounceMs', 120, 0, 5000, settingProblems),
		maxDecorationsPerType: numberSetting(config, 'decorations.maxPerType', 5000, 100, 100000, settingProblems),
		visibleRangesOnlyAbove: numberSetting(config, 'decorations.visibleRangesOnlyAbove', 2000, 0, 1000000, settingProblems),
		showTypeLabels: config.get<boolean>('decorations.showTypeLabels') ?? true,
		author: config.get<string>('author') ?? '',
		advanceAfterDecision: config.get<boolean>('review.advanceAfterDecision') ?? true,
		maxSidecarBytes: numberSetting(config, 'limits.maxSidecarMegabytes', 20, 1, 500, settingProblems) * 1024 * 1024,
		maxArticleBytes: numberSetting(config, 'limits.maxArticleMegabytes', 50, 1, 50, settingProblems) * 1024 * 1024,
		settingProblems,
	};
}
