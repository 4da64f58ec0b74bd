/** Refusals in the editor's terms: the fields' labels as the edit view shows them. */

export function unattributedMessage(title: string, locale: string): string {
  return `Article "${title}" cannot be published in locale "${locale}": it names no source and is not marked as original reporting. Add the agency or outlet under "Sources", or turn on "Original reporting" if this is the site's own reporting.`;
}

/**
 * What to do, said at each field that can fix an unattributed locale: the content manager
 * shows `details.errors` of a refused publish under those fields (by `path`).
 */
export const UNATTRIBUTED_FIELD_HINTS = [
  { path: ['sources'], message: 'Add the agency or outlet this story comes from.' },
  {
    path: ['originalReporting'],
    message: "Or turn this on if this is the site's own reporting.",
  },
] as const;
