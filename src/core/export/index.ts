/**
 * Export of an article's annotations to the formats other tools read: CoNLL / BIO, brat
 * standoff, JSON Lines (doccano / spaCy), W3C Web Annotation, Prodigy and Label Studio. Pure functions: no `vscode`, no
 * `fs`; callers pass the text and annotations they hold and write the result where they want.
 * See each module for the format decisions.
 */

import { exportBrat, type BratOptions } from './brat';
import { exportConll, type ConllOptions } from './conll';
import { exportJsonl, type JsonlOptions } from './jsonl';
import { exportLabelStudio } from './labelstudio';
import { exportProdigy } from './prodigy';
import type { ExportFormat, ExportInput, ExportResult } from './types';
import { exportW3c, type W3cOptions } from './w3c';

export * from './types';
export { exportConll, parseConll, readConllSpans, DOCSTART, documentField, documentNamed, type ConllOptions, type ConllToken, type ConllSpan, type ReadConllResult } from './conll';
export { exportBrat, bratAnnotationConf, bratText, fragmentsOf, readBratAnnotationConf, readOwnBratAnnotationConf, BRAT_STATUS_ATTRIBUTE, type BratOptions } from './brat';
export { exportJsonl, jsonLine, type JsonlOptions, type OffsetUnit } from './jsonl';
export { exportW3c, buildW3cCollection, encodeUrnPart, W3C_CONTEXT, URN_PREFIX, type W3cOptions, type W3cCollectionResult } from './w3c';
export { exportProdigy } from './prodigy';
export { exportLabelStudio, labelStudioConfig, labelStudioFile, labelStudioTasks, LABEL_STUDIO_CONFIG_MARK, LABEL_STUDIO_MODEL_VERSION, type LabelStudioOptions } from './labelstudio';
export { collectSpans, safeTypeName } from './spans';

/** Options of every format together; each exporter reads the ones it knows. */
export type AnyExportOptions = ConllOptions & BratOptions & JsonlOptions & W3cOptions;

/** One exporter by name. */
export function exportAnnotations(format: ExportFormat, input: ExportInput, options: AnyExportOptions = {}): ExportResult {
	switch (format) {
		case 'conll':
			return exportConll(input, options);
		case 'brat':
			return exportBrat(input, options);
		case 'jsonl':
			return exportJsonl(input, options);
		case 'w3c':
			return exportW3c(input, options);
		case 'prodigy':
			return exportProdigy(input, options);
		case 'labelstudio':
			return exportLabelStudio(input, options);
	}
}

export interface ExportFormatInfo {
	readonly format: ExportFormat;
	/** For a picker. */
	readonly label: string;
	/** File name extension with its dot, for a save dialog. */
	readonly extension: string;
	/** Save dialog filter name. */
	readonly filterName: string;
}

export const EXPORT_FORMAT_INFO: Readonly<Record<ExportFormat, ExportFormatInfo>> = {
	conll: { format: 'conll', label: 'CoNLL / BIO (IOB2)', extension: '.conll', filterName: 'CoNLL' },
	brat: { format: 'brat', label: 'brat standoff (.ann beside a .txt)', extension: '.ann', filterName: 'brat standoff' },
	jsonl: { format: 'jsonl', label: 'JSON Lines (doccano / spaCy)', extension: '.jsonl', filterName: 'JSON Lines' },
	w3c: { format: 'w3c', label: 'W3C Web Annotation (JSON-LD)', extension: '.jsonld', filterName: 'JSON-LD' },
	prodigy: { format: 'prodigy', label: 'Prodigy NER examples (JSON Lines)', extension: '.jsonl', filterName: 'Prodigy JSON Lines' },
	labelstudio: { format: 'labelstudio', label: 'Label Studio tasks (JSON)', extension: '.json', filterName: 'Label Studio JSON' },
};

/**
 * Name of an exported file for an article: its name without the last extension, plus the
 * format's (`000_x.txt` → `000_x.ann`; brat's text copy is `000_x.txt`).
 */
export function exportFileName(articleFileName: string, extension: string): string {
	const dot = articleFileName.lastIndexOf('.');
	const stem = dot > 0 ? articleFileName.slice(0, dot) : articleFileName;
	return stem + extension;
}
