import { isDatabaseUnavailable, isWriteConflict } from '../../../src/postgres/errors';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', withCode('ECONNREFUSED')],
    ['a reset connection', withCode('ECONNRESET')],
    [
      'an administrator shutdown',
      withCode('57P01', 'terminating connection due to administrator command'),
    ],
    ['a server starting up', withCode('57P03', 'the database system is starting up')],
    ['too many connections', withCode('53300')],
    ['a connection exception', withCode('08006')],
    [
      'a database closed to connections',
      withCode('55000', 'database "news" is not currently accepting connections'),
    ],
    [
      'a pool timeout',
      Object.assign(new Error('Knex: Timeout acquiring a connection.'), {
        name: 'KnexTimeoutError',
      }),
    ],
    ['a terminated connection', new Error('Connection terminated unexpectedly')],
    ['a wrapped cause', new Error('query failed', { cause: withCode('ECONNREFUSED') })],
    [
      'a GraphQL-wrapped error',
      Object.assign(new Error('x'), { originalError: withCode('57P01') }),
    ],
  ])('is true for %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('23505')],
    ['a syntax error', withCode('42601')],
    ['another 55000', withCode('55000', 'lock is not available')],
    ['a plain error', new Error('boom')],
    ['a non-error', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('is false for %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('isWriteConflict', () => {
  it.each(['23505', '40P01', '40001'])('is true for SQLSTATE %s', (code) => {
    expect(isWriteConflict(withCode(code))).toBe(true);
  });

  it('is false for other errors', () => {
    expect(isWriteConflict(withCode('23503'))).toBe(false);
    expect(isWriteConflict(new Error('x'))).toBe(false);
  });
});
