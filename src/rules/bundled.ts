/**
 * The rules as shipped in the bundle. Each file is imported statically so the bundler inlines it and no
 * request is made at run time; `validateRules` checks them before the engine sees them. The tax and
 * toeslagen figures for werken loont are in bundled-werken-loont.ts, loaded only when asked for.
 */
import bijstandsnormen from '../../rules/national/bijstandsnormen.json';
import kostendelersnorm from '../../rules/national/kostendelersnorm.json';
import vermogen from '../../rules/national/vermogen.json';
import inkomstenvrijlating from '../../rules/national/inkomstenvrijlating.json';
import minimumloon from '../../rules/national/minimumloon.json';
import bijzondereBijstandEnIit from '../../rules/national/bijzondere-bijstand-en-iit.json';
import gemeenteUtrecht from '../../rules/organisaties/gemeente-utrecht.json';
import werksaamWestfriesland from '../../rules/organisaties/werksaam-westfriesland.json';
import gemeenteHilversum from '../../rules/organisaties/gemeente-hilversum.json';

export const nationalFiles: Record<string, unknown> = {
  'national/bijstandsnormen.json': bijstandsnormen,
  'national/kostendelersnorm.json': kostendelersnorm,
  'national/vermogen.json': vermogen,
  'national/inkomstenvrijlating.json': inkomstenvrijlating,
  'national/minimumloon.json': minimumloon,
  'national/bijzondere-bijstand-en-iit.json': bijzondereBijstandEnIit,
};

export const organisationFiles: Record<string, unknown> = {
  'organisaties/gemeente-utrecht.json': gemeenteUtrecht,
  'organisaties/werksaam-westfriesland.json': werksaamWestfriesland,
  'organisaties/gemeente-hilversum.json': gemeenteHilversum,
};
