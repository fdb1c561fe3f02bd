/**
 * The title's information, kept as details of the page: the synopsis under
 * "Movie Info" or "Tv Season Info" (its "~ Author, Rovi" credit is no
 * critic), the cast ("Tom Hardy" / "as Max Rockatansky"), and episodes'
 * "Air date:" lines with the synopsis under one.
 *
 * @module
 */
import type { RtContext } from '../context.js';
import { kindAt, lineAt, nextNonBlank } from '../context.js';
import { recogniseAirDate, recogniseInfoHeading, recogniseRole } from '../lines.js';

/** `Movie Info` / `Tv Season Info`, then the synopsis paragraph: a `Synopsis` detail. */
export function readInfo(context: RtContext, at: number): number {
  const { draft, lines } = context;
  const heading = lineAt(context, at);
  draft.media ??= recogniseInfoHeading(heading.text) ?? null;
  draft.addFurniture(heading);
  const first = nextNonBlank(lines, at + 1);
  if (first >= lines.length || kindAt(context, first) !== 'text') return at + 1;
  // An actor's name over a role line is the cast, not the synopsis; a synopsis ends its sentence.
  const overRole = recogniseRole(lines.at(nextNonBlank(lines, first + 1))?.text ?? '') !== undefined;
  if (overRole && !/[.!?…"”)]$/u.test(lineAt(context, first).text)) return at + 1;
  const synopsis = lineAt(context, first);
  draft.addDetail('Synopsis', synopsis.text, synopsis);
  return first + 1;
}

/** `Tom Hardy` / `as Max Rockatansky`, or a role line alone: a `Cast` detail (the caller knows the role follows: {@link isCastName}). */
export function readCast(context: RtContext, at: number): number {
  const { draft } = context;
  const line = lineAt(context, at);
  if (recogniseRole(line.text) !== undefined) {
    draft.addDetail('Cast', line.text, line);
    return at + 1;
  }
  // The role line under the name (a blank line between them in a copy that doubles its line breaks).
  const role = lineAt(context, nextNonBlank(context.lines, at + 1));
  draft.addDetail('Cast', `${line.text} ${role.text}`, line, role);
  return role.index + 1;
}

/** True when the line at `at` is an actor's name over a role line. */
export function isCastName(context: RtContext, at: number): boolean {
  const next = context.lines.at(nextNonBlank(context.lines, at + 1));
  return next !== undefined && recogniseRole(next.text) !== undefined && lineAt(context, at).text.length <= 60;
}

/** `Air date: Mar 21, 2004`, and the episode's synopsis when one follows: `Air date` and `Episode synopsis` details. */
export function readAirDate(context: RtContext, at: number): number {
  const { draft, lines } = context;
  const line = lineAt(context, at);
  draft.media ??= 'tv';
  draft.addDetail('Air date', recogniseAirDate(line.text) ?? '', line);
  const next = nextNonBlank(lines, at + 1);
  if (next < lines.length && kindAt(context, next) === 'text' && lineAt(context, next).text.length > 80) {
    const synopsis = lineAt(context, next);
    draft.addDetail('Episode synopsis', synopsis.text, synopsis);
    return next + 1;
  }
  return at + 1;
}
