import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { announcementCases, corpusFiles, repoRoot } from '../support/cases.js';

/**
 * Pieces of French announcements that the rules react to, mixed with arbitrary characters: arbitrary
 * strings alone almost never reach a rule.
 */
const TOKENS = [
  'LABEL OR',
  'LABEL ARGENT',
  'Label de bronze',
  'Or',
  'Argent',
  ':',
  ' : ',
  ' – ',
  ', ',
  ' et ',
  ' avec ',
  ' pour ',
  '\n',
  '\n\n',
  '- ',
  '• ',
  '1. ',
  '> ',
  '# ',
  '**',
  '« ',
  ' »',
  '(',
  ')',
  '(Label Argent)',
  '1er prix',
  'Ville de Pau',
  'Communauté d’agglomération du Grand Nancy',
  'Département de la Mayenne',
  'Région Bretagne',
  'Métropole',
  'Pau citoyens',
  'Les lauréats 2024',
  'Catégorie « Grandes collectivités »',
  'À propos',
  'le 12 mars 2024',
  'du 3 au 5 avril',
  'les 2 et 3 décembre',
  'en septembre',
  '2019',
  '10e édition',
  '58 projets',
  'cinq lauréats',
  'vingt-trois',
  'Forum des Interconnectés',
  'à Lyon',
  'IntercoTOUR',
  'Critères :',
  'date limite',
  ' ',
  '\u00a0',
  '\t',
  '|',
  '\u200b',
  '\u202e',
  'É',
  'Ã©',
];

/** A document made of announcement pieces and arbitrary characters. */
export const announcementLike = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...TOKENS) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    ),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(''));

/** Real announcements: the corpus's text documents and the project's own cases. */
export function realAnnouncements(): string[] {
  const files = [
    ...corpusFiles()
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(repoRoot, f)),
    ...announcementCases()
      .map((c) => c.input)
      .filter((f) => f.endsWith('.txt') || f.endsWith('.md')),
  ];
  return files.map((f) => readFileSync(f, 'utf8'));
}

const BULLETS = ['•', '-', '–', 'o', '§', '▪', '►', '✓', '*', '1.', '- >'];
const SPACES = [' ', '\u00a0', '\u202f', '\t', '  '];

/** One way an announcement arrives altered: re-wrapped, other bullets, other case, other spaces, sections in another order. */
export const mutation = fc.oneof(
  fc.record({ kind: fc.constant('rewrap' as const), width: fc.integer({ min: 20, max: 120 }) }),
  fc.record({ kind: fc.constant('join-lines' as const), every: fc.integer({ min: 2, max: 5 }) }),
  fc.record({ kind: fc.constant('bullets' as const), bullet: fc.constantFrom(...BULLETS) }),
  fc.record({
    kind: fc.constant('case' as const),
    upper: fc.boolean(),
    every: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({
    kind: fc.constant('spaces' as const),
    space: fc.constantFrom(...SPACES),
    every: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({ kind: fc.constant('reorder' as const), seed: fc.integer() }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
);
export type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

/** Applies a mutation: every one is a plausible way a real release reaches palmares. */
export function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  switch (m.kind) {
    case 'rewrap':
      return lines.map((l) => wrap(l, m.width)).join('\n');
    case 'join-lines':
      return lines.map((l, i) => (i % m.every === 0 ? `\n${l}` : ` ${l}`)).join('');
    case 'bullets':
      return lines
        .map((l) => l.replace(/^(\s*)(?:[-–•o§▪►✓*]|\d{1,2}[.)])\s+/u, `$1${m.bullet} `))
        .join('\n');
    case 'case':
      return lines
        .map((l, i) => (i % m.every === 0 ? (m.upper ? l.toUpperCase() : l.toLowerCase()) : l))
        .join('\n');
    case 'spaces': {
      let n = 0;
      return text.replace(/ /g, () => (n++ % m.every === 0 ? m.space : ' '));
    }
    case 'reorder': {
      const sections = text.split(/\n\s*\n/);
      let s = m.seed;
      for (let i = sections.length - 1; i > 0; i--) {
        s = (s * 1103515245 + 12345) & 0x7fffffff;
        const j = s % (i + 1);
        [sections[i], sections[j]] = [sections[j] as string, sections[i] as string];
      }
      return sections.join('\n\n');
    }
    case 'cut':
      return text.slice(0, Math.floor(text.length * m.at));
  }
}

function wrap(line: string, width: number): string {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + word.length + 1 > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  out.push(current);
  return out.join('\n');
}
