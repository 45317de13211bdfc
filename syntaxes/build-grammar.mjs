#!/usr/bin/env node
// Source of syntaxes/article.tmLanguage.json (TextMate grammar, scope `text.article`).
//
// Regular expressions are assembled here from named pieces so that the month and
// weekday lists exist once and every pattern can be read. Regenerate with
//   node syntaxes/build-grammar.mjs          (writes the JSON)
//   node syntaxes/build-grammar.mjs --check  (exit 1 if the JSON is stale)
// test/unit/grammar.test.ts fails when the JSON and this file disagree.
//
// Safety rules every pattern here follows (tokenising must stay linear on 20k-char lines):
//  * no nested or overlapping quantifiers: a repeated group always starts with a
//    character its predecessor cannot match (`D+(?:[.,]D+)*`), or is atomic `(?>…)`;
//  * a pattern that starts with a repeated class is preceded by a negative lookbehind on
//    that class, so a search only tries the start of a run, not every position inside it;
//  * unbounded scans only in lookaheads that stop at a delimiter (`[^"\n]*"`) and in
//    begin/end rules whose end also matches `$`, so nothing runs past the end of the line;
//  * date and number patterns open with a one-character lookahead (a digit, or the initials of
//    the names they can start with) so most positions of a line are rejected at once;
//  * no negated Unicode-property classes ([^\p{L}…]): Oniguruma takes tens of milliseconds to
//    compile each one; a negative lookbehind on the positive class does the same job;
//  * word boundaries are explicit lookarounds on \p{L}\p{M}\p{N} instead of \b, because \b
//    sees no boundary between an Arabic letter and a Latin one (`الرابطhttps://…`) and none
//    between a proclitic and the word it is glued to.

import { writeFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const alt = (list) => list.join('|');

// ---------------------------------------------------------------- building blocks
/** One digit: Western, Arabic-Indic (٠-٩), Extended Arabic-Indic (۰-۹, Persian/Urdu). */
const D = '[0-9٠-٩۰-۹]';
const NOT_AFTER_DIGIT = '(?<![0-9٠-٩۰-۹])';
const NOT_BEFORE_DIGIT = '(?![0-9٠-٩۰-۹])';
/** Word start / end for any script (Arabic, Latin with diacritics, digits). */
const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}_])';
const WORD_END = '(?![\\p{L}\\p{M}\\p{N}_])';
/** Word start that also accepts an Arabic proclitic glued in front (و٢٢ جانفي, ب14 يوليو). */
const PROCLITIC_BEFORE = '(?<=[وفبلك])(?<![\\p{L}\\p{M}\\p{N}_].)';
const AR_WORD_START = `(?:${WORD_START}|${PROCLITIC_BEFORE})`;
/** Horizontal space inside a date or number: space, tab, NBSP, narrow NBSP. */
const SP = '[ \\t\\x{00A0}\\x{202F}]';
const GAP = `${SP}{1,3}`;

// French (case-insensitive), English (capitalised: "may" stays a verb), Arabic month names.
const FR_MONTHS = [
  'janvier', 'f[ée]vrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'ao[ûu]t',
  'septembre', 'octobre', 'novembre', 'd[ée]cembre',
  '(?:janv|f[ée]vr?|avr|juil|sept|oct|nov|d[ée]c)\\.',
];
const FR_WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const EN_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December',
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.',
];
const EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const AR_MONTHS = [
  // Mashriq (Egypt, Gulf)
  'يناير', 'فبراير', 'مارس', 'أبريل', 'ابريل', 'إبريل', 'مايو', 'يونيو', 'يونيه', 'يوليو', 'يوليه',
  'أغسطس', 'اغسطس', 'سبتمبر', 'أكتوبر', 'اكتوبر', 'نوفمبر', 'ديسمبر',
  // Maghreb (Algeria, Tunisia) and Morocco
  'جانفي', 'جانفييه', 'فيفري', 'أفريل', 'افريل', 'ماي', 'جوان', 'جويلية', 'جويليه', 'أوت', 'اوت',
  'يوليوز', 'غشت', 'شتنبر', 'نونبر', 'دجنبر',
  // Levant and Iraq (Syriac names)
  'كانون الثاني', 'كانون الأول', 'كانون الاول', 'شباط', 'آذار', 'اذار', 'نيسان', 'أيار', 'ايار',
  'حزيران', 'تموز', 'آب', 'اب', 'أيلول', 'ايلول', 'تشرين الأول', 'تشرين الاول', 'تشرين الثاني',
  // Hijri
  'محرم', 'صفر', 'ربيع الأول', 'ربيع الاول', 'ربيع الثاني', 'ربيع الآخر', 'جمادى الأولى',
  'جمادى الاولى', 'جمادى الآخرة', 'جمادى الثانية', 'رجب', 'شعبان', 'رمضان', 'شوال',
  'ذو القعدة', 'ذي القعدة', 'ذو الحجة', 'ذي الحجة',
];
// Weekday stems, written after the article ال (الأحد, الثلاثاء …).
const AR_WEEKDAY_STEMS = [
  'اثنين', 'إثنين', 'أثنين', 'ثلاثاء', 'ثلثاء', 'أربعاء', 'اربعاء', 'إربعاء', 'خميس', 'جمعة', 'سبت',
  'أحد', 'احد',
];

const FR_MONTH = `(?i:${alt(FR_MONTHS)})`;
const FR_WEEKDAY = `(?i:${alt(FR_WEEKDAYS)})`;
const EN_MONTH = `(?:${alt(EN_MONTHS)})`;
const EN_WEEKDAY = `(?:${alt(EN_WEEKDAYS)})`;
const AR_MONTH = `(?:${alt(AR_MONTHS)})`;
/** Arabic month, optionally glossed with a second name: آب/أغسطس, آب (أغسطس). */
const AR_MONTH_GLOSSED = `${AR_MONTH}(?:${SP}?/${SP}?${AR_MONTH}|${SP}?\\(${AR_MONTH}\\))?`;
/** Weekday with the article and optional proclitics: الأحد, والأحد, بالأحد, للأحد. */
const AR_WEEKDAY = `(?:[وف]?[بك]?ال|[وف]?لل)(?:${alt(AR_WEEKDAY_STEMS)})`;

const YEAR = `${D}{4}${NOT_BEFORE_DIGIT}`;
const DAY = `${NOT_AFTER_DIGIT}${D}{1,2}${NOT_BEFORE_DIGIT}`;

// ---------------------------------------------------------------- dates
// Two scopes: `constant.other.date` says what it is; the inner `constant.numeric.date` makes
// themes that colour only constant.numeric (Dark+, Light+) colour dates too.
const DATE_NAME = 'constant.other.date.article constant.numeric.date.article';
const WEEKDAY_NAME = 'constant.other.date.weekday.article constant.numeric.date.weekday.article';

// Speed: a search tries every position of the line, so each pattern opens with a cheap
// one-character lookahead — a digit for the digit-first forms, the possible initials for the
// name-first forms — before the costlier word-boundary lookbehinds and name alternations.
const DIGIT_FIRST = `(?=${D})`;
const initials = (names) => `(?=[${[...new Set(names.map((n) => n[0]))].join('')}])`;
const FR_INITIALS = '(?=[jfmasondlvJFMASONDLV])';
const EN_INITIALS = '(?=[JFMASONDTW])';
const AR_INITIALS = initials([...AR_MONTHS, 'و', 'ف', 'ب', 'ك', 'ل', 'ا']);

// 22-07-2020, 22/07/2020, 22.07.2020, 22 - 07 - 2020 (same separator twice), 2020-07-22.
const NUMERIC_DATE =
  `${DIGIT_FIRST}${NOT_AFTER_DIGIT}(?:${D}{1,2}(${SP}?[-/.]${SP}?)${D}{1,2}\\1(?:${D}{4}|${D}{2})` +
  `|${D}{4}([-/.])${D}{1,2}\\2${D}{1,2})${NOT_BEFORE_DIGIT}`;

// 14 juillet, 1er janvier 2024, 5 oct. 2024 | lundi 14 juillet 1789, juin 2023
const FR_DAY_MONTH = `(?:(?i:1er)|${DAY})${GAP}${FR_MONTH}(?:${GAP}${YEAR})?`;
const FRENCH_DATE_DIGIT_FIRST = `${DIGIT_FIRST}${WORD_START}${FR_DAY_MONTH}${WORD_END}`;
const FRENCH_DATE_NAME_FIRST =
  `${FR_INITIALS}${WORD_START}(?:${FR_WEEKDAY}${GAP}${FR_DAY_MONTH}|${FR_MONTH}${GAP}${YEAR})${WORD_END}`;

// 22 July 2020, 3rd of May 2021 | July 22, 2020; Monday, July 22; July 2020; Monday, 22 July
const ORD = '(?:st|nd|rd|th)?';
const EN_DAY_MONTH = `${DAY}${ORD}${GAP}(?:of${GAP})?${EN_MONTH}(?:,?${GAP}${YEAR})?`;
const ENGLISH_DATE_DIGIT_FIRST = `${DIGIT_FIRST}${WORD_START}${EN_DAY_MONTH}${WORD_END}`;
const ENGLISH_DATE_NAME_FIRST =
  `${EN_INITIALS}${WORD_START}(?:(?:${EN_WEEKDAY},?${GAP})?${EN_MONTH}${GAP}(?:${YEAR}|${DAY}${ORD}(?:,?${GAP}${YEAR})?)` +
  `|${EN_WEEKDAY},?${GAP}${EN_DAY_MONTH})${WORD_END}`;

// 22 جويلية 2020, ٢٢ يوليو ٢٠٢٠, و3 أوت, 14 آب/أغسطس 2020 | الأحد 14 يوليو, ويونيو 2023, 2020م
const AR_YEAR = `${YEAR}(?:${SP}?(?:م|هـ|ه)(?![\\p{L}\\p{M}]))?`;
const AR_DAY_MONTH = `${DAY}${GAP}${AR_MONTH_GLOSSED}(?:${GAP}${AR_YEAR})?`;
const ARABIC_DATE_DIGIT_FIRST = `${DIGIT_FIRST}${AR_WORD_START}${AR_DAY_MONTH}${WORD_END}`;
const ARABIC_DATE_NAME_FIRST =
  `${AR_INITIALS}${AR_WORD_START}(?:${AR_WEEKDAY}[،,]?${GAP}${AR_DAY_MONTH}|${AR_MONTH_GLOSSED}${GAP}${AR_YEAR})${WORD_END}`;

const WEEKDAY =
  `(?=[lmjvsdLMJVSDTWFوفبكلا])${WORD_START}(?:${FR_WEEKDAY}|${EN_WEEKDAY}|${AR_WEEKDAY})${WORD_END}`;

// ---------------------------------------------------------------- numbers
// 1 500 000 / 1,500 / 3,5 / 12.7 % / ٢٠٢٠ / ٣٫٥٪ / 45 %. Not glued to a Latin word (G20, 4x4):
// a number glued to Arabic letters (ال20) is still a number.
// Not inside a word: not glued to a Latin letter before (G20, A400M) or after (3M, 14h30, 10e),
// nor after a Latin word and its hyphen (COVID-19, F-16), where colouring the digits alone would
// colour half a word.
const NUMBER =
  `${DIGIT_FIRST}(?<![0-9٠-٩۰-۹\\p{Latin}_.,٫٬])(?<!\\p{Latin}-)` +
  `(?>${D}{1,3}(?:[ \\x{00A0}\\x{202F}]${D}{3}${NOT_BEFORE_DIGIT})+(?:[.,٫]${D}+)?` +
  `|${D}+(?:[.,٫٬]${D}+)*)` +
  `(?:${SP}?[%٪‰])?(?![\\p{Latin}_])`;

// ---------------------------------------------------------------- links
const URL_STOP = '\\s<>"«»“”‘’\\x{200E}\\x{200F}';
const URL =
  `(?<![A-Za-z0-9@.])(?:(?:https?|ftp)://|www\\.)[^${URL_STOP}]*[^${URL_STOP}.,;:!?؟،؛)\\]}'*]`;
const EMAIL = '(?<![\\w.%+-])(?>[\\w.%+-]+)@(?>[\\w-]+)(?:\\.(?>[\\w-]+))+';

// ---------------------------------------------------------------- lines
// A headline: 3+ words, at most 120 characters, not ending like a sentence (. ! ? ؟ : ; , …),
// possibly followed by a closing quote, and holding one sentence only. It has to start a
// paragraph; the grammar knows that from the state left by the previous line (#paragraph-break).
const BULLETS = '❊•·▪►◆■●○◦✓✔➤';
const NOT_HEADLINE_START = `[\\s${BULLETS}*\\-–—]`;
const SENTENCE_END = '[.!?؟:;,،؛…۔]';
// Two sentences on one line ("… publiée. Les champs …") are prose, not a headline; initials and
// abbreviations (M. Tebboune, U.S. troops, د. رائد) and the Arabic "…" written ".." are not
// sentence breaks.
const NO_SENTENCE_BREAK = '(?!.*?[\\p{Ll}\\p{Lo}]{2}\\s?[.!?؟]\\s?\\p{L})';
const HEADLINE =
  `(?!${NOT_HEADLINE_START})(?=.{1,120}$)${NO_SENTENCE_BREAK}` +
  `(\\S+(?:\\s+\\S+){2,}(?<!${SENTENCE_END}|[.!?؟…][»”"’)]|[.!?؟…]${SP}[»”"’)]))\\s*$`;

// ---------------------------------------------------------------- right-to-left lines
// VS Code lays out a line holding right-to-left letters as one isolate per token, the isolates
// left to right: a date or a quote coloured inside an Arabic sentence would cut it into pieces
// shown in the wrong order («… الخميس» at the far left). Such a line is one token, uncoloured.
// The letters are those VS Code's containsRTL looks for (Hebrew, Arabic, Syriac, Thaana, N'Ko,
// Samaritan, Mandaic and their presentation forms, the right-to-left mark), as
// hasRightToLeftLetter in src/core/unicode.ts.
const RTL_LETTER =
  '[\\x{05D0}-\\x{05F4}\\x{061B}-\\x{064A}\\x{066E}-\\x{06D5}\\x{06FA}-\\x{06FF}\\x{0710}-\\x{072F}' +
  '\\x{074D}-\\x{07A5}\\x{07C0}-\\x{07EA}\\x{0800}-\\x{0815}\\x{0840}-\\x{0858}\\x{0860}-\\x{086A}' +
  '\\x{0870}-\\x{088E}\\x{08A0}-\\x{08C9}\\x{200F}\\x{FB1D}-\\x{FDFF}\\x{FE70}-\\x{FEFC}]';
/** At a line start: the line holds a right-to-left letter (one scan, only where `^` holds). */
const RTL_LINE_AHEAD = `(?=[^\\n]*${RTL_LETTER})`;

// ---------------------------------------------------------------- grammar
const inline = [
  { include: '#quote-guillemets' },
  { include: '#quote-curly' },
  { include: '#quote-low' },
  { include: '#quote-straight' },
  { include: '#quote-apostrophes' },
  { include: '#url' },
  { include: '#email' },
  { include: '#date' },
  { include: '#number' },
];

const quoteEnds = (begin, end) => ({
  beginCaptures: { 0: { name: 'punctuation.definition.string.begin.article' } },
  endCaptures: { 1: { name: 'punctuation.definition.string.end.article' } },
  begin,
  // An unclosed quote stops at the end of its line instead of running through the file.
  end: `(${end})|$`,
});

export function buildGrammar() {
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Article',
    scopeName: 'text.article',
    comment:
      'Generated by syntaxes/build-grammar.mjs; edit that file, then run `node syntaxes/build-grammar.mjs`.',
    patterns: [
      { include: '#right-to-left-line' },
      { include: '#headline-first-line' },
      { include: '#separator' },
      { include: '#list-item' },
      { include: '#paragraph-break' },
      ...inline,
    ],
    repository: {
      'right-to-left-line': {
        comment:
          'A line holding right-to-left letters is one token: VS Code shows each token of such a line ' +
          'as an isolate, left to right, so colouring a date or a quote inside an Arabic sentence would ' +
          'show its pieces out of order.',
        match: `^${RTL_LINE_AHEAD}[^\\n]+`,
        name: 'meta.line.right-to-left.article',
      },
      'headline-first-line': {
        comment: 'The first line of the file, when it reads like a headline.',
        match: `\\A\\x{FEFF}?${SP}*${HEADLINE}`,
        captures: { 1: { name: 'markup.heading.article', patterns: inline } },
      },
      'paragraph-break': {
        comment:
          'Entered at the end of a blank line or of a line that ends a sentence (or a quote); left at the ' +
          'next non-blank line, which is a headline if it reads like one. TextMate sees one ' +
          'line at a time, so this state is how "starts a paragraph" is expressed.',
        // One lookbehind on one class: alternatives of several lengths cost 5x more per line.
        begin: '(?:^|(?<=[.!?؟…۔»”"’)]))\\s*$',
        // a right-to-left line is no headline here: it is one token (#right-to-left-line)
        end: `^(?=\\s*\\S)(?:(?!${RTL_LINE_AHEAD})${SP}*${HEADLINE})?`,
        endCaptures: { 1: { name: 'markup.heading.article', patterns: inline } },
      },
      separator: {
        comment: 'A line made only of separator marks: ----, ***, • • •, ❊❊❊.',
        match: `^${SP}*(?:[-_=~*•❊·—–]${SP}*){3,}$`,
        name: 'meta.separator.article',
      },
      'list-item': {
        comment: 'A line starting with a bullet (❊, •, …) or with "- ", "* ", "– ", "— ".',
        name: 'markup.list.unnumbered.article',
        begin: `^${SP}*(?:([${BULLETS}])|([-*–—])(?=${SP}))`,
        beginCaptures: {
          1: { name: 'punctuation.definition.list.begin.article' },
          2: { name: 'punctuation.definition.list.begin.article' },
        },
        end: '$',
        patterns: inline,
      },
      'quote-guillemets': {
        comment: '«…», « … » (French spacing) and Arabic «…». May contain “…” and "…".',
        name: 'string.quoted.other.article',
        ...quoteEnds('«', '»'),
        patterns: [
          { include: '#quote-curly' },
          { include: '#quote-low' },
          { include: '#quote-straight' },
          { include: '#url' },
          { include: '#email' },
          { include: '#date' },
          { include: '#number' },
        ],
      },
      'quote-curly': {
        comment: '“…”. May contain "…".',
        name: 'string.quoted.double.article',
        ...quoteEnds('“', '”'),
        patterns: [
          { include: '#quote-straight' },
          { include: '#url' },
          { include: '#email' },
          { include: '#date' },
          { include: '#number' },
        ],
      },
      'quote-low': {
        comment: '„…“ and „…”.',
        name: 'string.quoted.double.article',
        ...quoteEnds('„', '[“”]'),
        patterns: [
          { include: '#quote-straight' },
          { include: '#url' },
          { include: '#email' },
          { include: '#date' },
          { include: '#number' },
        ],
      },
      'quote-straight': {
        comment:
          '"…": the same mark opens and closes, so a quote opens only when another " follows on ' +
          'the line (a stray " colours nothing), and not right after a Latin letter or a digit ' +
          '(12", word"). After an Arabic letter it opens when that letter is a one-letter ' +
          'proclitic (و"الوفاق", و" الثورات الملونة ") or when glued to the next word; a " ' +
          'between a word and a space (والسياسية" ) reads as a closing mark and opens nothing.',
        name: 'string.quoted.double.article',
        ...quoteEnds(
          `(?:(?<![\\p{L}\\p{N}_])|${PROCLITIC_BEFORE}|(?<=\\p{Arabic})(?!"[\\s\\p{P}]))"(?=[^"\\n]*")`,
          '"',
        ),
        patterns: [
          { include: '#url' },
          { include: '#email' },
          { include: '#date' },
          { include: '#number' },
        ],
      },
      'quote-apostrophes': {
        comment: "''…'' (two apostrophes used as quotes), only when closed on the same line.",
        name: 'string.quoted.other.article',
        ...quoteEnds("(?<!')''(?!')(?=[^'\\n]+'')", "''"),
        patterns: [{ include: '#date' }, { include: '#number' }],
      },
      url: { match: URL, name: 'markup.underline.link.article' },
      email: { match: EMAIL, name: 'markup.underline.link.email.article' },
      date: {
        patterns: [
          { match: NUMERIC_DATE, name: DATE_NAME },
          { match: FRENCH_DATE_DIGIT_FIRST, name: DATE_NAME },
          { match: ENGLISH_DATE_DIGIT_FIRST, name: DATE_NAME },
          { match: ARABIC_DATE_DIGIT_FIRST, name: DATE_NAME },
          { match: FRENCH_DATE_NAME_FIRST, name: DATE_NAME },
          { match: ENGLISH_DATE_NAME_FIRST, name: DATE_NAME },
          { match: ARABIC_DATE_NAME_FIRST, name: DATE_NAME },
          { match: WEEKDAY, name: WEEKDAY_NAME },
        ],
      },
      number: { match: NUMBER, name: 'constant.numeric.article' },
    },
  };
}

export const GRAMMAR_PATH = join(dirname(fileURLToPath(import.meta.url)), 'article.tmLanguage.json');

export function renderGrammar() {
  return JSON.stringify(buildGrammar(), null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = renderGrammar();
  if (process.argv.includes('--check')) {
    let current = '';
    try { current = readFileSync(GRAMMAR_PATH, 'utf8'); } catch { /* missing */ }
    if (current !== text) {
      console.error(`${GRAMMAR_PATH} is stale: run node syntaxes/build-grammar.mjs`);
      process.exit(1);
    }
  } else {
    writeFileSync(GRAMMAR_PATH, text);
    console.log(`wrote ${GRAMMAR_PATH}`);
  }
}
