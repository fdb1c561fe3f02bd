/**
 * Names printed together: a publication and a critic glued with no space
 * (`Stephen RomeiThe Australian`, `ReelViewsJames Berardinelli`), a glued
 * pair printed twice (`VarietyJustin ChangVarietyJustin Chang`), or joined by
 * one space (`Chicago Sun-Times Roger Ebert`). Each is split only where the
 * text settles it: a repeated run, a step from lower to upper case that
 * leaves a person's name on one side, a known publication. Where it does not,
 * the split says so (`settled: false`) and keeps the text whole, for the site
 * to report.
 *
 * @module
 */
import type { Critic } from '../../types/page.js';
import { criticOf } from './page.js';
import { BY_LENGTH, isKnownPublication, knownPublicationAtEnd, knownPublicationAtStart } from './publications.js';

/** Which name a layout prints first. */
export type NameOrder = 'publication-first' | 'critic-first';

/** Names as split: `settled` is false when the text could not settle the split (the text is then whole in the first field). */
export interface NameSplit {
  readonly publication: string | null;
  readonly critic: Critic | null;
  readonly settled: boolean;
}

/** The longest run of names a glued line is searched for (a publication and a critic together). */
const MAX_NAMES = 160;

/**
 * `VarietyJustin ChangVarietyJustin ChangGripping...`: the run printed twice
 * at the start of `text` (the longest, up to {@link MAX_NAMES} characters)
 * and the text after its second copy; `undefined` when `text` does not start
 * with a run printed twice.
 */
export function splitRepeatedRun(text: string): { readonly run: string; readonly rest: string } | undefined {
  for (let length = Math.min(MAX_NAMES, Math.floor(text.length / 2)); length >= 2; length--) {
    if (text.startsWith(text.slice(0, length), length)) {
      const run = text.slice(0, length);
      // A run is names: it starts with a letter or digit and does not end in a space.
      if (run.trim() === run) return { run, rest: text.slice(2 * length) };
    }
  }
  return undefined;
}

/** The lower-case start of a surname before its second capital: McCarthy, MacDonald, LaSalle, DeBruge, O'Hehir. */
const NAME_PREFIXES: ReadonlySet<string> = new Set(['Mc', 'Mac', 'La', 'Le', 'De', 'Di', 'Da', 'Du', 'Van', 'Von', 'Fitz', "O'", 'O’', "D'", 'D’']);

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

function isUpper(char: string | undefined): boolean {
  return char !== undefined && char !== '' && UPPER.test(char);
}

function isLower(char: string | undefined): boolean {
  return char !== undefined && char !== '' && LOWER.test(char);
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9' && char.length === 1;
}

/**
 * The places where glued names can change: a lower-case letter then a capital
 * (`Variety|Justin`) or a digit (`Anderson|4Columns`: no name holds one), or the last capital of a run of capitals before a
 * lower-case letter (`NPR|Bob`); not inside a surname (`La|Salle`, `Mc|Carthy`).
 */
function caseSteps(text: string): number[] {
  const steps: number[] = [];
  const chars = Array.from(text);
  let offset = 0;
  const offsets: number[] = [];
  for (const char of chars) {
    offsets.push(offset);
    offset += char.length;
  }
  for (let at = 1; at < chars.length; at++) {
    const before = chars[at - 1];
    const char = chars[at];
    const step = (isLower(before) && (isUpper(char) || isDigit(char))) || (isUpper(before) && isUpper(char) && isLower(chars[at + 1]));
    if (!step) continue;
    // The capitalised run before the step: from its capital to the step.
    let start = at - 1;
    while (start > 0 && !isUpper(chars[start])) start--;
    const run = chars.slice(start, at).join('');
    const prefix = NAME_PREFIXES.has(run) || ((run === 'O' || run === 'D') && (before === "'" || before === '’'));
    if (!prefix) steps.push(offsets[at] as number);
  }
  return steps;
}

/** One word of a person's name: `Justin`, `LaSalle`, `O'Hehir`, `Jean-Luc`, `A.O.`, `Jr.`, or a particle (`de`, `van`). */
const NAME_WORD =
  /^(?:(?:Mc|Mac|La|Le|De|Di|Da|Du|Van|Von|Fitz|O['’]|D['’])?\p{Lu}[\p{Ll}'’]*\.?(?:-\p{Lu}[\p{Ll}'’]*)*|(?:\p{Lu}\.)+|de|del|der|van|von|da|di|du|le|la|bin|al)$/u;

/**
 * True when `text` reads as a person's name: two to four name words
 * (`Justin Chang`, `A.O. Scott`, `Mick LaSalle`, `Matt Zoller Seitz`), or
 * `Staff (Not Credited)`.
 */
export function isPersonName(text: string): boolean {
  const uncredited = /^(.*?) ?[([]not credited[)\]]$/iu.exec(text);
  if (uncredited) return uncredited[1] === 'Staff' || isPersonName(uncredited[1] ?? '');
  const words = text.split(' ');
  if (words.length < 2 || words.length > 4) return false;
  const [first] = words;
  // The first word is a given name or an initial, never a particle.
  if (first === undefined || !isUpper(first.charAt(0))) return false;
  return words.every((word) => NAME_WORD.test(word));
}

/** The part of `text` from `from` to the next space (or its end). */
function wordAt(text: string, from: number): string {
  const space = text.indexOf(' ', from);
  return text.slice(from, space < 0 ? text.length : space);
}

/** The word of `text` that ends at `to`. */
function wordBefore(text: string, to: number): string {
  return text.slice(text.lastIndexOf(' ', to - 1) + 1, to);
}

const SETTLED_NONE: NameSplit = { publication: null, critic: null, settled: true };

//   (.*?[([]not credited[)\]])   the critic, to the credit's closing bracket: "Staff (Not Credited)"
//   (\S.*)                        the publication glued after it
const UNCREDITED_FIRST = /^(.*?[([]not credited[)\]]) ?(\S.*)$/iu;

/**
 * Splits names glued with no space, printed in `order`.
 *
 * - Publication first (`VarietyJustin Chang`): the split is a case step
 *   after which a person's name ({@link isPersonName}) runs to the end; of
 *   several, the one whose publication side does not end inside a word with
 *   a case step of its own; a known publication at the start settles it.
 * - Critic first (`Roger EbertChicago Sun-Times`): likewise, the person's
 *   name before the step, and the publication's first word whole.
 * - No step: one name, the publication (publication first) or, critic
 *   first, the critic unless it is a known publication.
 *
 * Where no split or more than one remains, the text is the publication,
 * whole, with `settled: false` (a single name with inner capitals, such as
 * `GameSpot`, is settled only when it is a known publication).
 */
export function splitGluedNames(text: string, order: NameOrder): NameSplit {
  const names = text.trim();
  if (names === '') return SETTLED_NONE;
  if (isKnownPublication(names)) return { publication: names, critic: null, settled: true };
  const known = order === 'publication-first' ? knownGluedAtStart(names) : knownGluedAtEnd(names);
  if (known !== undefined) return known;
  // `Staff (Not Credited)Variety`: critic first, the credit's bracket ends the critic.
  const uncredited = order === 'critic-first' ? UNCREDITED_FIRST.exec(names) : null;
  if (uncredited?.[1] !== undefined && uncredited[2] !== undefined && isPersonName(uncredited[1]))
    return { publication: uncredited[2], critic: criticOf(uncredited[1]), settled: true };
  const address = splitAtAddress(names, order);
  if (address !== undefined) return address;
  const steps = caseSteps(names);
  const whole: NameSplit = { publication: names, critic: null, settled: steps.length === 0 };
  if (steps.length === 0) return order === 'critic-first' && isPersonName(names) ? { publication: null, critic: criticOf(names), settled: true } : whole;
  const personSide = (at: number): string => (order === 'publication-first' ? names.slice(at) : names.slice(0, at));
  const candidates = steps.filter((at) => isPersonName(personSide(at)));
  // Of several, the ones whose publication side keeps its word whole (no case step inside it).
  const clean =
    candidates.length <= 1
      ? candidates
      : candidates.filter((at) => caseSteps(order === 'publication-first' ? wordBefore(names, at) : wordAt(names, at)).length === 0);
  const at = clean.length === 1 ? clean[0] : undefined;
  if (at === undefined) return { publication: names, critic: null, settled: false };
  const critic = criticOf(personSide(at));
  const publication = order === 'publication-first' ? names.slice(0, at) : names.slice(at);
  return { publication, critic, settled: true };
}

/**
 * True when `text`, glued to a known publication (which settles the split), reads as a person's name, a given name's
 * second part in lower case too (`Bong Joon-ho`, `Park Chan-wook`), which alone would also be prose's (`Well-made`).
 */
function isNameBesideKnown(text: string): boolean {
  return isPersonName(text.replace(/-(\p{Ll})/gu, (_hyphen, letter: string) => `-${letter.toUpperCase()}`));
}

/** A web address's last part (`FlickFilosopher.com`, `Film4.co.uk`), where a publication that is one ends. */
const ADDRESS_END = /\.(?:com|net|org|co\.uk|com\.au)(?=\p{Lu}|$)/u;

/** Two to four capitalised words, inner capitals allowed (`MaryAnn Johanson`): a critic's name beside a publication that settles the split. */
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;

/**
 * `FlickFilosopher.comMaryAnn Johanson`, `MaryAnn JohansonFlickFilosopher.com`: a publication that is a web address
 * ends at its last part, or begins at the step to a capital in the last word, so a critic whose name has inner capitals
 * is split from it where the case steps alone do not settle it (`FlickFilosopher.comMary` / `Ann Johanson`).
 */
function splitAtAddress(names: string, order: NameOrder): NameSplit | undefined {
  let at: number;
  if (order === 'publication-first') {
    const end = ADDRESS_END.exec(names);
    if (end === null) return undefined;
    at = end.index + end[0].length;
  } else {
    const word = names.lastIndexOf(' ') + 1;
    const step = /\p{Ll}\p{Lu}/u.exec(names.slice(word));
    if (step === null || !ADDRESS_END.test(names.slice(word + step.index + 1))) return undefined;
    at = word + step.index + 1;
  }
  const publication = order === 'publication-first' ? names.slice(0, at) : names.slice(at);
  const critic = order === 'publication-first' ? names.slice(at) : names.slice(0, at);
  return CAPITALISED_WORDS.test(critic) && ADDRESS_END.test(publication) ? { publication, critic: criticOf(critic), settled: true } : undefined;
}

/** `ReelViewsJames Berardinelli`: a known publication glued to a person's name after it. */
function knownGluedAtStart(names: string): NameSplit | undefined {
  for (const publication of BY_LENGTH) {
    if (!names.startsWith(publication)) continue;
    const rest = names.slice(publication.length);
    if (isUpper(rest.charAt(0)) && isNameBesideKnown(rest)) return { publication, critic: criticOf(rest), settled: true };
  }
  return undefined;
}

/** `Roger EbertReelViews`: a person's name glued to a known publication after it. */
function knownGluedAtEnd(names: string): NameSplit | undefined {
  for (const publication of BY_LENGTH) {
    if (!names.endsWith(publication)) continue;
    const rest = names.slice(0, names.length - publication.length);
    if (rest !== '' && rest.trim() === rest && isNameBesideKnown(rest)) return { publication, critic: criticOf(rest), settled: true };
  }
  return undefined;
}

/**
 * Splits names joined by one space, printed in `order`: only at a known
 * publication with a person's name on the other side
 * (`Chicago Sun-Times Roger Ebert`). Otherwise the line is whole in the field
 * printed first, or, critic first, the publication when the whole line is a
 * known one. Such a line is never a guess, so it is `settled`.
 */
export function splitSpacedNames(text: string, order: NameOrder): NameSplit {
  const names = text.replace(/\s+/gu, ' ').trim();
  if (names === '') return SETTLED_NONE;
  if (isKnownPublication(names)) return { publication: names, critic: null, settled: true };
  if (order === 'publication-first') {
    const publication = knownPublicationAtStart(names);
    const rest = publication === undefined ? '' : names.slice(publication.length + 1);
    return publication !== undefined && isPersonName(rest)
      ? { publication, critic: criticOf(rest), settled: true }
      : { publication: names, critic: null, settled: true };
  }
  const publication = knownPublicationAtEnd(names);
  const rest = publication === undefined ? '' : names.slice(0, names.length - publication.length - 1);
  return publication !== undefined && rest !== ''
    ? { publication, critic: criticOf(rest), settled: true }
    : { publication: null, critic: criticOf(names), settled: true };
}

/** Longer than any line of names. */
const MAX_NAMES_LINE = 80;

/**
 * True when `text` reads as a line of names rather than a quote: short, with
 * no sentence's end and none of prose's inner punctuation
 * (`Chicago Sun-Times Roger Ebert`, not `It looks stunning, ...`).
 */
export function looksLikeNames(text: string): boolean {
  return text.length <= MAX_NAMES_LINE && !/[.!?…"“”;:]$/u.test(text) && !/[,;:!?"“”]/u.test(text) && text.split(' ').length <= 8;
}

/**
 * True when a line alone under a score is its names, not its quote: it
 * reads as names and opens with a known publication (`Variety`, `Chicago
 * Sun-Times Roger Ebert`; not `A triumph`).
 */
export function isNamesAlone(text: string): boolean {
  return looksLikeNames(text) && knownPublicationAtStart(text) !== undefined;
}
