/**
 * A publication and a critic printed with no space between them
 * ("The Hollywood ReporterTodd McCarthy", "Time OutStaff (Not Credited)"),
 * split where a new name starts: a critic's given name is one capitalised word.
 *
 * @module
 */
import type { Critic } from '../../types/page.js';

/** What a glued name line holds. */
export interface GluedNames {
  readonly publication: string | null;
  readonly critic: Critic | null;
}

/** The uncredited critic, as metacritic.com prints it after the publication. */
const UNCREDITED = 'Staff (Not Credited)';

// Name parts whose capital follows a lower-case letter within one name: "McCarthy", "LaSalle",
// "LaToya", "DeAndre", "MaryAnn".
const PREFIX = /^(?:Mc|Mac|La|Le|De|Di|Du|Van|Von|Mary)$/u;

/** True for a code unit of a lower-case letter ("a", "é", "ł"): one with a capital of its own. */
function isLower(code: number): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  const char = String.fromCharCode(code);
  return char !== char.toUpperCase();
}

/** True for a code unit of an ASCII digit. */
function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** True for a code unit of a capital ("A", "É", "Ł"): one with a lower case of its own. */
function isUpper(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const char = String.fromCharCode(code);
  return char !== char.toLowerCase();
}

/**
 * The places where a new name can start in `text`: a capital after a
 * lower-case letter, a closing parenthesis or a publication's closing `+` or `!`
 * ("TimesKenneth", ")Dave", "GamesRadar+Jordan"), a capital followed by a
 * lower-case letter after a digit ("VG247Kirk", "Channel 4Dan"), or one after
 * another capital that ends a word, an acronym's ("NPRBob") or one after a
 * lower-case letter ("PCGamesNJoe"; not "3DJuegos", one publication), unless
 * the piece of the word so far is a name's first part ("Mc" of "McCarthy",
 * "De" of "VarietyDeAndre").
 */
function cutPoints(text: string): number[] {
  const cuts: number[] = [];
  let wordStart = 0;
  // Where the word's last piece starts: the word's start or its last cut.
  let pieceStart = 0;
  for (let at = 1; at < text.length; at++) {
    const before = text.charCodeAt(at - 1);
    const here = text.charCodeAt(at);
    if (before === 0x20) wordStart = pieceStart = at;
    if (!isUpper(here)) continue;
    const lowerAfter = isLower(text.charCodeAt(at + 1));
    const starts =
      isLower(before) ||
      before === 0x29 ||
      before === 0x2b ||
      before === 0x21 ||
      (isDigit(before) && lowerAfter) ||
      (isUpper(before) && lowerAfter && at - wordStart > 1 && !isDigit(text.charCodeAt(at - 2)));
    if (starts && !PREFIX.test(text.slice(pieceStart, at))) cuts.push((pieceStart = at));
  }
  return cuts;
}

//   what ends a publication's name within the text, and no critic's holds: a web address's end
//   ("RogerEbert.com", "Pitchfork.net"), a "+" or a "!" ("GamesRadar+", "Yahoo!")
const PUBLICATION_MARK = /\.(?:com|net|org)(?![a-z])|[!+]/u;

/**
 * `cuts` without those before the mark that ends a publication's name in `text` (a web address,
 * `+`, `!`): the publication ("RogerEbert.comMatt Zoller Seitz", "GamesRadar+Jordan Oloman"),
 * which no critic's name holds them, runs at least that far.
 */
function cutsPastPublicationMark(text: string, cuts: number[]): number[] {
  const mark = PUBLICATION_MARK.exec(text);
  return mark === null ? cuts : cuts.filter((cut) => cut > mark.index);
}

/** The critic of a name as printed: "Staff (Not Credited)" is uncredited staff. */
export function criticOf(raw: string): Critic {
  return raw === UNCREDITED ? { name: 'Staff', credited: false, raw } : { name: raw, credited: true, raw };
}

/**
 * Splits a line that prints a publication and then a critic with no space
 * between them. A critic's name has two words or more, and only its last (a
 * surname: "VanDerWerff") has a place inside it where a name could start: a
 * given name is one capitalised word. So the line is cut at the last such
 * place before the critic's surname ("GameSpot|Kallie Plagge": "IndieWire",
 * "GameSpot" are publications, whose names are the ones printed in one word
 * with capitals inside); a line ending in "Staff (Not Credited)" is cut before
 * it; a line with no place to cut is one name, the publication (the layout
 * prints it first).
 *
 * @example
 * ```ts
 * splitGluedNames('The Hollywood ReporterTodd McCarthy');
 * //=> { publication: 'The Hollywood Reporter', critic: { name: 'Todd McCarthy', credited: true, raw: 'Todd McCarthy' } }
 * splitGluedNames('IndieWireEric Kohn').publication; //=> 'IndieWire'
 * ```
 */
export function splitGluedNames(text: string): GluedNames {
  if (text.endsWith(UNCREDITED)) {
    const publication = text.slice(0, -UNCREDITED.length).trim();
    return { publication: publication === '' ? null : publication, critic: criticOf(UNCREDITED) };
  }
  // A cut with one word after it ("Indie|Wire", "VanDer|Werff") is inside a name.
  const cut = cutsPastPublicationMark(text, cutPoints(text))
    .filter((at) => text.includes(' ', at))
    .pop();
  return cut === undefined ? { publication: text, critic: null } : { publication: text.slice(0, cut), critic: criticOf(text.slice(cut)) };
}
