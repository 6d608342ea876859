import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

const defaults = { webBuildDir: '/app/web/build', cwd: '/srv' };

describe('loadConfig', () => {
  it('has working defaults', () => {
    expect(loadConfig({}, defaults)).toEqual({
      ok: true,
      config: {
        port: 3000,
        host: '0.0.0.0',
        dataDir: '/srv/data',
        origin: 'http://localhost:3000',
        seedDemo: true,
        demoPassword: 'schichtbrett',
        addressHeader: null,
        xffDepth: 1,
        logLevel: 'info',
        webBuildDir: '/app/web/build',
        testNow: null,
      },
    });
  });

  it('reads every variable', () => {
    const result = loadConfig(
      {
        PORT: '8080',
        HOST: '127.0.0.1',
        DATA_DIR: 'var',
        ORIGIN: 'https://plan.example.org/',
        SEED_DEMO: '0',
        DEMO_PASSWORD: 'geheim-genug',
        ADDRESS_HEADER: 'X-Forwarded-For',
        XFF_DEPTH: '2',
        LOG_LEVEL: 'warn',
        WEB_BUILD_DIR: 'web',
        SCHICHTBRETT_TEST_NOW: '2026-12-06T20:30:00+01:00',
      },
      defaults,
    );
    expect(result).toMatchObject({
      ok: true,
      config: {
        port: 8080,
        host: '127.0.0.1',
        dataDir: '/srv/var',
        origin: 'https://plan.example.org',
        seedDemo: false,
        demoPassword: 'geheim-genug',
        addressHeader: 'x-forwarded-for',
        xffDepth: 2,
        logLevel: 'warn',
        webBuildDir: '/srv/web',
        testNow: new Date('2026-12-06T19:30:00Z'),
      },
    });
  });

  it('refuses nonsense instead of guessing', () => {
    expect(
      loadConfig(
        {
          PORT: 'abc',
          SEED_DEMO: 'maybe',
          ORIGIN: 'not a url',
          DEMO_PASSWORD: 'kurz',
          XFF_DEPTH: '0',
          SCHICHTBRETT_TEST_NOW: '2026-12-06 20:30',
        },
        defaults,
      ),
    ).toEqual({
      ok: false,
      problems: [
        'PORT must be a port number, got "abc"',
        'SEED_DEMO must be 1 or 0, got "maybe"',
        'ORIGIN must be a URL, got "not a url"',
        'XFF_DEPTH must be a positive whole number, got "0"',
        'DEMO_PASSWORD must have at least 8 characters',
        'SCHICHTBRETT_TEST_NOW must be an instant with its offset (2026-12-06T20:30:00+01:00), got "2026-12-06 20:30"',
      ],
    });
  });
});
