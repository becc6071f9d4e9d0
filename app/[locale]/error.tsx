'use client';
// The error page of every public page: translated, says what still works, offers retry and home.
// Reached when a page cannot be rendered (most often: PostgreSQL is down and the page is not cached).
import { ErrorPanel } from '@/components/errors/error-panel';

export default function LocaleError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : undefined;
  return <ErrorPanel digest={digest} retry={retry} />;
}
