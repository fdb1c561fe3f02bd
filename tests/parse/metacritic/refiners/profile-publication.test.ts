import { describe, expect, it } from 'vitest';
import { profilePublicationRefiner } from '../../../../src/parse/sites/metacritic/refiners/profile-publication.js';
import { pushReview } from '../../../../src/parse/sites/metacritic/readers/items.js';
import { ensureProfile, newReview, type MetacriticState } from '../../../../src/parse/sites/metacritic/state.js';
import { stateOf } from '../reading.js';

/** A profile named `name` with two reviews, the second naming its publication. */
function profileOf(name: string | null, subject: 'critic' | 'publication' | undefined): MetacriticState {
  const state = stateOf('a\nb\nc', (prepared) => {
    const profile = ensureProfile(prepared, 0);
    profile.name = name;
    profile.subject = subject;
    pushReview(prepared, { ...newReview(1, null), excerpt: ['One.'] });
    pushReview(prepared, { ...newReview(2, null), excerpt: ['Two.'], publication: 'Variety' });
  });
  profilePublicationRefiner.refine(state);
  return state;
}

describe('profilePublicationRefiner', () => {
  it("gives a publication profile's reviews that name none its name, and leaves the others", () => {
    expect(profileOf('Empire', 'publication').reviews.map(({ publication }) => publication)).toStrictEqual(['Empire', 'Variety']);
  });

  it("takes a profile that does not say whose it is as a publication's", () => {
    expect(profileOf('Empire', undefined).reviews.map(({ publication }) => publication)).toStrictEqual(['Empire', 'Variety']);
  });

  it("leaves a critic's profile, and a profile with no name, as read", () => {
    expect(profileOf('Jane Doe', 'critic').reviews.map(({ publication }) => publication)).toStrictEqual([null, 'Variety']);
    expect(profileOf(null, 'publication').reviews.map(({ publication }) => publication)).toStrictEqual([null, 'Variety']);
  });
});
