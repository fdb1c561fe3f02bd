import { describe, expect, it } from 'vitest';
import { furnitureReader } from '../../../../src/parse/sites/metacritic/readers/furniture.js';
import { readLine, stalledOnTheLoop } from '../reading.js';

describe('furnitureReader', () => {
  it.each(['Watch On', '1. Your Score', '• 10', '> Track One', 'Expand'])('takes "%s" alone as furniture', (line) => {
    const { next, furniture, diagnostics, state } = readLine(furnitureReader, `${line}\nmore`);
    expect([next, furniture, diagnostics, state.phase]).toStrictEqual([1, [1], [], 'start']);
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

  it('makes the loop throw a ReaderError naming it when it makes no progress', () => {
    expect(stalledOnTheLoop(furnitureReader, 'Watch On')).toMatchObject({ reader: 'furniture', line: 0 });
  });
});
