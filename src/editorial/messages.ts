/** Refusals in the editor's terms: the fields' labels as the edit view shows them. */

export function unattributedMessage(title: string, locale: string): string {
  return `Article "${title}" cannot be published in locale "${locale}": it names no source and is not marked as original reporting. Add the agency or outlet under "Sources", or turn on "Original reporting" if this is the site's own reporting.`;
}
