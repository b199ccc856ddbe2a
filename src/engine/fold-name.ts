/**
 * A place name as compared: case, accents, apostrophes, hyphens, dots, commas and brackets do not matter, so
 * "s-hertogenbosch" finds "'s-Hertogenbosch" and "bergen nh" finds "Bergen (NH.)".
 */
export const foldName = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('nl')
    .replace(/[-'’.,()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
