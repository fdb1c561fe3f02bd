/**
 * The sites the parser knows, in the order ties go to. A new site is a folder
 * beside `metacritic/` and a line here.
 *
 * @module
 */
import type { Site } from '../site.js';
import { metacritic } from './metacritic/index.js';

export { metacritic };

/** Every site `parse` chooses from. */
export const SITES: readonly Site[] = [metacritic];

/** The site that reads a text no site claims. */
export const FALLBACK_SITE: Site = metacritic;
