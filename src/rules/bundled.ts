/**
 * The rules as shipped in the bundle. National Participatiewet figures and the gemeenten index are
 * imported statically (no request at run time); an organisation's file is a chunk of its own, loaded only
 * for the gemeente the resident lives in. The tax and toeslagen figures for werken loont are in
 * bundled-werken-loont.ts, loaded only when asked for.
 */
import bijstandsnormen from '../../rules/national/bijstandsnormen.json';
import kostendelersnorm from '../../rules/national/kostendelersnorm.json';
import vermogen from '../../rules/national/vermogen.json';
import inkomstenvrijlating from '../../rules/national/inkomstenvrijlating.json';
import minimumloon from '../../rules/national/minimumloon.json';
import bijzondereBijstandEnIit from '../../rules/national/bijzondere-bijstand-en-iit.json';
import kwijtschelding from '../../rules/national/kwijtschelding.json';
import gemeenten from '../../rules/gemeenten.json';
import landelijk from '../../rules/landelijk.json';

export const nationalFiles: Record<string, unknown> = {
  'national/bijstandsnormen.json': bijstandsnormen,
  'national/kostendelersnorm.json': kostendelersnorm,
  'national/vermogen.json': vermogen,
  'national/inkomstenvrijlating.json': inkomstenvrijlating,
  'national/minimumloon.json': minimumloon,
  'national/bijzondere-bijstand-en-iit.json': bijzondereBijstandEnIit,
  'national/kwijtschelding.json': kwijtschelding,
};

export const gemeentenFile: unknown = gemeenten;

/** National help routes and toeslagen links: small, needed for every outcome. */
export const landelijkFile: unknown = landelijk;

/** One loader per organisation file, keyed by organisation id (the file is named after it). */
export const organisationLoaders: Record<string, () => Promise<{ default: unknown }>> = {
  'gemeente-utrecht': () => import('../../rules/organisaties/gemeente-utrecht.json'),
  'gemeente-hilversum': () => import('../../rules/organisaties/gemeente-hilversum.json'),
  'wil-lekstroom': () => import('../../rules/organisaties/wil-lekstroom.json'),
  rdwi: () => import('../../rules/organisaties/rdwi.json'),
  'werksaam-westfriesland': () => import('../../rules/organisaties/werksaam-westfriesland.json'),
};
