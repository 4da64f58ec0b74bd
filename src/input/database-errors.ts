/*
 * A PostgreSQL error that a request's data caused (a value that does not fit its column or
 * operator) is the client's fault: the last line of defence turns it into a 400 that says so,
 * without the statement's SQL. The checks in query-check.ts and data-check.ts should leave
 * nothing for this to catch; it exists for the case nobody foresaw. Pure.
 */

/** SQLSTATE classes and codes that mean "this value", never "this server". */
const BAD_INPUT_CLASSES = ['22']; // data exception: invalid text, out of range, NUL, bad date…
const BAD_INPUT_CODES = new Set([
  '42804', // datatype_mismatch
  '42883', // undefined_function: `integer ~~ text`, `jsonb = text`
  '2201W', // invalid_row_count_in_limit_clause
  '2201X', // invalid_row_count_in_result_offset_clause
  '54001', // statement_too_complex
]);

interface MaybeDatabaseError {
  code?: unknown;
  severity?: unknown;
  routine?: unknown;
}

/** True for an error thrown by PostgreSQL (node-postgres) because of a value in the request. */
export function isBadInputDatabaseError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, severity, routine } = error as MaybeDatabaseError;
  // node-postgres' DatabaseError carries the server's severity and routine beside the code.
  if (typeof code !== 'string' || code.length !== 5) return false;
  if (typeof severity !== 'string' && typeof routine !== 'string') return false;
  return BAD_INPUT_CODES.has(code) || BAD_INPUT_CLASSES.includes(code.slice(0, 2));
}

/** Connection-level failures (server gone, refused, pool exhausted): not the client's fault. */
export function isDatabaseUnavailableError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code } = error as MaybeDatabaseError;
  if (typeof code !== 'string') return false;
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE'].includes(code) ||
    code.startsWith('08') || // connection_exception
    code === '57P01' || // admin_shutdown
    code === '57P03' // cannot_connect_now
  );
}

export const BAD_INPUT_MESSAGE =
  'A value in the request does not fit the field it is compared with or written to';
