import * as vscode from 'vscode';
import { DEFAULT_MIN_CONFIDENCE } from '../core/confidence';
import { DEFAULT_LABELS, validateLabelSet, type LabelDefinition } from '../core/labels';
import { SUPPORTED_LANGUAGES } from '../core/language';
import type { LanguageCode } from '../core/types';

export const SECTION = 'articleAnnotator';

/** The settings, read once per change (reading configuration in hot paths is slow). */
export interface Settings {
	readonly articleGlobs: readonly string[];
	readonly labels: readonly LabelDefinition[];
	/** Problems with the configured label set; when not empty the default set is used. */
	readonly labelProblems: readonly string[];
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

export function readSettings(): Settings {
	const config = vscode.workspace.getConfiguration(SECTION);
	const configuredLabels = config.get<LabelDefinition[]>('labels') ?? [...DEFAULT_LABELS];
	const labelProblems = Array.isArray(configuredLabels) ? validateLabelSet(configuredLabels) : ['articleAnnotator.labels must be a list'];
	const languages = (config.get<string[]>('languages') ?? [...SUPPORTED_LANGUAGES]).filter((code): code is LanguageCode => (SUPPORTED_LANGUAGES as readonly string[]).includes(code));
	const modelDirectory = config.get<string>('detection.modelDirectory')?.trim();
	return {
		articleGlobs: (config.get<string[]>('articleGlobs') ?? ['**/seeds/**/*.txt']).filter((glob) => typeof glob === 'string' && glob.trim().length > 0),
		labels: labelProblems.length === 0 ? configuredLabels : DEFAULT_LABELS,
		labelProblems,
		languages: languages.length > 0 ? languages : SUPPORTED_LANGUAGES,
		detectionEnabled: config.get<boolean>('detection.enabled') ?? true,
		minConfidence: clamp(config.get<number>('detection.minConfidence') ?? DEFAULT_MIN_CONFIDENCE, 0, 1),
		modelDirectory: modelDirectory && vscode.workspace.isTrusted ? modelDirectory : undefined,
		learnFromDecisions: config.get<boolean>('detection.learnFromDecisions') ?? true,
		debounceMs: clamp(config.get<number>('detection.debounceMs') ?? 120, 0, 5000),
		maxDecorationsPerType: clamp(config.get<number>('decorations.maxPerType') ?? 5000, 100, 100000),
		visibleRangesOnlyAbove: clamp(config.get<number>('decorations.visibleRangesOnlyAbove') ?? 2000, 0, 1000000),
		showTypeLabels: config.get<boolean>('decorations.showTypeLabels') ?? true,
		author: config.get<string>('author') ?? '',
		advanceAfterDecision: config.get<boolean>('review.advanceAfterDecision') ?? true,
		maxSidecarBytes: clamp(config.get<number>('limits.maxSidecarMegabytes') ?? 20, 1, 500) * 1024 * 1024,
		maxArticleBytes: clamp(config.get<number>('limits.maxArticleMegabytes') ?? 50, 1, 50) * 1024 * 1024,
	};
}
