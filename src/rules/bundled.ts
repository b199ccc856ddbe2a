/**
 * The rules as shipped in the bundle. Each file is imported statically so Vite inlines it and no request
 * is made at run time; `validateRules` checks them before the engine sees them.
 */
import bijstandsnormen from '../../rules/national/bijstandsnormen.json';
import kostendelersnorm from '../../rules/national/kostendelersnorm.json';
import vermogen from '../../rules/national/vermogen.json';
import inkomstenvrijlating from '../../rules/national/inkomstenvrijlating.json';
import minimumloon from '../../rules/national/minimumloon.json';
import bijzondereBijstandEnIit from '../../rules/national/bijzondere-bijstand-en-iit.json';
import loonheffing from '../../rules/national/loonheffing.json';
import zorgtoeslag from '../../rules/national/zorgtoeslag.json';
import huurtoeslag from '../../rules/national/huurtoeslag.json';
import kindgebondenBudget from '../../rules/national/kindgebonden-budget.json';
import kinderbijslag from '../../rules/national/kinderbijslag.json';
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
  'national/loonheffing.json': loonheffing,
  'national/zorgtoeslag.json': zorgtoeslag,
  'national/huurtoeslag.json': huurtoeslag,
  'national/kindgebonden-budget.json': kindgebondenBudget,
  'national/kinderbijslag.json': kinderbijslag,
};

export const organisationFiles: Record<string, unknown> = {
  'organisaties/gemeente-utrecht.json': gemeenteUtrecht,
  'organisaties/werksaam-westfriesland.json': werksaamWestfriesland,
  'organisaties/gemeente-hilversum.json': gemeenteHilversum,
};

