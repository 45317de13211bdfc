/**
 * English: the name after a title («Governor Babagana Zulum said», «Foreign Minister Ahmed Attaf
 * met …»). News writes office holders this way, and the per-sentence model, whose training spans
 * leave the title out, can miss an unfamiliar name there altogether, most often at the start of a
 * sentence. The title is the cue: the capitalised words after it, up to a lower-case word or a
 * punctuation mark, are the person's name.
 */
import type { DetectedEntity } from '../types';
import { isInstitutionHead } from './rules';
import { isTitleWord, leadingTitleTokens } from './nameSpans';
import type { TokenView } from './tokenize';

/** Titles that announce a person's name (not «St», «Saint», «Vice», «Ex», which also start places and words). */
const TITLE_CUES = new Set(
	(
		'president minister secretary senator governor mayor general colonel captain judge pope chancellor premier sheikh emir sultan king queen ' +
		'prince princess lord lady sir gen col lt capt sgt maj adm gov sen rep prof professor commissioner ambassador chairman chairwoman ' +
		'lieutenant commander admiral marshal bishop cardinal archbishop imam ayatollah rabbi coach inspector detective sergeant chief ceo'
	).split(' '),
);
/** Capitalised words that are no name after a title («President Elect», «Minister Without Portfolio»). */
const NOT_NAMES = new Set(
	(
		'the a an and or of for to in on at by with from he she it they we i his her their this that elect designate emeritus general executive ' +
		'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october ' +
		'november december'
	).split(' '),
);
/** Words that go on a title («Chief Executive», «Chief Justice», «Chief Financial Officer»). */
const TITLE_WORDS_AFTER = new Set(['Executive', 'Justice', 'Financial', 'Operating', 'Technology', 'Whip', 'Constable', 'Officer']);
const MAX_NAME_TOKENS = 4;
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;
/** What may follow the name: a lower-case word, or punctuation that ends or suspends it (the possessive is «'» + «s»). */
const AFTER_NAME = /^(?:\p{Ll}[\p{Ll}\p{M}]*|[,.;:()'’])$/u;

export function findTitledNames(tokens: TokenView): DetectedEntity[] {
	const { text, starts, ends, lineStarts, n, words } = tokens;
	const out: DetectedEntity[] = [];
	for (let i = 0; i + 1 < n; i++) {
		const w = words[i];
		if (w.length < 2 || w.charCodeAt(0) < 65 || w.charCodeAt(0) > 90 || !TITLE_CUES.has(w.toLowerCase())) continue;
		// the title's own words: «Prime Minister», «Secretary of State», «Secretary-General»
		let s = i;
		while (s > 0 && !lineStarts[s] && isTitleWord(words[s - 1]) && /^\p{Lu}/u.test(words[s - 1])) s--;
		let k = i + 1;
		while (k < n && !lineStarts[k] && (isTitleWord(words[k]) || TITLE_WORDS_AFTER.has(words[k]) || words[k] === '-') && /^[\p{Lu}-]/u.test(words[k])) k++;
		const window = words.slice(s, Math.min(n, k + MAX_NAME_TOKENS + 2));
		const office = leadingTitleTokens(window, true);
		if (s + office > k) k = s + office;
		let e = k;
		while (e < n && e - k < MAX_NAME_TOKENS && !lineStarts[e] && NAME_WORD.test(words[e]) && !isTitleWord(words[e]) && !NOT_NAMES.has(words[e].toLowerCase()) && !isInstitutionHead(words[e], 'en')) e++;
		// a name that stops at another capitalised word is a headline or another name: left alone
		if (e === k || e >= n || lineStarts[e] || !AFTER_NAME.test(words[e])) {
			i = Math.max(i, k - 1);
			continue;
		}
		out.push({ start: starts[k], end: ends[e - 1], type: 'PER', text: text.slice(starts[k], ends[e - 1]), confidence: 0.55, source: 'rule' });
		i = e - 1;
	}
	return out;
}
