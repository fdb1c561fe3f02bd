/**
 * The CSV writers: RFC 4180 quoting and CRLF records, the columns, and the
 * round trip of every corpus case and of generated pages through a reader.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, formatCsvHeader, formatCsvRows, iterateCsvRows, toCsv } from '../../src/formats/index.js';
import type { CsvOptions, CsvSource } from '../../src/formats/index.js';
import { parse } from '../../src/parse/index.js';
import { ALL_SITES } from '../../src/sites/index.js';
import type { Page, Review } from '../../src/types/page.js';
import { escapeControls } from '../../src/formats/controls.js';
import { pageArb } from './arbitraries.js';
import { CORPUS, readCsv } from './helpers.js';

const HEADER = 'file,kind,media,title,profile,index,critic,credited,publication,score,date,metascore,source,tomatometer,mark,freshness,topCritic,excerpt';

/** The fields a review's row should hold, as text: what reading the CSV back must give. */
function expectedRow(file: string, page: Page, review: Review): string[] {
  const text = (value: string | number | boolean | null): string => (value === null ? '' : String(value));
  return [
    file,
    page.kind,
    text(page.media),
    text(page.title),
    text(page.kind === 'film' ? null : page.profile.name),
    text(review.index),
    text(review.critic?.name ?? null),
    text(review.critic?.credited ?? null),
    text(review.publication),
    text(review.score),
    text(review.date),
    text(review.metascore ?? (page.kind === 'film' ? page.metascore : null)),
    page.source,
    text(page.tomatometer),
    text(review.mark),
    text(review.freshness),
    text(review.topCritic),
    review.excerpt,
  ];
}

const SMALL = parse('Mixed or average reviews - based on 5 Critics\n  1. Positive: 2 out of 5\n  1. 80\n    A cracking concert film.\n').page;

describe('CSV_COLUMNS', () => {
  it('returns the columns in order', () => {
    expect(CSV_COLUMNS).toStrictEqual(HEADER.split(','));
    expect(CSV_COLUMNS.indexOf('score')).toStrictEqual(9);
  });
});

describe('formatCsvHeader', () => {
  it('returns the column names ended by CRLF', () => {
    expect(formatCsvHeader()).toStrictEqual(`${HEADER}\r\n`);
  });

  it('returns the column names ended by LF when newline is "lf"', () => {
    expect(formatCsvHeader({ newline: 'lf' })).toStrictEqual(`${HEADER}\n`);
  });

  it('throws a RangeError when newline is not crlf or lf, and a TypeError for an unknown option', () => {
    expect(() => formatCsvHeader({ newline: 'cr' } as unknown as CsvOptions)).toThrow(
      new RangeError('formatCsvHeader: option newline must be one of "crlf", "lf"; got "cr".'),
    );
    expect(() => formatCsvHeader({ eol: 'lf' } as unknown as CsvOptions)).toThrow(
      new TypeError('formatCsvHeader: each option must be one of newline, formulas, controls; got "eol".'),
    );
  });
});

describe('formatCsvRows', () => {
  it('returns the row of its example', () => {
    const { page } = parse(
      'Generally favorable reviews - based on 11 Critics\n' +
        '  1. Positive: 9 out of 11\n' +
        '  1. Reviewed by: Noel Murray\n    Jul 15, 2013\n    Mean Streets meets GoodFellas, "in Copenhagen".\n',
    );
    expect(formatCsvRows({ file: 'pusher.txt', page })).toStrictEqual(
      'pusher.txt,film,,,,1,Noel Murray,true,,,2013-07-15,,metacritic,,,,,"Mean Streets meets GoodFellas, ""in Copenhagen""."\r\n',
    );
  });

  it('returns fields quoted, with their quotes doubled, when they hold a comma, a quote, CR or LF', () => {
    const review = SMALL.reviews[0] as Review;
    const page: Page = {
      ...SMALL,
      title: 'Plain title',
      reviews: [
        { ...review, excerpt: 'a,b' },
        { ...review, excerpt: 'say "hi"' },
        { ...review, excerpt: 'one\r\ntwo\rthree\nfour' },
        { ...review, excerpt: "it's 'fine' ; here" },
      ],
    };
    expect(formatCsvRows(page)).toStrictEqual(
      [
        ',film,,Plain title,,1,,,,80,,,metacritic,,,,,"a,b"\r\n',
        ',film,,Plain title,,1,,,,80,,,metacritic,,,,,"say ""hi"""\r\n',
        ',film,,Plain title,,1,,,,80,,,metacritic,,,,,"one\r\ntwo\rthree\nfour"\r\n',
        ",film,,Plain title,,1,,,,80,,,metacritic,,,,,it's 'fine' ; here\r\n",
      ].join(''),
    );
  });

  it('returns text cells with their control characters as escapes when controls is "escape", records still ended by CRLF', () => {
    const review = SMALL.reviews[0] as Review;
    const page: Page = { ...SMALL, title: 'T\u202eitle', reviews: [{ ...review, excerpt: '\u001b[2Jone\r\ntwo\u009b1m \u0000 \t tab \ud800' }] };
    expect(formatCsvRows({ file: 'a\u0007.txt', page }, { controls: 'escape' })).toBe(
      'a\\x07.txt,film,,T\\u202eitle,,1,,,,80,,,metacritic,,,,,\\x1b[2Jone\\x0d\\x0atwo\\x9b1m \\x00 \t tab \\ud800\r\n',
    );
    expect(formatCsvRows(page)).toBe(',film,,T\u202eitle,,1,,,,80,,,metacritic,,,,,"\u001b[2Jone\r\ntwo\u009b1m \u0000 \t tab \\ud800"\r\n');
    expect(() => formatCsvRows(page, { controls: 'strip' } as unknown as CsvOptions)).toThrow(
      new RangeError('formatCsvRows: option controls must be one of "keep", "escape"; got "strip".'),
    );
  });

  it('returns a lone surrogate as its escape, as JSON writes it, and a whole pair as it is, when controls are kept: UTF-8 cannot carry half a pair', () => {
    const review = SMALL.reviews[0] as Review;
    const page: Page = { ...SMALL, title: 'Half \ud83d', reviews: [{ ...review, excerpt: 'Half \ude00 of a pair, whole \ud83d\ude00, \\ud83d typed.' }] };
    const rows = formatCsvRows({ file: 'a\udfff.txt', page }, { newline: 'lf' });
    expect(rows).toBe('a\\udfff.txt,film,,Half \\ud83d,,1,,,,80,,,metacritic,,,,,"Half \\ude00 of a pair, whole \ud83d\ude00, \\ud83d typed."\n');
    expect(rows).toBe(new TextDecoder().decode(new TextEncoder().encode(rows)));
    expect(JSON.stringify(page.title)).toBe('"Half \\ud83d"');
  });

  it('returns "tbd" and the review’s own Metascore on a profile, and the page’s Metascore on a title page', () => {
    const profile = parse(
      "For 4 reviews, this critic has graded:\nSheri Linden's Scores\n4 tv reviews\n    • tbd Metascore\n    • 80 Sheri Linden\n    40 minutes is all it needs.\n",
    ).page;
    expect(formatCsvRows(profile)).toStrictEqual(',critic,tv,,Sheri Linden,,Sheri Linden,true,,80,,tbd,metacritic,,,,,40 minutes is all it needs.\r\n');
    const title = parse('Metascore\n73\nMixed or average reviews - based on 29 Critics\n  1. Positive: 15 out of 29\n  1. 6\n    Good premise.\n').page;
    expect(formatCsvRows(title, { newline: 'lf' })).toStrictEqual(',film,,,,1,,,,6,,73,metacritic,,,,,Good premise.\n');
  });

  it("returns a Rotten Tomatoes page's source, Tomatometer and each review's mark, freshness and top-critic mark", () => {
    const flixster = parse(
      ', 50% Rotten Tomatometer Score\n  • , Fresh Tomatometer Score\n    Stephen RomeiThe Australian\n    Fun.\n    Read full article\n',
      { sites: ALL_SITES },
    ).page;
    expect(formatCsvRows(flixster, { newline: 'lf' })).toStrictEqual(',film,,,,,Stephen Romei,true,The Australian,,,,rottentomatoes,50,,fresh,,Fun.\n');
    const list = parse('Heat Reviews\nPage 1 of 2\nTop Critic\nJane Roe\nGazette\nMay 2, 2010\nTaut.\nFull Review | Original Score: 3.5/4\n', {
      sites: ALL_SITES,
    }).page;
    expect(formatCsvRows(list, { newline: 'lf' })).toStrictEqual(',film,,Heat,,,Jane Roe,true,Gazette,88,2010-05-02,,rottentomatoes,,3.5/4,,true,Taut.\n');
  });

  it('returns the empty string when the page has no critic review', () => {
    expect(formatCsvRows(parse('Mixed or average reviews - based on 5 Critics\n').page)).toStrictEqual('');
  });

  it('throws a TypeError when the input is not a page or a source with a file name', () => {
    expect(() => formatCsvRows([] as unknown as Page)).toThrow(
      new TypeError(
        'formatCsvRows: input must be a parsed page (an object with kind "film", "critic" or "publication" and a reviews list) or { file, page }; got an array.',
      ),
    );
    expect(() => formatCsvRows({ file: 3, page: SMALL } as unknown as CsvSource)).toThrow(new TypeError('formatCsvRows: input.file must be a string; got 3.'));
    expect(() => formatCsvRows({ file: 'a.txt', page: {} } as unknown as CsvSource)).toThrow(TypeError);
  });
});

describe('iterateCsvRows', () => {
  it('returns the rows of its example, one review a row', () => {
    const { page } = parse('Mixed or average reviews - based on 4 Critics\n  1. 50\n    Uneven.\n  2. 70\n    Good fun.\n');
    expect([...iterateCsvRows({ file: 'a.txt', page }, { newline: 'lf' })]).toStrictEqual([
      'a.txt,film,,,,1,,,,50,,,metacritic,,,,,Uneven.\n',
      'a.txt,film,,,,2,,,,70,,,metacritic,,,,,Good fun.\n',
    ]);
  });

  it("returns rows that join to formatCsvRows' text, under each option, for every corpus page", () => {
    const options: CsvOptions[] = [{}, { newline: 'lf', formulas: 'raw' }, { controls: 'escape' }];
    for (const { file, page } of CORPUS) {
      for (const option of options) {
        const rows = [...iterateCsvRows({ file, page }, option)];
        expect(rows).toHaveLength(page.reviews.length);
        expect(rows.join('')).toBe(formatCsvRows({ file, page }, option));
      }
    }
  });

  it('makes each row as it is taken, so a page need never be written whole', () => {
    const many = { ...SMALL, reviews: Array.from({ length: 3 }, () => SMALL.reviews[0] as Review) };
    const rows = iterateCsvRows(many);
    expect(rows.next()).toStrictEqual({ done: false, value: ',film,,,,1,,,,80,,,metacritic,,,,,A cracking concert film.\r\n' });
    expect([...rows]).toHaveLength(2);
    expect(rows.next()).toStrictEqual({ done: true, value: undefined });
  });

  it('throws when called, not when a row is taken, for a wrong input, option or score', () => {
    expect(() => iterateCsvRows([] as unknown as Page)).toThrow(/^iterateCsvRows: input must be a parsed page/u);
    expect(() => iterateCsvRows(SMALL, { newline: 'cr' } as unknown as CsvOptions)).toThrow(RangeError);
    const tooHigh = { ...SMALL, reviews: [{ ...SMALL.reviews[0], score: 500 }] } as Page;
    expect(() => iterateCsvRows(tooHigh)).toThrow(new RangeError('iterateCsvRows: input.reviews[0].score must be from 0 to 100 or null; got 500.'));
  });
});

describe('toCsv', () => {
  it('returns the CSV of its example', () => {
    expect(toCsv([{ file: 'a.txt', page: SMALL }], { newline: 'lf' })).toStrictEqual(
      `${HEADER}\na.txt,film,,,,1,,,,80,,,metacritic,,,,,A cracking concert film.\n`,
    );
  });

  it('returns the header and the page’s rows, every record ended by CRLF, when given one page', () => {
    expect(toCsv(SMALL)).toStrictEqual(`${HEADER}\r\n,film,,,,1,,,,80,,,metacritic,,,,,A cracking concert film.\r\n`);
  });

  it('returns the header alone when given no page', () => {
    expect(toCsv([])).toStrictEqual(`${HEADER}\r\n`);
  });

  it('returns the header then each page’s rows as formatCsvHeader and formatCsvRows write them, when given a list', () => {
    const sources = CORPUS.map(({ file, page }) => ({ file, page }));
    expect(toCsv(sources)).toStrictEqual(formatCsvHeader() + sources.map((source) => formatCsvRows(source)).join(''));
  });

  it('throws a TypeError when the input is not a page or a list of pages and sources', () => {
    expect(() => toCsv('page' as unknown as Page)).toThrow(
      new TypeError(
        'toCsv: input must be a parsed page (an object with kind "film", "critic" or "publication" and a reviews list) or a list of pages; got "page".',
      ),
    );
    expect(() => toCsv([SMALL, 3] as unknown as Page[])).toThrow(
      new TypeError(
        'toCsv: input[1] must be a parsed page (an object with kind "film", "critic" or "publication" and a reviews list) or { file, page }; got 3.',
      ),
    );
  });

  it('throws a RangeError naming the review when a score is outside 0-100, as no page can hold it', () => {
    const tooHigh = { ...SMALL, reviews: [{ ...SMALL.reviews[0], score: 500 }] } as Page;
    expect(() => toCsv(tooHigh)).toThrow(new RangeError('toCsv: input.reviews[0].score must be from 0 to 100 or null; got 500.'));
    expect(() => toCsv([{ file: 'a.txt', page: tooHigh }])).toThrow(/^toCsv: input\[0\]\.page\.reviews\[0\]\.score must be from 0 to 100/u);
    expect(() => formatCsvRows({ file: 'a.txt', page: tooHigh })).toThrow(/^formatCsvRows: input\.page\.reviews\[0\]\.score/u);
  });
});

describe('toCsv on the corpus of real pages', () => {
  const sources = CORPUS.map(({ file, page }) => ({ file, page }));
  const text = toCsv(sources);

  it('returns records that all end with CRLF, with no bare LF or CR outside quotes', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '').includes('\n') || text.replaceAll('\r\n', '').includes('\r')).toBe(false);
  });

  for (const { file, page } of CORPUS) {
    it(`returns one row per review that reads back to the review's facts for ${file}`, () => {
      const records = readCsv(toCsv([{ file, page }]));
      expect(records).toStrictEqual([CSV_COLUMNS, ...page.reviews.map((review) => expectedRow(file, page, review))]);
    });
  }
});

describe('toCsv over generated pages', () => {
  /** Any text, with the characters RFC 4180 quotes made likely. */
  const anyText = fc.string({
    unit: fc.oneof(fc.constantFrom(',', '"', '\r', '\n', ' ', 'a', 'é'), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })),
  });

  test.prop([pageArb, fc.array(anyText, { minLength: 10, maxLength: 10 }), anyText])(
    'returns rows that read back to every field when texts hold commas, quotes and line breaks',
    (page, texts, file) => {
      const reviews = page.reviews.map((review, at) => ({ ...review, excerpt: texts[at % texts.length] ?? '' }));
      const changed = { ...page, title: texts[9] ?? null, reviews } as Page;
      const records = readCsv(toCsv([{ file, page: changed }], { formulas: 'raw' }));
      expect(records).toStrictEqual([CSV_COLUMNS, ...reviews.map((review) => expectedRow(file, changed, review))]);
    },
  );

  test.prop([pageArb, fc.array(anyText, { minLength: 10, maxLength: 10 }), anyText])(
    'returns rows with no control character but their record ends when controls is "escape", each cell its text escaped',
    (page, texts, file) => {
      const reviews = page.reviews.map((review, at) => ({ ...review, excerpt: texts[at % texts.length] ?? '' }));
      const changed = { ...page, title: texts[9] ?? null, reviews } as Page;
      const text = toCsv([{ file, page: changed }], { formulas: 'raw', controls: 'escape' });
      // eslint-disable-next-line no-control-regex -- the controls are what is looked for
      expect(text.replaceAll('\r\n', '')).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/u);
      const records = readCsv(text);
      expect(records).toStrictEqual([CSV_COLUMNS, ...reviews.map((review) => expectedRow(file, changed, review).map(escapeControls))]);
    },
  );

  /** Any text, with the first characters a spreadsheet runs as formulas made likely. */
  const formulaText = fc
    .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\uff1d', '\uff0b', '\uff0d', '\uff20', 'a', ''), anyText)
    .map(([first, rest]) => first + rest);

  test.prop([pageArb, fc.array(formulaText, { minLength: 10, maxLength: 10 }), formulaText])(
    'returns text cells that start with =, +, -, @, tab, CR, LF or a full-width =, +, -, @ after a quote, every other cell as it is',
    (page, texts, file) => {
      const reviews = page.reviews.map((review, at) => ({ ...review, excerpt: texts[at % texts.length] ?? '' }));
      const changed = { ...page, title: texts[9] ?? null, reviews } as Page;
      const records = readCsv(toCsv([{ file, page: changed }]));
      const escaped = (cell: string): string => (/^[=+\-@\t\r\n＝＋－＠]/u.test(cell) ? `'${cell}` : cell);
      expect(records).toStrictEqual([CSV_COLUMNS, ...reviews.map((review) => expectedRow(file, changed, review).map(escaped))]);
    },
  );
});
