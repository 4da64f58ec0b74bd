import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

/**
 * What an edit-view panel shows, fetched from `path` (an admin API route answering
 * `{ data }`), again whenever `refreshKey` changes (the document's updatedAt: after every
 * save). No path: nothing to fetch yet (a document not saved).
 */
export function usePanelData<T>(
  path: string | null,
  refreshKey: unknown
): { data: T | null; error: string | null } {
  const { get } = useFetchClient();
  const [data, setData] = React.useState<T | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  React.useEffect(() => {
    if (!path) return;
    let cancelled = false;
    get<{ data: T }>(path)
      .then((response) => {
        if (cancelled) return;
        setData(response.data.data);
        setError(null);
      })
      .catch((reason: unknown) => {
        if (!cancelled) setError(reason instanceof Error ? reason.message : String(reason));
      });
    return () => {
      cancelled = true;
    };
  }, [get, path, refreshKey]);

  return { data, error };
}

/** The admin API path of a document's panel route, e.g. `/newsroom/attribution/<id>?locale=az`. */
export function panelPath(
  route: string,
  documentId: string | undefined,
  locale: string | null
): string | null {
  if (!documentId || !locale) return null;
  return `${route}/${encodeURIComponent(documentId)}?locale=${encodeURIComponent(locale)}`;
}
