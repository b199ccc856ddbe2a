/**
 * What the element calls when a typed place is not one of the covered gemeenten (issue 21): loads the CBS list
 * and the places chunk once, then answers with the pure findPlace. Undefined when a chunk cannot be loaded.
 */
import { type PlaceAnswer, type PlaceIndex, findPlace, placeIndex } from '../engine/find-place.js';
import { loadCbsGemeenten } from '../rules/cbs.js';
import { loadPlaces } from '../rules/places.js';

let index: Promise<PlaceIndex | undefined> | undefined;

export async function lookUpPlace(typed: string): Promise<PlaceAnswer | undefined> {
  index ??= Promise.all([loadCbsGemeenten(), loadPlaces()]).then(([cbs, places]) => (cbs && places ? placeIndex(places, cbs) : undefined));
  const loaded = await index;
  return loaded && findPlace(typed, loaded);
}
