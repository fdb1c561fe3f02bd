/**
 * Publications known by name, for the splits the text alone cannot settle:
 * `Chicago Sun-Times Roger Ebert` (publication and critic joined by a space)
 * and glued names whose publication has capitals inside it (`ReelViews`,
 * `IndieWire`). A name not listed is never guessed: the text is kept whole.
 *
 * @module
 */

/** Critics' publications of Metacritic's, OpenCritic's and Rotten Tomatoes' lists, as they print them. */
export const KNOWN_PUBLICATIONS: readonly string[] = [
  'A.V. Club', 'The A.V. Club', 'Arizona Republic', 'Associated Press', 'Austin Chronicle', 'Baltimore Sun', 'BBC', 'Boston Globe',
  'The Boston Globe', 'Charlotte Observer', 'Chicago Reader', 'Chicago Sun-Times', 'Chicago Tribune', 'Christian Science Monitor',
  'The Christian Science Monitor', 'Consequence', 'Dallas Observer', 'Denver Post', 'Detroit News', 'Empire', 'Entertainment Weekly',
  'Film Threat', 'Film Journal International', 'Hollywood Reporter', 'The Hollywood Reporter', 'IndieWire', 'Los Angeles Times',
  'Miami Herald', 'Newsweek', 'New York Daily News', 'New York Magazine', 'New York Magazine (Vulture)', 'New York Post',
  'The New York Times', 'New York Times', 'The New Yorker', 'NPR', 'Observer', 'The Observer', 'Orlando Sentinel', 'Philadelphia Inquirer',
  'Portland Oregonian', 'The Playlist', 'ReelViews', 'RogerEbert.com', 'Rolling Stone', 'Salon', 'San Francisco Chronicle',
  'San Francisco Examiner', 'Seattle Post-Intelligencer', 'Slant Magazine', 'Slate', 'St. Louis Post-Dispatch', 'The Telegraph',
  'The Guardian', 'Guardian', 'The Independent', 'The Wall Street Journal', 'Wall Street Journal', 'TheWrap', 'Time', 'Time Out',
  'Time Out London', 'Time Out New York', 'TV Guide', 'TV Guide Magazine', 'USA Today', 'Vanity Fair', 'Variety', 'The Village Voice',
  'Village Voice', 'Vulture', 'The Washington Post', 'Washington Post', 'Wired', 'The Atlantic', 'The Film Stage', 'Screen International',
  'Screen Daily', 'ScreenCrush', 'Slashfilm', 'Total Film', 'Paste Magazine', 'Globe and Mail', 'The Globe and Mail', 'Toronto Star',
  'Movieline', 'Los Angeles Daily News', 'Houston Chronicle', 'Dallas Morning News', 'Atlanta Journal-Constitution', 'Newsday', 'CNN',
  'Mr. Showbiz', 'Washington Post Weekend', 'New Republic', 'The New Republic', 'L.A. Weekly', 'LA Weekly', 'IGN', 'GameSpot',
  'GamesRadar+', 'Game Informer', 'PC Gamer', 'Polygon', 'Eurogamer', 'Destructoid', 'Push Square', 'Nintendo Life', 'GameSpace',
  'GameGrin', 'CGMagazine', 'DualShockers', 'TheGamer', 'VentureBeat', 'GamesBeat', 'Shacknews', 'Kotaku', 'VG247', 'VGC', 'GRYOnline.pl',
  'Hobby Consolas', 'Spaziogames', 'Metro GameCentral', 'RPG Fan', 'RPGFan', 'Checkpoint Gaming', 'PlayStation LifeStyle',
  'PlayStation Universe', 'Windows Central', 'Digital Trends', 'GameRevolution', 'Hardcore Gamer', 'God is a Geek', 'Gamereactor',
  'AV Club', 'BBC.com', 'Boston Herald', 'CNN.com', 'Collider', 'Common Sense Media', 'Deadline Hollywood Daily', 'Deadline',
  'Detroit Free Press', 'Empire Magazine', 'Financial Times', 'IGN Movies', 'indieWire', 'Irish Times', 'The Irish Times',
  'Little White Lies', 'Minneapolis Star Tribune', 'MSN Movies', 'Mother Jones', 'New York Magazine/Vulture', 'New York Observer',
  'New Yorker', 'Observer (UK)', 'Philadelphia Daily News', 'Oregonian', 'Reelviews', 'Salon.com', 'San Diego Union-Tribune',
  'San Jose Mercury News', 'Seattle Times', 'Star Tribune', 'Sunday Times (UK)', 'The Times (UK)', 'Times (UK)', 'Telegraph',
  'Daily Telegraph (UK)', 'Independent (UK)', 'TIME Magazine', 'Time Magazine', 'Vox', 'ScreenRant', 'Screen Rant', 'The Age (Australia)',
  'The Australian', 'Sydney Morning Herald', 'Stuff.co.nz', 'Stream on Demand', 'Sacramento News & Review', 'Pajiba',
  'FilmWeek (KPCC - NPR Los Angeles)', 'Flick Filosopher', 'Movie Nation', 'Movie Talk', 'Bloomberg', 'The Economist', 'Esquire', 'GQ',
  'Forbes', 'Metro', 'Metro (UK)', 'Daily Mail (UK)', 'Evening Standard', 'London Evening Standard', 'The List', 'HeyUGuys', 'Den of Geek',
  'Washington Times', 'New York Sun', 'Newark Star-Ledger', 'Star-Ledger', 'Tampa Bay Times', 'Arizona Daily Star', 'Kansas City Star',
  'Milwaukee Journal Sentinel', 'Cleveland Plain Dealer', 'National Post', 'Ottawa Citizen', 'Montreal Gazette', 'Vancouver Sun',
  'Edmonton Journal', 'Calgary Herald', 'What Culture', 'Watertown Daily Times', 'EDGE Boston', 'East Bay Express', 'Indie Movies Online',
  'Seacoast Newspapers (NH/Maine)', 'Kermode and Mayo\'s Take (YouTube)', '/Film', 'Uproxx', 'Decider', 'Ringer', 'The Ringer', 'Inverse',
  'Mashable', 'Gizmodo', 'io9', 'Nerdist', 'The Verge', 'Vogue', 'Harper\'s Bazaar', 'Elle', 'Cosmopolitan', 'Glamour', 'Refinery29',
  'Spectrum Culture', 'Film Inquiry', 'Reverse Shot', 'Cinema Scope', 'Sight & Sound', 'Sight and Sound', 'Film Comment', 'MovieWeb',
  'CinemaBlend', 'Cinemablend', 'Hollywood.com', 'E! Online', 'People Magazine', 'People', 'Us Weekly', 'TV Line', 'TVLine',
  'Orange County Register', 'San Antonio Express-News',
];

/** The known publications, longest first, for prefix and suffix matches (the longest match wins). */
export const BY_LENGTH: readonly string[] = [...new Set(KNOWN_PUBLICATIONS)].sort((a, b) => b.length - a.length);

/** The longest known publication that `text` starts with, followed by a space or nothing; `undefined` when none. */
export function knownPublicationAtStart(text: string): string | undefined {
  return BY_LENGTH.find((name) => text.startsWith(name) && (text.length === name.length || text.charAt(name.length) === ' '));
}

/** The longest known publication that `text` ends with, after a space or at its start; `undefined` when none. */
export function knownPublicationAtEnd(text: string): string | undefined {
  return BY_LENGTH.find((name) => text.endsWith(name) && (text.length === name.length || text.charAt(text.length - name.length - 1) === ' '));
}

/** True when `name` is a known publication. */
export function isKnownPublication(name: string): boolean {
  return BY_LENGTH.includes(name);
}
