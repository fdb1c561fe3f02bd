import { describe, expect, it } from 'vitest';
import { furnitureReader } from '../../../../src/parse/sites/metacritic/readers/furniture.js';
import { ensureUsers, type MetacriticState } from '../../../../src/parse/sites/metacritic/state.js';
import { opensOn, readLine, stalledOnTheLoop } from '../reading.js';

describe('furnitureReader', () => {
  it.each(['Watch On', '1. Your Score', '• 10', '> Track One', 'Expand'])('takes "%s" alone as furniture', (line) => {
    const { next, furniture, diagnostics, state } = readLine(furnitureReader, `${line}\nmore`);
    expect([next, furniture, diagnostics, state.phase]).toStrictEqual([1, [1], [], 'start']);
  });

  it("leaves '1.' of a user list with no review yet, a furniture word over a date, to the user reader, but not the rating widget's '1. Submit' over a date as deep", () => {
    const head = 'Generally favorable reviews- based on 12 Ratings\n';
    const inUsers = (state: MetacriticState): void => {
      state.phase = 'user';
      ensureUsers(state, 0);
    };
    expect(opensOn(furnitureReader, `${head}  1. Critic Reviews\n    Jul 1, 2021\n    Fine.`, 1, inUsers)).toBe(false);
    expect(opensOn(furnitureReader, `${head}1. Critic Reviews\nJul 1, 2021\nFine.`, 1, inUsers)).toBe(false);
    expect(opensOn(furnitureReader, `${head}1. Submit\nJul 1, 2021\nFine.`, 1, inUsers)).toBe(true);
    expect(opensOn(furnitureReader, `${head}  2. Critic Reviews\n    Jul 1, 2021\n    Fine.`, 1, inUsers)).toBe(true);
  });

  it('ends the critics\' list at "See all 20 Critic Reviews", and marks it ended for an unlabelled list after it', () => {
    const { state } = readLine(furnitureReader, 'See all 20 Critic Reviews', 0, (prepared) => {
      prepared.phase = 'critic';
    });
    expect([state.phase, state.criticListEnded]).toStrictEqual(['closed', true]);
    const users = readLine(furnitureReader, 'See all 12 User Reviews', 0, (prepared) => {
      prepared.phase = 'user';
    });
    expect([users.state.phase, users.state.criticListEnded]).toStrictEqual(['user', false]);
  });

  it('opens the critics\' list at "Critic Reviews" before any part of a page when a numbered item comes under it', () => {
    const { furniture, state } = readLine(furnitureReader, 'Critic Reviews\n  1. 90\n    Lean.');
    expect([furniture, state.phase]).toStrictEqual([[1], 'critic']);
  });

  it.each([
    ['the widget\'s "2. Check Spelling" comes under it', 'Critic Reviews\n2. Check Spelling\n12', 'start' as const],
    ['no numbered item comes under it', 'Critic Reviews\nWatch On\n  1. 90', 'start' as const],
    ['the page is past its start', 'Critic Reviews\n  1. 90', 'user' as const],
  ])('takes "Critic Reviews" for furniture only where %s', (_where, text, phase) => {
    const { furniture, state } = readLine(furnitureReader, text, 0, (prepared) => {
      prepared.phase = phase;
    });
    expect([furniture, state.phase]).toStrictEqual([[1], phase]);
  });

  it('makes the loop throw a ReaderError naming it when it makes no progress', () => {
    expect(stalledOnTheLoop(furnitureReader, 'Watch On')).toMatchObject({ reader: 'furniture', line: 0 });
  });
});
