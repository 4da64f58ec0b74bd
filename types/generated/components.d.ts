import type { Schema, Struct } from '@strapi/strapi';

export interface AttributionSourceRef extends Struct.ComponentSchema {
  collectionName: 'components_attribution_source_refs';
  info: {
    description: 'One source an article is based on or quotes.';
    displayName: 'Source reference';
    icon: 'link';
  };
  attributes: {
    agency: Schema.Attribute.String &
      Schema.Attribute.Private &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    detected: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    inheritedFrom: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 35;
      }>;
    originalHeadline: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    originalUrl: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    quotedAs: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    role: Schema.Attribute.Enumeration<['origin', 'quoted']> & Schema.Attribute.DefaultTo<'origin'>;
    source: Schema.Attribute.Relation<'oneToOne', 'api::source.source'>;
  };
}

export interface AttributionTranslation extends Struct.ComponentSchema {
  collectionName: 'components_attribution_translations';
  info: {
    description: 'How this locale came to be: original text, or translated from which locale, by whom.';
    displayName: 'Translation';
    icon: 'globe';
  };
  attributes: {
    engine: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    from: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 35;
      }>;
    method: Schema.Attribute.Enumeration<['original', 'human', 'machine', 'machine-reviewed']> &
      Schema.Attribute.DefaultTo<'original'>;
    sourceChangedAt: Schema.Attribute.DateTime;
    status: Schema.Attribute.Enumeration<['current', 'outdated']> &
      Schema.Attribute.DefaultTo<'current'>;
    translatedAt: Schema.Attribute.DateTime;
    translator: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface EditorialCorrection extends Struct.ComponentSchema {
  collectionName: 'components_editorial_corrections';
  info: {
    description: 'A dated correction note shown with the article: what was wrong and what was fixed.';
    displayName: 'Correction';
    icon: 'pencil';
  };
  attributes: {
    correctedAt: Schema.Attribute.DateTime & Schema.Attribute.Required;
    note: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'attribution.source-ref': AttributionSourceRef;
      'attribution.translation': AttributionTranslation;
      'editorial.correction': EditorialCorrection;
    }
  }
}
