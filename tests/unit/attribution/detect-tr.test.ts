import { namesIn, phrasesIn } from './detection-helpers';

describe('detectAttributions in Turkish', () => {
  describe('finds the outlet in', () => {
    it.each([
      ["Anadolu Ajansı'nın haberine göre, yeni tarife 1 Aralık'ta başlıyor.", 'Anadolu Ajansı'],
      ['Anadolu Ajansının haberine göre, seferler azaltılacak.', 'Anadolu Ajansı'],
      ["Reuters'ın haberine göre, petrol fiyatları düştü.", 'Reuters'],
      ["AA'nın aktardığına göre, kar yağışı yarın başlayacak.", 'AA'],
      ["Reuters'a göre görüşmeler ertelendi.", 'Reuters'],
      ["Bloomberg'in bildirdiğine göre, şirket satılıyor.", 'Bloomberg'],
      ["CNN Türk'e konuşan bakan, zam olmayacağını söyledi.", 'CNN Türk'],
      ["Reuters'ın haberinde, anlaşmanın yakın olduğu belirtildi.", 'Reuters'],
      ['Hürriyet gazetesinin haberine göre, köprü kapatılacak.', 'Hürriyet'],
      ['AA muhabirine konuşan vatandaşlar, yağıştan memnun olduklarını söyledi.', 'AA'],
      ["Reuters'tan edinilen bilgiye göre, teklif reddedildi.", 'Reuters'],
      ["Sputnik Türkiye'nin aktardığına göre, tören ertelendi.", 'Sputnik Türkiye'],
      ["The Guardian'ın yazdığına göre, grev sürecek.", 'The Guardian'],
      ["AFP'nin haberine göre, Paris'te grev başladı.", 'AFP'],
      ["TRT Haber'e konuşan uzman, depremin artçılarının süreceğini söyledi.", 'TRT Haber'],
      ['Reuters haber ajansının haberine göre, görüşmeler sürüyor.', 'Reuters'],
      ['Reuters’ın haberine göre, fiyatlar yükseldi.', 'Reuters'],
      ["Reuters'ın HABERİNE GÖRE, fiyatlar yükseldi.", 'Reuters'],
      ["Ayrıca AA'nın aktardığına göre, okullar tatil edildi.", 'AA'],
    ])('%s', (sentence, name) => {
      expect(namesIn(sentence, 'tr')).toEqual([name]);
    });
  });

  describe('finds outlets it has never heard of, by grammar alone', () => {
    it.each([
      ["Kyiv Independent'ın haberine göre, köprü vuruldu.", 'Kyiv Independent'],
      ["DW Türkçe'nin haberine göre, seçim ertelendi.", 'DW Türkçe'],
      ["Yeni Şafak'ın aktardığına göre, ihale iptal edildi.", 'Yeni Şafak'],
      ['Karar gazetesine konuşan milletvekili, teklifin geri çekildiğini söyledi.', 'Karar'],
    ])('%s', (sentence, name) => {
      expect(namesIn(sentence, 'tr')).toEqual([name]);
    });
  });

  it('quotes the phrase with the case ending and apostrophe as written', () => {
    expect(
      phrasesIn("Reuters'a konuşan yetkili, anlaşmanın yakın olduğunu söyledi.", 'tr')
    ).toEqual([['Reuters', "Reuters'a konuşan"]]);
  });

  describe('ignores names that are only mentioned', () => {
    it.each([
      'Reuters muhabirleri binaya alınmadı.',
      "AA'nın genel müdürü açıklama yaptı.",
      "Erdoğan'a göre ekonomi büyüyecek.",
      'Polisin aktardığına göre iki kişi gözaltına alındı.',
      'CNN binasında yangın çıktı.',
      'Uzmanlara göre enflasyon düşecek.',
      'Bakanlığın açıklamasına göre yollar açık.',
    ])('%s', (sentence) => {
      expect(namesIn(sentence, 'tr')).toEqual([]);
    });
  });
});
