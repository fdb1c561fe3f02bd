import { describe, expect, it } from 'vitest';
import { parse } from '../../../../src/index.js';
import { boxArtTitleRefiner, titleOfAltText } from '../../../../src/parse/sites/metacritic/refiners/box-art-title.js';
import { stateOf } from '../reading.js';

const page = (text: string, media?: 'game' | 'movie' | 'music') => parse(text, media === undefined ? {} : { media }).page;
const head = 'Metascore\n73\n\nMixed or average reviews - based on 4 Critics\n';

describe('titleOfAltText', () => {
  it('returns the title an alt text names, and undefined for a line that is none', () => {
    expect(['Oni Image', 'Mirror Image Image', 'Image', 'Mirror image', 'Oni  Image', ' Image', 'Oni Images'].map(titleOfAltText)).toStrictEqual([
      'Oni',
      'Mirror Image',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('boxArtTitleRefiner', () => {
  it('returns the title without "Image" on a page that says no media, the Metascore right under it', () => {
    const state = stateOf(`Oni Image\n${head}`, (prepared) => {
      prepared.title = { text: 'Oni Image', line: 0 };
    });
    boxArtTitleRefiner.refine(state);
    expect(state.title).toStrictEqual({ text: 'Oni', line: 0 });
    expect(page(`Oni Image\n\n${head}`).title).toBe('Oni');
  });

  it('returns the title without "Image" on a page whose details say it is a game', () => {
    expect(page(`Mirror Image Image\n${head}\n  • Platform: PC\n`).title).toBe('Mirror Image');
    expect(page(`Oni Image\n${head}`, 'game').title).toBe('Oni');
  });

  it("keeps the word on a page whose details say it is an album, or that the caller says is a film's", () => {
    expect(page(`Mirror Image\n${head}\n  • Record Label: Epic\n`).title).toBe('Mirror Image');
    expect(page(`Mirror Image\n${head}`, 'movie').title).toBe('Mirror Image');
    expect(page(`Mirror Image\n${head}`, 'music').title).toBe('Mirror Image');
  });

  it('keeps the word where no Metascore heading comes right under the title, or the line is no alt text', () => {
    expect(page('Mirror Image\nMixed or average reviews - based on 4 Critics\n').title).toBe('Mirror Image');
    expect(page(`Mirror image\n${head}`).title).toBe('Mirror image');
    expect(page(`Image\n${head}`).title).toBe('Image');
  });

  it('keeps a publication and a quote that end in "Image": the rule reads the title alone', () => {
    const { reviews } = page(`Oni Image\n${head}  1. 80\n    Mirror Image\n    A sharp, cold mirror Image\n  2. Game Informer Image\n    Fine.\n`);
    expect(reviews.map(({ publication, excerpt }) => [publication, excerpt])).toStrictEqual([
      ['Mirror Image', 'A sharp, cold mirror Image'],
      ['Game Informer Image', 'Fine.'],
    ]);
  });
});
