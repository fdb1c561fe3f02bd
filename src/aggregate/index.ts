/**
 * Aggregation: statistics of a page's critic reviews, and a check of what a
 * page declares against what its reviews give.
 *
 * @module
 */
export { aggregate } from './aggregate.js';
export type {
  AggregateOptions,
  AggregateResult,
  AggregateWeightsOption,
  SentimentCounts,
  UsedWeight,
  WeightKey,
  WeightedMean,
} from './aggregate.js';
export { DISCREPANCY_CODES, checkConsistency } from './consistency.js';
export type {
  CheckConsistencyOptions,
  ConsistencyReport,
  DeclaredFacts,
  Discrepancy,
  DiscrepancyCode,
  DiscrepancyValue,
  InferredDistribution,
  MetascoreInterval,
  MetascoreIntervalSource,
  MetascoreIntervalSourceName,
  ScoreRange,
} from './consistency.js';
export type { FreshnessSample, TomatometerReport } from './tomatometer.js';
