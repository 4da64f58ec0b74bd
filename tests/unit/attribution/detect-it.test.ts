import { describeLanguage } from './lang-cases';

describeLanguage(
  'it',
  [
    ["Secondo quanto riferisce l'agenzia Ansa, il traffico è bloccato sull'autostrada.", 'Ansa'],
    ['Lo riporta il Corriere della Sera.', 'Corriere della Sera'],
    [
      'Secondo quanto riportato dal quotidiano la Repubblica, il governo rischia la crisi.',
      'Repubblica',
    ],
    ["Il ministro ha detto all'ANSA che non ci saranno tagli alla sanità.", 'ANSA'],
    ['ROMA (Reuters) - Il Parlamento ha approvato la legge di bilancio.', 'Reuters'],
    ['Secondo Bloomberg, la banca sta valutando una fusione.', 'Bloomberg'],
    ['Come riporta La Stampa, lo stabilimento chiuderà a fine anno.', 'La Stampa'],
    [
      "In un'intervista al Corriere della Sera, il sindaco ha difeso il progetto.",
      'Corriere della Sera',
    ],
    ['Stando a quanto riferisce Adnkronos, le indagini sono a una svolta.', 'Adnkronos'],
    ["Secondo l'agenzia Agi, l'incontro è stato rinviato.", 'Agi'],
    ['Il Sole 24 Ore scrive che il deficit salirà.', 'Il Sole 24 Ore'],
    ['Secondo quanto appreso da Sky TG24, la riunione è terminata a tarda notte.', 'Sky TG24'],
    ['Secondo il quotidiano britannico The Times, il premier si dimetterà.', 'The Times'],
    ['Secondo Reuters e Bloomberg, il prezzo del greggio è sceso.', ['Reuters', 'Bloomberg']],
    ["Ha riferito l'agenzia russa Tass che il volo è stato cancellato.", 'Tass'],
    [
      'Come scrive il settimanale Famiglia Cristiana, la raccolta fondi continua.',
      'Famiglia Cristiana',
    ],
    ['Citato da LaPresse, il prefetto ha annunciato nuovi controlli.', 'LaPresse'],
    ["L'ambasciatore ha spiegato alla Rai che i colloqui proseguono.", 'Rai'],
    ['Secondo il Messaggero, la giunta approverà il piano giovedì.', 'Il Messaggero'],
    ['Secondo quanto rivelato dal sito Politico, la Commissione prepara una proposta.', 'Politico'],
  ],
  [
    'Secondo Palazzo Chigi, la riforma è pronta.',
    'Secondo il ministero, i dati sono incoraggianti.',
    'Secondo Giorgia Meloni, la manovra è equilibrata.',
    "L'Ansa ha celebrato ottant'anni di attività.",
    'Secondo la Protezione civile, il fiume è sotto controllo.',
    'Secondo Bruxelles, i conti non tornano.',
    'Il quotidiano era rimasto sul tavolo della cucina.',
    'Secondo gli analisti, i tassi scenderanno.',
  ]
);
