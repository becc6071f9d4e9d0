// Which errors mean "PostgreSQL cannot be reached" (a 503 and "try again later") and which are
// bugs or bad input (a 500 or a 4xx). Error objects are shaped as postgres.js, Node and Drizzle
// raise them; tests/integration/database-unavailable.test.ts gets the real ones through a fault proxy.
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../lib/db/is-unavailable';
import { databaseUnavailableSince, markDatabaseAvailable, markDatabaseUnavailable } from '../../lib/db/health-marker';

const withCode = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    'ECONNREFUSED',
    'ECONNRESET',
    'ETIMEDOUT',
    'EPIPE',
    'EHOSTUNREACH',
    'CONNECT_TIMEOUT',
    'CONNECTION_CLOSED',
    'CONNECTION_ENDED',
    'CONNECTION_DESTROYED',
    'DATABASE_UNAVAILABLE',
  ])('socket or postgres.js connection error %s', (code) => expect(isDatabaseUnavailable(withCode(code))).toBe(true));

  it.each([
    ['57P01', 'terminating connection due to administrator command'],
    ['57P02', 'terminating connection due to crash of another server process'],
    ['57P03', 'the database system is starting up'],
    ['08006', 'connection failure'],
    ['53300', 'sorry, too many clients already'],
  ])('server state %s (%s)', (code, message) => expect(isDatabaseUnavailable(withCode(code, message))).toBe(true));

  it('a statement timeout, but not a cancel the application asked for', () => {
    expect(isDatabaseUnavailable(withCode('57014', 'canceling statement due to statement timeout'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('57014', 'canceling statement due to user request'))).toBe(false);
  });

  it('looks through Drizzle’s wrapper (cause) and Node’s dual-stack AggregateError (errors)', () => {
    const drizzle = Object.assign(new Error('Failed query: select 1\nparams: '), { cause: withCode('ECONNREFUSED') });
    expect(isDatabaseUnavailable(drizzle)).toBe(true);
    const aggregate = Object.assign(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]), { code: 'ECONNREFUSED' });
    expect(isDatabaseUnavailable(aggregate)).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([withCode('ECONNREFUSED')]))).toBe(true);
    expect(isDatabaseUnavailable(new Error('outer', { cause: new Error('middle', { cause: withCode('57P03') }) }))).toBe(true);
  });

  it('bugs, constraint violations and bad input are not an outage', () => {
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailable(withCode('23505', 'duplicate key value violates unique constraint'))).toBe(false);
    expect(isDatabaseUnavailable(withCode('42P01', 'relation "nope" does not exist'))).toBe(false);
    expect(isDatabaseUnavailable(withCode('22P02', 'invalid input syntax for type integer'))).toBe(false);
    expect(isDatabaseUnavailable(withCode('UNDEFINED_VALUE'))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('wrapped'), { cause: withCode('23505') }))).toBe(false);
    for (const value of [undefined, null, 'ECONNREFUSED', 42, {}]) expect(isDatabaseUnavailable(value)).toBe(false);
  });

  it('does not loop on a cause cycle', () => {
    const a = new Error('a') as Error & { cause?: unknown };
    const b = new Error('b', { cause: a });
    a.cause = b;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});

describe('the health marker', () => {
  it('keeps the start of an outage on globalThis until the database answers again', () => {
    markDatabaseAvailable();
    expect(databaseUnavailableSince()).toBeNull();
    markDatabaseUnavailable(1_000);
    markDatabaseUnavailable(2_000);
    expect(databaseUnavailableSince()).toBe(1_000);
    // What a custom server in the same process reads.
    expect((globalThis as { __creditSiteHealth?: { dbDownSince: number | null } }).__creditSiteHealth).toEqual({ dbDownSince: 1_000 });
    markDatabaseAvailable();
    expect(databaseUnavailableSince()).toBeNull();
    expect(globalThis.__creditSiteHealth?.dbDownSince).toBeNull();
  });
});
