/**
 * Sample articles written for these tests (not taken from any corpus). Names of people and
 * places repeat on purpose, so re-anchoring has to tell occurrences apart by their context.
 */

export const FRENCH_ARTICLE = [
	"Alger — Le président Abdelmadjid Tebboune a reçu mardi au palais d'El Mouradia le ministre russe des Affaires étrangères, Sergueï Lavrov, venu préparer la prochaine session de la commission mixte.",
	"Selon un communiqué de la présidence, les deux hommes ont évoqué la coopération énergétique, le dossier du Sahel et la situation en Libye. Sergueï Lavrov a salué « la constance de la position algérienne ».",
	"Dans l'après-midi, le chef de la diplomatie russe s'est entretenu avec son homologue Ahmed Attaf au siège du ministère, à Alger, avant de rejoindre Oran pour une visite de la zone industrielle d'Arzew.",
	"La Sonatrach et Gazprom doivent signer en mars un accord sur l'exploration dans le bassin de Berkine. Le texte sera présenté à la commission mixte réunie à Moscou le 12 mars 2025.",
	"Abdelmadjid Tebboune avait effectué une visite d'État en Russie en juin 2023, la première d'un président algérien depuis quinze ans.",
].join('\n');

export const ARABIC_ARTICLE = [
	'الجزائر — استقبل رئيس الجمهورية عبد المجيد تبون يوم الثلاثاء بقصر المرادية وزير الخارجية الروسي سيرغي لافروف الذي حلّ بالجزائر للتحضير للدورة المقبلة للجنة المشتركة.',
	'وحسب بيان للرئاسة، تناول الطرفان التعاون في مجال الطاقة والوضع في منطقة الساحل وفي ليبيا. وأشاد سيرغي لافروف بثبات الموقف الجزائري.',
	'وفي المساء، أجرى رئيس الدبلوماسية الروسية محادثات مع نظيره أحمد عطاف بمقر وزارة الشؤون الخارجية بالجزائر العاصمة، قبل أن يتوجه إلى وهران لزيارة المنطقة الصناعية بأرزيو.',
	'ومن المنتظر أن توقع سوناطراك وغازبروم في شهر مارس اتفاقا للتنقيب في حوض بركين، على أن يعرض على اللجنة المشتركة التي تجتمع في موسكو يوم 12 مارس 2025.',
	'وكان عبد المجيد تبون قد قام بزيارة دولة إلى روسيا في جوان 2023، هي الأولى لرئيس جزائري منذ خمسة عشر عاما.',
].join('\n');

/** Entity strings of each article with their types (each may occur several times). */
export const FRENCH_ENTITIES: ReadonlyArray<readonly [string, string]> = [
	['Alger', 'LOC'],
	['Abdelmadjid Tebboune', 'PER'],
	["El Mouradia", 'LOC'],
	['Sergueï Lavrov', 'PER'],
	['Sahel', 'LOC'],
	['Libye', 'LOC'],
	['Ahmed Attaf', 'PER'],
	['Oran', 'LOC'],
	['Arzew', 'LOC'],
	['Sonatrach', 'ORG'],
	['Gazprom', 'ORG'],
	['Berkine', 'LOC'],
	['Moscou', 'LOC'],
	['12 mars 2025', 'DATE'],
	['Russie', 'LOC'],
	['juin 2023', 'DATE'],
];

export const ARABIC_ENTITIES: ReadonlyArray<readonly [string, string]> = [
	['الجزائر', 'LOC'],
	['عبد المجيد تبون', 'PER'],
	['المرادية', 'LOC'],
	['سيرغي لافروف', 'PER'],
	['الساحل', 'LOC'],
	['ليبيا', 'LOC'],
	['أحمد عطاف', 'PER'],
	['وهران', 'LOC'],
	['أرزيو', 'LOC'],
	['سوناطراك', 'ORG'],
	['غازبروم', 'ORG'],
	['بركين', 'LOC'],
	['موسكو', 'LOC'],
	['12 مارس 2025', 'DATE'],
	['روسيا', 'LOC'],
	['جوان 2023', 'DATE'],
];

/** Every occurrence of every entity string, as [start, end, type] in UTF-16 units. */
export function occurrences(text: string, entities: ReadonlyArray<readonly [string, string]>): Array<{ start: number; end: number; type: string; text: string }> {
	const found: Array<{ start: number; end: number; type: string; text: string }> = [];
	for (const [entity, type] of entities) {
		for (let at = text.indexOf(entity); at >= 0; at = text.indexOf(entity, at + 1)) {
			found.push({ start: at, end: at + entity.length, type, text: entity });
		}
	}
	return found.sort((a, b) => a.start - b.start || a.end - b.end);
}
