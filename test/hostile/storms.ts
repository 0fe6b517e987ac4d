/**
 * Storms: one phrase that the rules react to, repeated until the text has the size asked for. Each
 * storm is a hostile input in its own right, and together they cover every vocabulary the rules read:
 * tiers and prizes, dates, bullets, quotes, figures, body types, section cues, wraps.
 */
export const STORMS: Readonly<Record<string, string>> = {
  'tier markers': 'LABEL OR :\nVille de Pau avec Pau citoyens\n',
  'tier and colon on separate lines': 'LABEL OR\n:\n',
  'tiers inline': 'Or : Ville de Quimper, « Quimper en poche » ',
  'parenthesised tiers': '- Ville de Laval (Label Argent) ',
  'numbered prizes': '1er prix : Ville de Laval pour son portail citoyen\n',
  'dates in prose': 'le 12 mars 2024 à Lyon, puis du 3 au 5 avril 2024 à Nantes, ',
  'day lists': 'les 2, 3 et 4 décembre ',
  'month spans': 'pendant les mois de juin et juillet 2024 en septembre et octobre ',
  'weekday dates': 'jeudi 14 novembre 2024 ',
  bullets: '• - – o § ▪ ► ✓ ➢ > - > - - 1. ',
  'bullet lines': '- \n',
  'quotes and guillemets': '« « « » » " " “ ” ',
  'unclosed guillemets': '« Ville de Pau ',
  figures: '123 projets présentés, 45 auditionnés, 12 lauréats, 500 participants. ',
  'figures in words': 'une centaine de projets, vingt-trois lauréats, ',
  'body types': 'Communauté d’agglomération du Grand Nancy et Ville de Nancy & Métropole de Lyon, ',
  'section cues': 'Les lauréats 2024\nÀ propos\nContacts\nCatégorie « Grandes collectivités »\n',
  editions: '10e édition 2024, ',
  'capitals without end': 'A',
  'letters without end': 'a',
  'wrapped connector lines': 'la Communauté de\n',
  'wrapped hyphens': 'Terri-\n',
  'capital lines': 'VILLE DE PAU\n',
  'spaces and tabs': ' \t',
  'blank lines': '\n',
  'criteria cues': 'Critères : innovation, impact ; ',
  'deadline cues': 'Date limite de candidature : 12 mai 2024. ',
  'event words': 'Forum des Interconnectés, IntercoTOUR, étape régionale, cérémonie, ',
  punctuation: '.,;:!?…()[]{}-–—/\\\'’"',
};

/** `phrase` repeated to `size` characters (cut at the end). */
export function storm(phrase: string, size: number): string {
  return phrase.repeat(Math.ceil(size / phrase.length)).slice(0, size);
}
