// AppError → notFound() for pages (lib/or-not-found.ts).
import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/errors';
import { orNotFound } from '../../lib/or-not-found';

const NOT_FOUND = /NEXT_HTTP_ERROR_FALLBACK;404/;

describe('orNotFound', () => {
  it('returns what the loader returns, sync or async', async () => {
    expect(await orNotFound(() => 7)).toBe(7);
    expect(await orNotFound(async () => 'x')).toBe('x');
  });

  it('turns any AppError into notFound() when no codes are given, synchronous throws included', async () => {
    await expect(
      orNotFound(() => {
        throw new AppError('bad_parameter');
      }),
    ).rejects.toThrow(NOT_FOUND);
    await expect(
      orNotFound(async () => {
        throw new AppError('not_found');
      }),
    ).rejects.toThrow(NOT_FOUND);
  });

  it('turns only the given codes into notFound()', async () => {
    await expect(
      orNotFound(async () => {
        throw new AppError('invalid_uscc');
      }, ['not_found', 'invalid_uscc']),
    ).rejects.toThrow(NOT_FOUND);
    await expect(
      orNotFound(async () => {
        throw new AppError('forbidden');
      }, ['not_found']),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('lets other errors through', async () => {
    const boom = new Error('boom');
    await expect(
      orNotFound(async () => {
        throw boom;
      }),
    ).rejects.toBe(boom);
  });
});
