/**
 * Deterministic review pages for benchmarks and scaling tests: every layout
 * of the corpus README (A to G), modelled on the corpus cases, in the
 * corpus's own proportions, each with the facts a correct parse yields (the
 * JSON contract of the corpus: kind, media, metascore, verdict, counts,
 * distribution, reviews with their fields, users, profile).
 *
 * Same seed, same pages: a seeded PRNG (mulberry32), no clock, no Math.random.
 */
import type { Page } from '../src/index.js';
import { CRITIC_EXCERPTS, CRITIC_NAMES, PUBLICATIONS, TITLES, USER_NAMES, USER_TEXTS } from './material.js';

/** The page layouts of the corpus README. */
export type Layout = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';

/**
 * How often each layout comes: the corpus's own mix of its 20 cases (its README
 * names the layouts but gives no figures): A critic-reviews pages 9, B TV 2,
 * C user-reviews 2, D title main page 1, E newer product page 1, F publication
 * profile 4, G critic profile 1.
 */
export const LAYOUT_WEIGHTS: Readonly<Record<Layout, number>> = { A: 9, B: 2, C: 2, D: 1, E: 1, F: 4, G: 1 };

export interface DistributionFacts {
  readonly positive: number | null;
  readonly mixed: number | null;
  readonly negative: number | null;
}

export interface ReviewFacts {
  readonly index: number | null;
  readonly critic: { readonly name: string; readonly credited: boolean } | null;
  readonly publication: string | null;
  readonly score: number | null;
  readonly date: string | null;
  readonly metascore: number | 'tbd' | null;
  readonly excerpt: string;
}

export interface UserReviewFacts {
  readonly index: number | null;
  readonly user: string | null;
  readonly date: string | null;
  readonly score: number | null;
  readonly excerpt: string;
}

export interface UserFacts {
  readonly verdict: string | null;
  readonly ratingCount: number | null;
  readonly score: number | null;
  readonly distribution: DistributionFacts | null;
  readonly reviews: readonly UserReviewFacts[];
}

export interface ProfileFacts {
  readonly name: string | null;
  readonly reviewsGraded: number | null;
  readonly percentHigher: number | null;
  readonly percentSame: number | null;
  readonly percentLower: number | null;
  readonly pointsVsAverage: number | null;
  readonly averageScore: number | null;
  readonly highest: { readonly score: number; readonly title: string } | null;
  readonly lowest: { readonly score: number; readonly title: string } | null;
  readonly distribution: DistributionFacts | null;
  readonly listedCount: number | null;
}

/** A page's facts in the corpus's JSON contract, excerpts included. */
export interface PageFacts {
  readonly kind: 'film' | 'critic' | 'publication';
  readonly media: 'movie' | 'tv' | 'music' | 'game' | null;
  readonly metascore: number | null;
  readonly verdict: string | null;
  readonly criticCount: number | null;
  readonly distribution: DistributionFacts | null;
  readonly reviews: readonly ReviewFacts[];
  readonly users: UserFacts | null;
  readonly profile: ProfileFacts | null;
}

/** A generated page: its text and the facts a correct parse of it yields. */
export interface GeneratedPage {
  readonly layout: Layout;
  readonly text: string;
  readonly facts: PageFacts;
}

/** A seeded pseudo-random source (mulberry32): the same seed gives the same numbers everywhere. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A key of `weights`, drawn in proportion to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    let roll = this.next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [key, weight] of entries) {
      roll -= weight;
      if (roll < 0) return key;
    }
    return (entries[entries.length - 1] as [K, number])[0];
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const VERDICTS = ['Universal acclaim', 'Generally favorable reviews', 'Mixed or average reviews', 'Generally unfavorable reviews', 'Overwhelming dislike'];
const CRITIC_SCORES = [100, 100, 91, 90, 90, 88, 83, 80, 80, 80, 75, 70, 67, 63, 60, 60, 50, 50, 40, 38, 30, 25, 20, 10, 6];

/** `{ text: 'Jul 15, 2013', iso: '2013-07-15' }`: a date line and its ISO form. */
function randomDate(random: Random): { readonly text: string; readonly iso: string } {
  const year = random.int(1995, 2023);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  return {
    text: `${MONTHS[month - 1] ?? 'Jan'} ${day}, ${year}`,
    iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  };
}

/** A count of critics as pages print them: mostly a dozen to a few dozen, now and then many. */
function criticCountFor(random: Random): number {
  return 4 + Math.floor(60 * random.next() ** 1.6);
}

/** "1,095": a count as profiles print it. */
function grouped(value: number, random: Random): string {
  return value >= 1000 && random.chance(0.7) ? value.toLocaleString('en-US') : String(value);
}

/** The distribution of `total` items, as printed: mixed left out now and then (its key is then null). */
function distributionFor(random: Random, total: number, withMixed: boolean): DistributionFacts {
  const positive = random.int(0, total);
  const negative = random.int(0, total - positive);
  return { positive, mixed: withMixed ? total - positive - negative : null, negative };
}

function distributionLines(distribution: DistributionFacts, total: number): string[] {
  const lines = [`  1. Positive: ${distribution.positive ?? 0} out of ${total}`];
  if (distribution.mixed !== null) lines.push(`  2. Mixed: ${distribution.mixed} out of ${total}`);
  lines.push(`  ${lines.length + 1}. Negative: ${distribution.negative ?? 0} out of ${total}`);
  return lines;
}

/** How a title page's critic items look. */
interface CriticStyle {
  /** Whether "Reviewed by" items carry a date line (the seed's style). */
  readonly dated: boolean;
  /** The main page's items: names and scores, no dates, no publications. */
  readonly main: boolean;
  /** The newer product page's items: a date line, a score line, the excerpt. */
  readonly product: boolean;
}

/** The critic items of a title page: `count` reviews as lines, with their facts. */
function criticItems(random: Random, count: number, style: CriticStyle, lines: string[], reviews: ReviewFacts[]): void {
  let number = 0;
  while (reviews.length < count) {
    number += 1;
    const index = number > 999_999 ? ((number - 1) % 999_999) + 1 : number;
    const excerpt = random.pick(CRITIC_EXCERPTS);
    if (style.product) {
      const date = randomDate(random);
      const score = random.pick(CRITIC_SCORES);
      lines.push(`  ${index}. ${date.text}`, `    ${score}`, `    ${excerpt}`);
      reviews.push({ index, critic: null, publication: null, score, date: date.iso, metascore: null, excerpt });
      continue;
    }
    const kind = random.weighted(style.main ? { named: 3, scored: 2, plain: 4, publication: 0 } : { named: 4, scored: 3, plain: 4, publication: 0.4 });
    switch (kind) {
      case 'named': {
        const printed = random.pick(CRITIC_NAMES);
        const uncredited = printed.endsWith('[Not Credited]');
        const name = uncredited ? printed.replace(' [Not Credited]', '') : printed;
        lines.push(`  ${index}. Reviewed by:${random.chance(0.1) ? '  ' : ' '}${printed}`);
        let date: string | null = null;
        if (style.dated) {
          const printedDate = randomDate(random);
          lines.push(`    ${printedDate.text}`);
          date = printedDate.iso;
        }
        lines.push(`    ${excerpt}`);
        reviews.push({ index, critic: { name, credited: !uncredited }, publication: null, score: null, date, metascore: null, excerpt });
        break;
      }
      case 'scored': {
        const score = random.pick(CRITIC_SCORES);
        lines.push(`  ${index}. ${score}`, `    ${excerpt}`);
        reviews.push({ index, critic: null, publication: null, score, date: null, metascore: null, excerpt });
        break;
      }
      case 'publication': {
        const publication = random.pick(PUBLICATIONS);
        lines.push(`  ${index}. ${publication}`, `    ${excerpt}`);
        reviews.push({ index, critic: null, publication, score: null, date: null, metascore: null, excerpt });
        break;
      }
      default:
        lines.push(`  ${index}. ${excerpt}`);
        reviews.push({ index, critic: null, publication: null, score: null, date: null, metascore: null, excerpt });
    }
    // Further indented lines with no number: more reviews, excerpt only (a filtered page's style).
    if (!style.main && random.chance(0.04)) {
      const extra = Math.min(random.int(1, 3), count - reviews.length);
      for (let i = 0; i < extra; i++) {
        const more = random.pick(CRITIC_EXCERPTS);
        lines.push(`    ${more}`);
        reviews.push({ index: null, critic: null, publication: null, score: null, date: null, metascore: null, excerpt: more });
      }
    }
  }
}

/** The user-score block's parts. */
interface UserBlockParts {
  readonly facts: UserFacts;
  readonly head: string[];
  readonly items: string[];
}

/**
 * A user block: "User Score", the 0-10 score, the verdict line "X- based on K Ratings",
 * the distribution and the items (a date line, a name then a date, a date then a score).
 */
function userBlock(
  random: Random,
  options: { readonly score: boolean; readonly distribution: boolean; readonly names: boolean; readonly count: number },
): UserBlockParts {
  const ratingCount = random.int(5, 600);
  const verdict = random.pick(VERDICTS);
  const score = options.score ? random.int(10, 98) / 10 : null;
  const head = ['User Score'];
  if (score !== null) head.push(String(score));
  head.push('', `${verdict}- based on ${ratingCount} Ratings`, '');
  let distribution: DistributionFacts | null = null;
  if (options.distribution) {
    const total = random.int(1, Math.min(ratingCount, 120));
    distribution = distributionFor(random, total, random.chance(0.3));
    head.push('User score distribution:', ...distributionLines(distribution, total));
  }
  const items: string[] = [];
  const reviews: UserReviewFacts[] = [];
  for (let index = 1; index <= options.count; index++) {
    const date = randomDate(random);
    const user = options.names && random.chance(0.4) ? random.pick(USER_NAMES) : null;
    const userScore = random.chance(0.5) ? random.int(0, 10) : null;
    const excerpt = random.pick(USER_TEXTS);
    if (user === null) items.push(`  ${index}. ${date.text}`);
    else items.push(`  ${index}. ${user}`, `    ${date.text}`);
    if (userScore !== null) items.push(`    ${userScore}`);
    const tail = random.weighted({ none: 3, full: 2, expand: 1 });
    if (tail === 'full') items.push(`    ${excerpt} Full Review »`);
    else if (tail === 'expand') items.push(`    ${excerpt}`, '    Expand');
    else items.push(`    ${excerpt}`);
    reviews.push({ index, user, date: date.iso, score: userScore, excerpt });
  }
  return { facts: { verdict, ratingCount, score, distribution, reviews }, head, items };
}

/** The critic half of a title page: verdict line, distribution, items. */
interface CriticParts {
  readonly verdict: string;
  readonly criticCount: number;
  readonly distribution: DistributionFacts;
  readonly lines: string[];
  readonly reviews: ReviewFacts[];
}

function criticPart(
  random: Random,
  options: { readonly reviews?: number; readonly unit?: string; readonly style: CriticStyle; readonly label?: string | null },
): CriticParts {
  const listedAll = options.reviews !== undefined;
  const criticCount = options.reviews ?? criticCountFor(random);
  const verdict = random.pick(VERDICTS);
  const distribution = distributionFor(random, criticCount, random.chance(0.35));
  const unit = options.unit ?? (random.chance(0.8) ? 'Critics' : 'Critic Reviews');
  const lines = [`${verdict} - based on ${criticCount} ${unit}`, ''];
  const label = options.label === undefined ? (random.chance(0.9) ? 'Critic score distribution:' : null) : options.label;
  if (label !== null) lines.push(label);
  lines.push(...distributionLines(distribution, criticCount));
  // Pages list every review, or (filtered and cut pages) some of them.
  const listed = listedAll ? criticCount : random.chance(0.6) ? criticCount : random.int(0, criticCount);
  if (!options.style.main) {
    if (random.chance(0.3)) lines.push('', 'Critic Reviews', '');
    if (random.chance(0.1)) lines.push('Watch On');
  }
  const reviews: ReviewFacts[] = [];
  if (listed === 0) lines.push('', 'There are no positive critic reviews yet.', '');
  else criticItems(random, listed, options.style, lines, reviews);
  return { verdict, criticCount, distribution, lines, reviews };
}

function titleFacts(
  critic: CriticParts | undefined,
  users: UserFacts | null,
  extra: { readonly media?: PageFacts['media']; readonly metascore?: number | null },
): PageFacts {
  return {
    kind: 'film',
    media: extra.media ?? null,
    metascore: extra.metascore ?? null,
    verdict: critic?.verdict ?? null,
    criticCount: critic?.criticCount ?? null,
    distribution: critic?.distribution ?? null,
    reviews: critic?.reviews ?? [],
    users,
    profile: null,
  };
}

const PLAIN_STYLE: CriticStyle = { dated: false, main: false, product: false };

/** A. Critic-reviews page (movies, also games and music), sometimes followed by a user block. */
function layoutA(random: Random): { lines: string[]; facts: PageFacts } {
  const lines: string[] = [];
  if (random.chance(0.1)) lines.push(random.pick(TITLES), '', '');
  else if (random.chance(0.1)) lines.push('');
  const critic = criticPart(random, { style: { ...PLAIN_STYLE, dated: random.chance(0.3) } });
  lines.push(...critic.lines);
  let users: UserFacts | null = null;
  if (random.chance(0.4)) {
    const block = userBlock(random, { score: false, distribution: true, names: true, count: random.int(0, 12) });
    lines.push(...block.head, ...block.items);
    users = block.facts;
  } else if (random.chance(0.2)) {
    lines.push('', 'There are no user reviews yet.', '');
  }
  return { lines, facts: titleFacts(critic, users, {}) };
}

/** B. TV critic-reviews page: A opened by the show's bullets. */
function layoutB(random: Random): { lines: string[]; facts: PageFacts } {
  const premiere = randomDate(random);
  const lines = [
    `  • Network: ${random.pick(['NBC', 'CBS', 'ABC', 'FOX', 'HBO', 'AMC', 'FX'])}`,
    `  • Series Premiere Date: ${premiere.text}`,
    `  • Season #: ${random.int(1, 6)}`,
    '',
  ];
  const critic = criticPart(random, { style: { ...PLAIN_STYLE, dated: random.chance(0.5) } });
  lines.push(...critic.lines);
  let users: UserFacts | null = null;
  if (random.chance(0.6)) {
    const block = userBlock(random, { score: false, distribution: true, names: false, count: random.int(0, 10) });
    lines.push('', ...block.head, ...block.items);
    users = block.facts;
  }
  return { lines, facts: titleFacts(critic, users, { media: 'tv' }) };
}

/** C. User-reviews page: the user block first (with the rating widget), then the critic block. */
function layoutC(random: Random): { lines: string[]; facts: PageFacts } {
  const lines: string[] = [];
  const music = random.chance(0.5);
  if (music) lines.push(`  • Record Label: ${random.pick(['Epic', 'Matador', 'Sub Pop', 'Rough Trade'])}`, `  • Release Date: ${randomDate(random).text}`);
  const block = userBlock(random, { score: music, distribution: true, names: true, count: random.int(1, 15) });
  // The block's head without its "User Score" line when the page opens on the verdict (as the user-reviews page does).
  lines.push(...(music ? block.head : block.head.slice(block.facts.score === null ? 2 : 3)));
  if (music) {
    lines.push('Buy Now', 'Buy on', '', 'Review this album', '', '  1. Your Score', '    0 out of 10', '    Rate this:');
    for (let i = 10; i >= 0; i--) lines.push(`    • ${i}`);
    lines.push('    • 0', '  1. Submit', '  2. Check Spelling');
  }
  lines.push(...block.items, '');
  let critic: CriticParts | undefined;
  let metascore: number | null = null;
  if (!music || random.chance(0.5)) {
    if (music) {
      metascore = random.int(20, 95);
      lines.push('Metascore', String(metascore), '');
    }
    critic = criticPart(random, { style: PLAIN_STYLE });
    lines.push(...critic.lines);
  }
  return { lines, facts: titleFacts(critic, block.facts, { media: music ? 'music' : null, metascore }) };
}

/** D. Title main page: verdict with "What's this?", the user block and its widgets, two unlabelled distributions. */
function layoutD(random: Random): { lines: string[]; facts: PageFacts } {
  const criticCount = criticCountFor(random);
  const verdict = random.pick(VERDICTS);
  const users = userBlock(random, { score: false, distribution: true, names: false, count: random.int(1, 6) });
  const lines = [
    `${verdict} - based on ${criticCount} Critics What's this?`,
    '',
    'User Score',
    '',
    users.head[2] ?? '',
    '',
    'Your Score',
    '0 out of 10',
    'Rate this:',
  ];
  for (let i = 10; i >= 0; i--) lines.push(`  • ${i}`);
  lines.push('  • 0', '  • Starring: , ,', `  • Summary: ${random.pick(CRITIC_EXCERPTS)} (Focus Features) Expand`);
  const distribution = distributionFor(random, criticCount, random.chance(0.3));
  lines.push('Score distribution:', ...distributionLines(distribution, criticCount));
  const reviews: ReviewFacts[] = [];
  criticItems(random, Math.min(criticCount, random.int(3, 10)), { dated: false, main: true, product: false }, lines, reviews);
  lines.push('', `See all ${criticCount} Critic Reviews`, '');
  const userHead = users.head.slice(users.head.indexOf('User score distribution:'));
  lines.push('Score distribution:', ...userHead.slice(1), ...users.items);
  const critic: CriticParts = { verdict, criticCount, distribution, lines: [], reviews };
  return { lines, facts: titleFacts(critic, users.facts, {}) };
}

/** E. Newer product page (music, games): "Metascore" and its number, dated scored items, then the user block. */
function layoutE(random: Random): { lines: string[]; facts: PageFacts } {
  const metascore = random.int(20, 97);
  const lines = ['Metascore', String(metascore), ''];
  const critic = criticPart(random, { unit: 'Critic Reviews', style: { dated: true, main: false, product: true } });
  const [verdictLine, blank, ...rest] = critic.lines;
  lines.push(verdictLine ?? '', blank ?? '');
  const items = rest.filter((line) => !['Critic Reviews', 'Watch On', ''].includes(line));
  const firstItem = items.findIndex((line) => !/^ {2}\d\. (?:Positive|Mixed|Negative):/u.test(line) && line !== 'Critic score distribution:');
  lines.push(...items.slice(0, firstItem), 'Buy Now', 'Buy on', ...items.slice(firstItem), 'Awards & Rankings');
  const users = userBlock(random, { score: true, distribution: false, names: true, count: random.int(1, 8) });
  lines.push(...users.head, ...users.items);
  return { lines, facts: titleFacts(critic, users.facts, { metascore }) };
}

const PROFILE_MEDIA = [
  { media: 'movie', average: 'Movie', listed: 'movie', filter: 'Movies' },
  { media: 'game', average: 'Game', listed: 'game', filter: 'Games' },
  { media: 'music', average: 'Music', listed: 'music', filter: 'Music' },
  { media: 'tv', average: 'TV Show', listed: 'tv', filter: 'TV Shows' },
] as const;

/** The printed statistics of a profile, as lines, with their facts. */
function profileStatistics(
  random: Random,
  subject: 'critic' | 'publication',
  graded: number,
): { lines: string[]; facts: Omit<ProfileFacts, 'name' | 'distribution' | 'listedCount'> } {
  const higher = random.int(0, 100);
  const same = random.int(0, 100 - higher);
  const lower = 100 - higher - same;
  const points = random.int(1, 150) / 10;
  const direction = random.chance(0.5) ? 'higher' : 'lower';
  const lines = [
    `For ${grouped(graded, random)} reviews, this ${subject} has graded:`,
    `  • ${higher}% higher than the average critic`,
    `  • ${same}% same as the average critic`,
    `  • ${lower}% lower than the average critic`,
    `On average, this ${subject} grades ${points} points ${direction} than other critics. (0-100 point scale)`,
  ];
  return {
    lines,
    facts: {
      reviewsGraded: graded,
      percentHigher: higher,
      percentSame: same,
      percentLower: lower,
      pointsVsAverage: direction === 'lower' ? -points : points,
      averageScore: null,
      highest: null,
      lowest: null,
    },
  };
}

/** The scored blocks and numbered items of a profile's list. */
function profileItems(
  random: Random,
  count: number,
  byline: (score: number) => { lines: string[]; critic: ReviewFacts['critic'] },
  numbered: boolean,
  publication: string | null,
): { lines: string[]; reviews: ReviewFacts[] } {
  const lines: string[] = [];
  const reviews: ReviewFacts[] = [];
  let number = 0;
  for (let i = 0; i < count; i++) {
    const excerpt = random.pick(CRITIC_EXCERPTS);
    if (numbered && random.chance(0.25)) {
      number += 1;
      lines.push(`  ${number}. ${excerpt}`);
      reviews.push({ index: number, critic: null, publication, score: null, date: null, metascore: null, excerpt });
      continue;
    }
    const metascore: number | 'tbd' = random.chance(0.05) ? 'tbd' : random.int(15, 97);
    const score = random.pick(CRITIC_SCORES);
    const by = byline(score);
    lines.push(`    • ${metascore} Metascore`, ...by.lines, `    ${excerpt}`);
    reviews.push({ index: null, critic: by.critic, publication, score, date: null, metascore, excerpt });
  }
  return { lines, reviews };
}

/** F. Publication profile: statistics, then scored blocks ("• 40 Critic Score", "• 25 Reviewed by" and a name) and numbered items. */
function layoutF(random: Random): { lines: string[]; facts: PageFacts } {
  const media = random.pick(PROFILE_MEDIA);
  const named = random.chance(0.75);
  const name = named ? random.pick(PUBLICATIONS) : null;
  const graded = random.int(50, 6000);
  const lines: string[] = [];
  if (name !== null) lines.push(`${name}'s Scores`, '');
  if (random.chance(0.25)) lines.push(`  • ${media.filter}`);
  const statistics = profileStatistics(random, 'publication', graded);
  const average = random.int(40, 85);
  const highest = { score: random.int(85, 100), title: random.pick(TITLES) };
  const lowest = { score: random.int(0, 40), title: random.pick(TITLES) };
  lines.push(
    ...statistics.lines,
    `Average ${media.average} review score: ${average}`,
    `Highest review score: ${highest.score} ${highest.title}`,
    `Lowest review score: ${lowest.score} ${lowest.title}`,
    'Score distribution:',
  );
  let distribution: DistributionFacts | null = null;
  if (random.chance(0.4)) {
    distribution = distributionFor(random, graded, true);
    lines.push(...distributionLines(distribution, graded));
  }
  lines.push(`${grouped(graded, random)} ${media.listed} reviews`);
  const items = profileItems(
    random,
    random.int(6, 50),
    (score) => {
      if (random.chance(0.7)) return { lines: [`    • ${score} Critic Score`], critic: null };
      const critic = random.pick(CRITIC_NAMES.filter((printed) => !printed.includes('[')));
      return { lines: [`    • ${score} Reviewed by`, `      ${critic}`], critic: { name: critic, credited: true } };
    },
    true,
    name,
  );
  lines.push(...items.lines);
  const profile: ProfileFacts = { name, ...statistics.facts, averageScore: average, highest, lowest, distribution, listedCount: graded };
  return { lines, facts: profilePageFacts('publication', media.media, items.reviews, profile) };
}

/** A profile page's facts: its reviews and printed statistics, and nothing of a title page. */
function profilePageFacts(kind: 'publication' | 'critic', media: PageFacts['media'], reviews: PageFacts['reviews'], profile: ProfileFacts): PageFacts {
  return { kind, media, metascore: null, verdict: null, criticCount: null, distribution: null, reviews, users: null, profile };
}

/** G. Critic profile: statistics before the "<Critic>'s Scores" heading; score bullets name the critic. */
function layoutG(random: Random): { lines: string[]; facts: PageFacts } {
  const media = random.pick(PROFILE_MEDIA);
  const name = random.pick(CRITIC_NAMES.filter((printed) => !printed.includes('[')));
  const listed = random.int(3, 40);
  const graded = random.chance(0.5) ? listed : random.int(listed, 2500);
  const statistics = profileStatistics(random, 'critic', graded);
  const average = random.int(40, 85);
  const highest = { score: random.int(85, 100), title: random.pick(TITLES) };
  const lowest = { score: random.int(0, 40), title: random.pick(TITLES) };
  const distribution = distributionFor(random, graded, true);
  const lines = [
    ...statistics.lines,
    '',
    `${name}'s Scores`,
    '',
    `Average review score: ${average}`,
    `Highest review score: ${highest.score} ${highest.title}`,
    `Lowest review score: ${lowest.score} ${lowest.title}`,
    'Score distribution:',
    ...distributionLines(distribution, graded),
    `${grouped(graded, random)} ${media.listed} reviews`,
  ];
  const items = profileItems(random, listed, (score) => ({ lines: [`    • ${score} ${name}`], critic: { name, credited: true } }), false, null);
  lines.push(...items.lines, '', 'Top Trailers', '');
  const profile: ProfileFacts = { name, ...statistics.facts, averageScore: average, highest, lowest, distribution, listedCount: graded };
  return { lines, facts: profilePageFacts('critic', media.media, items.reviews, profile) };
}

const LAYOUTS: Readonly<Record<Layout, (random: Random) => { lines: string[]; facts: PageFacts }>> = {
  A: layoutA,
  B: layoutB,
  C: layoutC,
  D: layoutD,
  E: layoutE,
  F: layoutF,
  G: layoutG,
};

/** One page of the given layout, drawn from `random`. */
export function generatePage(random: Random, layout: Layout): GeneratedPage {
  const { lines, facts } = LAYOUTS[layout](random);
  return { layout, text: `${lines.join('\n')}\n`, facts };
}

/** `count` pages in the corpus's mix of layouts, the same for the same seed. */
export function generatePages(count: number, seed = 1): GeneratedPage[] {
  const random = new Random(seed);
  const pages: GeneratedPage[] = [];
  for (let i = 0; i < count; i++) pages.push(generatePage(random, random.weighted(LAYOUT_WEIGHTS)));
  return pages;
}

/** Ordinary critic-reviews pages (layout A) totalling at least `bytes` characters. */
export function generateOrdinaryPages(bytes: number, seed = 2): GeneratedPage[] {
  const random = new Random(seed);
  const pages: GeneratedPage[] = [];
  let total = 0;
  while (total < bytes) {
    const page = generatePage(random, 'A');
    pages.push(page);
    total += page.text.length;
  }
  return pages;
}

/**
 * One critic-reviews page (layout A) that lists `reviews` reviews: the
 * scaling input. Item numbers go up to 999,999 (the parser's limit for a list
 * number) and start again at 1 after it.
 */
export function generateLargePage(reviews: number, seed = 3): GeneratedPage {
  const random = new Random(seed);
  const distribution = distributionFor(random, reviews, true);
  const lines = [
    'Generally favorable reviews - based on ' + String(reviews) + ' Critics',
    '',
    'Critic score distribution:',
    ...distributionLines(distribution, reviews),
    '',
    'Critic Reviews',
    '',
  ];
  const facts: ReviewFacts[] = [];
  criticItems(random, reviews, { dated: true, main: false, product: false }, lines, facts);
  return {
    layout: 'A',
    text: `${lines.join('\n')}\n`,
    facts: {
      kind: 'film',
      media: null,
      metascore: null,
      verdict: 'Generally favorable reviews',
      criticCount: reviews,
      distribution,
      reviews: facts,
      users: null,
      profile: null,
    },
  };
}

/** A parsed page's facts in the corpus's JSON contract (spans, printed forms and extras left out): what {@link PageFacts} holds. */
export function factsOf(page: Page): PageFacts {
  const distribution = (value: DistributionFacts | null): DistributionFacts | null =>
    value === null ? null : { positive: value.positive, mixed: value.mixed, negative: value.negative };
  return {
    kind: page.kind,
    media: page.media,
    metascore: page.metascore,
    verdict: page.verdict,
    criticCount: page.criticCount,
    distribution: distribution(page.distribution),
    reviews: page.reviews.map((review) => ({
      index: review.index,
      critic: review.critic === null ? null : { name: review.critic.name, credited: review.critic.credited },
      publication: review.publication,
      score: review.score,
      date: review.date,
      metascore: review.metascore,
      excerpt: review.excerpt,
    })),
    users:
      page.users === null
        ? null
        : {
            verdict: page.users.verdict,
            ratingCount: page.users.ratingCount,
            score: page.users.score,
            distribution: distribution(page.users.distribution),
            reviews: page.users.reviews.map((review) => ({
              index: review.index,
              user: review.user,
              date: review.date,
              score: review.score,
              excerpt: review.excerpt,
            })),
          },
    profile:
      page.profile === null
        ? null
        : {
            name: page.profile.name,
            reviewsGraded: page.profile.reviewsGraded,
            percentHigher: page.profile.percentHigher,
            percentSame: page.profile.percentSame,
            percentLower: page.profile.percentLower,
            pointsVsAverage: page.profile.pointsVsAverage,
            averageScore: page.profile.averageScore,
            highest: page.profile.highest === null ? null : { score: page.profile.highest.score, title: page.profile.highest.title },
            lowest: page.profile.lowest === null ? null : { score: page.profile.lowest.score, title: page.profile.lowest.title },
            distribution: distribution(page.profile.distribution),
            listedCount: page.profile.listedCount,
          },
  };
}
