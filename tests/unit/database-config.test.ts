import { describe, expect, it } from 'vitest';
import {
  DatabaseConfigError,
  describeDatabase,
  getDatabaseConfig,
  resolveDatabaseEnv,
} from '../../database/config';

describe('resolveDatabaseEnv', () => {
  it('prefers --env, then DATABASE_ENV, then NODE_ENV', () => {
    expect(resolveDatabaseEnv('staging', { DATABASE_ENV: 'test', NODE_ENV: 'production' })).toBe('staging');
    expect(resolveDatabaseEnv(undefined, { DATABASE_ENV: 'test', NODE_ENV: 'production' })).toBe('test');
    expect(resolveDatabaseEnv(undefined, { NODE_ENV: 'production' })).toBe('production');
    expect(resolveDatabaseEnv(undefined, { NODE_ENV: 'test' })).toBe('test');
    expect(resolveDatabaseEnv(undefined, {})).toBe('development');
  });

  it('names the bad value and where it came from', () => {
    expect(() => resolveDatabaseEnv('prod', {})).toThrow(
      /Unknown database environment "prod" \(from --env\)/,
    );
    expect(() => resolveDatabaseEnv(undefined, { DATABASE_ENV: 'qa' })).toThrow(/"qa" \(from DATABASE_ENV\)/);
  });
});

describe('getDatabaseConfig', () => {
  it('puts development and test in local files under data/', () => {
    expect(getDatabaseConfig('development', {}, '/srv/app')).toMatchObject({
      url: 'file:/srv/app/data/development.db',
      env: 'development',
    });
    expect(getDatabaseConfig('test', {}, '/srv/app').url).toBe('file:/srv/app/data/test.db');
  });

  it('lets DATABASE_URL override any environment', () => {
    const config = getDatabaseConfig(
      'production',
      { DATABASE_URL: 'libsql://x.turso.io', DATABASE_AUTH_TOKEN: 't' },
      '/srv',
    );
    expect(config).toMatchObject({ url: 'libsql://x.turso.io', authToken: 't', env: 'production' });
  });

  it('reads the Turso variables of staging and production and fails naming a missing one', () => {
    const source = { TURSO_DATABASE_URL_PROD: 'libsql://prod.turso.io', TURSO_AUTH_TOKEN_PROD: 'secret' };
    expect(getDatabaseConfig('production', source)).toMatchObject({
      url: 'libsql://prod.turso.io',
      authToken: 'secret',
    });
    expect(() => getDatabaseConfig('production', {})).toThrow(/TURSO_DATABASE_URL_PROD is required/);
    expect(() => getDatabaseConfig('staging', { TURSO_DATABASE_URL_STAGING: 'libsql://s.turso.io' })).toThrow(
      /TURSO_AUTH_TOKEN_STAGING is required/,
    );
    expect(() => getDatabaseConfig('staging', { TURSO_DATABASE_URL_STAGING: 'postgres://nope' })).toThrow(
      DatabaseConfigError,
    );
  });

  it('makes an embedded replica with the environment sync interval when a replica path is set', () => {
    const base = {
      TURSO_DATABASE_URL_PROD: 'libsql://prod.turso.io',
      TURSO_AUTH_TOKEN_PROD: 'secret',
      DATABASE_REPLICA_PATH: 'data/replica.db',
    };
    expect(getDatabaseConfig('production', base, '/srv')).toMatchObject({
      url: 'file:/srv/data/replica.db',
      syncUrl: 'libsql://prod.turso.io',
      syncInterval: 15,
    });
    const staging = {
      TURSO_DATABASE_URL_STAGING: 'libsql://s.turso.io',
      TURSO_AUTH_TOKEN_STAGING: 's',
      DATABASE_REPLICA_PATH: 'r.db',
    };
    expect(getDatabaseConfig('staging', staging, '/srv').syncInterval).toBe(30);
    const dev = {
      DATABASE_URL: 'libsql://d.turso.io',
      DATABASE_AUTH_TOKEN: 'd',
      DATABASE_REPLICA_PATH: 'r.db',
    };
    expect(getDatabaseConfig('development', dev, '/srv').syncInterval).toBe(60);
  });

  it('validates the busy timeout and never prints the token', () => {
    expect(() => getDatabaseConfig('development', { DATABASE_BUSY_TIMEOUT_MS: 'soon' })).toThrow(
      /DATABASE_BUSY_TIMEOUT_MS/,
    );
    const config = getDatabaseConfig('production', {
      TURSO_DATABASE_URL_PROD: 'libsql://prod.turso.io',
      TURSO_AUTH_TOKEN_PROD: 'topsecret',
    });
    expect(describeDatabase(config)).not.toContain('topsecret');
  });
});
