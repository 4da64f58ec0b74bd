import { describeLanguage } from './lang-cases';

describeLanguage(
  'de',
  [
    ['Wie die Nachrichtenagentur Reuters berichtete, stockten die Gespräche am Abend.', 'Reuters'],
    ['Laut dpa wurde die Autobahn in beide Richtungen gesperrt.', 'dpa'],
    ['Das berichtete die „Süddeutsche Zeitung“ am Dienstag.', 'Süddeutsche Zeitung'],
    ['Einem Bericht des „Spiegels“ zufolge plant das Ministerium Kürzungen.', 'Spiegel'],
    [
      'Der Sprecher sagte der Deutschen Presse-Agentur, man prüfe alle Optionen.',
      'Deutsche Presse-Agentur',
    ],
    ['Berlin (dpa) - Der Bundesrat hat das Gesetz gebilligt.', 'dpa'],
    ['Nach Angaben der Nachrichtenagentur AFP kamen mindestens zwölf Menschen ums Leben.', 'AFP'],
    ['Das meldete der Spiegel unter Berufung auf Regierungskreise.', 'Spiegel'],
    ['Die Zeitung „Handelsblatt“ berichtet von neuen Entlassungen.', 'Handelsblatt'],
    [
      'Laut einem Bericht der Frankfurter Allgemeinen Zeitung steht der Verkauf kurz bevor.',
      'Frankfurter Allgemeine Zeitung',
    ],
    ['Die britische Zeitung The Guardian schrieb, der Streik gehe weiter.', 'The Guardian'],
    ['Wie das ZDF meldete, wurde die Sendung abgesetzt.', 'ZDF'],
    ['Nach Informationen der ARD soll der Vertrag nicht verlängert werden.', 'ARD'],
    ['Der Minister sagte im Interview mit der „Bild“, er bleibe im Amt.', 'Bild'],
    ['Bloomberg zufolge verhandelt der Konzern mit zwei Interessenten.', 'Bloomberg'],
    ['Das berichtete das Nachrichtenportal Watson am Morgen.', 'Watson'],
    ['Laut Reuters und AFP wurden die Grenzübergänge geschlossen.', ['Reuters', 'AFP']],
    ['Die Agentur Interfax meldete, der Flughafen sei geschlossen.', 'Interfax'],
    ['Wie der Tagesspiegel berichtet, soll die Linie eingestellt werden.', 'Tagesspiegel'],
    ['Unter Berufung auf die Nachrichtenagentur Xinhua hieß es, die Fabrik stehe still.', 'Xinhua'],
  ],
  [
    'Nach Angaben der Polizei wurden drei Menschen leicht verletzt.',
    'Laut Bundesregierung ist die Versorgung gesichert.',
    'Experten zufolge wird die Inflation im Herbst sinken.',
    'Der Kanzler sagte, Deutschland stehe an der Seite seiner Partner.',
    'Reuters hat in Berlin ein neues Büro eröffnet.',
    'Wie das Auswärtige Amt mitteilte, wurde der Botschafter einbestellt.',
    'Laut Merkel war die Entscheidung richtig.',
    'Die Zeitung lag ungelesen auf dem Tisch.',
  ]
);
