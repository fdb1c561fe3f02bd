/**
 * The page, made from the finished state: the corpus contract's shape.
 *
 * @module
 */
import type { Distribution, Page, Profile, UserBlock } from '../../../types/page.js';
import type { DistributionDraft, MetacriticState, ProfileDraft } from './state.js';

/** The page the state describes. */
export function pageOf(state: MetacriticState): Page {
  const { lines } = state.tokens;
  const { verdict, critics, profile, title, metascore } = state;
  const spans = {
    title: title ? lines.span(title.line) : null,
    metascore: metascore ? lines.span(metascore.first, metascore.last) : null,
    verdict: verdict ? lines.span(verdict.line) : null,
    distribution: critics?.first !== undefined ? lines.span(critics.first, critics.last) : null,
  };
  // One literal (a spread of a shared part is copied field by field): a profile page's kind is its
  // subject's, with its profile; any other page is a film's, with none.
  const page = {
    kind: profile ? (profile.subject ?? 'publication') : 'film',
    source: 'metacritic',
    media: state.media ?? profile?.mediaFilter ?? state.mediaOption ?? null,
    title: title?.text ?? null,
    metascore: metascore?.value ?? null,
    verdict: verdict?.label ?? null,
    criticCount: verdict?.count ?? null,
    distribution: distributionOf(critics),
    tomatometer: null,
    topCriticCount: null,
    consensus: null,
    percentile: null,
    users: usersOf(state),
    details: state.details,
    spans,
    reviews: state.reviews,
    profile: profile ? profileOf(state, profile) : null,
  };
  return page as Page;
}

/** A distribution as the page has it; `null` when no line of it was read. */
function distributionOf(draft: DistributionDraft | undefined): Distribution | null {
  if (draft === undefined || (draft.positive === null && draft.mixed === null && draft.negative === null)) return null;
  return { positive: draft.positive, mixed: draft.mixed, negative: draft.negative };
}

/** A block's last line: its own, or its distribution's when that comes later (a label with no lines under it is read last). */
function lastLineOf(last: number, distribution: DistributionDraft | undefined): number {
  const listEnd = distribution?.last;
  return listEnd !== undefined && listEnd > last ? listEnd : last;
}

function usersOf(state: MetacriticState): UserBlock | null {
  const users = state.users;
  if (!users) return null;
  return {
    verdict: users.verdict,
    ratingCount: users.ratingCount,
    score: users.score,
    distribution: distributionOf(users.distribution),
    reviews: users.reviews,
    span: state.tokens.lines.span(users.first, lastLineOf(users.last, users.distribution)),
  };
}

function profileOf(state: MetacriticState, profile: ProfileDraft): Profile {
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
    distribution: distributionOf(profile.distribution),
    listedCount: profile.listedCount,
    span: state.tokens.lines.span(profile.first, lastLineOf(profile.last, profile.distribution)),
  };
}
