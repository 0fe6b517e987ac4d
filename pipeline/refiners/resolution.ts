import { resolveAwardees, resolveCity } from '../resolve/index.js';
import type { PalmaresRecord } from '../schema.js';

type Fields = Pick<PalmaresRecord, 'laureates' | 'events' | 'cities'>;

/**
 * Refiner: awardees and event cities against the administrative gazetteer. A laureate's awardees are
 * resolved together (one settles another's homonym); a city with its event's région as context. The
 * names as written are never changed. Loads the gazetteer on first use.
 */
export function resolveFields(fields: Fields): void {
  for (const laureate of fields.laureates) {
    const resolutions = resolveAwardees(laureate.awardees.map((a) => a.name));
    laureate.awardees.forEach((a, i) => {
      a.resolution = resolutions[i];
    });
  }
  for (const event of fields.events) {
    if (event.city)
      event.resolution = resolveCity(event.city, { regions: event.region ? [event.region] : [] });
  }
  for (const city of fields.cities) {
    const event = fields.events.find((e) => e.city === city.name);
    const r = event?.resolution;
    if (r) Object.assign(city, { code: r.code, departements: r.departements, regions: r.regions });
  }
}
