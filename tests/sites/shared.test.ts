import { describe, expect, it } from 'vitest';
import { classifyText, type LineKinds } from '../../src/parse/engine/index.js';
import { FANDANGO_EXAMPLES, FANDANGO_KINDS } from '../../src/sites/fandango/lines.js';
import { IMDB_EXAMPLES, IMDB_KINDS } from '../../src/sites/imdb/lines.js';
import { MOVIEFONE_EXAMPLES, MOVIEFONE_KINDS } from '../../src/sites/moviefone/lines.js';
import { MOVIESCOM_EXAMPLES, MOVIESCOM_KINDS } from '../../src/sites/moviescom/lines.js';
import { OPENCRITIC_EXAMPLES, OPENCRITIC_KINDS } from '../../src/sites/opencritic/lines.js';
import { TVCOM_EXAMPLES, TVCOM_KINDS } from '../../src/sites/tvcom/lines.js';
import { markFields } from '../../src/sites/shared/marks.js';
import { isPersonName, looksLikeNames, splitGluedNames, splitRepeatedRun, splitSpacedNames } from '../../src/sites/shared/names.js';
import { splitGluedItem } from '../../src/sites/imdb/readers/glued-item.js';
import { parse } from '../../src/index.js';
import { ALL_SITES } from '../../src/sites/index.js';

const TABLES = [
  ['fandango', FANDANGO_KINDS, FANDANGO_EXAMPLES],
  ['imdb', IMDB_KINDS, IMDB_EXAMPLES],
  ['moviefone', MOVIEFONE_KINDS, MOVIEFONE_EXAMPLES],
  ['moviescom', MOVIESCOM_KINDS, MOVIESCOM_EXAMPLES],
  ['opencritic', OPENCRITIC_KINDS, OPENCRITIC_EXAMPLES],
  ['tvcom', TVCOM_KINDS, TVCOM_EXAMPLES],
] as unknown as readonly (readonly [string, LineKinds<Record<string, unknown>>, Readonly<Record<string, readonly string[]>>])[];

describe.each(TABLES)('the %s line table', (_site, kinds, examples) => {
  it('has one row per kind, each with examples', () => {
    expect(new Set(kinds.rows.map((row) => row.kind)).size).toBe(kinds.rows.length);
    for (const row of kinds.rows) expect(examples[row.kind]?.length).toBeGreaterThan(0);
  });

  it('classifies every example of a row as that row kind', () => {
    for (const row of kinds.rows)
      for (const example of examples[row.kind] ?? []) expect([example, classifyText(kinds, example).kind]).toStrictEqual([example, row.kind]);
  });
});

describe('splitRepeatedRun', () => {
  it('returns the names printed twice and the text after them', () => {
    expect(splitRepeatedRun('VarietyJustin ChangVarietyJustin ChangGripping.')).toStrictEqual({ run: 'VarietyJustin Chang', rest: 'Gripping.' });
  });

  it('returns the longest run, not a doubled letter at its start', () => {
    expect(splitRepeatedRun('GG MagazineGG MagazineFun.')).toStrictEqual({ run: 'GG Magazine', rest: 'Fun.' });
  });

  it('returns undefined when no run is printed twice', () => {
    expect(splitRepeatedRun('VarietyThe film is bold.')).toBeUndefined();
  });
});

describe('splitGluedNames', () => {
  it.each([
    ['VarietyJustin Chang', 'Variety', 'Justin Chang'],
    ['ReelViewsJames Berardinelli', 'ReelViews', 'James Berardinelli'],
    ['The Hollywood ReporterKirk Honeycutt', 'The Hollywood Reporter', 'Kirk Honeycutt'],
    ['San Francisco ChronicleMick LaSalle', 'San Francisco Chronicle', 'Mick LaSalle'],
    ['The New York TimesA.O. Scott', 'The New York Times', 'A.O. Scott'],
    ['NPRBob Mondello', 'NPR', 'Bob Mondello'],
    ['IndiewireEric Kohn', 'Indiewire', 'Eric Kohn'],
  ])('splits %s, publication first, at the step before a person name', (text, publication, critic) => {
    expect(splitGluedNames(text, 'publication-first')).toStrictEqual({ publication, critic: { name: critic, credited: true, raw: critic }, settled: true });
  });

  it('splits names printed critic first, keeping a surname with an inner capital', () => {
    expect(splitGluedNames('Mick LaSalleSan Francisco Chronicle', 'critic-first')).toMatchObject({
      publication: 'San Francisco Chronicle',
      critic: { name: 'Mick LaSalle' },
      settled: true,
    });
    expect(splitGluedNames('Stephen RomeiThe Australian', 'critic-first')).toMatchObject({
      publication: 'The Australian',
      critic: { name: 'Stephen Romei' },
      settled: true,
    });
  });

  it('splits at a web address that is the publication, where a critic with inner capitals leaves the case steps unsettled', () => {
    expect(splitGluedNames('FlickFilosopher.comMaryAnn Johanson', 'publication-first')).toMatchObject({
      publication: 'FlickFilosopher.com',
      critic: { name: 'MaryAnn Johanson' },
      settled: true,
    });
    expect(splitGluedNames('MaryAnn JohansonFlickFilosopher.com', 'critic-first')).toMatchObject({
      publication: 'FlickFilosopher.com',
      critic: { name: 'MaryAnn Johanson' },
      settled: true,
    });
    expect(splitGluedNames('MaryAnn JohansonFlickFilosophers', 'critic-first')).toMatchObject({
      publication: 'MaryAnn JohansonFlickFilosophers',
      settled: false,
    });
  });

  it('reads "Staff (Not Credited)" as an uncredited critic', () => {
    expect(splitGluedNames('Time OutStaff (Not Credited)', 'publication-first')).toMatchObject({
      publication: 'Time Out',
      critic: { name: 'Staff', credited: false },
      settled: true,
    });
  });

  it("splits an uncredited critic printed first at the credit's bracket", () => {
    expect(splitGluedNames('Staff (Not Credited)Variety', 'critic-first')).toMatchObject({
      publication: 'Variety',
      critic: { name: 'Staff', credited: false },
      settled: true,
    });
  });

  it('returns a publication alone, settled, when no step is in it', () => {
    expect(splitGluedNames('New York Daily News', 'publication-first')).toStrictEqual({ publication: 'New York Daily News', critic: null, settled: true });
  });

  it('returns the text whole and unsettled when no step leaves a person name', () => {
    expect(splitGluedNames('GameSpaceBrau3er', 'publication-first')).toStrictEqual({ publication: 'GameSpaceBrau3er', critic: null, settled: false });
  });

  it('returns a known publication with inner capitals alone, settled', () => {
    expect(splitGluedNames('GameSpot', 'publication-first')).toStrictEqual({ publication: 'GameSpot', critic: null, settled: true });
  });
});

describe('splitSpacedNames', () => {
  it('splits at a known publication followed by a person name', () => {
    expect(splitSpacedNames('Chicago Sun-Times Roger Ebert', 'publication-first')).toMatchObject({
      publication: 'Chicago Sun-Times',
      critic: { name: 'Roger Ebert' },
    });
  });

  it('keeps a line whole in the first field when no known publication settles it', () => {
    expect(splitSpacedNames('Boston Phoenix Gerald Peary', 'publication-first')).toStrictEqual({
      publication: 'Boston Phoenix Gerald Peary',
      critic: null,
      settled: true,
    });
    expect(splitSpacedNames('Dave Kehr', 'critic-first')).toMatchObject({ publication: null, critic: { name: 'Dave Kehr' } });
  });

  it('splits critic first at a known publication at the end', () => {
    expect(splitSpacedNames('Roger Ebert Chicago Sun-Times', 'critic-first')).toMatchObject({
      publication: 'Chicago Sun-Times',
      critic: { name: 'Roger Ebert' },
    });
  });
});

describe('isPersonName and looksLikeNames', () => {
  it('returns true for names of two to four name words, and uncredited staff', () => {
    expect(['Justin Chang', 'A.O. Scott', 'Matt Zoller Seitz', "Andrew O'Hehir", 'Staff (Not Credited)'].map(isPersonName)).toStrictEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('returns false for one word, handles and words glued to a name', () => {
    expect(['Salle', 'Brau3er', 'ViewsJames Berardinelli', 'OutStaff (Not Credited)'].map(isPersonName)).toStrictEqual([false, false, false, false]);
  });

  it('tells a names line from a quote', () => {
    expect(looksLikeNames('Chicago Sun-Times Roger Ebert')).toBe(true);
    expect(looksLikeNames('It looks stunning, but its human story is thin.')).toBe(false);
  });
});

describe('splitGluedItem', () => {
  it('returns the score, the names printed twice and the quote', () => {
    expect(splitGluedItem('91Entertainment WeeklyOwen GleibermanEntertainment WeeklyOwen GleibermanRunning two hours.')).toStrictEqual({
      score: 91,
      names: 'Entertainment WeeklyOwen Gleiberman',
      quote: 'Running two hours.',
    });
  });

  it('returns a quote that starts with a number as the quote alone', () => {
    expect(splitGluedItem('3D effects add nothing.')).toStrictEqual({ score: null, names: null, quote: '3D effects add nothing.' });
  });
});

describe('markFields', () => {
  it.each([
    ['9 / 10.0', 90, '9 / 10.0'],
    ['4.5 / 5.0', 90, '4.5 / 5.0'],
    ['88 / 100', 88, '88 / 100'],
    ['95%', 95, '95%'],
    ['A', 100, 'A'],
    ['Essential', null, 'Essential'],
    ['Yes', null, 'Yes'],
    ['Unscored', null, null],
  ])('returns for %s the score %s by normalizeScore and the mark %s', (printed, score, mark) => {
    expect(markFields(printed)).toStrictEqual({ score, mark });
  });
});

describe('the glued-text warning of a spaced byline', () => {
  const head = 'Rotten Tomatoes\n\nSeason 1 – The Bear\n\n100% Tomatometer 62 Reviews 90% Popcornmeter 2,500+ Ratings\n\nView All (62) Critics Reviews\n';

  it('says "no publication" when the split reads none, not publication ""', () => {
    const text = `${head}Alan Sepinwall yes, chef: 8 episodes that never let up. Jun 23, 2022 Full Review\n`;
    const { page, diagnostics } = parse(text, { sites: ALL_SITES });
    expect(page.reviews.map((review) => [review.critic?.name, review.publication])).toStrictEqual([['Alan Sepinwall', null]]);
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.message.replace(/^.*: read as /u, '')])).toStrictEqual([
      ['glued-text', 'critic "Alan Sepinwall", no publication.'],
    ]);
  });
});
