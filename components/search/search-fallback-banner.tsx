import { getTranslations } from 'next-intl/server';

/**
 * Says that results are limited because full-text search (Meilisearch) is unavailable and the
 * PostgreSQL fallback answered: shown by the entity search and policy search pages.
 */
export async function SearchFallbackBanner({ kind }: { kind: 'entities' | 'policies' }) {
  const t = await getTranslations('Fallback');
  return (
    <div role="status" data-testid="search-fallback-banner" className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
      <p className="font-semibold">{t('heading')}</p>
      <p className="mt-1 text-sm">{kind === 'entities' ? t('entities') : t('policies')}</p>
    </div>
  );
}
