/*
 * What the edit view's Attribution panel shows for one draft locale: the sources with the
 * phrase each was found by, the sources it inherited from the locale it was translated from
 * (with that locale), the attribution line, and whether this locale
 * can be published now and, if not, why, in the editor's terms. Pure: rows in, a view out; the
 * rules are the publish rule (src/attribution/publish-rule.ts) and the embargo's.
 */
import { mayPublish } from '../attribution/publish-rule';
import { embargoRefusal } from '../scheduling/embargo';
import { unattributedMessage } from './messages';

export interface PanelRef {
  quotedAs: string | null;
  /** The locale a translation inherited this Source from, if it did. */
  inheritedFrom?: string | null;
  role: string | null;
  detected: boolean | null;
  source: { name: string } | null;
}

export interface PanelVersion {
  locale: string;
  title: string;
  attributionLine: string | null;
  originalReporting: boolean | null;
  embargoUntil: string | null;
  publishOnEmbargoLift: boolean | null;
  sources: PanelRef[];
  translation: { method: string | null; from: string | null; status: string | null } | null;
}

export interface PanelReason {
  reason: 'unattributed' | 'embargoed';
  message: string;
  /** The fields where the editor fixes it. */
  fields: string[];
}

export interface AttributionPanelView {
  locale: string;
  line: string | null;
  originalReporting: boolean;
  sources: { name: string; quotedAs: string | null; role: string | null; detected: boolean }[];
  inherited: { name: string; locale: string }[];
  translation: PanelVersion['translation'];
  publish: { allowed: boolean; reasons: PanelReason[] };
}

export function attributionPanel(
  version: PanelVersion,
  others: PanelVersion[],
  now: Date
): AttributionPanelView {
  const named = version.sources.filter((ref) => ref.source);
  // A translation's entries inherited from the version it was made from (stored, marked with
  // that locale) are shown as inherited; the rest as this locale's own.
  const sources = named
    .filter((ref) => !ref.inheritedFrom)
    .map((ref) => ({
      name: (ref.source as { name: string }).name,
      quotedAs: ref.quotedAs,
      role: ref.role,
      detected: ref.detected === true,
    }));
  const inherited = named
    .filter((ref) => ref.inheritedFrom)
    .map((ref) => ({
      name: (ref.source as { name: string }).name,
      locale: ref.inheritedFrom as string,
    }));

  // originalReporting is shared by every locale, as the publish rule reads it.
  const originalReporting = [version, ...others].some((v) => v.originalReporting === true);
  const reasons: PanelReason[] = [];
  if (!mayPublish({ locale: version.locale, namedSources: named.length }, originalReporting)) {
    reasons.push({
      reason: 'unattributed',
      message: unattributedMessage(version.title, version.locale),
      fields: ['sources', 'originalReporting'],
    });
  }
  const embargo = embargoRefusal(version, now);
  if (embargo) {
    reasons.push({
      reason: 'embargoed',
      message: embargo.message,
      fields: ['embargoUntil', 'publishOnEmbargoLift'],
    });
  }
  return {
    locale: version.locale,
    line: version.attributionLine,
    originalReporting,
    sources,
    inherited,
    translation: version.translation,
    publish: { allowed: reasons.length === 0, reasons },
  };
}
