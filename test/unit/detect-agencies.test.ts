import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { findAgencies, mergeAgencies } from '../../src/core/detect/agencies';
import { findModelDirectory, loadDetector } from '../../src/core/detect/index';
import { tokenize } from '../../src/core/detect/tokenize';
import type { DetectedEntity, LanguageCode } from '../../src/core/types';

function agencies(text: string, language: LanguageCode): string[] {
	const tokens = tokenize(text);
	const starts = tokens.map((t) => t.start);
	const ends = tokens.map((t) => t.end);
	const lineStarts = tokens.map((t) => (t.lineStart ? 1 : 0));
	const words = tokens.map((t) => t.text);
	return findAgencies(text, starts, ends, lineStarts, starts.length, language, words).map((e) => {
		assert.equal(text.slice(e.start, e.end), e.text);
		assert.equal(e.type, 'ORG');
		return e.text;
	});
}

test('agency names in the three languages, Arabic proclitics left out of the span', () => {
	assert.deepEqual(agencies('Xinhua reports, citing the Associated Press and AP, that talks ended.', 'en'), ['Xinhua', 'Associated Press', 'AP']);
	assert.deepEqual(agencies("Selon l'Agence France-Presse et l'APS, la réunion a eu lieu.", 'fr'), ['Agence France-Presse', 'APS']);
	assert.deepEqual(agencies('وقال لرويترز إن وكالة فرانس برس و(أ ف ب) نقلتا الخبر.', 'ar'), ['رويترز', 'فرانس برس', 'أ ف ب']);
	// case matters for Latin acronyms; a name does not cross a line; «وأم» («and mother») is no agency
	assert.deepEqual(agencies('Map the ap of the Associated\nPress.', 'en'), []);
	assert.deepEqual(agencies('جاء الأب وأم الطفل.', 'ar'), []);
	// the international organisations news names most
	assert.deepEqual(agencies("L'ONU et l'Union africaine saluent l'accord; UN HOMME est arrêté.", 'fr'), ['ONU', 'Union africaine']);
	assert.deepEqual(agencies('رحبت اليونسكو والأمم المتحدة بالقرار.', 'ar'), ['اليونسكو', 'الأمم المتحدة']);
	assert.deepEqual(agencies('المصدر: تاس', 'ar'), ['تاس']);
});

test('an agency the model read as a place becomes an organisation; one inside a longer name is left to the model', () => {
	const model = (start: number, end: number, type: string, text: string): DetectedEntity => ({ start, end, type, text, confidence: 0.8, source: 'model' });
	const rule = (start: number, end: number, text: string): DetectedEntity => ({ start, end, type: 'ORG', text, confidence: 0.7, source: 'rule' });
	const merged = mergeAgencies([model(0, 6, 'LOC', 'Xinhua'), model(20, 42, 'ORG', 'Reuters News Service'), model(50, 55, 'LOC', 'Paris')], [rule(0, 6, 'Xinhua'), rule(20, 27, 'Reuters'), rule(60, 63, 'AFP')]);
	assert.deepEqual(merged.map((e) => `${e.type}:${e.text}`), ['ORG:Xinhua', 'ORG:Reuters News Service', 'LOC:Paris', 'ORG:AFP']);
	const detector = loadDetector(findModelDirectory(join(__dirname, '..', '..', 'src', 'core', 'detect'))!);
	const found = detector.detect('Xinhua reports that the talks in Geneva ended on Monday .', 'en');
	assert.ok(found.some((e) => e.text === 'Xinhua' && e.type === 'ORG'), JSON.stringify(found));
});
