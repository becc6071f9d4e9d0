import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/domain/vocabulary';
import { MAP_HEIGHT, MAP_WIDTH, districtShape } from '@/lib/map/district-shapes';
import { districtName } from '@/lib/reference/labels';

/**
 * A small map of Jinan with one division filled (the profile's "where a firm is"), in words too.
 * The map is a static image per division (app/maps/district/[code]), shared by every profile.
 */
export async function DistrictLocator({ code, locale }: { code: string; locale: Locale }) {
  const t = await getTranslations('DistrictLocator');
  const district = districtName(code, locale);
  if (!districtShape(code)) return <p className="text-sm text-slate-600">{t('noBoundary', { district })}</p>;
  return (
    // A plain image: the SVG needs no resizing or format conversion, and next/image would add a loader.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={`/maps/district/${code}`}
      alt={t('label', { district })}
      width={MAP_WIDTH}
      height={MAP_HEIGHT}
      loading="lazy"
      className="h-28 w-auto"
      data-testid="district-locator"
      data-district={code}
    />
  );
}
