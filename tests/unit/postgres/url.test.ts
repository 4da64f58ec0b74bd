import { parseDatabaseUrl } from '../../../src/postgres/url';

describe('parseDatabaseUrl', () => {
  it('splits a full PostgreSQL URL', () => {
    expect(parseDatabaseUrl('postgres://news:s%40cret@db.example:6543/newsroom')).toEqual({
      host: 'db.example',
      port: 6543,
      database: 'newsroom',
      user: 'news',
      password: 's@cret',
    });
  });

  it('defaults the port, user and database', () => {
    expect(parseDatabaseUrl('postgresql://127.0.0.1')).toMatchObject({
      port: 5432,
      user: 'postgres',
      database: 'postgres',
    });
  });

  it('takes a unix socket directory from ?host=', () => {
    expect(
      parseDatabaseUrl('postgres://postgres@localhost/newsroom?host=/var/run/postgresql')
    ).toMatchObject({
      host: '/var/run/postgresql',
      database: 'newsroom',
    });
  });

  it('refuses anything that is not PostgreSQL', () => {
    expect(() => parseDatabaseUrl('sqlite://data.db')).toThrow(/PostgreSQL only/);
    expect(() => parseDatabaseUrl('mysql://root@localhost/db')).toThrow(/PostgreSQL/);
  });

  it('refuses a string that is not a URL', () => {
    expect(() => parseDatabaseUrl('not a url')).toThrow(/not a valid URL/);
  });
});
