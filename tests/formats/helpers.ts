/**
 * What the format tests share: the corpus cases, a page reduced to the facts
 * a round trip keeps, and a small RFC 4180 reader to read CSV back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../src/parse/index.js';
import type { Page } from '../../src/types/page.js';
import { profileFacts } from '../support/facts.js';

const corpus = join(import.meta.dirname, '..', 'fixtures', 'corpus');

/** A corpus case: its file name, its text and the page parsed from it. */
export interface CorpusCase {
  readonly file: string;
  readonly text: string;
  readonly page: Page;
}

/** Every case of tests/fixtures/corpus, in file order. */
export const CORPUS: readonly CorpusCase[] = readdirSync(corpus)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => {
    const text = readFileSync(join(corpus, file), 'utf8');
    return { file, text, page: parse(text).page };
  });

/**
 * The page reduced to the facts a round trip through text keeps: the corpus
 * contract's (kind, media, metascore, verdict, criticCount, distribution,
 * reviews, users, profile) with the reviews' and user reviews' excerpts,
 * and the title and header details besides. Spans, `raw` and `dateText`
 * (the text as printed) are left out.
 */
export function factsOf(page: Page): Record<string, unknown> {
  return {
    kind: page.kind,
    media: page.media,
    title: page.title,
    metascore: page.metascore,
    verdict: page.verdict,
    criticCount: page.criticCount,
    distribution: page.distribution,
    details: page.details.map(({ label, value }) => ({ label, value })),
    reviews: page.reviews.map((review) => ({
      index: review.index,
      critic: review.critic && { name: review.critic.name, credited: review.critic.credited },
      publication: review.publication,
      score: review.score,
      date: review.date,
      metascore: review.metascore,
      excerpt: review.excerpt,
    })),
    users: page.users && {
      verdict: page.users.verdict,
      ratingCount: page.users.ratingCount,
      score: page.users.score,
      distribution: page.users.distribution,
      reviews: page.users.reviews.map(({ index, user, date, score, excerpt }) => ({ index, user, date, score, excerpt })),
    },
    profile: profileFacts(page.profile),
  };
}

/**
 * Reads RFC 4180 CSV into records of fields: fields separated by commas,
 * records by CRLF (or LF), a quoted field holding commas, line breaks and
 * doubled quotes. A final line break ends the last record; it opens none.
 */
export function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let at = 0;
  let quoted = false;
  while (at < text.length) {
    const char = text.charAt(at);
    if (quoted) {
      if (char === '"' && text.charAt(at + 1) === '"') {
        field += '"';
        at += 2;
      } else if (char === '"') {
        quoted = false;
        at++;
      } else {
        field += char;
        at++;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
      at++;
    } else if (char === ',') {
      record.push(field);
      field = '';
      at++;
    } else if (char === '\r' || char === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      at += char === '\r' && text.charAt(at + 1) === '\n' ? 2 : 1;
    } else {
      field += char;
      at++;
    }
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}
