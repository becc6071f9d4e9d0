import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/domain/vocabulary';
import { DISTRICT_SHAPES, MAP_HEIGHT, MAP_WIDTH, districtShape } from '@/lib/map/district-shapes';
import { districtName } from '@/lib/reference/labels';

/** A small map of Jinan with one division filled (the profile's "where a firm is"), in words too. */
export async function DistrictLocator({ code, locale }: { code: string; locale: Locale }) {
  const t = await getTranslations('DistrictLocator');
  const district = districtName(code, locale);
  if (!districtShape(code)) return <p className="text-sm text-slate-600">{t('noBoundary', { district })}</p>;
  return (
    <svg
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      className="h-28 w-auto"
      role="img"
      aria-label={t('label', { district })}
      data-testid="district-locator"
      data-district={code}
    >
      {DISTRICT_SHAPES.map((d) => (
        <path key={d.code} d={d.path} fill={d.code === code ? '#08519c' : '#e2e8f0'} stroke="#fff" strokeWidth={3} />
      ))}
    </svg>
  );
}
