/** Cardinals as words, for figures written out ("cinq ont été distinguées"); "une centaine" is no figure. */
const UNITS = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
const TEENS = [
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
  'dix sept',
  'dix huit',
  'dix neuf',
];
const TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

/**
 * 2 to 99, parts separated by a space (the text may use a hyphen): "dix sept", "vingt et un". Not
 * "cent", which is more often "pour cent" than a figure.
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = (() => {
  const out: Record<string, number> = {};
  const name = (n: number): string => {
    if (n < 10) return UNITS[n] as string;
    if (n < 20) return TEENS[n - 10] as string;
    if (n < 70) {
      const [t, u] = [Math.floor(n / 10), n % 10];
      return `${TENS[t]}${u === 1 ? ' et un' : u ? ` ${UNITS[u]}` : ''}`;
    }
    if (n < 80) return n === 71 ? 'soixante et onze' : `soixante ${name(n - 60)}`;
    return n === 80 ? 'quatre vingts' : `quatre vingt ${name(n - 80)}`;
  };
  for (let n = 2; n < 100; n++) out[name(n)] = n;
  out['quatre vingt'] = 80;
  return out;
})();

/** Ordinals as words, for "dixième édition" and "premier prix". */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  premier: 1,
  premiere: 1,
  deuxieme: 2,
  second: 2,
  seconde: 2,
  troisieme: 3,
  quatrieme: 4,
  cinquieme: 5,
  sixieme: 6,
  septieme: 7,
  huitieme: 8,
  neuvieme: 9,
  dixieme: 10,
  onzieme: 11,
  douzieme: 12,
  treizieme: 13,
  quatorzieme: 14,
  quinzieme: 15,
  seizieme: 16,
  vingtieme: 20,
};
