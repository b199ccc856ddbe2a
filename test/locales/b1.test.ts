/**
 * B1 check for the Dutch texts (issue 7): question and result texts reach Flesch-Douma ≥ 65 and have at
 * most 15 words per sentence; no Dutch text uses jargon without an explanation. `npm run b1` prints the table.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DOUMA_EXCEPTIONS, DOUMA_MIN, WORDS_PER_SENTENCE_MAX, type Group, checkAll, checkString, groupOf } from '../../src/b1/check.js';
import { analyse, douma, splitSentences, wordsOf } from '../../src/b1/douma.js';
import { findJargon, jargonFaults, staleExplanations } from '../../src/b1/jargon.js';
import { readDutchStrings } from '../../src/b1/strings.js';
import { countSyllables } from '../../src/b1/syllables.js';

const strings = readDutchStrings(join(import.meta.dirname, '../../locales'));
const reports = checkAll(strings);

describe('Dutch syllable counter', () => {
  const known: [string, number][] = [
    ['regeling', 3], // re-ge-ling
    ['bijstand', 2], // bij-stand
    ['toeslag', 2], // toe-slag
    ['uitkering', 3], // uit-ke-ring
    ['gemeente', 3], // ge-meen-te
    ['zorgverzekering', 5], // zorg-ver-ze-ke-ring
    ['kinderbijslag', 4], // kin-der-bij-slag
    ['individueel', 5], // in-di-vi-du-eel
    ['individuele', 6], // in-di-vi-du-e-le: "ue" is not one vowel group
    ['huishouden', 3], // huis-hou-den
    ['leeftijd', 2], // leef-tijd
    ['spaargeld', 2], // spaar-geld
    ['uitleg', 2], // uit-leg
    ['opnieuw', 2], // op-nieuw (ieu)
    ['moeite', 2], // moei-te (oei)
    ['mooi', 1], // ooi
    ['eeuw', 1], // eeu
    ['Belastingdienst', 4], // be-las-ting-dienst
    ['ideeën', 3], // i-dee-ën: ë starts a syllable
    ['officiële', 5], // of-fi-ci-ë-le
    ['geïnteresseerd', 5], // ge-ïn-te-res-seerd
    ['AOW', 3], // a-o-wee: spoken letter by letter
    ['ID-kaart', 3], // i-de-kaart
  ];
  for (const [word, syllables] of known) {
    it(`${word}: ${syllables}`, () => assert.equal(countSyllables(word), syllables));
  }
});

describe('Flesch-Douma', () => {
  it('uses 206.835 − 0.93 × words/sentence − 77 × syllables/word', () => {
    assert.equal(douma(10, 1, 15), 206.835 - 9.3 - 115.5);
  });

  it('counts a placeholder as one word of 2 syllables, also with punctuation around it', () => {
    const stats = analyse('De grens is {{amount}} per maand ({{percent}}%).');
    assert.equal(stats.words, 7);
    assert.equal(stats.syllables, 1 + 1 + 1 + 2 + 1 + 1 + 2);
  });

  it('splits sentences on . ! ? and …, not on the full stop inside 1.250,50; no end punctuation is one sentence', () => {
    assert.deepEqual(splitSentences('Vul alleen een bedrag in, bijvoorbeeld 1.250,50. Klopt het? Ja!'), [
      'Vul alleen een bedrag in, bijvoorbeeld 1.250,50.',
      'Klopt het?',
      'Ja!',
    ]);
    assert.equal(analyse('Woonplaats of postcode').sentences, 1);
    assert.deepEqual(wordsOf('Bel {{phone}} – of kom langs'), ['Bel', '\u0001', 'of', 'kom', 'langs']);
  });

  it('holds short texts (under 4 words) to no Douma target, but still to the sentence length', () => {
    assert.equal(checkString('q.income-source.study', 'Studiefinanciering').status, 'short');
    assert.equal(checkString('app.title', 'Heel moeilijke regelingsvoorwaardenformulieren').status, 'no-target');
    assert.equal(groupOf('werken-loont:intro'), 'result');
    assert.equal(groupOf('results:reason.amount-unknown'), 'result');
    assert.equal(groupOf('summary.title'), 'question');
    assert.equal(groupOf('summary.show'), 'other');
  });
});

const describeFault = (r: (typeof reports)[number]) =>
  `${r.key}: Douma ${r.douma?.toFixed(1) ?? '-'}, ${r.wordsPerSentence.toFixed(1)} words/sentence (longest ${r.longestSentence}) — ${r.problems.join('; ')} — "${r.text}"`;

describe('Dutch texts are B1', () => {
  const groups: [Group, string][] = [
    ['question', 'question texts (q., location., summary.title, app.intro, app.need, app.privacy)'],
    ['result', 'result texts (result., reason., status., scheme., doc., errors., work., werken-loont.json, results.json)'],
  ];
  for (const [group, label] of groups) {
    it(`${label}: Douma ≥ ${DOUMA_MIN} and at most ${WORDS_PER_SENTENCE_MAX} words per sentence`, () => {
      const inGroup = reports.filter((r) => r.group === group);
      assert.ok(inGroup.length > 0, `no ${group} texts found`);
      const faults = inGroup.filter((r) => r.status === 'fail').map(describeFault);
      assert.deepEqual(faults, [], `${faults.length} ${group} text(s) miss the B1 target:\n${faults.join('\n')}`);
    });
  }

  it('every Douma exception is still needed (the key exists and its text still scores below the target)', () => {
    const stale = Object.keys(DOUMA_EXCEPTIONS).filter((key) => reports.find((r) => r.key === key)?.status !== 'excepted');
    assert.deepEqual(stale, [], 'remove these from DOUMA_EXCEPTIONS in src/b1/check.ts');
  });
});

describe('jargon', () => {
  it('finds compounds, the longest word first, and "norm" only on its own', () => {
    assert.deepEqual(findJargon('De inkomstenvrijlating en de vermogensgrens'), ['inkomstenvrijlating', 'vermogen']);
    assert.deepEqual(findJargon('Dat is normaal.'), []);
    assert.deepEqual(findJargon('De norm is 100%. De bijstandsnorm ook.'), ['norm', 'bijstandsnorm']);
    assert.deepEqual(findJargon('Uw loon ({{netto}}) per maand'), []);
    assert.deepEqual(findJargon('Categoriale bijzondere bijstand'), ['categoriaal']);
  });

  it('no Dutch text uses jargon that is not explained', () => {
    const faults = jargonFaults(strings).map((f) => `${f.key}: "${f.word}" — ${f.text}`);
    assert.deepEqual(faults, [], `unexplained jargon:\n${faults.join('\n')}`);
  });

  it('every allow-list entry still matches its text', () => {
    assert.deepEqual(staleExplanations(strings), []);
  });
});
