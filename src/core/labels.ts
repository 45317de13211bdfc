/** The label set: which entity types a person can assign, and how each is shown. */
export interface LabelDefinition {
	/** Upper-case identifier stored in sidecars, e.g. `PER`. */
	readonly name: string;
	readonly description: string;
	/** Highlight colour (`#rrggbb`) used when the theme does not define one. */
	readonly color: string;
}

export const DEFAULT_LABELS: readonly LabelDefinition[] = [
	{ name: 'PER', description: 'Person', color: '#e8a33d' },
	{ name: 'ORG', description: 'Organisation', color: '#4aa3df' },
	{ name: 'LOC', description: 'Location', color: '#5cb85c' },
	{ name: 'DATE', description: 'Date or time expression', color: '#b07cd8' },
	{ name: 'MISC', description: 'Other named entity (event, work, nationality...)', color: '#d9534f' },
];

export const DEFAULT_LABEL_NAMES: readonly string[] = DEFAULT_LABELS.map((label) => label.name);

const LABEL_NAME = /^[A-Z][A-Z0-9_]{0,31}$/;
const COLOR = /^#[0-9a-fA-F]{6}$/;

/** Problems with a label set a person configured; an empty list means it can be used. */
export function validateLabelSet(labels: readonly LabelDefinition[]): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	if (labels.length === 0) {
		problems.push('the label set is empty');
	}
	// settings.json is written by hand: an entry may be anything (null, a bare name, a list)
	(labels as readonly unknown[]).forEach((entry, index) => {
		if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
			problems.push(`label ${index + 1} is ${JSON.stringify(entry)}, not an object with a name and a color`);
			return;
		}
		const label = entry as Partial<Record<keyof LabelDefinition, unknown>>;
		if (typeof label.name !== 'string' || !LABEL_NAME.test(label.name)) {
			problems.push(`label "${String(label.name)}" must be 1-32 upper-case letters, digits or _ and start with a letter`);
		}
		if (typeof label.name === 'string' && seen.has(label.name)) {
			problems.push(`label "${label.name}" is defined twice`);
		}
		seen.add(String(label.name));
		if (typeof label.color !== 'string' || !COLOR.test(label.color)) {
			problems.push(`label "${String(label.name)}" has colour "${String(label.color)}"; expected #rrggbb`);
		}
		if (label.description !== undefined && typeof label.description !== 'string') {
			problems.push(`label "${String(label.name)}" has a description that is not text`);
		}
	});
	return problems;
}

/** Review mode's number keys: key n sets the n-th label of the set, in the order it is configured. */
export const REVIEW_KEY_COUNT = 9;

/** The label review mode's number key `key` (1–9) sets, if the label set has that many. */
export function labelForReviewKey(labels: readonly LabelDefinition[], key: number): LabelDefinition | undefined {
	return Number.isInteger(key) && key >= 1 && key <= REVIEW_KEY_COUNT ? labels[key - 1] : undefined;
}

/** The number key that sets a label in review mode, if it has one (the first nine labels do). */
export function reviewKeyOf(labels: readonly LabelDefinition[], name: string): string | undefined {
	const index = labels.findIndex((label) => label.name === name);
	return index >= 0 && index < REVIEW_KEY_COUNT ? String(index + 1) : undefined;
}

/** The number keys and their labels, as the status bar and review mode's message show them: «1 PER · 2 ORG». */
export function describeReviewKeys(labels: readonly LabelDefinition[], showKey: (key: string) => string = (key) => key): string {
	return labels.slice(0, REVIEW_KEY_COUNT).map((label, index) => `${showKey(String(index + 1))} ${label.name}`).join(' · ');
}

/**
 * The configured label a name asks for: the one of that name, else the only one whose name starts
 * with it, in any case («PER» → «PERSON», «LOC» → «Location»): the tag keys (Ctrl+Alt+P…) name the
 * default labels and still tag after a label set spelled out in full. Undefined when none or
 * several do.
 */
export function labelAskedFor(labels: readonly LabelDefinition[], name: string): LabelDefinition | undefined {
	const exact = labels.find((label) => label.name === name);
	if (exact || name === '') return exact;
	const wanted = name.toLowerCase();
	const starting = labels.filter((label) => label.name.toLowerCase().startsWith(wanted));
	return starting.length === 1 ? starting[0] : undefined;
}
