import * as React from 'react';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { panelPath, usePanelData } from './panel-data';
import { translationNote, verdict, type AttributionPanelData } from './attribution-view';

const ARTICLE_UID = 'api::article.article';

const muted: React.CSSProperties = { color: '#666687', fontSize: '1.2rem' };
const heading: React.CSSProperties = { fontWeight: 600, fontSize: '1.2rem', marginTop: '0.8rem' };

/*
 * The Article edit view's Attribution panel. Fetched again after every save (the document's
 * updatedAt changes), so it always shows what the hooks made of the saved text. On a page
 * that has not been saved yet there is nothing to show: it says so instead of guessing.
 */
export const AttributionPanel: PanelComponent = ({ model, documentId, document }) => {
  const locale = typeof document?.locale === 'string' ? document.locale : null;
  const isArticle = model === ARTICLE_UID;
  const { data, error } = usePanelData<AttributionPanelData>(
    isArticle ? panelPath('/newsroom/attribution', documentId, locale) : null,
    document?.updatedAt ?? null
  );

  if (!isArticle) return null;
  return {
    title: 'Attribution',
    content: <PanelBody saved={Boolean(documentId && locale)} data={data} error={error} />,
  };
};

function PanelBody(props: {
  saved: boolean;
  data: AttributionPanelData | null;
  error: string | null;
}) {
  if (!props.saved) {
    return (
      <p style={muted} data-testid="attribution-panel">
        Save the article to see the sources found in its text and whether it can be published.
      </p>
    );
  }
  if (props.error) {
    return (
      <p style={muted} data-testid="attribution-panel">
        Attribution could not be loaded: {props.error}
      </p>
    );
  }
  const data = props.data;
  if (!data) return <p style={muted}>Loading…</p>;
  const note = translationNote(data);
  return (
    <div data-testid="attribution-panel" style={{ width: '100%', fontSize: '1.3rem' }}>
      <div
        role="status"
        data-testid="attribution-verdict"
        style={{
          padding: '0.8rem',
          borderRadius: '4px',
          background: data.publish.allowed ? '#eafbe7' : '#fcecea',
          color: data.publish.allowed ? '#2f6846' : '#b72b1a',
        }}
      >
        <strong>{verdict(data)}</strong>
        {data.publish.reasons.map((reason) => (
          <p key={reason.reason} style={{ margin: '0.4rem 0 0' }}>
            {reason.message}
          </p>
        ))}
      </div>

      <div style={heading}>Sources</div>
      {data.sources.length === 0 ? (
        <p style={muted}>
          {data.originalReporting ? "None needed: the site's own reporting." : 'None found.'}
        </p>
      ) : (
        <ul style={{ margin: 0, paddingLeft: '1.6rem' }} data-testid="attribution-sources">
          {data.sources.map((source) => (
            <li key={source.name}>
              <strong>{source.name}</strong>
              {source.role === 'quoted' ? ' (quoted)' : ''}
              <div style={muted}>
                {source.quotedAs
                  ? `found by “${source.quotedAs}”`
                  : source.detected
                    ? 'detected in the text'
                    : 'added by an editor'}
              </div>
            </li>
          ))}
        </ul>
      )}

      {data.inherited.length > 0 && (
        <>
          <div style={heading}>In the original</div>
          <ul style={{ margin: 0, paddingLeft: '1.6rem' }}>
            {data.inherited.map((source) => (
              <li key={`${source.locale}:${source.name}`}>
                {source.name} <span style={muted}>(credited in {source.locale})</span>
              </li>
            ))}
          </ul>
        </>
      )}

      <div style={heading}>Attribution line</div>
      <p style={{ margin: 0 }} data-testid="attribution-line">
        {data.line || <span style={muted}>(empty)</span>}
      </p>
      {note && <p style={{ ...muted, marginTop: '0.8rem' }}>{note}</p>}
    </div>
  );
}
