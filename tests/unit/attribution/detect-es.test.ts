import { describeLanguage } from './lang-cases';

describeLanguage(
  'es',
  [
    ['Según informó la agencia EFE, el tráfico ferroviario quedó interrumpido.', 'EFE'],
    ['MADRID, 3 mar (EFE).- El Consejo de Ministros aprobó el decreto.', 'EFE'],
    ['Según el diario El País, el acuerdo se firmará la próxima semana.', 'El País'],
    ['El ministro dijo a Reuters que no habrá cambios en la tarifa.', 'Reuters'],
    ['Según publica el diario mexicano Milenio, el alcalde presentó su renuncia.', 'Milenio'],
    ['Así lo recoge Europa Press, que cita fuentes del ministerio.', 'Europa Press'],
    ['De acuerdo con Bloomberg, la empresa estudia una fusión.', 'Bloomberg'],
    ['La cadena RTVE informó de que el partido se aplaza.', 'RTVE'],
    ['En declaraciones a la Cadena SER, la alcaldesa defendió el plan.', 'Cadena SER'],
    ['Según la agencia Efe, los incendios siguen activos.', 'Efe'],
    ['El periódico argentino Clarín publicó que el ministro dimitirá.', 'Clarín'],
    ['Según reveló El Mundo, la investigación sigue abierta.', 'El Mundo'],
    ['En una entrevista con la CNN, el presidente descartó negociar.', 'CNN'],
    ['Según AFP y AP, al menos diez personas murieron.', ['AFP', 'AP']],
    ['Informó la agencia estatal rusa TASS que el avión aterrizó sin problemas.', 'TASS'],
    ['El portal Infobae adelantó que el juicio empezará en mayo.', 'Infobae'],
    [
      'Según un informe de The Washington Post, la Casa Blanca conocía el plan.',
      'The Washington Post',
    ],
    ['El diario La Vanguardia ha publicado que el puerto cerrará.', 'La Vanguardia'],
    ['Según el semanario Proceso, las obras costaron el doble.', 'Proceso'],
    ['La portavoz explicó a la agencia Reuters que la oferta sigue en pie.', 'Reuters'],
  ],
  [
    'Según el Gobierno, la economía crecerá un dos por ciento.',
    'Informó el Ministerio de Sanidad que hay tres nuevos casos.',
    'Según Pedro Sánchez, la reforma es imprescindible.',
    'Según la Policía Nacional, el detenido tenía antecedentes.',
    'EFE abrió una nueva delegación en Lima.',
    'Según Bruselas, el plazo no se ampliará.',
    'El diario estaba abierto sobre la mesa.',
    'Según los expertos, la sequía continuará.',
  ]
);
