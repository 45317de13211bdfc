/**
 * English names of nations, without their capitals. The model's country list holds capitals too
 * (a feature of places), but where news names a side by a place the two part: a country is the
 * national team, which CoNLL-style news tags as the place, and a capital is a club's city
 * («OTTAWA 4 Boston 2», «Washington beat Toronto»), an organisation like any other city there.
 */
import isoCountryNames from 'i18n-iso-countries/langs/en.json';

/**
 * Short forms news writes that the ISO names lack («Syria», «Laos»), and «Monaco» left out: the
 * principality's name is, in sports news, its football club's.
 */
const NATIONS_BESIDE_ISO = ['Syria', 'Laos', 'Brunei', 'Moldova', 'Macedonia', 'Burma', 'Swaziland', 'East Timor', 'Vatican', 'DR Congo', 'Micronesia', 'Trinidad', 'USA', 'UK', 'Emirates'];
const NOT_NATIONS_IN_NEWS = new Set(['monaco']);

const NATION_NAMES = new Set(
	[...Object.values(isoCountryNames.countries).flat(), ...NATIONS_BESIDE_ISO].map((name) => name.toLowerCase()).filter((name) => !NOT_NATIONS_IN_NEWS.has(name)),
);

/** `name` (in any case) is an independent country's English name, not a capital's. */
export function isNationName(name: string): boolean {
	return NATION_NAMES.has(name.toLowerCase());
}
