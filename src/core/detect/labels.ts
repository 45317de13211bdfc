/**
 * Tag sets of the sequence tagger: BIO (B-X begins, I-X continues) or BILOU (B-X begins, I-X
 * continues, L-X ends a name of two or more tokens, U-X is a one-token name). The model header
 * stores its labels, so a model file says which set it was trained with.
 */

const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

export const BIO_LABELS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const BILOU_LABELS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`, `L-${t}`, `U-${t}`])];

/** What each label index means, and which label sequences are well formed. */
export class LabelScheme {
	readonly L: number;
	readonly bilou: boolean;
	/** entity type of each label ('' for O) */
	readonly typeOf: readonly string[];
	/** 1 where a label starts a name (B-X, and U-X in BILOU) */
	readonly begins: Uint8Array;
	readonly canStart: Uint8Array;
	readonly canEnd: Uint8Array;
	/** allowed[p * L + y]: label y may follow label p */
	readonly allowed: Uint8Array;
	/** the labels that may precede y, in index order (Viterbi and forward-backward look only at these) */
	readonly preds: readonly Int32Array[];
	/** the labels that may follow p, in index order */
	readonly succs: readonly Int32Array[];
	private readonly index = new Map<string, number>();

	constructor(readonly labels: readonly string[]) {
		const L = labels.length;
		this.L = L;
		labels.forEach((l, i) => this.index.set(l, i));
		if (labels[0] !== 'O' || labels.slice(1).some((l) => !/^[BILU]-[A-Z]+$/.test(l))) throw new Error(`Unknown tag set: ${labels.join(' ')}`);
		this.bilou = labels.some((l) => l.startsWith('L-') || l.startsWith('U-'));
		this.typeOf = labels.map((l) => (l === 'O' ? '' : l.slice(2)));
		const prefix = labels.map((l) => l[0]);
		this.begins = Uint8Array.from(prefix, (p) => (p === 'B' || p === 'U' ? 1 : 0));
		// I-X (and L-X) continue a name of the same type, so they need B-X or I-X before them
		const continues = (y: number): boolean => prefix[y] === 'I' || prefix[y] === 'L';
		// BILOU: B-X and I-X must be continued
		const open = (p: number): boolean => this.bilou && (prefix[p] === 'B' || prefix[p] === 'I');
		this.canStart = Uint8Array.from(labels, (_, y) => (continues(y) ? 0 : 1));
		this.canEnd = Uint8Array.from(labels, (_, y) => (open(y) ? 0 : 1));
		this.allowed = new Uint8Array(L * L);
		const preds: Int32Array[] = [];
		for (let y = 0; y < L; y++) {
			const list: number[] = [];
			for (let p = 0; p < L; p++) {
				let ok: boolean;
				if (continues(y)) ok = (prefix[p] === 'B' || prefix[p] === 'I') && this.typeOf[p] === this.typeOf[y];
				else ok = !open(p);
				if (ok) {
					this.allowed[p * L + y] = 1;
					list.push(p);
				}
			}
			preds.push(Int32Array.from(list));
		}
		this.preds = preds;
		this.succs = Array.from({ length: L }, (_, p) => Int32Array.from(labels.keys()).filter((y) => this.allowed[p * L + y] === 1));
	}

	/** Index of a label, -1 when the set has none of that name. */
	id(label: string): number {
		return this.index.get(label) ?? -1;
	}

	/**
	 * The labels of a name of `length` tokens and type `type`, in order: BIO B-X I-X…; BILOU
	 * U-X for one token, B-X I-X… L-X otherwise.
	 */
	spanLabels(type: string, length: number, out: number[] = []): number[] {
		out.length = 0;
		if (this.bilou && length === 1) {
			out.push(this.id(`U-${type}`));
			return out;
		}
		out.push(this.id(`B-${type}`));
		const inside = this.id(`I-${type}`);
		for (let k = 1; k < length; k++) out.push(this.bilou && k === length - 1 ? this.id(`L-${type}`) : inside);
		return out;
	}

	/** Gold labels of a token sequence with typed spans [start, end). */
	encode(n: number, spans: ReadonlyArray<{ start: number; end: number; type: string }>): Uint8Array {
		const y = new Uint8Array(n);
		const tmp: number[] = [];
		for (const sp of spans) {
			if (this.id(`B-${sp.type}`) < 0) continue;
			this.spanLabels(sp.type, sp.end - sp.start, tmp).forEach((label, k) => (y[sp.start + k] = label));
		}
		return y;
	}

	/** End (exclusive) of the name whose first label is at `i` (labels well formed, as Viterbi gives them). */
	spanEnd(labels: ArrayLike<number>, i: number, n: number): number {
		const y = labels[i];
		if (this.bilou && this.labels[y][0] === 'U') return i + 1;
		const type = this.typeOf[y];
		let j = i + 1;
		while (j < n && this.labels[labels[j]][0] === 'I' && this.typeOf[labels[j]] === type) j++;
		if (this.bilou && j < n && this.labels[labels[j]][0] === 'L' && this.typeOf[labels[j]] === type) j++;
		return j;
	}
}

const schemes = new Map<string, LabelScheme>();

/** The (shared) scheme of a label list. */
export function labelScheme(labels: readonly string[]): LabelScheme {
	const key = labels.join(' ');
	let s = schemes.get(key);
	if (!s) schemes.set(key, (s = new LabelScheme(labels)));
	return s;
}
