/**
 * The readers of a 2001-2010 title page, in the order they are tried on each line.
 *
 * @module
 */
import { compileReaders, type ReaderSet } from '../../../engine/index.js';
import { unreadReader } from '../../unread.js';
import type { Values } from '../lines.js';
import type { State } from '../state.js';
import { criticReader, criticsHeadingReader } from './critics.js';
import { detailReader } from './details.js';
import { furnitureReader } from './furniture.js';
import { menuReader } from './menu.js';
import { scoreTableReader } from './scores.js';
import { titleReader } from './title.js';
import { userCommentReader, usersHeadingReader } from './users.js';

/** The readers, compiled. */
export const READERS: ReaderSet<Values, State> = compileReaders<Values, State>([
  menuReader,
  titleReader,
  scoreTableReader,
  criticsHeadingReader,
  usersHeadingReader,
  userCommentReader,
  criticReader,
  furnitureReader,
  detailReader,
  unreadReader(),
]);
