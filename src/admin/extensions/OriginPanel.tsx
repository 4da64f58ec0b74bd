import * as React from 'react';
import { useQueryParams } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { panelPath, usePanelData } from './panel-data';
import { changeSummary, type OriginView } from './translator-view';

const ARTICLE_UID = 'api::article.article';

const muted: React.CSSProperties = { color: '#666687', fontSize: '1.2rem' };
const heading: React.CSSProperties = { fontWeight: 600, fontSize: '1.2rem', marginTop: '0.8rem' };
const changed: React.CSSProperties = { background: '#fdf4dc', borderRadius: '2px' };

/*
 * The Article edit view's Origin panel: beside a translation, the text of the locale it was
 * translated from, with what changed since the translation when it is outdated (changed
 * paragraphs highlighted). While a new locale is being created it names the origin that the
 * new version will record, to pick in "Fill in from another locale". Nothing for an original.
 */
export const OriginPanel: PanelComponent = ({ model, documentId, document }) => {
  const [{ query }] = useQueryParams<{ plugins?: { i18n?: { locale?: string } } }>();
  const locale =
    typeof document?.locale === 'string' ? document.locale : (query.plugins?.i18n?.locale ?? null);
  const isArticle = model === ARTICLE_UID;
  const { data: view, error } = usePanelData<OriginView>(
    isArticle ? panelPath('/translators/origin', documentId, locale) : null,
    document?.updatedAt ?? null
  );

  if (!isArticle || !documentId || !locale) return null;
  if (!error && view && !view.origin) return null;
  return {
    title: view?.origin ? `Origin (${view.origin.locale})` : 'Origin',
    content: <OriginBody view={view} error={error} />,
  };
};

function OriginBody({ view, error }: { view: OriginView | null; error: string | null }) {
  if (error) return <p style={muted}>The origin could not be loaded: {error}</p>;
  if (!view?.origin) return <p style={muted}>Loading…</p>;
  const { origin, changes } = view;
  const changedNow = new Set(
    (changes?.paragraphs ?? []).flatMap((change) => ('now' in change ? [change.now] : []))
  );
  const changedFields = new Set((changes?.fields ?? []).map((change) => change.field));
  return (
    <div data-testid="origin-panel" style={{ width: '100%', fontSize: '1.3rem' }}>
      {!view.exists && (
        <p style={muted}>
          This {view.locale} version will be recorded as a human translation from {origin.locale}:
          use “Fill in from another locale” → {origin.locale} to start from its text.
        </p>
      )}
      {view.status === 'outdated' && (
        <div
          role="status"
          style={{
            padding: '0.8rem',
            borderRadius: '4px',
            background: '#fdf4dc',
            color: '#be5d01',
          }}
        >
          <strong>Outdated: the {origin.locale} text changed since this translation.</strong>
          {changes ? (
            <ul style={{ margin: '0.4rem 0 0', paddingLeft: '1.6rem' }}>
              {changeSummary(changes).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            <p style={{ margin: '0.4rem 0 0' }}>{view.unknownBecause}</p>
          )}
        </div>
      )}
      <div style={heading}>Title</div>
      <p style={{ margin: 0, ...(changedFields.has('title') ? changed : {}) }}>{origin.title}</p>
      {origin.lead && (
        <>
          <div style={heading}>Lead</div>
          <p style={{ margin: 0, ...(changedFields.has('lead') ? changed : {}) }}>{origin.lead}</p>
        </>
      )}
      <div style={heading}>Body</div>
      {origin.paragraphs.map((text, index) => (
        <p
          key={index}
          style={{ margin: '0 0 0.6rem', ...(changedNow.has(index + 1) ? changed : {}) }}
        >
          <span style={muted}>{index + 1}. </span>
          {text}
        </p>
      ))}
      {(changes?.paragraphs ?? [])
        .filter((change) => change.change === 'removed')
        .map((change) => (
          <p key={`removed-${change.was}`} style={{ ...muted, textDecoration: 'line-through' }}>
            removed (was {'was' in change ? change.was : ''}):{' '}
            {'before' in change ? change.before : ''}
          </p>
        ))}
    </div>
  );
}
