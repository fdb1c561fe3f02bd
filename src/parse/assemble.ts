/**
 * The assembler: walks the lines once, asks the recognisers what each line is,
 * and decides from its place in the page (the section it is in) what it means.
 * Every non-blank line ends in a field, is known furniture, or is reported.
 */
import { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode } from '../types/diagnostic.js';
import type {
  Critic,
  Distribution,
  MediaType,
  Page,
  PageDetail,
  Profile,
  Review,
  Sentiment,
  TitledScore,
  TitleMetascore,
  UserBlock,
  UserReview,
} from '../types/page.js';
import type { Span } from '../types/source.js';
import { parseVerdictLabel } from '../classify/index.js';
import type { Line, LineIndex, LineList } from './lines.js';
import {
  type DistributionOwner,
  endsWithWidgetTail,
  isWord,
  recogniseBareNumber,
  recogniseBullet,
  recogniseCutShort,
  recogniseDate,
  recogniseDetail,
  recogniseDistributionLabel,
  recogniseDistributionLine,
  recogniseFurniture,
  recogniseMediaFilter,
  recogniseNumbered,
  recogniseProfileLine,
  recogniseReviewedBy,
  recogniseScoreBullet,
  recogniseTitleMetascore,
  recogniseUserScore,
  recogniseVerdictLine,
  recogniseWidgetTail,
  stripWidgetTail,
  type ProfileLine,
} from './recognise.js';

/** What the assembler needs from the caller. */
export interface AssembleOptions {
  readonly media: MediaType | undefined;
}

// "No score yet - based on 3 Critics": too few reviews for a verdict, which the page says in words.
const NOT_YET_SCORED = /^(?:no score yet|tbd|not yet scored)$/iu;

/** The section of the page the walk is in: it decides what a list item means. */
type Section = 'header' | 'critic' | 'user' | 'profile' | 'closed';

/** A distribution being filled, with the lines it was read from. */
interface DistributionDraft {
  positive: number | null;
  mixed: number | null;
  negative: number | null;
  first: Line | undefined;
  last: Line | undefined;
  totals: Set<number>;
}

/** A piece of a list item: one line's text, or the text after an item's number. */
interface Piece {
  readonly text: string;
  readonly line: Line;
}

/** A review being filled from its pieces. */
interface ReviewDraft {
  index: number | null;
  critic: Critic | null;
  publication: string | null;
  score: number | null;
  date: string | null;
  dateText: string | null;
  metascore: TitleMetascore;
  excerpt: string[];
  first: Line;
  last: Line;
  /** A "Reviewed by" with its name still to come on the next line. */
  awaitingCritic: boolean;
}

/** The page being built. */
class PageBuilder {
  readonly diagnostics: Diagnostic[] = [];
  /** The lines read as page furniture or widget leftovers, in document order. */
  readonly furniture: Span[] = [];
  section: Section = 'header';
  /**
   * Where the lines of a distribution go: set by a "score distribution:" label,
   * or by the first line of a list with none. `repeat` for a list a page has
   * already had: its lines widen the one `repeated-block` diagnostic, at
   * `repeatedList` in the diagnostics.
   */
  distributionTarget: 'critic' | 'user' | 'profile' | 'repeat' | undefined;
  repeatedList = -1;
  title: { text: string; line: Line } | undefined;
  metascore: { value: number; first: Line; last: Line } | undefined;
  verdict: { label: string; count: number; line: Line } | undefined;
  critics: DistributionDraft | undefined;
  readonly reviews: Review[] = [];
  readonly details: PageDetail[] = [];
  media: MediaType | null = null;
  users: UserDraft | undefined;
  profile: ProfileDraft | undefined;
  /** Set once any line has been read as part of the page (the title can only come first). */
  started = false;
  /** Set by "See all 20 Critic Reviews", which ends the critics' list on a title's main page. */
  criticListEnded = false;

  constructor(readonly index: LineIndex) {}

  report(code: DiagnosticCode, message: string, span: Span): void {
    this.diagnostics.push({ code, severity: DIAGNOSTIC_CODES[code].severity, message, span });
  }

  reportLine(code: DiagnosticCode, message: string, line: Line): void {
    this.report(code, message, this.index.spanOf(line));
  }

  /** Reports a part the page has once, seen again at `span`: "A second `what` appears`where`; the first is kept." */
  reportRepeated(what: string, span: Span, where = ''): void {
    this.report('repeated-block', `A second ${what} appears${where}; the first is kept.`, span);
  }

  /** Records a line that carries no data (a widget, a heading, a crawl leftover). */
  furnish(line: Line): void {
    this.furniture.push(this.index.spanOf(line));
  }

  ensureUsers(line: Line): UserDraft {
    this.users ??= { verdict: null, ratingCount: null, score: null, distribution: undefined, reviews: [], first: line, last: line };
    return this.users;
  }

  ensureProfile(line: Line): ProfileDraft {
    this.profile ??= {
      subject: undefined,
      name: null,
      reviewsGraded: null,
      percentHigher: null,
      percentSame: null,
      percentLower: null,
      pointsVsAverage: null,
      averageScore: null,
      highest: null,
      lowest: null,
      distribution: undefined,
      listedCount: null,
      mediaFilter: null,
      first: line,
      last: line,
    };
    return this.profile;
  }
}

interface UserDraft {
  verdict: string | null;
  ratingCount: number | null;
  score: number | null;
  distribution: DistributionDraft | undefined;
  readonly reviews: UserReview[];
  first: Line;
  last: Line;
}

interface ProfileDraft {
  subject: 'critic' | 'publication' | undefined;
  name: string | null;
  reviewsGraded: number | null;
  percentHigher: number | null;
  percentSame: number | null;
  percentLower: number | null;
  pointsVsAverage: number | null;
  averageScore: number | null;
  highest: TitledScore | null;
  lowest: TitledScore | null;
  distribution: DistributionDraft | undefined;
  listedCount: number | null;
  mediaFilter: MediaType | null;
  first: Line;
  last: Line;
}

/** What the assembler gives back: the page, its diagnostics, and where its furniture was. */
export interface Assembled {
  readonly page: Page;
  readonly diagnostics: Diagnostic[];
  readonly furniture: Span[];
}

/**
 * Builds the page from its lines: the pipeline's last step.
 */
export function assemblePage(index: LineIndex, options: AssembleOptions): Assembled {
  const builder = new PageBuilder(index);
  const { lines } = index;
  // A truncated page's last line can stop inside a part, which would read as another: it is
  // reported, not read; the lines before it are read as if the page ended there.
  const cutAt = cutShortLineIndex(lines);
  const before: LineList = cutAt < 0 ? lines : { length: cutAt, at: (i) => (i < cutAt ? lines.at(i) : undefined) };
  readLines(builder, before, 0);
  if (cutAt >= 0) {
    const cut = lines.at(cutAt) as Line;
    builder.reportLine('unrecognised-line', `The page ends inside a line: "${clip(cut.text)}" is cut short of a page part, and is not read.`, cut);
    readLines(builder, lines, cutAt + 1);
  }
  return finish(builder, lines, options);
}

/** Reads `lines` from `from` to their end, into `builder`. */
function readLines(builder: PageBuilder, lines: LineList, from: number): void {
  let at = from;
  while (at < lines.length) {
    // Every step consumes at least its line: a reader that took none would be a bug, never a hang.
    at = Math.max(readLine(builder, lines, at), at + 1);
  }
}

/**
 * The index of the page's last line of data (furniture after it aside) when it
 * is a part cut short: one {@link recogniseCutShort} knows, an item's number
 * alone (`2.`), or a digit under a distribution's label or line, a list's
 * heading or an item's "Expand" (`  2`, the start of `  2. Negative: ...`;
 * `Critic Reviews` / `  1`), where no score line comes. -1 when it is not.
 */
function cutShortLineIndex(lines: LineList): number {
  let at = lastNonBlank(lines);
  for (let line = lines.at(at); line !== undefined; line = lines.at(--at)) {
    const { text } = line;
    if (text === '' || recogniseFurniture(text) || recogniseWidgetTail(text)) continue;
    if (recogniseCutShort(text) || recogniseNumbered(text)?.rest === '') return at;
    if (!/^\d$/u.test(text)) return -1;
    const above = lines.at(previousNonBlank(lines, at - 1))?.text ?? '';
    const opensList =
      recogniseDistributionLabel(above) !== undefined ||
      recogniseDistributionLine(above) !== undefined ||
      isWord(above, 'critic reviews') ||
      isWord(above, 'user reviews') ||
      recogniseWidgetTail(above);
    return opensList ? at : -1;
  }
  return -1;
}

/** Reads the line at `at` (and any lines that belong with it); returns the index of the next unread line. */
function readLine(builder: PageBuilder, lines: LineList, at: number): number {
  const line = lines.at(at);
  if (line === undefined || line.text === '') return at + 1;
  const { text } = line;

  const verdict = recogniseVerdictLine(text);
  if (verdict) {
    readVerdict(builder, verdict.owner, verdict.label, verdict.count, line);
    return at + 1;
  }
  const label = recogniseDistributionLabel(text);
  if (label) {
    openDistribution(builder, label.owner, line);
    return at + 1;
  }
  const distributionLine = recogniseDistributionLine(text);
  if (distributionLine) {
    addDistributionLine(builder, distributionLine.sentiment, distributionLine.count, distributionLine.total, line);
    return at + 1;
  }
  builder.distributionTarget = undefined;
  if (isWord(text, 'metascore')) return readMetascore(builder, lines, at);
  if (isWord(text, 'user score')) return readUserScore(builder, lines, at);

  const profileLine = recogniseProfileLine(text);
  if (profileLine) {
    readProfileLine(builder, profileLine, line);
    return at + 1;
  }
  const bullet = recogniseBullet(text);
  if (bullet !== undefined) return readBullet(builder, lines, at, bullet);
  if (recogniseFurniture(text) || recogniseWidgetTail(text)) {
    // "See all 20 Critic Reviews" ends the critics' list.
    if (/^see all /iu.test(text)) {
      if (builder.section === 'critic') builder.section = 'closed';
      if (/critic/iu.test(text)) builder.criticListEnded = true;
    }
    builder.furnish(line);
    return at + 1;
  }
  const numbered = recogniseNumbered(text);
  if (numbered && (recogniseFurniture(numbered.rest) || numbered.rest === '')) {
    // "1. Your Score", "1. Submit", "2. Check Spelling": the rating widget's own list.
    builder.furnish(line);
    return at + 1;
  }

  switch (builder.section) {
    case 'critic':
      if (numbered || line.indent > 0 || recogniseDate(text)) return readCriticItems(builder, lines, at);
      break;
    case 'user':
      if (numbered || line.indent > 0) return readUserItem(builder, lines, at);
      break;
    case 'profile':
      if (numbered || line.indent > 0) return readProfileItem(builder, lines, at);
      break;
    case 'header':
      if (!builder.started && builder.title === undefined && line.indent === 0 && !numbered) {
        builder.title = { text: collapse(text), line };
        return at + 1;
      }
      break;
    case 'closed':
      break;
  }
  builder.reportLine('unrecognised-line', `The line "${clip(text)}" fits no part of a review page at this place.`, line);
  return at + 1;
}

// ---------------------------------------------------------------- page header

function readVerdict(builder: PageBuilder, owner: 'critic' | 'user', label: string, count: number, line: Line): void {
  builder.started = true;
  builder.distributionTarget = undefined;
  if (owner === 'user') {
    const users = builder.ensureUsers(line);
    builder.section = 'user';
    if (users.verdict !== null || users.ratingCount !== null) {
      builder.reportRepeated('user verdict line', builder.index.spanOf(line));
      return;
    }
    users.verdict = label;
    users.ratingCount = count;
    users.last = line;
    return;
  }
  builder.section = 'critic';
  if (builder.verdict) {
    builder.reportRepeated('critic verdict line', builder.index.spanOf(line));
    return;
  }
  if (parseVerdictLabel(label) === undefined && !NOT_YET_SCORED.test(label)) {
    builder.reportLine('unknown-verdict', `The verdict "${clip(label)}" is not one of the known verdicts; it is kept as printed.`, line);
  }
  builder.verdict = { label, count, line };
}

/**
 * "Metascore" then "81" (or "tbd") on the next non-blank line. A heading with
 * no number under it, or with "tbd", carries no data: both are furniture.
 */
function readMetascore(builder: PageBuilder, lines: LineList, at: number): number {
  const line = lines.at(at) as Line;
  builder.started = true;
  const valueAt = nextNonBlank(lines, at + 1);
  const valueLine = lines.at(valueAt);
  const value = valueLine === undefined ? undefined : recogniseBareNumber(valueLine.text);
  if (valueLine === undefined || value === undefined) {
    builder.furnish(line);
    if (valueLine === undefined || !isWord(valueLine.text, 'tbd')) return at + 1;
    builder.furnish(valueLine);
    return valueAt + 1;
  }
  if (value > 100) {
    builder.report('score-out-of-range', `The Metascore ${value} is outside the 0-100 scale.`, builder.index.spanOf(line, valueLine));
  } else if (builder.metascore) {
    builder.reportRepeated('Metascore', builder.index.spanOf(line, valueLine));
  } else {
    builder.metascore = { value, first: line, last: valueLine };
  }
  return valueAt + 1;
}

/**
 * "User Score", then the 0-10 user score ("8.6", or "tbd") when the page prints
 * one: both lines are part of the user block, which they open or extend.
 */
function readUserScore(builder: PageBuilder, lines: LineList, at: number): number {
  const line = lines.at(at) as Line;
  builder.started = true;
  builder.section = 'user';
  const users = builder.ensureUsers(line);
  users.last = line;
  const valueAt = nextNonBlank(lines, at + 1);
  const valueLine = lines.at(valueAt);
  if (valueLine === undefined) return at + 1;
  if (isWord(valueLine.text, 'tbd')) {
    users.last = valueLine;
    return valueAt + 1;
  }
  const score = recogniseUserScore(valueLine.text);
  if (score === undefined) return at + 1;
  if (users.score !== null) builder.reportRepeated('user score', builder.index.spanOf(valueLine));
  else users.score = score;
  users.last = valueLine;
  return valueAt + 1;
}

// ---------------------------------------------------------------- distributions

function newDistribution(): DistributionDraft {
  return { positive: null, mixed: null, negative: null, first: undefined, last: undefined, totals: new Set() };
}

function openDistribution(builder: PageBuilder, owner: DistributionOwner, line: Line): void {
  builder.started = true;
  const target = owner ?? unlabelledDistributionOwner(builder);
  builder.distributionTarget = target;
  const draft = distributionFor(builder, target, line);
  if (target !== 'profile') builder.section = target;
  if (draft.first !== undefined) {
    repeatList(builder, target, line);
    return;
  }
  draft.first = line;
  draft.last = line;
}

/** A second distribution of `target` opens at `line`: reported once, its lines set aside with it. */
function repeatList(builder: PageBuilder, target: 'critic' | 'user' | 'profile', line: Line): void {
  builder.reportRepeated(`${target} score distribution`, builder.index.spanOf(line));
  builder.distributionTarget = 'repeat';
  builder.repeatedList = builder.diagnostics.length - 1;
}

/**
 * An unlabelled "Score distribution:" belongs to the profile on a profile page;
 * on a title page to the critics until they have one (the main page prints the
 * critics' list first, after the user block's widgets) or their list has ended
 * ("See all 20 Critic Reviews"), then to the users.
 */
function unlabelledDistributionOwner(builder: PageBuilder): 'critic' | 'user' | 'profile' {
  if (builder.section === 'profile') return 'profile';
  if (builder.critics?.first === undefined && !builder.criticListEnded && (builder.verdict !== undefined || builder.users === undefined)) return 'critic';
  return 'user';
}

function distributionFor(builder: PageBuilder, target: 'critic' | 'user' | 'profile', line: Line): DistributionDraft {
  if (target === 'critic') return (builder.critics ??= newDistribution());
  if (target === 'user') {
    const users = builder.ensureUsers(line);
    return (users.distribution ??= newDistribution());
  }
  const profile = builder.ensureProfile(line);
  return (profile.distribution ??= newDistribution());
}

function addDistributionLine(builder: PageBuilder, sentiment: Sentiment, count: number, total: number, line: Line): void {
  builder.started = true;
  if (builder.distributionTarget === 'repeat') {
    const repeated = builder.diagnostics[builder.repeatedList] as Diagnostic;
    builder.diagnostics[builder.repeatedList] = { ...repeated, span: { start: repeated.span.start, end: builder.index.spanOf(line).end } };
    return;
  }
  // A list with no label belongs to the section it is in.
  const target = builder.distributionTarget ?? (builder.section === 'user' ? 'user' : builder.section === 'profile' ? 'profile' : 'critic');
  const draft = distributionFor(builder, target, line);
  if (builder.distributionTarget === undefined) {
    if (draft.first !== undefined && draft.last !== undefined && draft.last.index !== line.index - 1) {
      repeatList(builder, target, line);
      return;
    }
    builder.distributionTarget = target;
    draft.first ??= line;
    if (target !== 'profile') builder.section = target;
  }
  if (draft[sentiment] !== null) {
    builder.reportRepeated(`${sentiment} line`, builder.index.spanOf(line), ` in the ${target} distribution`);
    return;
  }
  draft[sentiment] = count;
  draft.totals.add(total);
  draft.last = line;
  if (target === 'critic' && draft.totals.size > 1) {
    builder.reportLine('distribution-total-mismatch', `This line counts out of ${total}, unlike the distribution's other lines.`, line);
  }
  if (target === 'user' && builder.users) builder.users.last = line;
  if (target === 'profile' && builder.profile) builder.profile.last = line;
}

function finishDistribution(draft: DistributionDraft | undefined): Distribution | null {
  if (draft === undefined || (draft.positive === null && draft.mixed === null && draft.negative === null)) return null;
  return { positive: draft.positive, mixed: draft.mixed, negative: draft.negative };
}

// ---------------------------------------------------------------- bullets

function readBullet(builder: PageBuilder, lines: LineList, at: number, bullet: string): number {
  const line = lines.at(at) as Line;
  if (recogniseTitleMetascore(bullet) || recogniseScoreBullet(bullet)) {
    builder.started = true;
    return readProfileBlock(builder, lines, at);
  }
  if (isWidgetBullet(bullet)) {
    builder.furnish(line);
    return at + 1;
  }
  const filter = recogniseMediaFilter(bullet);
  if (filter !== undefined && (builder.section === 'profile' || builder.profile !== undefined || !builder.started)) {
    const profile = builder.ensureProfile(line);
    profile.mediaFilter ??= mediaFromWord(filter);
    profile.last = line;
    builder.section = 'profile';
    builder.started = true;
    return at + 1;
  }
  const detail = recogniseDetail(bullet);
  if (detail) {
    // A long value ("• Summary: ...") can go on in lines indented deeper than its bullet, up to its "Expand".
    const parts = [detail.value];
    let last = line;
    let ended = endsWithWidgetTail(detail.value);
    const next = readContinuation(
      lines,
      at + 1,
      line.indent + 1,
      (piece) => {
        parts.push(piece.text);
        last = piece.line;
        ended = endsWithWidgetTail(piece.text);
      },
      { stopsAt: () => ended, nestedParts: false },
    );
    builder.details.push({ label: detail.label, value: stripWidgetTail(collapse(parts.join(' '))), span: builder.index.spanOf(line, last) });
    builder.media ??= mediaFromDetail(detail.label);
    return next;
  }
  builder.reportLine('unrecognised-line', `The bullet "${clip(bullet)}" fits no part of a review page at this place.`, line);
  return at + 1;
}

/** "• Network: NBC" says the page is a TV show's; "• Record Label: Epic" an album's; "• Platform: PC" a game's. */
function mediaFromDetail(label: string): MediaType | null {
  const lower = label.toLowerCase();
  if (lower === 'network' || lower === 'series premiere date' || lower === 'season #') return 'tv';
  if (lower === 'record label') return 'music';
  if (lower === 'platform' || lower === 'also on' || lower === '# of players' || lower === 'developer') return 'game';
  return null;
}

/** "Movie", "TV Show", "game", "Music", "Movies": the media a profile line names. */
function mediaFromWord(word: string): MediaType | null {
  const lower = word.toLowerCase();
  if (lower.startsWith('movie') || lower === 'film') return 'movie';
  if (lower.startsWith('tv') || lower.startsWith('show')) return 'tv';
  if (lower.startsWith('game')) return 'game';
  if (lower === 'music' || lower.startsWith('album')) return 'music';
  return null;
}

// ---------------------------------------------------------------- profiles

function readProfileLine(builder: PageBuilder, found: ProfileLine, line: Line): void {
  builder.started = true;
  builder.section = 'profile';
  const profile = builder.ensureProfile(line);
  profile.last = line;
  const repeated = (what: string): void => {
    builder.reportRepeated(`${what} line`, builder.index.spanOf(line), ' in the profile');
  };
  switch (found.kind) {
    case 'graded':
      if (profile.reviewsGraded !== null) {
        repeated('"For N reviews"');
        return;
      }
      profile.reviewsGraded = found.count;
      profile.subject = found.subject;
      return;
    case 'percent': {
      const key = found.relation === 'higher' ? 'percentHigher' : found.relation === 'lower' ? 'percentLower' : 'percentSame';
      if (profile[key] !== null) {
        repeated(`"% ${found.relation}"`);
        return;
      }
      profile[key] = found.value;
      return;
    }
    case 'points':
      if (profile.pointsVsAverage !== null) {
        repeated('"On average"');
        return;
      }
      profile.pointsVsAverage = found.value;
      profile.subject ??= found.subject;
      return;
    case 'average':
      if (profile.averageScore !== null) {
        repeated('average score');
        return;
      }
      profile.averageScore = found.value;
      if (found.media !== null) builder.media ??= mediaFromWord(found.media);
      return;
    case 'extreme':
      if (profile[found.which] !== null) {
        repeated(`${found.which} score`);
        return;
      }
      profile[found.which] = { score: found.score, title: collapse(found.title) };
      return;
    case 'heading':
      if (profile.name !== null) {
        repeated('"Scores" heading');
        return;
      }
      profile.name = collapse(found.name);
      return;
    case 'listed':
      if (profile.listedCount !== null) {
        repeated('"N reviews"');
        return;
      }
      profile.listedCount = found.count;
      builder.media ??= mediaFromWord(found.media);
      return;
  }
}

/**
 * A numbered profile item, its score not rendered:
 * ```
 *   1. Even stupidity stops being fun here.
 * ```
 * or a plain indented line, read as an unnumbered excerpt-only item.
 */
function readProfileItem(builder: PageBuilder, lines: LineList, at: number): number {
  const line = lines.at(at) as Line;
  const numbered = recogniseNumbered(line.text);
  const draft = newReview(line, numbered ? numbered.number : null);
  draft.excerpt.push(numbered ? numbered.rest : line.text);
  let next = readContinuation(lines, at + 1, line.indent, (piece) => {
    draft.excerpt.push(piece.text);
    draft.last = piece.line;
  });
  // "• Variety" under the excerpt, as a scored block ends: the publication.
  const below = lines.at(nextNonBlank(lines, next));
  const bullet = below === undefined || below.indent <= line.indent ? undefined : recogniseBullet(below.text);
  if (
    below !== undefined &&
    bullet !== undefined &&
    recogniseTitleMetascore(bullet) === undefined &&
    isPublicationBullet(bullet, { profile: builder.profile, followedByText: isTextLineAt(lines, nextNonBlank(lines, below.index + 1)) })
  ) {
    draft.publication = collapse(bullet);
    draft.last = below;
    next = below.index + 1;
  }
  pushReview(builder, draft);
  return next;
}

/**
 * A profile's scored block:
 * ```
 *     • 72 Metascore
 *     • 80 Sheri Linden          (or "• 40 Critic Score", or "• 25 Reviewed by" then the name)
 *     <excerpt, one or more lines>
 *     [• Publication]
 * ```
 */
function readProfileBlock(builder: PageBuilder, lines: LineList, at: number): number {
  const first = lines.at(at) as Line;
  const draft = newReview(first, null);
  let cursor = at;
  let stage: 'metascore' | 'score' | 'excerpt' | 'done' = 'metascore';
  // The critic the block's score line names: null for "Critic Score" or "Reviewed by"; undefined before it.
  let scoreLineNames: string | null | undefined;
  while (cursor < lines.length && stage !== 'done') {
    const lineAt = nextNonBlank(lines, cursor);
    const line = lines.at(lineAt);
    if (line === undefined || (lineAt > at && line.indent < Math.min(first.indent, 1))) break;
    if (lineAt > at && endsUnindentedItem(lines, lineAt, cursor)) break;
    const bullet = recogniseBullet(line.text);
    if (bullet !== undefined) {
      const metascore = recogniseTitleMetascore(bullet);
      if (metascore) {
        if (stage !== 'metascore') break;
        if (metascore.metascore !== 'tbd' && metascore.metascore > 100) {
          builder.reportLine('score-out-of-range', `The Metascore ${metascore.metascore} is outside the 0-100 scale.`, line);
        } else {
          draft.metascore = metascore.metascore;
        }
        stage = 'score';
      } else {
        const score = stage === 'excerpt' ? undefined : recogniseScoreBullet(bullet);
        if (score) {
          if (score.score > 100) {
            builder.reportLine('score-out-of-range', `The critic score ${score.score} is outside the 0-100 scale.`, line);
          } else {
            draft.score = score.score;
          }
          if (score.by.kind === 'name') draft.critic = readCritic(score.by.name);
          scoreLineNames = score.by.kind === 'name' ? score.by.name : null;
          draft.awaitingCritic = score.by.kind === 'reviewed-by';
          stage = 'excerpt';
        } else if (
          stage === 'excerpt' &&
          draft.excerpt.length > 0 &&
          isPublicationBullet(bullet, { profile: builder.profile, scoreLineNames, followedByText: isTextLineAt(lines, nextNonBlank(lines, lineAt + 1)) })
        ) {
          // The trailing "• Publication" bullet closes the block.
          draft.publication = collapse(bullet);
          stage = 'done';
        } else {
          break;
        }
      }
    } else {
      if (lineAt > at && isSectionLine(line.text)) break;
      if (recogniseNumbered(line.text)) break;
      // An unindented line ends an indented block; in a page with no indentation at all (as
      // copied from a browser) the block's lines are all unindented. (The first line is the
      // block's bullet, so no text line comes before a score.)
      if (line.indent === 0 && first.indent > 0) break;
      // Furniture ends the block, as it ends a list item's continuation; a widget tail stays in.
      if (recogniseFurniture(line.text) && !recogniseWidgetTail(line.text)) break;
      if (draft.awaitingCritic) {
        draft.critic = readCritic(line.text);
        draft.awaitingCritic = false;
      } else if (!recogniseWidgetTail(line.text)) {
        draft.excerpt.push(line.text);
      }
      stage = 'excerpt';
    }
    draft.last = line;
    cursor = lineAt + 1;
  }
  pushReview(builder, draft);
  return draft.last.index + 1;
}

/** What tells a block's closing `• 20 Minutos` from the next block's score line. */
interface BulletContext {
  readonly profile: ProfileDraft | undefined;
  /** The critic the block's own score line names; null where it names no one ("Critic Score"); undefined where it has none. */
  readonly scoreLineNames?: string | null | undefined;
  /** Whether text follows the bullet, as a score line's excerpt does. */
  readonly followedByText: boolean;
}

/**
 * `• Q Magazine`, `• PlayStation: The Official Magazine`, `• 20 Minutos` after
 * a block's excerpt: its publication (no page detail such as `• Network: NBC`
 * comes there). Never a media filter, a bare number (`• 8`, the rating
 * widget's), or a score bullet, which opens the next block when that block has
 * no `• NN Metascore` line: `• 39 Critic Score`, `• 25 Reviewed by`, and
 * `• 80 Sheri Linden`, a number and a name. That one is a publication (`• 20
 * Minutos`, `• 411 Mania`) only where no text of its own follows and it cannot
 * be a score line: its number is over 100, or its name is not the critic the
 * block's score line named, or the page's score lines name no one (a block's
 * "Critic Score", a publication's profile), or, where the block has no score
 * line, it is not the name of the critic whose profile it is.
 */
function isPublicationBullet(bullet: string, context: BulletContext): boolean {
  if (bullet === '' || recogniseBareNumber(bullet) !== undefined || recogniseMediaFilter(bullet) !== undefined) return false;
  const score = recogniseScoreBullet(bullet);
  if (score === undefined) return !/^\d{1,3} /u.test(bullet);
  if (score.by.kind !== 'name' || context.followedByText) return false;
  if (score.score > 100) return true;
  const { profile, scoreLineNames } = context;
  if (scoreLineNames === null || profile?.subject === 'publication') return true;
  const critic = scoreLineNames ?? (profile?.subject === 'critic' ? profile.name : null);
  return critic !== null && !sameName(score.by.name, critic);
}

/** "Kenneth O’Brien" and "kenneth  o'brien": one name, whatever its case, spaces and apostrophes. */
function sameName(a: string, b: string): boolean {
  const key = (name: string): string => collapse(name).replace(/’/gu, "'").toLowerCase();
  return key(a) === key(b);
}

/** True when the line at `at` is text, as a block's excerpt is: no bullet, no list item, indented. */
function isTextLineAt(lines: LineList, at: number): boolean {
  const line = lines.at(at);
  return line !== undefined && line.indent > 0 && recogniseBullet(line.text) === undefined && recogniseNumbered(line.text) === undefined;
}

// ---------------------------------------------------------------- critic reviews

/**
 * A critic list item and the lines that belong to it:
 * ```
 *   1. Reviewed by: Noel Murray        a critic
 *     Jul 15, 2013                     a date
 *     As Refn counts down ...          the excerpt
 *   2. 80                              a score, then the excerpt
 *   4. Q Magazine                      a publication, then the excerpt
 *     <excerpt>                        further indented lines after an excerpt:
 *     <excerpt>                        more reviews, unnumbered
 * ```
 */
function readCriticItems(builder: PageBuilder, lines: LineList, at: number): number {
  const line = lines.at(at) as Line;
  const numbered = recogniseNumbered(line.text);
  const pieces: Piece[] = [numbered ? { text: numbered.rest, line } : { text: line.text, line }];
  const next = readContinuation(lines, at + 1, line.indent, (piece) => pieces.push(piece), { nestedText: isTextBullet });

  let draft = newReview(line, numbered ? numbered.number : null);
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as Piece;
    const { text } = piece;
    if (recogniseWidgetTail(text)) {
      draft.last = piece.line;
      continue;
    }
    const reviewedBy = recogniseReviewedBy(text);
    const date = reviewedBy ? undefined : recogniseDate(text);
    const score = reviewedBy || date ? undefined : recogniseBareNumber(text);
    if (reviewedBy === undefined && date === undefined && score === undefined && continuesExcerpt(draft.excerpt, text)) {
      draft.excerpt.push(text);
      draft.last = piece.line;
      continue;
    }
    const startsNew =
      draft.excerpt.length > 0 ||
      (reviewedBy !== undefined && draft.critic !== null) ||
      (date !== undefined && draft.dateText !== null) ||
      (score !== undefined && draft.score !== null);
    if (startsNew && i > 0) {
      pushReview(builder, draft);
      draft = newReview(piece.line, null);
    }
    draft.last = piece.line;
    if (draft.awaitingCritic) {
      draft.critic = readCritic(text);
      draft.awaitingCritic = false;
    } else if (reviewedBy) {
      if (reviewedBy.name === '') draft.awaitingCritic = true;
      else draft.critic = readCritic(reviewedBy.name);
    } else if (date) {
      readDate(builder, draft, date.iso, text, piece.line);
    } else if (score !== undefined && score <= 100) {
      draft.score = score;
    } else {
      if (score !== undefined) {
        builder.reportLine('score-out-of-range', `The number ${score} stands where a score belongs but is outside the 0-100 scale; it is kept as text.`, piece.line);
      }
      const following = pieces[i + 1];
      if (draft.publication === null && following !== undefined && !recogniseWidgetTail(following.text) && isPublicationLine(text, following.text, draft)) {
        draft.publication = collapse(text);
      } else {
        draft.excerpt.push(text);
      }
    }
  }
  pushReview(builder, draft);
  return next;
}

/**
 * A publication's name rather than a review's text, on the line above `next`.
 * A name is short, with no sentence punctuation at its end, and no print
 * citation ("[Oct 2009, p.111]": a bracketed part with a digit in it).
 *
 * - Above a score, a date or a "Reviewed by" line (which never follow their own
 *   review's text), any such line is a publication ("musicOMH.com",
 *   "Yahoo! Music"), unless the `draft` review has that field already: then the
 *   field opens the next review, and the line is this one's text ("89",
 *   "A huge amount of fun", "88").
 * - Above text, a single word in any case ("indieWIRE", "laut.de"), or a
 *   capitalised name with no sentence inside it and no lower-case word of four
 *   letters or more but {@link NAME_WORDS} ("Q Magazine", "The Observer (UK)",
 *   "4Players.de", "The Globe and Mail", "Gamers with Jobs", "The A.V. Club": a
 *   dot after initials is not the end of a sentence, one after a word of two
 *   lower-case letters or more is; "Strictly for the converted" is a sentence).
 *   A name may open with a word capitalised inside ("iPhone Life"), and have a
 *   colon before "The" ("PlayStation: The Official Magazine"; "In Short: A
 *   Triumph" is text).
 * - A capitalised word and "!" is a name ("Kerrang!", "Exclaim!"), where other
 *   sentence punctuation at the end makes the line text. Above text, a
 *   one-word exclamation ("Masterful!") reads the same: the page does not
 *   tell them apart, and the names are the commoner.
 */
function isPublicationLine(text: string, next: string, draft: ReviewDraft): boolean {
  if (text.length > 60 || text.split(' ').length > 7 || endsWithCitation(text)) return false;
  if (/[.!?…"“”'‘’,;:]$/u.test(text) && !/^\p{Lu}\p{L}+!$/u.test(text)) return false;
  const score = recogniseBareNumber(next) !== undefined;
  const date = !score && recogniseDate(next) !== undefined;
  const critic = !score && !date && recogniseReviewedBy(next) !== undefined;
  // Above a field the review has already, the line is its text: that field opens the next review.
  if (score || date || critic) return !((score && draft.score !== null) || (date && draft.dateText !== null) || (critic && draft.critic !== null));
  if (!text.includes(' ')) return true;
  return /^(?:[\p{Lu}\d]|\p{Ll}+\p{Lu})/u.test(text) && !/[,;] |: (?!The \p{Lu})/u.test(text) && !/\p{Ll}{2}[.?] \p{Lu}/u.test(text) && !hasSentenceWord(text);
}

/** Lower-case words of four letters or more that a publication's name has ("Gamers with Jobs"). */
const NAME_WORDS = new Set(['with', 'from', 'into', 'over', 'upon', 'onto', 'than']);

/** True when a word after the first is lower-case, four letters or more, and not one of {@link NAME_WORDS}: a sentence's word. */
function hasSentenceWord(text: string): boolean {
  return text
    .split(' ')
    .slice(1)
    .some((word) => /^\p{Ll}{4}/u.test(word) && !NAME_WORDS.has(word));
}

/**
 * True when `text` goes on the excerpt whose lines are `excerpt` rather than
 * opening another review: a print citation on a line of its own
 * ("[Oct 2009, p.111]"), or a hard-wrapped line, which starts in lower case
 * under a line that ends with no sentence punctuation ("... Pusher shifts" /
 * "from a subdued lowlife sketch ...").
 */
function continuesExcerpt(excerpt: readonly string[], text: string): boolean {
  const above = excerpt[excerpt.length - 1];
  if (above === undefined) return false;
  if (text.startsWith('[') && text.lastIndexOf('[') === 0 && endsWithCitation(text)) return true;
  return /^\p{Ll}/u.test(text) && !/[.!?…"“”'‘’)\]]$/u.test(above);
}

/**
 * True when `text` ends with a print magazine's citation, "[Oct 2009, p.111]"
 * or "[p.97]": a bracketed part with a digit in it, which ends a review's text
 * and never a publication's name.
 */
function endsWithCitation(text: string): boolean {
  const open = text.lastIndexOf('[');
  return open >= 0 && text.endsWith(']') && /\d/u.test(text.slice(open));
}

// ---------------------------------------------------------------- user reviews

/**
 * A user list item:
 * ```
 *   1. DavidS.                     [the user name, when a date line follows]
 *     Jan 29, 2008                 the date
 *     10                           [the 0-10 score]
 *     A timeless take ...          the text, over any number of lines
 *     Expand                       [widget tail]
 * ```
 */
function readUserItem(builder: PageBuilder, lines: LineList, at: number): number {
  const line = lines.at(at) as Line;
  const users = builder.ensureUsers(line);
  const numbered = recogniseNumbered(line.text);
  const pieces: Piece[] = [numbered ? { text: numbered.rest, line } : { text: line.text, line }];
  // An unnumbered item ends where the next one's date (or name, then date) begins; any item
  // ends with its "Expand" or "Full Review »" (a line under it as shallow as the item's own,
  // such as the next item's number cut short, is not its text; on a page with no indentation
  // nothing tells them apart, and the text goes on).
  let dated = recogniseDate((pieces[0] as Piece).text) !== undefined;
  let closed = false;
  const next = readContinuation(
    lines,
    at + 1,
    line.indent,
    (piece) => {
      dated ||= recogniseDate(piece.text) !== undefined;
      closed = endsWithWidgetTail(piece.text);
      pieces.push(piece);
    },
    {
      stopsAt: (candidate) => (closed && candidate.indent <= line.indent && line.indent > 0) || (dated && startsUserReview(lines, candidate)),
      nestedText: isUserTextLine,
    },
  );

  let user: string | null = null;
  let date: string | null = null;
  let dateText: string | null = null;
  let score: number | null = null;
  const text: string[] = [];
  let i = 0;
  const first = pieces[0] as Piece;
  const second = pieces[1]?.text;
  // A user's name opens the item when a date (or, where the date is missing, a score) comes under it.
  if (
    recogniseDate(first.text) === undefined &&
    second !== undefined &&
    (recogniseDate(second) !== undefined || (recogniseUserScore(second) !== undefined && looksLikeUserName(first.text)))
  ) {
    user = collapse(first.text);
    i = 1;
  }
  // Piece i exists: it is the first piece, or the date under a user's name.
  const datePiece = pieces[i] as Piece;
  const parsedDate = recogniseDate(datePiece.text);
  if (parsedDate) {
    dateText = datePiece.text;
    date = parsedDate.iso;
    if (date === null) builder.reportLine('invalid-date', `The date "${datePiece.text}" names a day that does not exist.`, datePiece.line);
    i++;
  }
  const scorePiece = pieces[i];
  // The score comes after the date or the name; with neither, a 0-10 number with text under it.
  if (scorePiece && (dateText !== null || user !== null || (i === 0 && pieces.length > 1))) {
    const value = recogniseUserScore(scorePiece.text);
    if (value !== undefined) {
      score = value;
      i++;
    } else if (recogniseBareNumber(scorePiece.text) !== undefined) {
      builder.reportLine('score-out-of-range', `The number ${scorePiece.text} stands where a user score belongs but is outside the 0-10 scale; it is kept as text.`, scorePiece.line);
    }
  }
  for (; i < pieces.length; i++) {
    const piece = pieces[i] as Piece;
    if (!recogniseWidgetTail(piece.text)) text.push(piece.text);
  }
  const last = (pieces[pieces.length - 1] as Piece).line;
  const excerpt = stripWidgetTail(collapse(text.join(' ')));
  const span = builder.index.spanOf(line, last);
  if (excerpt === '') builder.report('review-without-text', 'This user review has no text.', span);
  users.reviews.push({ index: numbered ? numbered.number : null, user, date, dateText, score, excerpt, span });
  users.last = last;
  return next;
}

/** A user name as the site prints them: one word ("DavidS.", "jdog123"), not a number. */
function looksLikeUserName(text: string): boolean {
  return text.length <= 40 && !text.includes(' ') && recogniseBareNumber(text) === undefined;
}

/** A date line, or a one-word user name with a date line right under it: where an unnumbered user review starts. */
function startsUserReview(lines: LineList, line: Line): boolean {
  if (recogniseDate(line.text)) return true;
  if (!looksLikeUserName(line.text)) return false;
  const below = lines.at(nextNonBlank(lines, line.index + 1));
  return below !== undefined && recogniseDate(below.text) !== undefined;
}

// ---------------------------------------------------------------- shared item pieces

/** What ends a list item's lines, beyond the next item, bullet, section or furniture. */
interface ContinuationRules {
  /** A line that ends the item wherever it stands. */
  readonly stopsAt?: (line: Line) => boolean;
  /**
   * Whether a line indented deeper than the item's first line is its text even
   * when it reads as a numbered item or a section line ("Pros:" / "1. Great
   * combat", a verdict line quoted in a review). True unless said otherwise.
   */
  readonly nestedParts?: boolean;
  /** Whether such a deeper bullet or furniture line is the item's text too (a user's "• Great combat", "> quote"). */
  readonly nestedText?: (text: string) => boolean;
}

/**
 * Collects the lines that continue a list item: non-blank lines indented at
 * least `minIndent`, across blank lines, up to the next item, bullet, section
 * or furniture, as `rules` say. Returns the index of the first line not taken.
 */
function readContinuation(lines: LineList, from: number, minIndent: number, take: (piece: Piece) => void, rules: ContinuationRules = {}): number {
  const { stopsAt, nestedParts = true, nestedText } = rules;
  let cursor = from;
  for (;;) {
    const at = nextNonBlank(lines, cursor);
    const line = lines.at(at);
    if (line === undefined || line.indent < minIndent || endsUnindentedItem(lines, at, cursor)) return cursor;
    const { text } = line;
    const nested = nestedParts && line.indent > minIndent;
    if ((!nested && (recogniseNumbered(text) || isSectionLine(text))) || stopsAt?.(line) === true) return cursor;
    const partOrFurniture = recogniseBullet(text) !== undefined || (recogniseFurniture(text) && !recogniseWidgetTail(text));
    if (partOrFurniture && !(nested && nestedText?.(text) === true)) return cursor;
    take({ text, line });
    cursor = at + 1;
  }
}

/** A bullet in a review's text ("• Great music • weak story"), one that opens no part of a page. */
function isTextBullet(text: string): boolean {
  const bullet = recogniseBullet(text);
  return bullet !== undefined && !isPartBullet(bullet);
}

/** A user's text line that reads as a bullet or a "> " quote: in free text, it is text. */
function isUserTextLine(text: string): boolean {
  return recogniseBullet(text) !== undefined || text.startsWith('> ');
}

/**
 * True when the line at `at`, the next non-blank one from `cursor`, cannot go on
 * an unindented item or block (a page with no indentation): it is unindented
 * and follows a blank or an indented line. An unindented item goes on only in
 * unindented lines right under it: nothing else sets it apart from whatever
 * unindented text follows.
 */
function endsUnindentedItem(lines: LineList, at: number, cursor: number): boolean {
  return (lines.at(at) as Line).indent === 0 && (at > cursor || (lines.at(at - 1) as Line).indent > 0);
}

/**
 * `• 72 Metascore`, `• 80 Sheri Linden`, `• 8`, `• #12 Best PC Game of 2009`,
 * `• Movies`, `• Network: NBC`: a bullet that {@link readBullet} reads as a
 * part of a page, or as its furniture.
 */
function isPartBullet(bullet: string): boolean {
  return (
    recogniseTitleMetascore(bullet) !== undefined ||
    recogniseScoreBullet(bullet) !== undefined ||
    isWidgetBullet(bullet) ||
    recogniseMediaFilter(bullet) !== undefined ||
    recogniseDetail(bullet) !== undefined
  );
}

/** `• 10` ... `• 0`, the rating widget, or other furniture as a list (`• #12 Best PC Game of 2009`). */
function isWidgetBullet(bullet: string): boolean {
  const widget = recogniseBareNumber(bullet);
  return (widget !== undefined && widget <= 10) || recogniseFurniture(bullet);
}

/** Lines that open or belong to another part of the page, never a review's. */
function isSectionLine(text: string): boolean {
  return (
    isWord(text, 'user score') ||
    isWord(text, 'metascore') ||
    recogniseVerdictLine(text) !== undefined ||
    recogniseDistributionLabel(text) !== undefined ||
    recogniseDistributionLine(text) !== undefined ||
    recogniseProfileLine(text) !== undefined
  );
}

/** The index of the last line with text; -1 when there is none. */
function lastNonBlank(lines: LineList): number {
  return previousNonBlank(lines, lines.length - 1);
}

/** The index of the last line with text at or before `from`; -1 when there is none. */
function previousNonBlank(lines: LineList, from: number): number {
  let at = from;
  while (at >= 0 && (lines.at(at) as Line).text === '') at--;
  return at;
}

function nextNonBlank(lines: LineList, from: number): number {
  let at = from;
  while (at < lines.length && (lines.at(at) as Line).text === '') at++;
  return at;
}

function newReview(line: Line, index: number | null): ReviewDraft {
  return {
    index,
    critic: null,
    publication: null,
    score: null,
    date: null,
    dateText: null,
    metascore: null,
    excerpt: [],
    first: line,
    last: line,
    awaitingCritic: false,
  };
}

function readDate(builder: PageBuilder, draft: ReviewDraft, iso: string | null, text: string, line: Line): void {
  draft.dateText = text;
  draft.date = iso;
  if (iso === null) builder.reportLine('invalid-date', `The date "${text}" names a day that does not exist.`, line);
}

function pushReview(builder: PageBuilder, draft: ReviewDraft): void {
  const span = builder.index.spanOf(draft.first, draft.last);
  const excerpt = draft.excerpt.length === 0 ? '' : stripWidgetTail(collapse(draft.excerpt.join(' ')));
  if (excerpt === '') builder.report('review-without-text', 'This review has no text.', span);
  builder.reviews.push({
    index: draft.index,
    critic: draft.critic,
    publication: draft.publication,
    score: draft.score,
    mark: null,
    freshness: null,
    topCritic: null,
    date: draft.date,
    dateText: draft.dateText,
    metascore: draft.metascore,
    excerpt,
    span,
  });
}

/**
 * "Noel Murray", "Staff [Not Credited]", " Gunnar  Rehlin": the critic as
 * printed. "Staff [Not Cre", cut short inside its "[Not Credited]" (as a
 * truncated page's last line is), is uncredited.
 */
function readCritic(printed: string): Critic {
  const raw = printed.trim();
  const open = raw.lastIndexOf('[');
  if (open > 0 && raw.length - open >= 2 && !raw.includes(']', open) && '[not credited]'.startsWith(raw.slice(open).toLowerCase())) {
    return { name: collapse(raw.slice(0, open)), credited: false, raw };
  }
  const uncredited = open >= 0 && /\[not credited\]/iu.test(raw);
  const name = collapse(uncredited ? raw.replace(/\[not credited\]/giu, '') : raw);
  return { name, credited: !uncredited, raw };
}

/**
 * Runs of spaces as one space, ends trimmed: for text taken from lines, in
 * which every whitespace character is already a plain space.
 */
function collapse(text: string): string {
  // Most text has only single spaces: searching for a run first, so "a - based on a - ..."
  // over a megabyte is not rebuilt space by space.
  return (text.includes('  ') ? text.replace(/ {2,}/gu, ' ') : text).trim();
}

/** A line's text cut to a length fit for a one-sentence message. */
function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

// ---------------------------------------------------------------- finish

function finish(builder: PageBuilder, lines: LineList, options: AssembleOptions): Assembled {
  const { index } = builder;
  const critics = finishDistribution(builder.critics);
  const verdict = builder.verdict;
  if (verdict && builder.critics) {
    for (const total of builder.critics.totals) {
      if (total !== verdict.count && builder.critics.totals.size === 1 && builder.critics.first) {
        builder.report(
          'distribution-total-mismatch',
          `The critic distribution counts out of ${total}, but the verdict line is based on ${verdict.count} critics.`,
          index.spanOf(builder.critics.first, builder.critics.last),
        );
      }
    }
  }
  const users = finishUsers(builder);
  const profile = builder.profile;
  const media = builder.media ?? profile?.mediaFilter ?? options.media ?? null;
  const base = {
    source: 'metacritic' as const,
    media,
    title: builder.title?.text ?? null,
    metascore: builder.metascore?.value ?? null,
    verdict: verdict?.label ?? null,
    criticCount: verdict?.count ?? null,
    distribution: critics,
    tomatometer: null,
    topCriticCount: null,
    consensus: null,
    percentile: null,
    users,
    details: builder.details,
    spans: {
      title: builder.title ? index.spanOf(builder.title.line) : null,
      metascore: builder.metascore ? index.spanOf(builder.metascore.first, builder.metascore.last) : null,
      verdict: verdict ? index.spanOf(verdict.line) : null,
      distribution: builder.critics?.first ? index.spanOf(builder.critics.first, builder.critics.last) : null,
    },
  };
  let page: Page;
  if (profile) {
    const kind = profile.subject ?? 'publication';
    const reviews =
      kind === 'publication' && profile.name !== null
        ? builder.reviews.map((review) => (review.publication === null ? { ...review, publication: profile.name } : review))
        : builder.reviews;
    page = { kind, ...base, reviews, profile: finishProfile(builder, profile) };
  } else {
    page = { kind: 'film', ...base, reviews: builder.reviews, profile: null };
  }
  if (!checkPageFound(builder, lines, page)) page = { ...page, title: null, spans: { ...page.spans, title: null } };
  builder.diagnostics.sort((a, b) => a.span.start.offset - b.span.start.offset || a.span.end.offset - b.span.end.offset);
  return { page, diagnostics: builder.diagnostics, furniture: builder.furniture };
}

function finishUsers(builder: PageBuilder): UserBlock | null {
  const users = builder.users;
  if (!users) return null;
  let last = users.last;
  for (const candidate of [users.distribution?.last]) if (candidate && candidate.index > last.index) last = candidate;
  return {
    verdict: users.verdict,
    ratingCount: users.ratingCount,
    score: users.score,
    distribution: finishDistribution(users.distribution),
    reviews: users.reviews,
    span: builder.index.spanOf(users.first, last),
  };
}

function finishProfile(builder: PageBuilder, profile: ProfileDraft): Profile {
  // A distribution label with no lines under it is the profile's last line read.
  const listEnd = profile.distribution?.last;
  const last = listEnd !== undefined && listEnd.index > profile.last.index ? listEnd : profile.last;
  return {
    name: profile.name,
    reviewsGraded: profile.reviewsGraded,
    percentHigher: profile.percentHigher,
    percentSame: profile.percentSame,
    percentLower: profile.percentLower,
    pointsVsAverage: profile.pointsVsAverage,
    averageScore: profile.averageScore,
    highest: profile.highest,
    lowest: profile.lowest,
    distribution: finishDistribution(profile.distribution),
    listedCount: profile.listedCount,
    span: builder.index.spanOf(profile.first, last),
  };
}

/** An empty input, or one with none of a review page's parts, is an error. */
function checkPageFound(builder: PageBuilder, lines: LineList, page: Page): boolean {
  const first = lines.at(nextNonBlank(lines, 0));
  if (first === undefined) {
    const end = builder.index.pointAt(Number.MAX_SAFE_INTEGER);
    builder.report('empty-input', 'The input holds no text but whitespace.', { start: builder.index.pointAt(0), end });
    return false;
  }
  const found = page.verdict !== null || page.distribution !== null || page.reviews.length > 0 || page.users !== null || page.profile !== null || page.metascore !== null;
  if (!found) {
    // One error over the whole text says it all: the lines it could not place are not listed again.
    builder.diagnostics.length = 0;
    const last = lines.at(lastNonBlank(lines)) as Line;
    builder.report('not-a-review-page', 'The text has no verdict, distribution, review or profile of a review page.', builder.index.spanOf(first, last));
  }
  return found;
}
