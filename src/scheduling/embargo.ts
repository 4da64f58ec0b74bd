/*
 * The embargo rule, pure: an article under embargo is not published before the embargo lifts,
 * on any path. An editor who wants it out the minute the embargo lifts sets "Publish when the
 * embargo lifts" on the locale, and the scheduled job publishes it then (schedule-job.ts).
 */

export interface EmbargoState {
  title: string;
  locale: string;
  embargoUntil: string | Date | null | undefined;
  publishOnEmbargoLift: boolean | null | undefined;
}

export interface EmbargoRefusal {
  message: string;
  details: {
    reason: 'embargoed';
    locale: string;
    embargoUntil: string;
    scheduled: boolean;
    field: 'embargoUntil';
  };
}

/** The instant the embargo lifts, or null when there is none (or it is not a date). */
export function embargoLiftsAt(embargoUntil: EmbargoState['embargoUntil']): Date | null {
  if (embargoUntil === null || embargoUntil === undefined || embargoUntil === '') return null;
  const at = embargoUntil instanceof Date ? embargoUntil : new Date(embargoUntil);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** Why this locale cannot be published at `now`, or null when the embargo allows it. */
export function embargoRefusal(state: EmbargoState, now: Date): EmbargoRefusal | null {
  const liftsAt = embargoLiftsAt(state.embargoUntil);
  if (!liftsAt || liftsAt.getTime() <= now.getTime()) return null;
  const when = liftsAt.toISOString();
  const scheduled = state.publishOnEmbargoLift === true;
  const message = scheduled
    ? `"${state.title}" (${state.locale}) is under embargo until ${when} and is not published now: it is scheduled to be published automatically when the embargo lifts.`
    : `"${state.title}" (${state.locale}) is under embargo until ${when} and cannot be published before then. Turn on "Publish when the embargo lifts" to have it published automatically at that time, or change "Embargo until".`;
  return {
    message,
    details: {
      reason: 'embargoed',
      locale: state.locale,
      embargoUntil: when,
      scheduled,
      field: 'embargoUntil',
    },
  };
}
