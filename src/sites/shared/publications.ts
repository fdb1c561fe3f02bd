/**
 * Publications whose critics Rotten Tomatoes and its partners quote, as they
 * print them: the known names that settle where a byline glued by spaces
 * ("Austin Smith New York Post Roughly as thrilling...") splits.
 *
 * @module
 */

/** Known publication names, as printed. */
export const KNOWN_PUBLICATIONS: readonly string[] = [
  'A.V. Club', 'AV Club', 'The A.V. Club', 'Arizona Republic', 'Associated Press', 'Atlanta Journal-Constitution', 'Austin Chronicle',
  'BBC', 'BBC.com', 'Baltimore Sun', 'Boston Globe', 'The Boston Globe', 'Boston Herald', 'Chicago Reader', 'Chicago Sun-Times',
  'Chicago Tribune', 'Christian Science Monitor', 'CNN.com', 'Collider', 'Common Sense Media', 'Consequence', 'Dallas Morning News',
  'Deadline Hollywood Daily', 'Deadline', 'Denver Post', 'Detroit Free Press', 'Detroit News', 'Empire Magazine', 'Empire',
  'Entertainment Weekly', 'Financial Times', 'Globe and Mail', 'The Globe and Mail', 'Guardian', 'The Guardian', 'Hollywood Reporter',
  'The Hollywood Reporter', 'Houston Chronicle', 'IGN', 'IGN Movies', 'IndieWire', 'indieWire', 'Irish Times', 'The Irish Times',
  'Little White Lies', 'Los Angeles Times', 'L.A. Weekly', 'LA Weekly', 'Miami Herald', 'Minneapolis Star Tribune', 'MSN Movies',
  'Mother Jones', 'NPR', 'New Republic', 'The New Republic', 'New York Daily News', 'New York Magazine', 'New York Magazine/Vulture',
  'New York Observer', 'New York Post', 'New York Times', 'The New York Times', 'New Yorker', 'The New Yorker', 'Newsday', 'Newsweek',
  'Observer', 'Observer (UK)', 'Orlando Sentinel', 'Philadelphia Inquirer', 'Philadelphia Daily News', 'Portland Oregonian',
  'Oregonian', 'Reelviews', 'ReelViews', 'Rolling Stone', 'RogerEbert.com', 'Salon', 'Salon.com', 'San Diego Union-Tribune',
  'San Francisco Chronicle', 'San Francisco Examiner', 'San Jose Mercury News', 'Screen International', 'Seattle Times',
  'Slant Magazine', 'Slate', 'St. Louis Post-Dispatch', 'Star Tribune', 'Sunday Times (UK)', 'The Times (UK)', 'Times (UK)',
  'Telegraph', 'The Telegraph', 'Daily Telegraph (UK)', 'Independent (UK)', 'The Independent', 'Time', 'TIME Magazine', 'Time Magazine',
  'Time Out', 'Time Out London', 'Toronto Star', 'Total Film', 'TV Guide', 'TheWrap', 'USA Today', 'Vanity Fair', 'Variety',
  'Village Voice', 'Vox', 'Vulture', 'Wall Street Journal', 'Washington Post', 'The Washington Post', 'Wired', 'ScreenRant',
  'Screen Rant', 'Paste Magazine', 'Polygon', 'The Atlantic', 'The Age (Australia)', 'The Australian', 'Sydney Morning Herald',
  'Stuff.co.nz', 'Stream on Demand', 'Sacramento News & Review', 'Pajiba', 'Film Threat', 'FilmWeek (KPCC - NPR Los Angeles)',
  'Flick Filosopher', 'Movie Nation', 'Movie Talk', 'Bloomberg', 'The Economist', 'Esquire', 'GQ', 'Forbes', 'Metro', 'Metro (UK)',
  'Daily Mail (UK)', 'Evening Standard', 'London Evening Standard', 'The List', 'HeyUGuys', 'Den of Geek', 'The Playlist',
  'Washington Times', 'New York Sun', 'Newark Star-Ledger', 'Star-Ledger', 'Seattle Post-Intelligencer', 'Charlotte Observer',
  'Tampa Bay Times', 'Arizona Daily Star', 'Kansas City Star', 'Milwaukee Journal Sentinel', 'Cleveland Plain Dealer',
  'Globe and Mail', 'National Post', 'Ottawa Citizen', 'Montreal Gazette', 'Vancouver Sun', 'Edmonton Journal', 'Calgary Herald',
  'What Culture', 'Watertown Daily Times', 'EDGE Boston', 'East Bay Express', 'Indie Movies Online', 'Seacoast Newspapers (NH/Maine)',
  'Kermode and Mayo\'s Take (YouTube)', 'Slashfilm', '/Film', 'Uproxx', 'Decider', 'Ringer', 'The Ringer', 'Inverse', 'Mashable',
  'Gizmodo', 'io9', 'Nerdist', 'The Verge', 'Vogue', 'Harper\'s Bazaar', 'Elle', 'Cosmopolitan', 'Glamour', 'Refinery29',
  'Spectrum Culture', 'Film Inquiry', 'Film Journal International', 'Reverse Shot', 'Cinema Scope', 'Sight & Sound', 'Sight and Sound',
  'Film Comment', 'MovieWeb', 'CinemaBlend', 'Cinemablend', 'Hollywood.com', 'Movieline', 'E! Online', 'People Magazine', 'People',
  'Us Weekly', 'TV Line', 'TVLine', 'Los Angeles Daily News', 'Orange County Register', 'San Antonio Express-News',
];

const BY_FIRST_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const name of KNOWN_PUBLICATIONS) {
    const first = name.split(' ')[0] ?? name;
    const list = map.get(first) ?? [];
    list.push(name);
    map.set(first, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
})();

/** The longest known publication that `text` starts with, a word of its own (followed by a space or the end); `undefined` when none. */
export function knownPublicationAtStart(text: string): string | undefined {
  const first = text.split(' ', 1)[0] ?? '';
  for (const name of BY_FIRST_WORD.get(first) ?? []) {
    if (text.startsWith(name) && (text.length === name.length || text.charAt(name.length) === ' ')) return name;
  }
  return undefined;
}

/** True when `text` is a known publication, as printed. */
export function isKnownPublication(text: string): boolean {
  return knownPublicationAtStart(text) === text;
}
