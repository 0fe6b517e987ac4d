/** Month names and abbreviations → month number, folded (see text.ts). */
export const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1,
  janv: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  mars: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  aout: 8,
  septembre: 9,
  sept: 9,
  octobre: 10,
  oct: 10,
  novembre: 11,
  nov: 11,
  decembre: 12,
  dec: 12,
};

/** Seasons, folded: "Au printemps 2021", "À l'automne" place an event in no month. */
export const SEASONS = ['printemps', 'ete', 'automne', 'hiver'];
