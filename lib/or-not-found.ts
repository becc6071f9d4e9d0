import 'server-only';
// The one mapping from AppError to a 404 page (pages' counterpart of lib/api/respond.ts): a bad
// path or query parameter, or a record that is not published, is a page that does not exist.
import { notFound } from 'next/navigation';
import { AppError, type AppErrorCode } from './errors';

/**
 * Runs `load` and calls notFound() for an AppError it throws: any AppError, or only those of
 * `codes` when given. Other errors propagate (the error page, or a 503 for an outage).
 */
export async function orNotFound<T>(load: () => T | Promise<T>, codes?: readonly AppErrorCode[]): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && (codes === undefined || codes.includes(error.code))) notFound();
    throw error;
  }
}
