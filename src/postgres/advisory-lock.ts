import type { Knex } from 'knex';

/**
 * Takes a PostgreSQL advisory lock named by `key` for the rest of transaction `trx`; it is
 * released when the transaction commits or rolls back.
 */
export async function lockFor(trx: Knex.Transaction, key: string): Promise<void> {
  await trx.raw('SELECT pg_advisory_xact_lock(hashtextextended(?, 0))', [key]);
}
