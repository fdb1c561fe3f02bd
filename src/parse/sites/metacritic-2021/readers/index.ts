/**
 * The readers of a 2019-2022 critic-reviews page, in the order they are tried on each line.
 *
 * @module
 */
import { compileReaders, type ReaderSet } from '../../../engine/index.js';
import type { Values } from '../lines.js';
import type { State } from '../state.js';
import { distributionReader } from './distribution.js';
import { furnitureReader } from './furniture.js';
import { headingReader } from './heading.js';
import { metascoreReader } from './metascore.js';
import { reviewReader } from './review.js';
import { titleReader } from './title.js';
import { unreadReader } from '../../unread.js';
import { userReviewReader } from './users.js';
import { verdictReader } from './verdict.js';

/** The readers, compiled. */
export const READERS: ReaderSet<Values, State> = compileReaders<Values, State>([
  headingReader,
  metascoreReader,
  verdictReader,
  distributionReader,
  furnitureReader,
  titleReader,
  userReviewReader,
  reviewReader,
  unreadReader(),
]);
