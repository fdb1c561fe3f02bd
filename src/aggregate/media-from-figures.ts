/**
 * A page's media told by its own figures, where neither the page nor the
 * caller says it: a printed Metascore and the verdict printed beside it fit
 * the game bands or the movie/TV/music bands, and sometimes only one of them.
 */
import { parseVerdictLabel, verdictBandsFor } from '../classify/index.js';
import { labelForScore } from '../classify/internal.js';

/**
 * `'game'` when a printed Metascore's verdict is the declared one by the game
 * bands only (73 with "Mixed or average reviews": for a film, 73 is
 * "Generally favorable"); `undefined` when both band families fit, neither
 * does, or only the movie/TV/music bands do (those three share their bands,
 * so the figures name no one media), or a figure is missing.
 *
 * @param verdict - The verdict as printed, or `null`.
 * @param metascore - The printed Metascore, or `null`.
 */
export function mediaFromFigures(verdict: string | null, metascore: number | null): 'game' | undefined {
  const declared = verdict === null ? undefined : parseVerdictLabel(verdict);
  if (declared === undefined || metascore === null) return undefined;
  const game = labelForScore(metascore, verdictBandsFor('game')) === declared;
  const others = labelForScore(metascore, verdictBandsFor('movie')) === declared;
  return game && !others ? 'game' : undefined;
}
