import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadEnvFile, parseEnv, SECRET_NAMES } = require('../../../scripts/lib/env-file') as {
  loadEnvFile(root: string): void;
  parseEnv(text: string): Record<string, string>;
  SECRET_NAMES: string[];
};

describe('parseEnv', () => {
  it('reads KEY=value lines, ignoring comments and quotes', () => {
    expect(
      parseEnv('# comment\nA=1\nB="two words"\n  C = x \nD=   # only a comment\nnot a line')
    ).toEqual({
      A: '1',
      B: 'two words',
      C: 'x',
      D: '',
    });
  });
});

describe('loadEnvFile', () => {
  const saved = { ...process.env };
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-env-'));
    for (const name of SECRET_NAMES) delete process.env[name];
    delete process.env.NODE_ENV;
  });
  afterEach(() => {
    process.env = { ...saved };
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('generates missing development secrets once and keeps them', () => {
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    loadEnvFile(dir);
    const first = fs.readFileSync(path.join(dir, '.env'), 'utf8');
    for (const name of SECRET_NAMES) expect(parseEnv(first)[name]).toBeTruthy();
    expect(parseEnv(first).APP_KEYS.split(',')).toHaveLength(4);

    for (const name of SECRET_NAMES) delete process.env[name];
    loadEnvFile(dir);
    expect(fs.readFileSync(path.join(dir, '.env'), 'utf8')).toBe(first);
  });

  it('never generates secrets in production', () => {
    process.env.NODE_ENV = 'production';
    loadEnvFile(dir);
    expect(fs.existsSync(path.join(dir, '.env'))).toBe(false);
  });

  it('keeps values already in the environment over the file', () => {
    fs.writeFileSync(path.join(dir, '.env'), 'PORT=1000\n');
    process.env.PORT = '2000';
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    loadEnvFile(dir);
    expect(process.env.PORT).toBe('2000');
  });
});
