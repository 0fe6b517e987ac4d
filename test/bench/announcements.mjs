// Announcements of awards to local authorities written from templates, the way the network's releases
// read: a forum's date and city, tiers (label d'or, d'argent, de bronze) under categories, bodies with
// their département and a quoted project, a next stage and the criteria. A seeded PRNG picks every
// variable part, so the same seed gives the same text on any machine.

/** mulberry32: small, fast and good enough to vary templates; never Math.random, so runs repeat. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Communes of the gazetteer with their département, so that resolution has real work to do.
const PLACES = [
  ['Brest', '29'],
  ['Rennes', '35'],
  ['Nantes', '44'],
  ['Angers', '49'],
  ['Lyon', '69'],
  ['Annecy', '74'],
  ['Grenoble', '38'],
  ['Valence', '26'],
  ['Marseille', '13'],
  ['Toulon', '83'],
  ['Nice', '06'],
  ['Montpellier', '34'],
  ['Nîmes', '30'],
  ['Toulouse', '31'],
  ['Albi', '81'],
  ['Bordeaux', '33'],
  ['Pau', '64'],
  ['Limoges', '87'],
  ['Poitiers', '86'],
  ['Tours', '37'],
  ['Orléans', '45'],
  ['Dijon', '21'],
  ['Besançon', '25'],
  ['Strasbourg', '67'],
  ['Metz', '57'],
  ['Nancy', '54'],
  ['Reims', '51'],
  ['Amiens', '80'],
  ['Lille', '59'],
  ['Arras', '62'],
  ['Rouen', '76'],
  ['Caen', '14'],
  ['Le Mans', '72'],
  ['Laval', '53'],
  ['Vannes', '56'],
  ['Quimper', '29'],
  ['Saint-Brieuc', '22'],
  ['Clermont-Ferrand', '63'],
  ['Vichy', '03'],
  ['Chambéry', '73'],
  ['Mulhouse', '68'],
  ['Niort', '79'],
  ['La Rochelle', '17'],
  ['Perpignan', '66'],
  ['Ajaccio', '2A'],
  ['Bastia', '2B'],
  ['Auxerre', '89'],
];
const REGIONS = [
  'Bretagne',
  'Occitanie',
  'Nouvelle-Aquitaine',
  'Grand Est',
  'Hauts-de-France',
  'Normandie',
  'Auvergne-Rhône-Alpes',
  "Provence-Alpes-Côte d'Azur",
  'Pays de la Loire',
  'Centre-Val de Loire',
];
const BODIES = [
  (p) => `Ville de ${p}`,
  (p) => `Commune de ${p}`,
  (p) => `Métropole de ${p}`,
  (p) => `Communauté d'agglomération de ${p}`,
  (p) => `Communauté de communes du Pays de ${p}`,
  (p) => `Syndicat mixte de ${p}`,
  (p) => `Centre communal d'action sociale de ${p}`,
];
const CATEGORIES = [
  'Services aux habitants',
  'Éducation et jeunesse',
  'Transition écologique',
  'Santé et solidarités',
  'Démocratie participative',
  'Mobilités',
  'Culture et patrimoine',
  'Administration numérique',
  'Développement économique',
  'Aménagement du territoire',
];
const TIERS = ["Label d'or", "Label d'argent", 'Label de bronze'];
const NOUNS = [
  'Portail',
  'Plateforme',
  'Application',
  'Guichet',
  'Réseau',
  'Atelier',
  'Carte',
  'Observatoire',
];
const ADJECTIVES = ['citoyen', 'connecté', 'solidaire', 'partagé', 'numérique', 'ouvert', 'vert', 'mobile'];
const THEMES = [
  'des familles',
  'des aînés',
  'du quartier',
  'des mobilités',
  "de l'eau",
  'des écoles',
  'du tri',
];
const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const CRITERIA = [
  'le caractère innovant',
  'la prise en compte des usagers',
  'la dimension partenariale',
  "la mutualisation et l'interopérabilité",
  'le retour sur investissement',
  "l'impact environnemental",
];
const PROSE = [
  "Le jury, composé d'élus, de journalistes et de dirigeants de collectivités, a salué la qualité des dossiers présentés cette année, plus nombreux que lors de l'édition précédente.",
  'Les lauréats ont présenté leurs projets devant un public de plusieurs centaines de participants venus de toute la France, avant la remise des labels en séance plénière.',
  'Les « Labels Territoire Innovant » offrent une reconnaissance et une visibilité nationale aux projets qui mobilisent les technologies numériques et les pratiques innovantes au service des habitants.',
  "Chaque projet a été évalué selon une grille d'analyse commune à tous les jurys régionaux, puis défendu devant le jury national lors de la grande finale.",
  "Le réseau rappelle que les collectivités de toutes tailles peuvent candidater, seules ou en groupement, et qu'un accompagnement est proposé aux candidats lors des étapes régionales.",
];

/** The text of announcement number `i` of the corpus seeded with `seed`: about 2 to 3.5 KB of French. */
export function announcement(seed, i) {
  const r = prng(seed * 100_003 + i);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const place = () => pick(PLACES);
  const year = 2015 + Math.floor(r() * 12);
  const month = Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 27);
  const [city] = place();
  const project = () => `${pick(NOUNS)} ${pick(ADJECTIVES)} ${pick(THEMES)}`;
  const lines = [
    `Label Territoire Innovant ${year} : les lauréats du forum de ${city}`,
    '',
    `${city}, le ${day + 1} ${MONTHS[month]} ${year}`,
    '',
    `Le forum des Interconnectés s'est tenu les ${day} et ${day + 1} ${MONTHS[month]} ${year} à ${city}. ` +
      `À cette occasion, le réseau a remis les labels Territoire Innovant ${year} à des collectivités de toute la France. ` +
      pick(PROSE),
    '',
    'Le label Territoire Innovant',
    '',
    pick(PROSE),
    '',
    pick(PROSE),
    '',
  ];
  let laureates = 0;
  const categories = 1 + Math.floor(r() * 3);
  for (let c = 0; c < categories; c++) {
    lines.push(`Catégorie « ${pick(CATEGORIES)} »`, '');
    for (const tier of TIERS) {
      if (r() < 0.2) continue;
      lines.push(tier, '');
      const entries = 1 + Math.floor(r() * 3);
      for (let e = 0; e < entries; e++) {
        const [name, dept] = place();
        lines.push(`- ${pick(BODIES)(name)} (${dept}) : « ${project()} »`);
        laureates++;
      }
      lines.push('');
    }
  }
  lines.push(
    `Au total, ${laureates} projets ont été labellisés cette année. ${pick(PROSE)}`,
    '',
    'Les projets ont été notés selon :',
    '',
    ...CRITERIA.filter(() => r() < 0.7).map((c) => `- ${c}`),
    '',
    `Prochaine étape : l'IntercoTOUR ${pick(REGIONS)} aura lieu le ${1 + Math.floor(r() * 27)} ${pick(MONTHS)} ${year + 1} à ${place()[0]}. ` +
      `Les candidatures pour ${year + 1} sont ouvertes jusqu'au ${1 + Math.floor(r() * 27)} ${pick(MONTHS)} ${year + 1}.`,
    '',
    pick(PROSE),
    '',
    'Contact presse : presse@interconnectes.example',
    '',
  );
  return lines.join('\n');
}

/** Seeds of the texts that are not the corpus's, one per use, so that no two measures share a text. */
export const SEED_OFFSETS = { warmup: 1, once: 2, repeated: 3 };
