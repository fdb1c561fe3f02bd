/**
 * The Metacritic readers, in the order they are tried on a line: the
 * header's parts, the distributions and profile statistics, the bullets,
 * furniture, then the list items of the section the reading is in, the title,
 * and last the report of a line that fits nowhere.
 *
 * @module
 */
import { compileReaders, type ReaderSet } from '../../../engine/read.js';
import type { MetacriticValues } from '../kinds.js';
import type { MetacriticState } from '../state.js';
import { copiedCriticItemsReader } from './copied-critic-items.js';
import { criticItemsReader } from './critic-items.js';
import { detailReader, mediaFilterReader, unplacedBulletReader } from './details.js';
import { distributionReader } from './distribution.js';
import { furnitureReader } from './furniture.js';
import { metascoreReader } from './metascore.js';
import { profileBlockReader } from './profile-blocks.js';
import { copiedProfileBlockReader, copiedProfileItemsReader } from './copied-profile-items.js';
import { copiedWidgetReader } from './copied-widget.js';
import { profileItemReader } from './profile-items.js';
import { profileStatisticsReader } from './profile-statistics.js';
import { titleReader } from './title.js';
import { unrecognisedReader } from './unrecognised.js';
import { userItemReader } from './user-items.js';
import { copiedUserItemsReader, copiedUserNamedAsHeadingReader } from './copied-user-items.js';
import { userScoreReader } from './user-score.js';
import { verdictReader } from './verdict.js';

/** Every Metacritic reader, compiled. */
export const METACRITIC_READERS: ReaderSet<MetacriticValues, MetacriticState> = compileReaders([
  verdictReader,
  distributionReader,
  copiedUserNamedAsHeadingReader,
  metascoreReader,
  userScoreReader,
  profileStatisticsReader,
  profileBlockReader,
  copiedProfileBlockReader,
  mediaFilterReader,
  detailReader,
  unplacedBulletReader,
  furnitureReader,
  copiedWidgetReader,
  copiedCriticItemsReader,
  criticItemsReader,
  copiedUserItemsReader,
  userItemReader,
  copiedProfileItemsReader,
  profileItemReader,
  titleReader,
  unrecognisedReader,
]);
