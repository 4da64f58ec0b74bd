/** The answer of GET /newsroom/attribution/:documentId (src/editorial/attribution-panel.ts). */
export interface AttributionPanelData {
  locale: string;
  line: string | null;
  originalReporting: boolean;
  sources: { name: string; quotedAs: string | null; role: string | null; detected: boolean }[];
  inherited: { name: string; locale: string }[];
  translation: { method: string | null; from: string | null; status: string | null } | null;
  publish: {
    allowed: boolean;
    reasons: { reason: string; message: string; fields: string[] }[];
  };
}

/** The panel's one-line verdict, in the editor's words. */
export function verdict(data: AttributionPanelData): string {
  if (data.publish.allowed) return `This locale (${data.locale}) can be published.`;
  return `This locale (${data.locale}) cannot be published yet.`;
}

/** How the translation stands, or null for an original text. */
export function translationNote(data: AttributionPanelData): string | null {
  const t = data.translation;
  if (!t || !t.method || t.method === 'original' || !t.from) return null;
  const state = t.status === 'outdated' ? 'outdated: the original changed since' : 'current';
  return `Translated from ${t.from} (${t.method}), ${state}.`;
}
