/**
 * Statistics across pages: how reviews compare with their titles' Metascores,
 * summaries per critic and per publication across any parsed pages, one
 * normalisation of names, and a profile page's printed statistics checked
 * against its listed reviews.
 *
 * @module
 */
export { normalizeCriticName, normalizeName } from './names.js';
export { compareWithMetascore } from './vs-metascore.js';
export type { ComparableReview, CompareWithMetascoreResult, MetascoreSkips } from './vs-metascore.js';
export { summarizeCritics, summarizePublications } from './summaries.js';
export type {
  NameSummary,
  SummarizeCriticsOptions,
  SummarizeCriticsResult,
  SummarizePublicationsOptions,
  SummarizePublicationsResult,
} from './summaries.js';
export { PROFILE_CONTRADICTION_CODES, checkProfile, summarizeProfile } from './profile-consistency.js';
export type {
  CheckProfileOptions,
  CheckProfileResult,
  ProfileComparison,
  ProfileContradiction,
  ProfileContradictionCode,
  ProfileListedStats,
  ProfileStatistic,
  ProfileSummary,
  SummarizeProfileOptions,
} from './profile-consistency.js';
