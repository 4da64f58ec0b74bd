import { readFileSync } from 'node:fs';
import path from 'node:path';
import { detectAttributions } from '../../../src/attribution';
import { expectOffsetsToMatch, namesIn, phrasesIn } from './detection-helpers';

// The model article, as the repository keeps it.
const SEED = path.join(__dirname, '..', '..', '..', 'database', 'samples', 'az-000-seed.txt');

describe('detectAttributions in Azerbaijani', () => {
  it('finds exactly Reuters in the seed article, quoted as written', () => {
    const text = readFileSync(SEED, 'utf8');
    const detections = detectAttributions(text, 'az');
    expect(detections.map(({ name, quotedAs }) => ({ name, quotedAs }))).toEqual([
      { name: 'Reuters', quotedAs: 'Reuters agentliyinin verdiyi məlumata görə' },
    ]);
    expectOffsetsToMatch(text, detections);
  });

  describe('finds the outlet in', () => {
    it.each([
      ['Reuters agentliyinin verdiyi məlumata görə, danışıq 30 dəqiqə çəkib.', 'Reuters'],
      ['APA-nın məlumatına görə, Bakı-Şamaxı yolunda qəza baş verib.', 'APA'],
      ['Deutsche Welle-nin məlumatına görə, Almaniyada seçkilər başa çatıb.', 'Deutsche Welle'],
      ['Paytaxtda yeni metro stansiyası açılıb, “Report” xəbər verir.', 'Report'],
      ['Trend xəbər verir ki, neftin qiyməti bahalaşıb.', 'Trend'],
      ['Prezident Fransaya səfər edib, APA yazır.', 'APA'],
      ['The Guardian-ın yazdığına görə, Londonda etiraz aksiyası keçirilib.', 'The Guardian'],
      ['Bloomberg-in yazdığına görə, şirkət satışa çıxarılır.', 'Bloomberg'],
      ['Bu məlumat Reuters agentliyinə istinadən yayılıb.', 'Reuters'],
      ['AFP-yə istinadən bildirilir ki, Parisdə tətil davam edir.', 'AFP'],
      ['Konfrans gələn həftə keçiriləcək, Turan bildirir.', 'Turan'],
      ['AzərTAc-ın məlumatına əsasən, Prezident fərman imzalayıb.', 'AzərTAc'],
      ['Turanın yazdığına görə, müxalifət mitinq keçirməyi planlaşdırır.', 'Turan'],
      ['Azadlıq Radiosunun məlumatına görə, jurnalist azadlığa buraxılıb.', 'Azadlıq Radiosu'],
      ['Bu barədə APA-ya Fövqəladə Hallar Nazirliyindən bildiriblər.', 'APA'],
      ['Nazir APA-ya açıqlamasında bildirib ki, yollar təmir olunacaq.', 'APA'],
      ['“Qafqazinfo” saytının yazdığına görə, sərgi bu gün açılır.', 'Qafqazinfo'],
      ['Anadolu Agentliyinin məlumatına görə, Ankarada zəlzələ olub.', 'Anadolu Agentliyi'],
      ['Sputnik Azərbaycan-ın məlumatına görə, hava soyuyacaq.', 'Sputnik Azərbaycan'],
      ['Həmçinin Reutersin məlumatına görə, danışıqlar uzanacaq.', 'Reuters'],
    ])('%s', (sentence, name) => {
      expect(namesIn(sentence, 'az')).toEqual([name]);
    });
  });

  describe('finds outlets it has never heard of, by grammar alone', () => {
    it.each([
      ['Caliber.az xəbər verir ki, Gəncədə yeni park salınıb.', 'Caliber.az'],
      ['Dövlət büdcəsi təsdiqlənib, Modern.az-ın məlumatına görə.', 'Modern.az'],
      ['Sərgi açılıb, Qaynarinfonun məlumatına görə, bilet satışı başlayıb.', 'Qaynarinfo'],
      ['Yeni qanun qəbul edilib, “Yeni Müsavat” qəzetinin yazdığına görə.', 'Yeni Müsavat'],
      ['Sərgi açılıb, Kaspi xəbər verir.', 'Kaspi'],
    ])('%s', (sentence, name) => {
      expect(namesIn(sentence, 'az')).toEqual([name]);
    });
  });

  it('keeps the whole phrase with its case ending as quotedAs', () => {
    expect(phrasesIn('Məlumatı AFP-yə istinadən yayıb.', 'az')).toEqual([
      ['AFP', 'AFP-yə istinadən'],
    ]);
    expect(phrasesIn('Nəticədə, APA-nın məlumatına görə, yol açılıb.', 'az')).toEqual([
      ['APA', 'APA-nın məlumatına görə'],
    ]);
  });

  it('matches keywords in any case with Azerbaijani case rules', () => {
    expect(namesIn('Yol bağlanıb, Trend XƏBƏR VERİR.', 'az')).toEqual(['Trend']);
    expect(namesIn('APA-nın MƏLUMATINA GÖRƏ yol bağlanıb.', 'az')).toEqual(['APA']);
  });

  it('lists several outlets joined by "və"', () => {
    expect(
      namesIn('Reuters və AFP agentliklərinin məlumatına görə, danışıqlar dayandırılıb.', 'az')
    ).toEqual(['Reuters', 'AFP']);
  });

  describe('ignores names that are only mentioned', () => {
    it.each([
      'Reuters agentliyinin jurnalistləri binaya buraxılmayıb.',
      'APA-nın əməkdaşı mükafata layiq görülüb.',
      'Trend agentliyinin binası yenidən qurulub.',
      'Nazirliyin məlumatına görə, yollar bağlıdır.',
      'Rəsmi bildirib ki, danışıqlar davam edəcək.',
      'Prezident bildirir ki, islahatlar davam edəcək.',
      'Bu barədə Prezident İlham Əliyevə məruzə edilib.',
      'Reuters-un müxbiri hadisə yerində olub.',
      'Blinken Lavrovla telefonla danışıb və “peşəkar” söhbət olub.',
    ])('%s', (sentence) => {
      expect(namesIn(sentence, 'az')).toEqual([]);
    });
  });
});
