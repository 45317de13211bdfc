/**
 * The Documents tree for a workspace of 1,000 articles. tree.ts itself needs vscode, so what is
 * measured are its pure parts, called the way tree.ts and corpus.ts call them:
 * - summaries: per article, what Corpus.scan builds after detection (DocumentAnnotations with the
 *   sidecar's decisions, setDetected, allEntities) — background work, not tree opening;
 * - open: the root list (Corpus.articles: records sorted by path with localeCompare, their shared
 *   file names counted, mapped to article nodes, as getChildren(undefined) does) plus, per
 *   article, the counts its tree item shows (countEntities on the stored summary, types sorted,
 *   description text) — this is what opening the tree costs before VS Code draws it;
 * - open with every article open in an editor: the same, but Corpus.summaryOf calls
 *   DocumentAnnotations.allEntities() for each (it is not cached);
 * - expanding one big article (the 5 MB one): its type list, one type's names (groupByName),
 *   and the tree items of those names, each of which calls groupByName again (entityItem).
 * The replica parts (sorting records, the description text) are a few lines copied from tree.ts
 * and corpus.ts; everything else calls the real functions.
 */
import { sharedFileNames } from '../../core/articlePaths';
import { DocumentAnnotations, type ViewEntity } from '../../core/document';
import type { DetectedEntity } from '../../core/types';
import { countEntities, groupByName } from '../../extension/summary';
import type { BenchConfig } from './config';
import { makeDecisions } from './incremental';
import { BASE_SEED, Random, seedOf } from './inputs';
import { mb, repeat, seriesOf, timeOnce, type Report, type Sample } from './measure';

interface Record {
	readonly uri: { readonly path: string; toString(): string };
	summary: { language: string; rightToLeft: boolean; entities: readonly ViewEntity[] };
	readonly model: DocumentAnnotations;
}

/** Corpus.articles (corpus.ts): every record, sorted by path, with the file names several have (Corpus.sharesName). */
function sortedArticles(records: Map<string, Record>): Record[] {
	const sorted = [...records.values()].sort((a, b) => a.uri.path.localeCompare(b.uri.path));
	sharedFileNames(sorted.map((record) => record.uri.path));
	return sorted;
}

/** The text parts of DocumentsTree.articleItem (tree.ts) that depend on the summary. */
function articleDescription(record: Record): string {
	const summary = record.summary;
	const counts = countEntities(summary.entities);
	const types = [...counts.byType.entries()].sort((a, b) => b[1] - a[1]).map(([type, count]) => `${type} ${count}`);
	const review = `✓${counts.accepted} ?${counts.suggested} ✗${counts.rejected}`;
	return [summary.language + (summary.rightToLeft ? ' ⇐' : ''), types.join(' '), review].filter(Boolean).join(' · ');
}

export function runTree(config: BenchConfig, report: Report, pool: ReadonlyArray<{ language: string; entities: readonly DetectedEntity[] }>, big: { bytes: number; entities: readonly DetectedEntity[] } | undefined): void {
	const n = config.treeArticles;
	const per = config.treeEntitiesPerArticle;
	report.heading(`Documents tree: ${n} articles of ~${per} entities each (pure parts of tree.ts/corpus.ts); budget ≤ 200 ms to open`);
	const random = new Random(seedOf(BASE_SEED, 'tree'));
	// Per article: a run of ~per consecutive detected entities from one of the long articles, shifted to start at 0.
	const inputs = Array.from({ length: n }, (_, i) => {
		const source = pool[i % pool.length];
		const count = random.int(Math.floor(per * 0.6), Math.ceil(per * 1.4));
		const from = random.int(0, Math.max(0, source.entities.length - count - 1));
		const slice = source.entities.slice(from, from + count);
		const offset = slice[0]?.start ?? 0;
		const entities = slice.map((e) => ({ ...e, start: e.start - offset, end: e.end - offset }));
		const folder = ['seeds', 'corpus/2024', 'corpus/2025', 'press/fr', 'press/ar'][i % 5];
		const path = `/home/analyst/workspace/${folder}/${String(i).padStart(4, '0')}_${(random.next() * 2 ** 32 >>> 0).toString(16).padStart(8, '0')}.txt`;
		return { language: source.language, entities, decisions: makeDecisions(entities, Math.round(count / 5), seedOf(BASE_SEED, 'tree-decisions', i)), path };
	});
	let records = new Map<string, Record>();
	const summaries = repeat(config.treeRuns, 1, () => {
		records = new Map();
		for (const input of inputs) {
			const model = new DocumentAnnotations(input.decisions);
			model.setDetected(input.entities);
			const uri = { path: input.path, toString: () => `file://${input.path}` };
			records.set(uri.toString(), { uri, model, summary: { language: input.language, rightToLeft: input.language === 'ar', entities: model.allEntities() } });
		}
	});
	const total = [...records.values()].reduce((sum, r) => sum + r.summary.entities.length, 0);
	report.time('tree.summaries', `${n} articles`, summaries, { note: `background: new DocumentAnnotations + setDetected + allEntities per article (${total} entities in all); detection and sidecar reading not included` });

	const root = repeat(config.treeRuns, 1, () => sortedArticles(records).map((record) => ({ kind: 'article' as const, uri: record.uri })));
	report.time('tree.root-list', `${n} articles`, root, { note: 'getChildren(undefined): Corpus.articles (sort by path, localeCompare) + map to nodes' });

	const open = repeat(config.treeRuns, 1, () => {
		const nodes = sortedArticles(records).map((record) => ({ kind: 'article' as const, uri: record.uri }));
		let length = 0;
		for (const node of nodes) {
			length += articleDescription(records.get(node.uri.toString())!).length;
		}
		return length;
	});
	report.time('tree.open', `${n} articles`, open, { budget: 'tree of 1,000 articles opens ≤ 200 ms', note: 'root list + per article countEntities + description (getTreeItem), stored summaries' });

	const openSessions = repeat(config.treeRuns, 1, () => {
		const nodes = sortedArticles(records).map((record) => ({ kind: 'article' as const, uri: record.uri }));
		let length = 0;
		for (const node of nodes) {
			const record = records.get(node.uri.toString())!;
			// Corpus.summaryOf for an open article: allEntities() of the live model, every call
			const live = { ...record, summary: { ...record.summary, entities: record.model.allEntities() } };
			length += articleDescription(live).length;
		}
		return length;
	});
	report.time('tree.open-all-live', `${n} articles`, openSessions, { note: 'the same with DocumentAnnotations.allEntities() + countEntities per article (Corpus.summaryOf of open articles)' });

	// DocumentsTree.scheduleRefresh: for up to 20 changed articles, corpus.articles.find(...) each.
	const refresh = repeat(config.treeRuns, 1, () => {
		let found = 0;
		const keys = [...records.keys()].slice(0, 20);
		for (const key of keys) {
			if (sortedArticles(records).find((r) => r.uri.toString() === key)) {
				found++;
			}
		}
		return found;
	});
	report.time('tree.refresh-20', `${n} articles`, refresh, { note: 'scheduleRefresh with 20 changed articles: Corpus.articles (a sort) + find per article, every 150 ms while scanning' });

	if (!big) {
		return;
	}
	// One big article in the tree: expand it, then its largest type.
	const model = new DocumentAnnotations(makeDecisions(big.entities, 1000, seedOf(BASE_SEED, 'tree-big')));
	model.setDetected(big.entities);
	const entities = model.allEntities();
	const input = mb(big.bytes);
	const expandArticle = repeat(config.treeRuns, 1, () => {
		const counts = countEntities(entities);
		return [...new Set(entities.map((entity) => entity.type))].sort((a, b) => (counts.byType.get(b) ?? 0) - (counts.byType.get(a) ?? 0) || a.localeCompare(b));
	});
	report.time('tree.expand-article', input, expandArticle, { note: `getChildren(article): countEntities + types, ${entities.length} entities` });
	const counts = countEntities(entities);
	const topType = [...counts.byType.entries()].sort((a, b) => b[1] - a[1])[0][0];
	let groups = groupByName(entities, topType);
	const expandType = repeat(config.treeRuns, 1, () => {
		groups = groupByName(entities, topType);
	});
	report.time('tree.expand-type', input, expandType, { note: `getChildren(type ${topType}): groupByName over ${entities.length} entities → ${groups.length} names` });
	// entityItem calls groupByName(summary.entities, type).find(...) for every name node VS Code asks for.
	const sampleCount = Math.min(groups.length, config.quick ? 5 : 20);
	const samples: Sample[] = [];
	for (let i = 0; i < sampleCount; i++) {
		samples.push(timeOnce(() => groupByName(entities, topType).find((g) => g.key === groups[i].key)).sample);
	}
	const perItem = seriesOf(samples);
	const projected: Sample = { wallMs: perItem.medianMs * groups.length, cpuMs: perItem.cpuMedianMs * groups.length };
	report.time('tree.entity-item', input, perItem, { note: `one getTreeItem(name node): groupByName again + find` });
	report.time('tree.expand-type-items', input, seriesOf([projected]), {
		note: `projected: ${groups.length} name nodes × tree.entity-item (VS Code asks every child's tree item when a node expands)`,
	});
}
