/**
 * The sites of metacritic.com's other eras, part by part: their line tables,
 * their claims, the glued names they split, and the edges of their readers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/index.js';
import { formatPage } from '../../../src/formats/index.js';
import type { Diagnostic } from '../../../src/index.js';
import type { Site, SiteInput } from '../../../src/parse/site.js';
import { isOwnLine as isOwn2008 } from '../../../src/parse/sites/metacritic-2008/index.js';
import { isOwnLine as isOwn2021 } from '../../../src/parse/sites/metacritic-2021/index.js';
import { pageLike, siteLike } from '../../property/arbitraries.js';
import { splitGluedNames } from '../../../src/parse/sites/glued-names.js';
import { metacritic2008, metacritic2021 } from '../../../src/parse/sites/index.js';
import { classifyText, cutLines, type LineKindRow, type LineKinds } from '../../../src/parse/engine/index.js';
import {
  isCutUserComment,
  LINE_EXAMPLES as EXAMPLES_2008,
  LINE_KINDS as KINDS_2008,
  ROWS as ROWS_2008,
} from '../../../src/parse/sites/metacritic-2008/lines.js';
import {
  countFollowsWords,
  isVerdictCutShort,
  LINE_EXAMPLES as EXAMPLES_2021,
  LINE_KINDS as KINDS_2021,
  ROWS as ROWS_2021,
} from '../../../src/parse/sites/metacritic-2021/lines.js';
import { isNameLine } from '../../../src/parse/sites/metacritic-2021/readers/review.js';
import { checkResult, unaccountedLines } from '../../property/invariants.js';

const input = (text: string, url?: string): SiteInput => ({ text, lines: cutLines(text), url, media: undefined });

/** Each diagnostic's code and the text it spans. */
function reported(text: string, diagnostics: readonly Diagnostic[]): [string, string][] {
  return diagnostics.map((diagnostic) => [diagnostic.code, text.slice(diagnostic.span.start.offset, diagnostic.span.end.offset)]);
}

/** Parses `text` and checks that every line is accounted for. */
function parsed(text: string): ReturnType<typeof parse> {
  const result = parse(text);
  checkResult(text, result);
  expect(unaccountedLines(text, result)).toStrictEqual([]);
  return result;
}

/** The spec every line table keeps: each row's examples are of its kind; a blank line is blank, any other line no row takes is text. */
function describeTable<V>(name: string, rows: readonly LineKindRow<V>[], kinds: LineKinds<V>, examples: Readonly<Record<string, readonly string[]>>): void {
  describe(`the line table of ${name}`, () => {
    for (const row of rows) {
      it(`classifies every example of the ${row.kind} row as ${row.kind}`, () => {
        expect(examples[row.kind]?.length).toBeGreaterThan(0);
        for (const example of examples[row.kind] ?? []) expect(classifyText(kinds, example).kind).toBe(row.kind);
      });
    }

    it('classifies a blank line as blank and any other line no row takes as text', () => {
      expect(classifyText(kinds, '')).toStrictEqual({ kind: 'blank', value: undefined });
      expect(classifyText(kinds, 'A film of rare grace.')).toStrictEqual({ kind: 'text', value: 'A film of rare grace.' });
    });
  });
}

describeTable('metacritic-2021', ROWS_2021, KINDS_2021, EXAMPLES_2021);
describeTable('metacritic-2008', ROWS_2008, KINDS_2008, EXAMPLES_2008);

describe('the metacritic-2021 line table', () => {
  it.each([
    [
      'Paramount Pictures | Release Date: May 28, 1958 CRITIC SCORE DISTRIBUTION',
      { block: 'critic', distributor: 'Paramount Pictures', releaseDate: 'May 28, 1958' },
    ],
    ['Release Date: May 28, 1958 | CRITIC SCORE DISTRIBUTION', { block: 'critic', distributor: null, releaseDate: 'May 28, 1958' }],
    ['HBO CRITIC SCORE DISTRIBUTION', { block: 'critic', distributor: 'HBO', releaseDate: null }],
    ['CRITIC SCORE DISTRIBUTION | ||', { block: 'critic', distributor: null, releaseDate: null }],
    [
      'Paramount Pictures | Release Date: May 28, 1958 USER SCORE DISTRIBUTION',
      { block: 'user', distributor: 'Paramount Pictures', releaseDate: 'May 28, 1958' },
    ],
    ['USER SCORE DISTRIBUTION | ||', { block: 'user', distributor: null, releaseDate: null }],
  ])('reads the heading %s', (text, heading) => {
    expect(classifyText(KINDS_2021, text)).toStrictEqual({ kind: 'heading', value: heading });
  });

  it.each([
    'Critic score distribution: a chart',
    'CRITIC SCORE DISTRIBUTION and more',
    'Generally favorable reviews - based on 11 Critics',
    'Positive: 9 out of 11',
    'PARTIAL CRITIC SCORE DISTRIBUTION and more',
    'SUPERUSER SCORE DISTRIBUTION x',
    ' SCORE DISTRIBUTION',
    'Generally favorable reviews- based on 59 Ratings',
  ])('takes %s for no heading, verdict or distribution line of this era', (text) => {
    expect(['heading', 'verdict', 'distribution']).not.toContain(classifyText(KINDS_2021, text).kind);
  });
});

describe('splitGluedNames', () => {
  it.each([
    ['The Hollywood ReporterTodd McCarthy', 'The Hollywood Reporter', 'Todd McCarthy'],
    ['San Francisco ChronicleMick LaSalle', 'San Francisco Chronicle', 'Mick LaSalle'],
    ['NPRBob Mondello', 'NPR', 'Bob Mondello'],
    ['Time Out (London)Dave Calhoun', 'Time Out (London)', 'Dave Calhoun'],
    ['The New York TimesA.O. Scott', 'The New York Times', 'A.O. Scott'],
    ['VoxEmily VanDerWerff', 'Vox', 'Emily VanDerWerff'],
  ])('splits %s where its one new name starts (a surname’s inner capitals start none)', (text, publication, critic) => {
    expect(splitGluedNames(text)).toStrictEqual({ publication, critic: { name: critic, credited: true, raw: critic } });
  });

  it.each([
    ['GameSpotKallie Plagge', 'GameSpot', 'Kallie Plagge'],
    ['IndieWireEric Kohn', 'IndieWire', 'Eric Kohn'],
    ['TheSixthAxisDom Peppiatt', 'TheSixthAxis', 'Dom Peppiatt'],
    ['GameSpot UKMartin Gaston', 'GameSpot UK', 'Martin Gaston'],
    ['PCGamesNJoe Robinson', 'PCGamesN', 'Joe Robinson'],
    ['PlayStation UniverseJoe Smith', 'PlayStation Universe', 'Joe Smith'],
  ])('cuts %s, with several places to cut, at the last before the surname: a given name is one capitalised word', (text, publication, critic) => {
    expect(splitGluedNames(text)).toStrictEqual({ publication, critic: { name: critic, credited: true, raw: critic } });
  });

  it.each([
    ['El PaísÁlvaro Vega', 'El País', 'Álvaro Vega'],
    ['Film-DienstŁukasz Nowak', 'Film-Dienst', 'Łukasz Nowak'],
    ['LibéDidier Péron', 'Libé', 'Didier Péron'],
  ])('splits %s where a capital beyond ASCII follows a lower-case letter', (text, publication, critic) => {
    expect(splitGluedNames(text)).toStrictEqual({ publication, critic: { name: critic, credited: true, raw: critic } });
  });

  it('cuts an uncredited staff critic off the publication', () => {
    expect(splitGluedNames('Time OutStaff (Not Credited)')).toStrictEqual({
      publication: 'Time Out',
      critic: { name: 'Staff', credited: false, raw: 'Staff (Not Credited)' },
    });
    expect(splitGluedNames('Staff (Not Credited)').publication).toBeNull();
  });

  it.each([
    ['VG247Kirk McKeand', 'VG247', 'Kirk McKeand'],
    ['Channel 4Dan Smith', 'Channel 4', 'Dan Smith'],
    ['3DJuegosAlberto Pastor', '3DJuegos', 'Alberto Pastor'],
  ])('splits %s where a capital and a lower-case letter follow a digit that ends the publication', (text, publication, critic) => {
    expect(splitGluedNames(text)).toStrictEqual({ publication, critic: { name: critic, credited: true, raw: critic } });
  });

  it.each([
    ['FlickFilosopherMaryAnn Johanson', 'FlickFilosopher', 'MaryAnn Johanson'],
    ['The A.V. ClubLaToya Ferguson', 'The A.V. Club', 'LaToya Ferguson'],
    ['VarietyDeAndre Smith', 'Variety', 'DeAndre Smith'],
    ['MacworldMacKenzie Hall', 'Macworld', 'MacKenzie Hall'],
  ])('splits %s before a given name whose inner capital follows a first part of a name ("Mary", "La", "De")', (text, publication, critic) => {
    expect(splitGluedNames(text)).toStrictEqual({ publication, critic: { name: critic, credited: true, raw: critic } });
  });

  it.each([
    ['CineVueJohn Bleasdale', 'CineVue', 'John Bleasdale'],
    ['RPGFanJoe Smith', 'RPGFan', 'Joe Smith'],
  ])('cuts %s, at the last place before the surname (a glued piece before the given name is the publication’s)', (text, publication, critic) => {
    expect(splitGluedNames(text)).toStrictEqual({ publication, critic: { name: critic, credited: true, raw: critic } });
  });

  it.each(['Variety', '3DJuegos'])('returns %s, with no place to cut (a capital after a digit’s capital starts no name), as the publication', (text) => {
    expect(splitGluedNames(text)).toStrictEqual({ publication: text, critic: null });
  });

  it('cuts a line after the web address that ends its publication, when the address is the other place to cut', () => {
    expect(splitGluedNames('RogerEbert.comMatt Zoller Seitz')).toStrictEqual({
      publication: 'RogerEbert.com',
      critic: { name: 'Matt Zoller Seitz', credited: true, raw: 'Matt Zoller Seitz' },
    });
  });

  it.each([
    ['GamesRadar+Jordan Oloman', 'GamesRadar+', 'Jordan Oloman'],
    ['Yahoo!Jane Doe', 'Yahoo!', 'Jane Doe'],
    ['E! OnlineJane Doe', 'E! Online', 'Jane Doe'],
  ])('cuts %s after the "+" or "!" that ends its publication, which no critic has', (text, publication, critic) => {
    expect(splitGluedNames(text)).toStrictEqual({ publication, critic: { name: critic, credited: true, raw: critic } });
  });

  it.each(['IndieWire', 'GameSpot', 'The PlayList', 'GameSpaceBrau3er'])(
    'leaves %s, whose places to cut have a single word after them, whole: a publication',
    (text) => {
      expect(splitGluedNames(text)).toStrictEqual({ publication: text, critic: null });
    },
  );
});

describe('isCutUserComment', () => {
  it.each(['MikeW. gave it a 1', 'MikeW. gave it an', 'Mike W. gave it', 'MikeW. gave'])('takes %s for a user comment opening cut short', (text) => {
    expect(isCutUserComment(text)).toBe(true);
  });

  it.each(['MikeW. gave it a 10:', 'They gave it their all.', 'gave it a 1'])('takes %s for no cut opening', (text) => {
    expect(isCutUserComment(text)).toBe(false);
  });
});

describe('isVerdictCutShort', () => {
  it.each(['Universal acclaim based on 4', 'Mixed or average reviews based on 12 Critic Rev', 'No score yet based on 1 '])(
    'takes %s for a verdict line cut short of its end',
    (text) => {
      expect(isVerdictCutShort(text)).toBe(true);
    },
  );

  it.each(['Universal acclaim based on 32 Critic Reviews and more', 'Loosely based on 4', 'Universal acclaim based on'])(
    'takes %s for no verdict line cut short (another end, no known label, no count)',
    (text) => {
      expect(isVerdictCutShort(text)).toBe(false);
    },
  );
});

describe('countFollowsWords', () => {
  it.each([
    ['Universal acclaim based on 32 Critic Reviews', true],
    ['Mixed or average reviews  based on\u00a01,234 Ratings', true],
    ['Univerſal acclaim baſed on 3 Critics', true],
    ['Generally favorable reviews - based on 11 Critics', false],
    ['Anita Gates', false],
    ['', false],
  ])('tells %j: %s', (text, expected) => {
    expect(countFollowsWords(text)).toBe(expected);
  });

  // The verdict pattern of the era, as a model: the test turns down no line the pattern takes.
  const pattern = /^[a-z][a-z ]{2,40}?\s+based on\s+\d[\d,]*\s+(?:critic(?: reviews?|s)?|ratings?)$/iu;
  const space = fc.constantFrom(' ', '  ', '\u00a0', '\u2003', '', '-', ' - ');
  test.prop([
    fc
      .tuple(
        fc.constantFrom('Universal acclaim', 'Mixed or average reviews', 'Univerſal \u212aind', 'No', 'Good-ish', '1. Fine'),
        space,
        fc.constantFrom('based on', 'baſed on', 'BASED ON', 'based'),
        space,
        fc.constantFrom('32', '1,234', 'x', ''),
        space,
        fc.constantFrom('Critic Reviews', 'Ratings', 'critics', 'Critic'),
      )
      .map((parts) => parts.join('')),
  ])('is true of every line the verdict pattern takes', (text) => {
    expect(countFollowsWords(text) || !pattern.test(text)).toBe(true);
  });
});

describe('isNameLine', () => {
  it.each([
    'VarietyPeter Debruge',
    'The GuardianStaff (Not Credited)',
    'Chicago Tribune',
    'Slant MagazineEd Gonzalez Jr.',
    'The A.V. ClubSam C.',
    'Channel 4',
    'musicOMHJohn Murphy',
    "Ça m'intéresse",
    'Libé',
  ])('takes %s for a name line', (text) => {
    expect(isNameLine(text)).toBe(true);
  });

  it.each([
    'A daring, gorgeously warped picture.',
    'Magistral.',
    'it opens in lower case',
    'iTunes Ruined Music Forever',
    'eBay sellers Hate It',
    'One Two Three Four Five Six Seven Eight Nine',
    'A'.repeat(61),
    'rated 4',
  ])('takes %s for no name line', (text) => {
    expect(isNameLine(text)).toBe(false);
  });
});

describe('the claims of the sites of other eras', () => {
  const corpus = join(import.meta.dirname, '..', '..', 'fixtures', 'corpus');
  const pages = readdirSync(corpus)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => readFileSync(join(corpus, file), 'utf8'));
  const copied = (text: string): string =>
    text
      .replace(/^[ \t\u00a0]+/gmu, '')
      .replace(/^\d{1,4}\. /gmu, '')
      .replace(/^• ?/gmu, '');

  it('claims no page of the corpus of current layouts, saved or copied from a browser', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    for (const text of [...pages, ...pages.map(copied)]) {
      expect(metacritic2021.claim(input(text, 'https://www.metacritic.com/movie/x'))).toBe(0);
      expect(metacritic2008.claim(input(text))).toBe(0);
    }
  });

  it('claims its own pages above a metacritic.com url, and not each other’s', () => {
    const page2021 = '|\nCRITIC SCORE DISTRIBUTION | ||\n';
    const page2008 = 'Metacritic.com: We Deal With Criticism\n';
    expect(metacritic2021.claim(input(page2021))).toBe(2);
    expect(metacritic2008.claim(input(page2021))).toBe(0);
    expect(metacritic2008.claim(input(page2008))).toBe(2);
    expect(metacritic2021.claim(input(page2008))).toBe(0);
  });

  it.each(['100\nMETASCORE\n', 'Universal acclaim based on 32 Critic Reviews\n', 'Positive:\n31\n', 'Season 3 Review:\n'])(
    'claims a 2019-2022 page by %j',
    (text) => {
      expect(metacritic2021.claim(input(text))).toBe(2);
    },
  );

  it('looks no further than the first 40 lines', () => {
    expect(metacritic2021.claim(input(`${'x\n'.repeat(40)}CRITIC SCORE DISTRIBUTION\n`))).toBe(0);
    expect(metacritic2008.claim(input(`${'x\n'.repeat(60)}Metascore: 100 Metascore out of 100\n`))).toBe(0);
  });

  it.each([
    ['metacritic-2021', 'Universal acclaim based on 3 Critic Review\t\u00a0\n', 2],
    ['metacritic-2021', '\u00a0Universal\u00a0acclaim based on 3 Critics\u3000\n', 2],
    ['metacritic-2021', 'Univerſal acclaim baſed on 3 Criticſ\n', 2],
    ['metacritic-2021', 'ſome acclaim based on 3 CRITICS\n', 2],
    ['metacritic-2021', '\u212aind reviews based on 3 critic\n', 2],
    ['metacritic-2021', '\u017feason 3 Review:\n', 2],
    ['metacritic-2021', 'nEGATIVE:\n', 2],
    ['metacritic-2021', 'Positive:\u2028', 2],
    ['metacritic-2021', '\ufeffCRITIC SCORE DISTRIBUTION |\u00a0|\n', 2],
    ['metacritic-2021', 'Universal acclaim based on 3 Critics.\n', 0],
    ['metacritic-2021', 'METASCORE:\n', 0],
    ['metacritic-2008', '\tmetascore: 74 out of 100\u00a0\n', 2],
    ['metacritic-2008', '\ufeffMetacritic.com: We Deal With Criticism\r\n', 2],
    ['metacritic-2008', 'METASCORE: TBD\n', 2],
    ['metacritic-2008', 'Metascore: xx\n', 2],
    ['metacritic-2008', 'Metascore: 74 METASCORE\n', 2],
    ['metacritic-2008', 'The Metascore: 74\n', 0],
  ])('claims a page for %s by a line as its text says, whatever space or case is around it: %j', (name, text, claim) => {
    expect((name === 'metacritic-2021' ? metacritic2021 : metacritic2008).claim(input(text))).toBe(claim);
  });

  // The claims look at a line's first or last character before its text: they must say what the
  // era's own lines say of the text of every one of the first lines, on any page.
  const claimsOf: [string, Site, (text: string) => boolean, number][] = [
    ['metacritic-2021', metacritic2021, isOwn2021, 40],
    ['metacritic-2008', metacritic2008, isOwn2008, 60],
  ];
  for (const [name, site, isOwnLine, count] of claimsOf) {
    test.prop([fc.oneof(siteLike(name), pageLike, fc.string({ unit: 'binary', maxLength: 200 }))], { numRuns: 300 })(
      `claims a page for ${name} exactly when one of its first ${count} lines is the era's own`,
      (text) => {
        const lines = cutLines(text);
        const own = Array.from({ length: Math.min(lines.count, count) }, (_, at) => lines.text(at)).some(isOwnLine);
        expect(site.claim(input(text))).toBe(own ? 2 : 0);
      },
    );
  }
});

describe('the metacritic-2021 site', () => {
  it('reads a tbd Metascore as none, its lines as furniture', () => {
    const text = 'tbd\nMETASCORE\nPositive:\n2\n';
    const { page, furniture, diagnostics } = parsed(text);
    expect(page.metascore).toBeNull();
    expect(furniture.map((span) => text.slice(span.start.offset, span.end.offset))).toStrictEqual(['tbd', 'METASCORE']);
    expect(diagnostics).toStrictEqual([]);
  });

  it('reads a number above METASCORE as the Metascore with furniture between them, the furniture as furniture', () => {
    const text = '      90\r\nWatch On\n\nStream On\nMETASCORE\n100\nVarietyPeter Debruge\nA marvel.\n';
    const { page, furniture, diagnostics } = parsed(text);
    expect([page.metascore, page.reviews.map((review) => [review.score, review.excerpt])]).toStrictEqual([90, [[100, 'A marvel.']]]);
    expect(furniture.map((span) => text.slice(span.start.offset, span.end.offset))).toStrictEqual(['Watch On', 'Stream On']);
    expect(diagnostics).toStrictEqual([]);
  });

  it('reads a review whose lines have furniture between them as one review, the furniture as furniture', () => {
    const text = 'Vertigo\nWatch Now\n100\nMETASCORE\n90\nStream On\nVarietyPeter Debruge\n|\nA marvel.\nWatch Now\nRead full review\n';
    const { page, furniture, diagnostics } = parsed(text);
    expect([page.title, page.metascore]).toStrictEqual(['Vertigo', 100]);
    expect(page.reviews.map(({ score, publication, critic, excerpt }) => [score, publication, critic?.name, excerpt])).toStrictEqual([
      [90, 'Variety', 'Peter Debruge', 'A marvel.'],
    ]);
    expect(furniture.map((span) => text.slice(span.start.offset, span.end.offset))).toStrictEqual(['Watch Now', 'Stream On', '|', 'Watch Now']);
    expect(diagnostics).toStrictEqual([]);
  });

  it('reads a line over furniture and text as a review, not a title', () => {
    const { page } = parsed('METASCORE\nVariety\nWatch Now\nA marvel.\n');
    expect([page.title, page.reviews.map(({ publication, excerpt }) => [publication, excerpt])]).toStrictEqual([null, [['Variety', 'A marvel.']]]);
  });

  it('reports a second Metascore, verdict or count and an out-of-range number, keeping the first', () => {
    const text = [
      '100',
      'METASCORE',
      '90',
      'METASCORE',
      '150',
      'METASCORE',
      'Universal acclaim based on 3 Critic Reviews',
      'Mixed or average reviews based on 4 Critic Reviews',
      'Positive:',
      '3',
      'Positive: 4',
      '120',
      'A review whose score is off the scale.',
    ].join('\n');
    const { page, diagnostics } = parsed(text);
    expect([page.metascore, page.verdict, page.criticCount, page.distribution]).toStrictEqual([
      100,
      'Universal acclaim',
      3,
      { positive: 3, mixed: null, negative: null },
    ]);
    expect(page.reviews.map((review) => [review.score, review.excerpt])).toStrictEqual([[null, 'A review whose score is off the scale.']]);
    expect(reported(text, diagnostics)).toStrictEqual([
      ['repeated-block', '90\nMETASCORE'],
      ['score-out-of-range', '150\nMETASCORE'],
      ['repeated-block', 'Mixed or average reviews based on 4 Critic Reviews'],
      ['repeated-block', 'Positive: 4'],
      ['score-out-of-range', '120'],
    ]);
  });

  it('keeps an unknown verdict as printed, and reports it', () => {
    const text = 'Critically divisive based on 2 Critic Reviews\nCRITIC SCORE DISTRIBUTION\n';
    const { page, diagnostics } = parsed(text);
    expect([page.verdict, page.criticCount]).toStrictEqual(['Critically divisive', 2]);
    expect(reported(text, diagnostics)).toStrictEqual([['unknown-verdict', 'Critically divisive based on 2 Critic Reviews']]);
  });

  it('keeps "No score yet" under a tbd Metascore as printed, as a label for too few reviews, with no diagnostic', () => {
    const text = 'CRITIC SCORE DISTRIBUTION\ntbd\nMETASCORE\nNo score yet based on 2 Critic Reviews\n';
    const { page, diagnostics } = parsed(text);
    expect([page.metascore, page.verdict, page.criticCount]).toStrictEqual([null, 'No score yet', 2]);
    expect(reported(text, diagnostics)).toStrictEqual([]);
  });

  it('reads a glued name line that ends the page as the names of a review with no text, warning that the critic may be cut with no line break after it', () => {
    for (const end of ['', '\n']) {
      const text = `100\nMETASCORE\n90\nVarietyOwen Gleiberman${end}`;
      const { page, diagnostics } = parsed(text);
      expect(page.reviews.map(({ publication, critic, score, excerpt }) => ({ publication, critic: critic?.name, score, excerpt }))).toStrictEqual([
        { publication: 'Variety', critic: 'Owen Gleiberman', score: 90, excerpt: '' },
      ]);
      expect(reported(text, diagnostics)).toStrictEqual([
        ['review-without-text', '90\nVarietyOwen Gleiberman'],
        ...(end === '' ? [['truncated-line', 'VarietyOwen Gleiberman']] : []),
      ]);
    }
  });

  it.each([
    ['reports a last line of names with no glue and no line break after it, and does not read it', '100\nMETASCORE\n70\nChicago Tribune'],
    ['reports a last line of names the same with furniture after it, on a page that ends with no line break', '100\nMETASCORE\n70\nChicago Tribune\nWatch Now'],
    ['reports a last line of names the same with a section line before it, which is furniture', '100\nMETASCORE\n70\nCritic Reviews\nChicago Tribune'],
  ])('%s', (_, text) => {
    const { page, diagnostics } = parsed(text);
    expect(page.reviews.map(({ publication, score, excerpt }) => ({ publication, score, excerpt }))).toStrictEqual([
      { publication: null, score: 70, excerpt: '' },
    ]);
    expect(reported(text, diagnostics)).toStrictEqual([
      ['review-without-text', '70'],
      ['truncated-line', 'Chicago Tribune'],
    ]);
  });

  it('reads a last line of names with a line break after it, or a last line cut mid-sentence, as the quote', () => {
    for (const last of ['Chicago Tribune\n', 'The whole season feels like a 9-episode goodb']) {
      const { page } = parsed(`100\nMETASCORE\n70\n${last}`);
      expect(page.reviews.map(({ score, excerpt }) => ({ score, excerpt }))).toStrictEqual([{ score: 70, excerpt: last.trim() }]);
    }
  });

  it('reads a line of names with a parenthesis over an excerpt as the publication, and one with a parenthesised number as text', () => {
    const text = '100\nMETASCORE\n90\nTime Out (London)\nA triumph.\n80\nSingle Player/Multi Player (2/2)\nFun for two.\n';
    expect(parsed(text).page.reviews.map(({ publication, score, excerpt }) => [publication, score, excerpt])).toStrictEqual([
      ['Time Out (London)', 90, 'A triumph.'],
      [null, 80, 'Single Player/Multi Player (2/2)'],
      [null, null, 'Fun for two.'],
    ]);
  });

  it('splits a glued name line with several places to cut at the last before the surname, and reports nothing', () => {
    const text = '100\nMETASCORE\n90\nGameSpotKallie Plagge\nA triumph.\n';
    const { page, diagnostics } = parsed(text);
    expect(page.reviews.map(({ publication, critic, score, excerpt }) => ({ publication, critic: critic?.name, score, excerpt }))).toStrictEqual([
      { publication: 'GameSpot', critic: 'Kallie Plagge', score: 90, excerpt: 'A triumph.' },
    ]);
    expect(reported(text, diagnostics)).toStrictEqual([]);
  });

  it('reads a season label with nothing under it as a review without text', () => {
    const text = 'CRITIC SCORE DISTRIBUTION\nSeason 1 Review:\n';
    const { page, diagnostics } = parsed(text);
    expect(page.media).toBe('tv');
    expect(page.reviews.map((review) => review.excerpt)).toStrictEqual(['']);
    expect(reported(text, diagnostics)).toStrictEqual([['review-without-text', 'Season 1 Review:']]);
  });

  it('reports a page with nothing but its heading as no review page', () => {
    const text = 'CRITIC SCORE DISTRIBUTION | ||\n|\n';
    expect(reported(text, parsed(text).diagnostics)).toStrictEqual([['not-a-review-page', text.trimEnd()]]);
  });

  it.each(['1', '9', '10'])('reports a last score %s with no line break after it as truncated-line, not read (it may be cut short)', (score) => {
    const text = `100\nMETASCORE\n90\nVarietyOwen Gleiberman\nA triumph.\n${score}`;
    const { page, diagnostics } = parsed(text);
    expect(page.reviews.map((review) => review.score)).toStrictEqual([90]);
    expect(reported(text, diagnostics)).toStrictEqual([['truncated-line', score]]);
  });

  it.each(['0', '45', '100', '9\n'])('reads a last score %j that cannot go on, or has its line break, as the score of a review with no text', (score) => {
    const text = `100\nMETASCORE\n90\nVarietyOwen Gleiberman\nA triumph.\n${score}`;
    expect(parsed(text).page.reviews.map((review) => review.score)).toStrictEqual([90, Number(score)]);
  });

  it('reports a tbd with no METASCORE label under it', () => {
    const text = 'CRITIC SCORE DISTRIBUTION\ntbd\n';
    expect(reported(text, parsed(text).diagnostics)).toStrictEqual([
      ['not-a-review-page', text.trimEnd()],
      ['unrecognised-line', 'tbd'],
    ]);
  });

  it("fills the caller's media where the page says none", () => {
    expect(parse('100\nMETASCORE\n', { media: 'movie' }).page.media).toBe('movie');
  });
});

/** A user review's user, date, score and text. */
function userFacts(page: ReturnType<typeof parse>['page']): (string | number | null)[][] {
  return (page.users?.reviews ?? []).map(({ user, date, score, excerpt }) => [user, date, score, excerpt]);
}

describe('the metacritic-2021 site on user-reviews pages', () => {
  const header =
    'Paramount Pictures | Release Date: May 28, 1958 USER SCORE DISTRIBUTION\n8.5\nUSER SCORE\nUniversal acclaim based on 1,234 Ratings\nPositive:\n1,100\nMixed:\n84\nNegative:\n50\n';

  it("reads the users' score, verdict, distribution and reviews as the users', never as critic reviews", () => {
    const text = `${header}Watch Now\nUser Reviews\nSort by: Most Helpful\nJaneD\nMar 15, 2020\n10\nThis review contains spoilers, click expand to view.\nA masterpiece.\nExpand\n3 of 4 users found this helpful\nAll this user's reviews\n1984\nApr 2, 2021\n7\nSlow.\n`;
    const { page, diagnostics } = parsed(text);
    expect([page.metascore, page.verdict, page.criticCount, page.distribution, page.reviews]).toStrictEqual([null, null, null, null, []]);
    expect(page.users && [page.users.score, page.users.verdict, page.users.ratingCount, page.users.distribution]).toStrictEqual([
      8.5,
      'Universal acclaim',
      1234,
      { positive: 1100, mixed: 84, negative: 50 },
    ]);
    expect(userFacts(page)).toStrictEqual([
      ['JaneD', '2020-03-15', 10, 'A masterpiece.'],
      ['1984', '2021-04-02', 7, 'Slow.'],
    ]);
    expect(diagnostics).toStrictEqual([]);
  });

  it('claims a page by its USER SCORE label or a verdict of Ratings with no dash, not by the current layouts’ lines', () => {
    for (const text of [
      '8.5\nUSER SCORE\n',
      'Universal acclaim based on 1,234 Ratings\n',
      'Mixed or average reviews based on 1 Rating\n',
      'USER SCORE DISTRIBUTION\n',
    ])
      expect(metacritic2021.claim(input(text))).toBe(2);
    for (const text of ['User Score\n8.6\n', 'Universal acclaim- based on 26 Ratings\n', 'Generally favorable reviews - based on 59 Ratings\n'])
      expect(metacritic2021.claim(input(text))).toBe(0);
  });

  it('reads a review with no text, the line over the next date as the next name, and reports the review', () => {
    const text = `${header}Mara\nApr 4, 2020\n9\nTom_K\nApr 5, 2020\n4\nObvious.\n`;
    const { page, diagnostics } = parsed(text);
    expect(userFacts(page)).toStrictEqual([
      ['Mara', '2020-04-04', 9, ''],
      ['Tom_K', '2020-04-05', 4, 'Obvious.'],
    ]);
    expect(reported(text, diagnostics)).toStrictEqual([['review-without-text', 'Mara\nApr 4, 2020\n9']]);
  });

  it("reports a page cut after a user's name as truncated, and reads one cut after a date as a review with no text", () => {
    const cutName = `${header}JaneD\nMar 15, 2020\n10\nA masterpiece.\nBobK`;
    const named = parsed(cutName);
    expect(userFacts(named.page)).toStrictEqual([['JaneD', '2020-03-15', 10, 'A masterpiece.']]);
    expect(reported(cutName, named.diagnostics)).toStrictEqual([['truncated-line', 'BobK']]);
    const cutDate = `${header}JaneD\nMar 15, 2020\n`;
    const dated = parsed(cutDate);
    expect(userFacts(dated.page)).toStrictEqual([['JaneD', '2020-03-15', null, '']]);
    expect(reported(cutDate, dated.diagnostics)).toStrictEqual([['review-without-text', 'JaneD\nMar 15, 2020']]);
  });

  it("reads a user's name over a date the page cut as the cut review's, and reports the date", () => {
    for (const cut of ['Apr 2', 'Apr 2, 20']) {
      const text = `${header}JaneD\nMar 15, 2020\n10\nA masterpiece.\nBobK\n${cut}`;
      const { page, diagnostics } = parsed(text);
      expect(userFacts(page)).toStrictEqual([
        ['JaneD', '2020-03-15', 10, 'A masterpiece.'],
        ['BobK', null, null, ''],
      ]);
      expect(reported(text, diagnostics)).toStrictEqual([
        ['review-without-text', 'BobK'],
        ['truncated-line', cut],
      ]);
    }
  });

  it('reports a word the page cut as truncated with no text above it, under a review with no text or under the header', () => {
    const scored = `${header}JaneD\nMar 15, 2020\n10\nBobK`;
    const read = parsed(scored);
    expect(userFacts(read.page)).toStrictEqual([['JaneD', '2020-03-15', 10, '']]);
    expect(reported(scored, read.diagnostics)).toStrictEqual([
      ['review-without-text', 'JaneD\nMar 15, 2020\n10'],
      ['truncated-line', 'BobK'],
    ]);
    const alone = `${header}JaneD`;
    const only = parsed(alone);
    expect(userFacts(only.page)).toStrictEqual([]);
    expect(reported(alone, only.diagnostics)).toStrictEqual([['truncated-line', 'JaneD']]);
  });

  it('reads a one-word last paragraph of a page that ends with a line break as text', () => {
    const text = `${header}JaneD\nMar 15, 2020\n10\nA slow, haunting film about obsession.\nRecommended\n`;
    const { page, diagnostics } = parsed(text);
    expect(userFacts(page)).toStrictEqual([['JaneD', '2020-03-15', 10, 'A slow, haunting film about obsession. Recommended']]);
    expect(diagnostics).toStrictEqual([]);
  });

  it("reports a line under the users' header that opens no review (no name over a date) as unrecognised, reading no review of it", () => {
    for (const stray of ['Write a Review', 'See All User Reviews', 'Rate this movie', '3']) {
      const text = `${header}${stray}\nJaneD\nMar 15, 2020\n10\nGreat.\n`;
      const { page, diagnostics } = parsed(text);
      expect([page.reviews, userFacts(page)]).toStrictEqual([[], [['JaneD', '2020-03-15', 10, 'Great.']]]);
      expect(reported(text, diagnostics)).toStrictEqual([['unrecognised-line', stray]]);
    }
    const scored = `${header}JaneD\nMar 15, 2020\n10\nGreat.\n3\n`;
    const read = parsed(scored);
    expect(userFacts(read.page)).toStrictEqual([['JaneD', '2020-03-15', 10, 'Great.']]);
    expect(reported(scored, read.diagnostics)).toStrictEqual([['unrecognised-line', '3']]);
  });

  it("reports a user score past 10, a review's score past 10 and a date that does not exist, reading neither", () => {
    const text = 'USER SCORE DISTRIBUTION\n12.5\nUSER SCORE\nJaneD\nFeb 30, 2020\n80\nGood.\n';
    const { page, diagnostics } = parsed(text);
    expect([page.users?.score, userFacts(page)]).toStrictEqual([null, [['JaneD', null, null, 'Good.']]]);
    expect(reported(text, diagnostics).map(([code, spanned]) => [code, spanned])).toStrictEqual([
      ['score-out-of-range', '12.5\nUSER SCORE'],
      ['invalid-date', 'Feb 30, 2020'],
      ['score-out-of-range', '80'],
    ]);
  });

  it("warns where no line says whose a distribution or a review is, and reads it as the critics'", () => {
    const text = 'Positive:\n1,100\nNegative:\n50\n8\nA fine film.\n';
    const { page, diagnostics } = parsed(text);
    expect([page.distribution, page.reviews.map(({ score, excerpt }) => [score, excerpt]), page.users]).toStrictEqual([
      { positive: 1100, mixed: null, negative: 50 },
      [[8, 'A fine film.']],
      null,
    ]);
    expect(reported(text, diagnostics)).toStrictEqual([['critics-or-users', 'Positive:\n1,100']]);
    const review = 'Season 3 Review:\n8\nA fine season.\n';
    expect(reported(review, parsed(review).diagnostics)).toStrictEqual([['critics-or-users', review.trimEnd()]]);
  });

  it("takes a critic's score past 10, or a heading, as saying the page is the critics'", () => {
    const laterLow = 'Season 2 Review:\n100\nVarietyJane Doe\nGreat.\nSeason 2 Review:\n10\nSlant MagazineEd Gonzalez\nDull.\n';
    for (const text of [
      'Season 3 Review:\n80\nA fine season.\n',
      'CRITIC SCORE DISTRIBUTION\nPositive:\n3\n8\nFine.\n',
      '100\nMETASCORE\n8\nFine.\n',
      laterLow,
    ])
      expect(parsed(text).diagnostics).toStrictEqual([]);
  });

  it("warns of a user review among the critics' reviews and reads it as a user's; a User Reviews heading under the critics' reviews opens the users' part", () => {
    const mixed = '100\nMETASCORE\n90\nVarietyPeter Debruge\nA marvel.\nJaneD\nMar 15, 2020\n10\nLoved it.\n';
    const { page, diagnostics } = parsed(mixed);
    expect([page.reviews.length, userFacts(page)]).toStrictEqual([1, [['JaneD', '2020-03-15', 10, 'Loved it.']]]);
    expect(reported(mixed, diagnostics)).toStrictEqual([['critics-or-users', 'JaneD']]);
    // Warned too on a page that has already had its one warning of a part no line settled.
    const unsettled = `Positive:\n31\nNegative:\n1\n${mixed}`;
    expect(reported(unsettled, parsed(unsettled).diagnostics)).toStrictEqual([
      ['critics-or-users', 'Positive:\n31'],
      ['critics-or-users', 'JaneD'],
    ]);
    const headed = '100\nMETASCORE\n90\nVarietyPeter Debruge\nA marvel.\nUser Reviews\nJaneD\nMar 15, 2020\n10\nLoved it.\nA second paragraph.\n';
    const read = parsed(headed);
    expect([read.page.reviews.length, userFacts(read.page)]).toStrictEqual([1, [['JaneD', '2020-03-15', 10, 'Loved it. A second paragraph.']]]);
    expect(read.diagnostics).toStrictEqual([]);
  });

  it('keeps the header’s word over a row of section tabs above the first review', () => {
    const text = `${header}Critic Reviews\nUser Reviews\nCritic Reviews\nJaneD\nMar 15, 2020\n8\nFine.\n`;
    const { page, diagnostics } = parsed(text);
    expect([page.reviews, userFacts(page)]).toStrictEqual([[], [['JaneD', '2020-03-15', 8, 'Fine.']]]);
    expect(diagnostics).toStrictEqual([]);
  });

  it('reads a title that is a date or a number of four digits over the heading, and a name over a date as no title', () => {
    const dated = parsed('May 25, 1977\nSimon & Garfunkel\nUSER SCORE DISTRIBUTION\n8.0\nUSER SCORE\n');
    expect([dated.page.title, dated.page.details.map(({ value }) => value)]).toStrictEqual(['May 25, 1977', ['Simon & Garfunkel']]);
    expect(parsed('1917\nUSER SCORE DISTRIBUTION\n').page.title).toBe('1917');
    const named = parsed('8.0\nUSER SCORE\nJaneD\nMar 15, 2020\n8\nFine.\n');
    expect([named.page.title, userFacts(named.page)]).toStrictEqual([null, [['JaneD', '2020-03-15', 8, 'Fine.']]]);
  });
});

describe('the metacritic-2008 site', () => {
  it('reports a Metascore past 100 and a User Score past 10 as out of range and keeps neither (formatPage took them for pages it cannot write)', () => {
    const text = '0\r\nMetascore: 101 Metascore out of 100\nUser Score\n11 out of 10\n';
    const { page, diagnostics } = parsed(text);
    expect([page.metascore, page.users?.score]).toStrictEqual([null, null]);
    expect(reported(text, diagnostics).filter(([code]) => code === 'score-out-of-range')).toStrictEqual([
      ['score-out-of-range', 'Metascore: 101 Metascore out of 100'],
      ['score-out-of-range', '11 out of 10'],
    ]);
    expect(() => formatPage(page)).not.toThrow();
  });

  it('reads the score table of a page with no title line, its menu as furniture', () => {
    const text =
      'Metacritic.com: We Deal With Criticism\nFilm Video/DVD Music Games Books TV\nMetascore: 61 Metascore out of 100\nUser Score\ntbd out of 10\nbased on 9 reviews\nRate this album\n';
    const { page, furniture, diagnostics } = parsed(text);
    expect([page.title, page.metascore, page.criticCount, page.media, page.users?.score, page.users?.ratingCount]).toStrictEqual([
      null,
      61,
      9,
      'music',
      null,
      null,
    ]);
    expect(furniture.map((span) => text.slice(span.start.offset, span.end.offset))).toStrictEqual([
      'Metacritic.com: We Deal With Criticism',
      'Film Video/DVD Music Games Books TV',
      'Rate this album',
    ]);
    expect(diagnostics).toStrictEqual([]);
  });

  it('reads details with their continuation lines, the first paragraph as the summary', () => {
    const text = [
      'Metascore: 80 out of 100',
      'WRITTEN BY: Mario Puzo',
      'Francis Ford Coppola',
      '',
      'A saga of a family.',
      '',
      'It won three Oscars.',
      'GENRE(S):',
      'Drama',
    ].join('\n');
    const { page } = parsed(text);
    expect(page.details.map(({ label, value }) => [label, value])).toStrictEqual([
      ['WRITTEN BY', 'Mario Puzo; Francis Ford Coppola'],
      ['Summary', 'A saga of a family.'],
      ['Text', 'It won three Oscars.'],
      ['GENRE(S)', 'Drama'],
    ]);
  });

  it('reports a second Metascore and critics count, and an out-of-range review score', () => {
    const text =
      'Metascore: 80 out of 100\nMetascore: 70 out of 100\nbased on 3 reviews\nbased on 4 reviews\nWhat The Critics Said\n120\nVariety\nToo long by half.\n';
    const { page, diagnostics } = parsed(text);
    expect([page.metascore, page.criticCount]).toStrictEqual([80, 3]);
    expect(page.reviews.map(({ score, publication, excerpt }) => ({ score, publication, excerpt }))).toStrictEqual([
      { score: null, publication: 'Variety', excerpt: 'Too long by half.' },
    ]);
    expect(reported(text, diagnostics)).toStrictEqual([
      ['repeated-block', 'Metascore: 70 out of 100'],
      ['repeated-block', 'based on 4 reviews'],
      ['score-out-of-range', '120'],
    ]);
  });

  it('reads a score with nothing under it, at a cut, as a review without text', () => {
    const text = 'Metascore: 80 out of 100\nWhat The Critics Said\n90\n';
    const { page, diagnostics } = parsed(text);
    expect(page.reviews.map((review) => [review.score, review.excerpt])).toStrictEqual([[90, '']]);
    expect(reported(text, diagnostics)).toStrictEqual([['review-without-text', '90']]);
  });

  it('reports a page cut inside its menu as no review page', () => {
    const text = 'Metacritic.com: We Deal With Criticism\nHelp\n';
    expect(reported(text, parsed(text).diagnostics)).toStrictEqual([['not-a-review-page', text.trimEnd()]]);
  });

  it("reads the users' comments as user reviews, never critic reviews: a score past 10 and a comment with no text reported, a line after a blank reported", () => {
    const text = [
      'Metascore: 80 out of 100',
      'What The Critics Said',
      '90',
      'Variety',
      'Taut.',
      'What Our Users Said',
      'Read all user comments',
      'MikeW. gave it a 10:',
      'The best procedural',
      'since 1976.',
      'Ann Lee gave it an 11:',
      'Too long.',
      'Bo gave it a 0:',
      '',
      'Sorted by date',
    ].join('\n');
    const { page, diagnostics } = parsed(text);
    expect(page.reviews.map(({ score, publication, excerpt }) => [score, publication, excerpt])).toStrictEqual([[90, 'Variety', 'Taut.']]);
    expect(page.users?.reviews.map(({ index, user, date, score, excerpt }) => [index, user, date, score, excerpt])).toStrictEqual([
      [null, 'MikeW.', null, 10, 'The best procedural since 1976.'],
      [null, 'Ann Lee', null, null, 'Too long.'],
      [null, 'Bo', null, 0, ''],
    ]);
    expect(reported(text, diagnostics)).toStrictEqual([
      ['score-out-of-range', 'Ann Lee gave it an 11:'],
      ['review-without-text', 'Bo gave it a 0:'],
      ['unrecognised-line', 'Sorted by date'],
    ]);
  });

  it('reads a line under the critics heading as a review, and reports a number no reader takes above it', () => {
    const text = 'Metascore: 80 out of 100\n75\nWhat The Critics Said\nRead full review\nSorted by score\n';
    const { page, diagnostics } = parsed(text);
    expect(page.reviews.map((review) => review.excerpt)).toStrictEqual(['Sorted by score']);
    expect(reported(text, diagnostics)).toStrictEqual([['unrecognised-line', '75']]);
  });
});
