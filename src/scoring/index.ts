/**
 * Scoring: printed marks on the 0-100 scale, the scoring methods of
 * Metacritic, Rotten Tomatoes, OpenCritic and Steam behind one API, honest
 * figures for small samples (Wilson intervals, Bayesian averages, rankings),
 * and weights (applied, and fitted to known Metascores).
 *
 * @module
 */
export { LETTER_GRADE_SCORES, normalizeScore } from './normalize.js';
export type {
  LetterGrade,
  MarkFailure,
  MarkScale,
  MaxSource,
  NormalizeScoreOptions,
  NormalizeScoreResult,
  ReadMark,
  UnreadMark,
} from './normalize.js';
export { METACRITIC, OPENCRITIC, SCORING_PROFILE_NAMES, ROTTEN_TOMATOES, STEAM } from './profiles.js';
export type {
  MetacriticProfile,
  OpenCriticProfile,
  OpenCriticTier,
  ScoringProfileName,
  ReleaseKind,
  RottenTomatoesProfile,
  ScoringProfile,
  SteamProfile,
  SteamRung,
} from './profiles.js';
export { describeScoring, scoreWith } from './score.js';
export type {
  DescribeScoringOptions,
  DescribeScoringResult,
  MetacriticFigures,
  MetacriticScoring,
  OpenCriticFigures,
  OpenCriticScoring,
  ScoringProfileNameOf,
  RottenTomatoesFigures,
  RottenTomatoesLabel,
  RottenTomatoesScoring,
  ScoreTally,
  ScoreWithOptions,
  ScoreWithResult,
  ScoringResultMap,
  ShareFigures,
  SteamFigures,
  SteamScoring,
} from './score.js';
export { OPENCRITIC_WORD_MARKS, summarizeOpenCritic } from './opencritic-sample.js';
export type { OpenCriticSample, SummarizeOpenCriticOptions } from './opencritic-sample.js';
export { bayesianAverage, rankPages, wilsonInterval } from './intervals.js';
export type {
  BayesianAverageOptions,
  RankBy,
  RankPagesOptions,
  RankPagesResult,
  RankedPage,
  WilsonInterval,
  WilsonIntervalOptions,
} from './intervals.js';
export { fitWeights, projectOntoSimplex, weightedScore } from './weights.js';
export type { FitWeightsOptions, FitWeightsResult, WeightSample } from './weights.js';
export type { PositiveMarks, TopCriticMarks } from './shared.js';
