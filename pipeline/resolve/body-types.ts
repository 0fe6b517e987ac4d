import type { BodyType, Place, ResolutionKind } from './schema.js';

/** The kind of body each body type announces. */
const KIND_OF_TYPE: Readonly<Record<BodyType, ResolutionKind>> = {
  commune: 'commune',
  ca: 'epci',
  cc: 'epci',
  cu: 'epci',
  metropole: 'epci',
  ept: 'epci',
  epci: 'epci',
  departement: 'departement',
  region: 'region',
  other: 'other-public-body',
  group: 'group',
};

export function kindOfType(type: BodyType): ResolutionKind {
  return KIND_OF_TYPE[type];
}

/** Whether a body of the given kind may be named with this body type (no type: any). */
export function typeFitsKind(type: BodyType | null, kind: ResolutionKind): boolean {
  return type === null || KIND_OF_TYPE[type] === kind;
}

/**
 * Whether an EPCI is what the body type says: a "Communauté d'agglomération" a CA, and so on. A
 * "Métropole" is a métropole, or any EPCI that has the word in its own name (CU Angers Loire Métropole,
 * CA Chartres Métropole).
 */
export function epciFitsType(place: Place, type: BodyType | null): boolean {
  switch (type) {
    case null:
    case 'epci':
      return true;
    case 'ca':
      return place.epciType === 'CA';
    case 'cc':
      return place.epciType === 'CC';
    case 'cu':
      return place.epciType === 'CU';
    case 'ept':
      return place.epciType === 'EPT';
    case 'metropole':
      return (
        place.epciType === 'METRO' || place.epciType === 'MET69' || /m[eé]tropole/iu.test(place.officialName)
      );
    default:
      return false;
  }
}
