import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initialsOf, spellsInitials } from '../../src/core/detect/acronyms';

test('an acronym spells the initials of a name in order, skipping «of», «de», elisions and accents', () => {
	assert.ok(spellsInitials('APEC', 'Asia-Pacific Economic Cooperation'));
	assert.ok(spellsInitials('OMS', 'Organisation mondiale de la santé'));
	assert.ok(spellsInitials('BCEAO', "Banque centrale des États de l'Afrique de l'Ouest"));
	assert.ok(spellsInitials('U.N.', 'United Nations'));
	// another first letter, letters out of order, a single letter
	assert.ok(!spellsInitials('IMF', 'World Bank'));
	assert.ok(!spellsInitials('NAC', 'African National Congress'));
	assert.ok(!spellsInitials('A', 'African Union'));
});

test('the initials of a name of three words or more, without the small words', () => {
	assert.equal(initialsOf('African National Congress'), 'ANC');
	assert.equal(initialsOf('Front de libération nationale'), 'FLN');
	assert.equal(initialsOf("Banque centrale des États de l'Afrique de l'Ouest"), 'BCEAO');
	// two words, or a word that is no word (a number)
	assert.equal(initialsOf('Democratic Alliance'), undefined);
	assert.equal(initialsOf('Group of 20 Nations'), undefined);
	// capitals that mean something else wherever they are written
	assert.equal(initialsOf('Central Executive Office'), undefined);
});
