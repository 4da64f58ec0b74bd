import { describeLanguage } from './lang-cases';

describeLanguage(
  'fr',
  [
    ["Selon l'agence Reuters, les discussions ont été suspendues dans la nuit.", 'Reuters'],
    ['Selon des informations du Monde, le ministre envisage de démissionner.', 'Le Monde'],
    ["« Nous ne reculerons pas », a déclaré le ministre à l'AFP.", 'AFP'],
    ['Le Figaro révèle que le projet a été abandonné en secret.', 'Le Figaro'],
    ['PARIS (AFP) - Le gouvernement a présenté son budget mercredi.', 'AFP'],
    ["L'information a été rapportée par le quotidien Libération.", 'Libération'],
    ["Selon l'agence de presse officielle iranienne Irna, le pétrolier a été saisi.", 'Irna'],
    ['Selon le journal régional La Dépêche, l’usine fermera en juin.', 'La Dépêche'],
    ["D'après Bloomberg, le groupe prépare une offre de rachat.", 'Bloomberg'],
    ['Le président a confié au Parisien qu’il ne se représenterait pas.', 'Le Parisien'],
    ['Interrogé par franceinfo, le maire a démenti toute fraude.', 'franceinfo'],
    ["La chaîne BFMTV a rapporté que l'autoroute était fermée.", 'BFMTV'],
    [
      'Citant des sources diplomatiques, rapporte le Wall Street Journal, les sanctions seront levées.',
      'Wall Street Journal',
    ],
    ["Selon le New York Times, l'accord a été signé dimanche.", 'New York Times'],
    ["L'agence Tass rapporte que le convoi a franchi la frontière.", 'Tass'],
    [
      'Dans un entretien accordé aux Echos, le patron a annoncé des suppressions de postes.',
      'Les Echos',
    ],
    ["Selon l'AFP et Reuters, le bilan s'élève à vingt morts.", ['AFP', 'Reuters']],
    ['Selon le site d’information Mediapart, des fonds ont été détournés.', 'Mediapart'],
    ['La ministre a indiqué à Ouest-France que les travaux commenceraient en mai.', 'Ouest-France'],
    ['Selon la radio RFI, les élections ont été reportées.', 'RFI'],
  ],
  [
    "Selon Moscou, l'attaque a été repoussée par la défense aérienne.",
    "Selon le ministère de l'Intérieur, trois personnes ont été interpellées.",
    'Selon Emmanuel Macron, la réforme est indispensable.',
    "L'AFP fête cette année ses quatre-vingts ans.",
    'Selon les autorités locales, la route restera fermée.',
    "D'après la préfecture, le feu est désormais fixé.",
    'Le journal est resté sur la table du salon.',
    'Selon la France, la résolution doit être votée.',
  ]
);
