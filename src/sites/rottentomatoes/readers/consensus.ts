/**
 * The critics consensus: under its heading ("Critics Consensus" / text),
 * inline ("Critic Consensus: text"), or unlabelled after a 2014 figure block.
 * "No consensus yet." in its place is the site's placeholder: furniture, and
 * the page's consensus stays null.
 *
 * @module
 */
import type { RtContext } from '../context.js';
import { kindAt, lineAt, nextNonBlank } from '../context.js';
import { collapse } from '../../shared/page.js';
import { isNoConsensus } from '../../shared/consensus.js';
import { recogniseInlineConsensus } from '../lines.js';
import type { Line } from '../../shared/lines.js';

/** Sets the consensus read from `first`..`last`, unless it is the placeholder (then the lines are furniture). */
function setConsensus(context: RtContext, text: string, first: Line, last: Line = first): void {
  if (isNoConsensus(text)) context.draft.addFurniture(first, last);
  else context.draft.setFact('consensus', collapse(text), first, last);
}

/** `Critics Consensus` and the paragraph under it (its lines up to a blank line), or `Critic Consensus: text`. */
export function readConsensus(context: RtContext, at: number): number {
  const { draft, lines } = context;
  const heading = lineAt(context, at);
  const inline = recogniseInlineConsensus(heading.text);
  if (inline !== undefined) {
    setConsensus(context, inline, heading);
    return at + 1;
  }
  const first = nextNonBlank(lines, at + 1);
  if (first >= lines.length || kindAt(context, first) !== 'text') {
    draft.addFurniture(heading);
    return at + 1;
  }
  let end = first;
  while (end + 1 < lines.length && lines.at(end + 1)?.text !== '' && kindAt(context, end + 1) === 'text') end++;
  const pieces: string[] = [];
  for (let index = first; index <= end; index++) pieces.push(lineAt(context, index).text);
  setConsensus(context, pieces.join(' '), heading, lineAt(context, end));
  return end + 1;
}

/** A 2014 page's unlabelled consensus: the paragraph right after the first block's "Fresh: p | Rotten: r". */
export function readUnlabelledConsensus(context: RtContext, at: number): number {
  const line = lineAt(context, at);
  context.state.awaitingConsensus = false;
  setConsensus(context, line.text, line);
  return at + 1;
}
