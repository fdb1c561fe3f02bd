/**
 * The sites the parser knows, in the order ties go to. A new site is a folder
 * beside `metacritic/` and a line here.
 *
 * @module
 */
import type { Site } from '../site.js';
import { metacritic } from './metacritic/index.js';
import { metacritic2008 } from './metacritic-2008/index.js';
import { metacritic2021 } from './metacritic-2021/index.js';

export { metacritic, metacritic2008, metacritic2021 };

/** Every site `parse` chooses from: metacritic.com's current layouts, and its layouts of other eras. */
export const SITES: readonly Site[] = [metacritic, metacritic2021, metacritic2008];

/** The site that reads a text no site claims. */
export const FALLBACK_SITE: Site = metacritic;
