/**
 * Classification: Metacritic's bands as data, a review score's sentiment, an
 * overall score's verdict, and verdict labels in their printed spellings.
 *
 * @module
 */
export {
  SENTIMENTS,
  SENTIMENT_BANDS,
  VERDICTS,
  VERDICT_BANDS,
  bandSetFor,
  sentimentBandsFor,
  validateBands,
  verdictBandsFor,
} from './bands.js';
export type { Band, BandSetName } from './bands.js';
export { classifyScore, parseVerdictLabel, verdictForScore } from './classify.js';
export type { ClassifyScoreOptions, VerdictForScoreOptions } from './classify.js';
