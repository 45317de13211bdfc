/**
 * The same English text through two well-known JavaScript NLP libraries (dev dependencies only,
 * never bundled) and through our detector, for a side-by-side ratio. The libraries do different
 * things: compromise tags people, places and organisations with a lexicon and rules; wink-nlp's
 * lite English model finds entities of other kinds (dates, numbers, e-mails, URLs...), not names.
 * So the ratio compares speed of a full pass over the text, not quality.
 */
import type { Detector } from '../../core/detect/types';
import { DocumentDetection } from '../../core/documentDetection';
import type { FrancAll } from '../../core/language';
import type { BenchConfig } from './config';
import { mb, repeat, timeOnce, type Report, type Series } from './measure';

function rate(bytes: number, series: Series): number {
	return bytes / 1e6 / (series.medianMs / 1000);
}

export function runCompare(config: BenchConfig, report: Report, detector: Detector, francAll: FrancAll, text: string): void {
	const bytes = Buffer.byteLength(text, 'utf8');
	const input = mb(bytes);
	report.heading(`Side by side: the same ${input} of English text (en sentences of ../shared/data/ner, shuffled)`);
	let ourCount = 0;
	const ours = repeat(config.compareRuns, 1, () => {
		const detection = new DocumentDetection(detector, francAll, {});
		detection.open(text);
		detection.detectPending();
		ourCount = detection.entities().length;
	});
	report.time('compare.ours', input, ours, { value: rate(bytes, ours), unit: 'MB/s', inputBytes: bytes, note: `${ourCount} entities (PER/ORG/LOC/MISC/DATE)` });

	type Compromise = (text: string) => { people(): { length: number }; places(): { length: number }; organizations(): { length: number } };
	let nlp: Compromise | undefined;
	try {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		nlp = require('compromise') as Compromise;
	} catch {
		report.note('compromise is not installed (npm install --save-dev compromise); skipped');
	}
	if (nlp) {
		const load = nlp;
		let found = 0;
		// one warm-up on a small piece so the lexicon is built outside the measured runs
		load(text.slice(0, 20000)).people();
		const series = repeat(config.compromiseRuns, 0, () => {
			const doc = load(text);
			found = doc.people().length + doc.places().length + doc.organizations().length;
		});
		report.time('compare.compromise', input, series, {
			value: rate(bytes, series),
			unit: 'MB/s',
			inputBytes: bytes,
			note: `compromise 14: nlp(text).people()/places()/organizations(), ${found} matches; speed ratio ours/compromise ${(series.medianMs / ours.medianMs).toFixed(1)}×`,
		});
		report.value('compare.ratio.compromise', input, series.medianMs / ours.medianMs, '×', { note: 'our speed ÷ compromise speed on the same text (> 1: ours faster)' });
	}

	type WinkDoc = { entities(): { out(detail?: unknown): unknown[] } };
	type Wink = { readDoc(text: string): WinkDoc; its: { detail: unknown } };
	let wink: Wink | undefined;
	let winkLoadMs = 0;
	try {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const winkNLP = require('wink-nlp') as (model: unknown) => Wink;
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const model = require('wink-eng-lite-web-model') as unknown;
		const loaded = timeOnce(() => winkNLP(model));
		wink = loaded.result;
		winkLoadMs = loaded.sample.wallMs;
	} catch {
		report.note('wink-nlp / wink-eng-lite-web-model are not installed; skipped');
	}
	if (wink) {
		const w = wink;
		let found = 0;
		const series = repeat(config.compareRuns, 1, () => {
			found = w.readDoc(text).entities().out(w.its.detail).length;
		});
		report.time('compare.wink-nlp', input, series, {
			value: rate(bytes, series),
			unit: 'MB/s',
			inputBytes: bytes,
			note: `wink-nlp 2 + eng-lite-web-model: readDoc(text).entities(), ${found} entities (model load ${winkLoadMs.toFixed(0)} ms, not counted); speed ratio ours/wink ${(series.medianMs / ours.medianMs).toFixed(2)}×`,
		});
		report.value('compare.ratio.wink-nlp', input, series.medianMs / ours.medianMs, '×', { note: 'our speed ÷ wink-nlp speed on the same text (> 1: ours faster)' });
	}
}
