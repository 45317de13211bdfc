/**
 * Timing, figures and output for the benchmark. Every figure is printed (and optionally written as
 * JSON); nothing is asserted. Times are wall-clock medians; the CPU time of the process over the
 * same runs is printed beside them, since a busy shared machine stretches wall time far more than
 * CPU time.
 */
import { cpus, loadavg, totalmem } from 'node:os';

export interface Figure {
	/** Dotted name, e.g. `detect.warm.fr`. */
	readonly name: string;
	readonly group: string;
	/** What the input was, as printed (e.g. `1.00 MB`, `10000 ann`). */
	readonly input: string;
	/** Input size in UTF-8 bytes, when the input is text. */
	readonly inputBytes?: number;
	/** Median wall time per run, ms (absent for figures that are not times, e.g. memory). */
	readonly medianMs?: number;
	/** Median CPU time (user + system) of the process per run, ms. */
	readonly cpuMedianMs?: number;
	readonly minMs?: number;
	readonly maxMs?: number;
	/** The figure's own value and unit when it is not a time (MB/s, MB, ratio, count). */
	readonly value?: number;
	readonly unit?: string;
	readonly runs?: number;
	readonly note?: string;
	/** Budget this figure is held against, as a sentence (printed in the summary, never asserted). */
	readonly budget?: string;
}

export interface Sample {
	readonly wallMs: number;
	readonly cpuMs: number;
}

export function median(values: readonly number[]): number {
	if (values.length === 0) {
		return NaN;
	}
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `fn` once and returns its wall and CPU time. */
export function timeOnce<T>(fn: () => T): { result: T; sample: Sample } {
	const cpu0 = process.cpuUsage();
	const t0 = performance.now();
	const result = fn();
	const wallMs = performance.now() - t0;
	const cpu = process.cpuUsage(cpu0);
	return { result, sample: { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 } };
}

export interface Series {
	readonly samples: Sample[];
	readonly medianMs: number;
	readonly cpuMedianMs: number;
	readonly minMs: number;
	readonly maxMs: number;
}

export function seriesOf(samples: Sample[]): Series {
	const walls = samples.map((s) => s.wallMs);
	return {
		samples,
		medianMs: median(walls),
		cpuMedianMs: median(samples.map((s) => s.cpuMs)),
		minMs: Math.min(...walls),
		maxMs: Math.max(...walls),
	};
}

/**
 * Runs `fn` `warmup` times unmeasured, then `runs` times measured. `setup` (unmeasured) runs
 * before each call and its value is passed in.
 */
export function repeat<S>(runs: number, warmup: number, fn: (state: S) => unknown, setup: () => S = () => undefined as S): Series {
	for (let i = 0; i < warmup; i++) {
		fn(setup());
	}
	const samples: Sample[] = [];
	for (let i = 0; i < runs; i++) {
		const state = setup();
		samples.push(timeOnce(() => fn(state)).sample);
	}
	return seriesOf(samples);
}

export function mb(bytes: number): string {
	return `${(bytes / 1_000_000).toFixed(2)} MB`;
}

function ms(value: number): string {
	return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value >= 1 ? value.toFixed(2) : value.toFixed(3);
}

function num(value: number, unit: string): string {
	const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
	return `${value.toFixed(digits)} ${unit}`;
}

/** Collects figures, prints each as one line under its group heading, and keeps them for JSON. */
export class Report {
	readonly figures: Figure[] = [];
	private group = '';
	readonly started = performance.now();
	readonly loadAtStart = loadavg();

	heading(title: string): void {
		this.group = title;
		console.log(`\n## ${title}`);
	}

	note(text: string): void {
		console.log(`   ${text}`);
	}

	/** A time figure: `name  input  median X ms  (cpu Y ms)  [value unit]  (N runs)`. */
	time(name: string, input: string, series: Series, extra: { value?: number; unit?: string; inputBytes?: number; note?: string; budget?: string } = {}): Figure {
		const figure: Figure = {
			name,
			group: this.group,
			input,
			inputBytes: extra.inputBytes,
			medianMs: round(series.medianMs),
			cpuMedianMs: round(series.cpuMedianMs),
			minMs: round(series.minMs),
			maxMs: round(series.maxMs),
			value: extra.value === undefined ? undefined : round(extra.value),
			unit: extra.unit,
			runs: series.samples.length,
			note: extra.note,
			budget: extra.budget,
		};
		this.figures.push(figure);
		const parts = [
			name.padEnd(34),
			input.padStart(16),
			`  median ${ms(series.medianMs).padStart(7)} ms`,
			`  (cpu ${ms(series.cpuMedianMs)} ms)`.padEnd(18),
			extra.value !== undefined && extra.unit ? `  ${num(extra.value, extra.unit)}`.padEnd(14) : '',
			`  (${series.samples.length} run${series.samples.length === 1 ? '' : 's'}`,
			series.samples.length > 1 ? `, ${ms(series.minMs)}–${ms(series.maxMs)} ms)` : ')',
			extra.note ? `  ${extra.note}` : '',
		];
		console.log(parts.join(''));
		return figure;
	}

	/** A figure that is not a time (memory, ratio, count). */
	value(name: string, input: string, value: number, unit: string, extra: { note?: string; runs?: number; inputBytes?: number; budget?: string } = {}): Figure {
		const figure: Figure = { name, group: this.group, input, inputBytes: extra.inputBytes, value: round(value), unit, runs: extra.runs, note: extra.note, budget: extra.budget };
		this.figures.push(figure);
		console.log([name.padEnd(34), input.padStart(16), `  ${num(value, unit)}`, extra.runs ? `  (${extra.runs} runs)` : '', extra.note ? `  ${extra.note}` : ''].join(''));
		return figure;
	}
}

function round(value: number): number {
	return Math.round(value * 1000) / 1000;
}

export interface MachineInfo {
	readonly cpuModel: string;
	readonly cores: number;
	readonly memoryGB: number;
	readonly node: string;
	readonly v8: string;
	readonly platform: string;
	readonly loadAverage: readonly number[];
}

export function machineInfo(): MachineInfo {
	const list = cpus();
	return {
		cpuModel: list[0]?.model ?? 'unknown',
		cores: list.length,
		memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
		node: process.version,
		v8: process.versions.v8,
		platform: `${process.platform} ${process.arch}`,
		loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
	};
}
