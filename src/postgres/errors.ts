/*
 * What a database error means for the caller, from the error alone (pure: no Strapi, no pg).
 * Used by the HTTP error middleware and the document lock to answer 503 and 409 in Strapi's
 * error shape instead of a 500.
 */

interface ErrorLike {
  code?: unknown;
  name?: unknown;
  message?: unknown;
  cause?: unknown;
  originalError?: unknown;
}

// Node socket errors seen when the server is down, restarting or unreachable.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// SQLSTATEs: admin/crash shutdown, cannot connect now (starting up, shutting down, recovery),
// too many connections, out of resources at connect; the whole 08 class is connection failure.
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '53000']);

// Messages of pg and knex that carry no code.
const UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /timeout acquiring a connection/i,
  /client has encountered a connection error/i,
  /is not currently accepting connections/i, // 55000 at connect (ALLOW_CONNECTIONS false)
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /unable to acquire a connection/i,
];

/** The error and what it wraps (`cause`, GraphQL's `originalError`), a few levels deep. */
function chain(error: unknown): ErrorLike[] {
  const found: ErrorLike[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && found.length < 5) {
    const item = current as ErrorLike;
    if (found.includes(item)) break;
    found.push(item);
    current = item.cause ?? item.originalError;
  }
  return found;
}

/** True when the error says the database cannot be reached, rather than that a query failed. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return chain(error).some((item) => {
    const code = typeof item.code === 'string' ? item.code : '';
    if (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08')) {
      return true;
    }
    if (item.name === 'KnexTimeoutError') return true;
    const message = typeof item.message === 'string' ? item.message : '';
    return UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message));
  });
}

/**
 * True when the write lost a race the database refereed: a unique constraint (two versions
 * of one document, two sources of one name), a deadlock or a serialization failure.
 */
export function isWriteConflict(error: unknown): boolean {
  return chain(error).some(
    (item) => item.code === '23505' || item.code === '40P01' || item.code === '40001'
  );
}
