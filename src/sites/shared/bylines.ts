/**
 * Bylines printed with no separator: a critic, publication and quote joined
 * by single spaces ("Austin Smith New York Post Roughly as thrilling...").
 * Each split says whether the text settled it (a known publication) or
 * whether it is the reader's best reading, to be reported. (Names glued with
 * no space at all are names.ts's `splitGluedNames`.)
 *
 * @module
 */
import { knownPublicationAtStart } from './publications.js';

/** A byline split into its parts, and whether the text settled the split. */
export interface SplitByline {
  readonly critic: string | null;
  readonly publication: string | null;
  /** What follows the byline on its line (the quote), or `''`. */
  readonly rest: string;
  /** False when no case change or known publication settled the split. */
  readonly settled: boolean;
}

/** Words that stay inside a publication's name though lower-case: "Stream on Demand", "Sight and Sound". */
const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'on', 'the', 'and', '&', 'de', 'du', 'la', 'for', 'at', 'in', '-', '–']);

function isLower(char: string): boolean {
  return char !== char.toUpperCase() && char === char.toLowerCase();
}

/** An initial, as in "Robert K. Elder". */
function isInitial(word: string): boolean {
  return /^\p{Lu}\.$/u.test(word);
}

/**
 * `Andrew Wallenstein NPR Much as with Shakespeare...` → Andrew Wallenstein /
 * NPR / Much as with Shakespeare...: the critic's name (two words, three with
 * a middle initial), then a known publication, then the rest; a known
 * publication with no name before it is the publication alone. Without a known
 * publication, the publication is taken as the run of capitalised words up to
 * the word that opens the rest (the capital before the first lower-case word)
 * and the split is not settled. With `hasRest` false the whole text after the
 * name is the publication.
 */
export function splitSpacedByline(text: string, hasRest: boolean): SplitByline {
  const words = text.split(' ').filter((word) => word !== '');
  // A name of two, three, one or four words, or none (a known publication alone: `Rolling Stone`).
  for (const nameLength of [2, 3, 1, 4, 0]) {
    if (words.length <= nameLength) continue;
    const after = words.slice(nameLength).join(' ');
    const publication = knownPublicationAtStart(after);
    if (publication === undefined) continue;
    const rest = after.slice(publication.length).trim();
    if (!hasRest && rest !== '') continue;
    return { critic: nameLength === 0 ? null : words.slice(0, nameLength).join(' '), publication, rest, settled: true };
  }
  const nameLength = Math.min(words.length, words.length > 2 && isInitial(words[1] ?? '') ? 3 : 2);
  const critic = words.slice(0, nameLength).join(' ');
  if (!hasRest) {
    const publication = words.slice(nameLength).join(' ');
    return { critic: critic === '' ? null : critic, publication: publication === '' ? null : publication, rest: '', settled: false };
  }
  let end = nameLength;
  for (; end < words.length; end++) {
    const word = words[end] ?? '';
    const first = word.charAt(0);
    if (/^["“'‘[(]/u.test(first) && !/^\([A-Z]{2,}\)$/u.test(word)) break;
    if (isLower(first) && !NAME_CONNECTORS.has(word)) {
      // The capitalised word before the first lower-case one opens the rest.
      end = Math.max(nameLength, end - 1);
      break;
    }
    if (/[,.;:!?]$/u.test(word) && !isInitial(word) && !/^\(.*\)$/u.test(word)) break;
  }
  const publication = words.slice(nameLength, end).join(' ');
  return { critic: critic === '' ? null : critic, publication: publication === '' ? null : publication, rest: words.slice(end).join(' '), settled: false };
}

/**
 * How a glued-text message names the split read: `critic "A B", publication
 * "C"`, with `no critic` or `no publication` for a part the split left out.
 *
 * @example
 * ```ts
 * describeSplit({ critic: 'Austin Smith', publication: null, rest: 'Roughly as thrilling.', settled: false });
 * //=> 'critic "Austin Smith", no publication'
 * ```
 */
export function describeSplit({ critic, publication }: SplitByline): string {
  const part = (name: string, value: string | null): string => (value === null ? `no ${name}` : `${name} "${value}"`);
  return `${part('critic', critic)}, ${part('publication', publication)}`;
}
