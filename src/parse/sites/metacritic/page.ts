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
  const base = {
    source: 'metacritic' as const,
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
    spans: {
      title: title ? lines.span(title.line) : null,
      metascore: metascore ? lines.span(metascore.first, metascore.last) : null,
      verdict: verdict ? lines.span(verdict.line) : null,
      distribution: critics?.first !== undefined ? lines.span(critics.first, critics.last) : null,
    },
  };
  if (profile) return { kind: profile.subject ?? 'publication', ...base, reviews: state.reviews, profile: profileOf(state, profile) };
  return { kind: 'film', ...base, reviews: state.reviews, profile: null };
}

/** A distribution as the page has it; `null` when no line of it was read. */
function distributionOf(draft: DistributionDraft | undefined): Distribution | null {
  if (draft === undefined || (draft.positive === null && draft.mixed === null && draft.negative === null)) return null;
  return { positive: draft.positive, mixed: draft.mixed, negative: draft.negative };
}

function usersOf(state: MetacriticState): UserBlock | null {
  const users = state.users;
  if (!users) return null;
  const listEnd = users.distribution?.last;
  const last = listEnd !== undefined && listEnd > users.last ? listEnd : users.last;
  return {
    verdict: users.verdict,
    ratingCount: users.ratingCount,
    score: users.score,
    distribution: distributionOf(users.distribution),
    reviews: users.reviews,
    span: state.tokens.lines.span(users.first, last),
  };
}

function profileOf(state: MetacriticState, profile: ProfileDraft): Profile {
  // A distribution label with no lines under it is the profile's last line read.
  const listEnd = profile.distribution?.last;
  const last = listEnd !== undefined && listEnd > profile.last ? listEnd : profile.last;
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
    span: state.tokens.lines.span(profile.first, last),
  };
}
