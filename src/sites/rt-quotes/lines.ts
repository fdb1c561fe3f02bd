/**
 * Pages of other sites that quote Rotten Tomatoes' critics: their kinds of
 * line, one recogniser each, with the lines they accept.
 *
 * @module
 */
import type { Freshness } from '../../types/page.js';
import { ANY_FIRST, defineLineKinds, type LineExamples, type LineKinds } from '../../parse/engine/index.js';
import { recogniseUsersHeading } from '../shared/headings.js';
import { isPersonName, looksLikeNames } from '../shared/names.js';
import { isKnownPublication } from '../shared/publications.js';

/** A "said" byline's names: each `null` where the byline prints none; `settled` false where the text does not say which a lone name is. */
export interface SaidByline {
  readonly critic: string | null;
  readonly publication: string | null;
  readonly settled: boolean;
}

//   (?:([^()]+?(?: \(not credited\))?) )?             the critic, "Staff (Not Credited)" for an uncredited one, or none
//   \(((?:[^()]|\([^()]*\))+)\) said:                the publication in brackets, itself holding brackets
//                                                      or not ("Observer (UK)"), then "said:"
const SAID = /^(?:([^()]+?(?: \(not credited\))?) )?\(((?:[^()]|\([^()]*\))+)\) said:$/iu;

//   (\p{Lu}[^()"“”:;!?]{0,60}?) said:                  a name alone, capitalised, with no brackets, quotation marks or a sentence's marks
const SAID_NAME = /^(\p{Lu}[^()"“”:;!?]{0,60}?) said:$/u;

//   (.+?) \((?!not credited\))([^()]+)\)              a name, then another in brackets (not "Staff (Not Credited)"'s)
const BRACKETED = /^(.+?) \((?!not credited\))([^()]+)\)$/iu;

/**
 * A byline's names outside the layouts' own forms: `Rex Reed (New York
 * Observer)` (the said pages' brackets), `Dana Stevens, Slate` (critic, then
 * publication, on one line: settled where the critic reads as a person's name
 * or the publication is a known one), or a name alone: the publication where
 * it is a known one, else the critic, settled where it reads as a person's
 * name.
 */
export function splitByline(text: string): SaidByline {
  const bracketed = BRACKETED.exec(text);
  if (bracketed) return { critic: bracketed[1] ?? null, publication: bracketed[2] ?? null, settled: true };
  const comma = text.indexOf(', ');
  if (comma > 0) {
    const critic = text.slice(0, comma);
    const publication = text.slice(comma + 2);
    return { critic, publication, settled: isPersonName(critic) || isKnownPublication(publication) };
  }
  if (isKnownPublication(text)) return { critic: null, publication: text, settled: true };
  return { critic: text, publication: null, settled: isPersonName(text) };
}

/**
 * `Roger Ebert (Chicago Sun-Times) said:`, `Staff (Not Credited) (Variety) said:`, `Wendy Ide (Observer (UK)) said:`:
 * a quote's byline; `(Entertainment Weekly) said:` names the publication alone, and `Scott Tobias said:` or
 * `Dana Stevens, Slate said:` names as {@link splitByline} reads them.
 */
export function recogniseSaid(text: string): SaidByline | undefined {
  const match = SAID.exec(text);
  if (match) return { critic: match[1] ?? null, publication: match[2] ?? null, settled: true };
  const name = SAID_NAME.exec(text)?.[1];
  // A name, or two joined by a comma (`Dana Stevens, Slate`), each read as names, not prose.
  const parts = name?.split(', ') ?? [];
  return name === undefined || parts.length > 2 || !parts.every(looksLikeNames) ? undefined : splitByline(name);
}

/** `Pauline Kael (The New Yor`, `Pauline Kael (The New Yorker) sa`: as the page's last line, a "said" byline cut short. */
export function isCutSaid(text: string): boolean {
  //   \p{Lu}[^()"“”]*   a name, capitalised
  //    \([^"“”]*        its publication's bracket opened, and no quotation mark after
  return /^\p{Lu}[^()"“”]* \([^"“”]*$/u.test(text);
}

/** `fresh:`, `rotten:`: a quote's freshness, on the line above it. */
export function recogniseFreshnessLabel(text: string): Freshness | undefined {
  const match = /^(fresh|rotten):$/iu.exec(text);
  return match ? ((match[1] ?? '').toLowerCase() as Freshness) : undefined;
}

/** `– Roger Ebert,`: a quote's critic, after a dash. */
export function recogniseDashedCritic(text: string): string | undefined {
  return /^[–—-] ?(\S.*?),?$/u.exec(text)?.[1];
}

/** `8.1` (an IMDb rating), `97%` (the Tomatometer), `90` (the Metascore): the three unlabelled figures. */
export function recogniseFigure(text: string): { readonly kind: 'rating' | 'percent' | 'score'; readonly value: number } | undefined {
  if (/^\d\.\d$/u.test(text)) return { kind: 'rating', value: Number(text) };
  const percent = /^(\d{1,3})%$/u.exec(text);
  if (percent) return Number(percent[1]) <= 100 ? { kind: 'percent', value: Number(percent[1]) } : undefined;
  return /^\d{1,3}$/u.test(text) && Number(text) <= 100 ? { kind: 'score', value: Number(text) } : undefined;
}

/** The headings over a page's quotes: every critic's (under the top critics'), the critics', the users'. */
export type QuotesSection = 'all critics' | 'critics' | 'users';

/**
 * `All Critics Reviews` (the list of every critic, under the top critics'),
 * `Critic Reviews`, and the users' `Audience Reviews`, `User Reviews`.
 */
export function recogniseSectionHeading(text: string): QuotesSection | undefined {
  if (/^all critics'? reviews$/iu.test(text)) return 'all critics';
  if (/^critics?'? reviews$/iu.test(text)) return 'critics';
  return recogniseUsersHeading(text) ? 'users' : undefined;
}

/** The value of each kind of line. */
export interface QuotesValues {
  readonly said: SaidByline;
  readonly 'top-heading': true;
  readonly 'section-heading': QuotesSection;
  readonly freshness: Freshness;
  readonly 'dashed-critic': string;
  readonly figure: { readonly kind: 'rating' | 'percent' | 'score'; readonly value: number };
  readonly text: string;
}

/** The table: one row per kind, in the order they are tried; other lines are `text`. */
export const QUOTES_LINES: LineKinds<QuotesValues> = /* @__PURE__ */ defineLineKinds<QuotesValues>(
  [
    { kind: 'said', first: ANY_FIRST, recognise: recogniseSaid, endsItem: true },
    {
      kind: 'top-heading',
      first: 'tT',
      recognise: (text) => (/^top critics'? reviews$/iu.test(text) ? true : undefined),
      endsItem: true,
    },
    {
      // The page's other headings over its quotes: never a quote's text, a critic or a publication.
      kind: 'section-heading',
      first: 'aAcCuUfFmMrR',
      recognise: recogniseSectionHeading,
      endsItem: true,
    },
    { kind: 'freshness', first: 'fFrR', recognise: recogniseFreshnessLabel, endsItem: true },
    {
      kind: 'dashed-critic',
      first: '–—-',
      recognise: (text) => (text.length < 80 ? recogniseDashedCritic(text) : undefined),
      endsItem: false,
    },
    { kind: 'figure', first: '0123456789', recognise: recogniseFigure, endsItem: true },
  ],
  'text',
);

/**
 * The lines each row of {@link QUOTES_LINES} accepts, by its kind: what the tests, the
 * fuzz vocabulary and the docs read the table's lines from (each classifies as
 * its row's kind). The parser never reads them, so a bundle drops them.
 */
export const QUOTES_EXAMPLES: LineExamples<QuotesValues, 'text'> = {
  said: ['Roger Ebert (Chicago Sun-Times) said:', '(Entertainment Weekly) said:', 'Scott Tobias said:', 'Dana Stevens, Slate said:'],
  'top-heading': ['Top Critics Reviews'],
  'section-heading': ['All Critics Reviews', 'Critic Reviews', 'Audience Reviews', 'User Reviews'],
  freshness: ['fresh:', 'rotten:'],
  'dashed-critic': ['– Roger Ebert,', '– Dana Stevens, Slate', '– Rex Reed (New York Observer),'],
  figure: ['8.1', '97%', '90'],
};
