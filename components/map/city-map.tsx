import { getFormatter, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/domain/vocabulary';
import { MAP_CLASSES, classBreaks, classOf, scaleFloor } from '@/lib/map/color-scale';
import { DISTRICT_SHAPES, MAP_HEIGHT, MAP_WIDTH } from '@/lib/map/district-shapes';
import { mapValue, type DistrictFigure, type MapMode } from '@/lib/map/get-map-figures';
import { districtName } from '@/lib/reference/labels';

/** Where a district's map link leads: the firms of that district found by search, red and black first for the level mode. */
export function districtSearchHref(locale: Locale, code: string, mode: MapMode): string {
  return mode === 'level' ? `/${locale}/search?district=${code}&level=red&level=black` : `/${locale}/search?district=${code}`;
}

/** The choropleth: each district filled by its class and its number written on it, each a link. */
export async function CityMap({ figures, mode, locale }: { figures: readonly DistrictFigure[]; mode: MapMode; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations('CityMap'), getFormatter()]);
  const values = new Map(figures.map((f) => [f.code, mapValue(f, mode)]));
  const breaks = classBreaks([...values.values()]);
  const floor = scaleFloor([...values.values()]);
  const shown = (v: number) => t('value', { mode, value: v });
  return (
    <figure className="min-w-0">
      <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} className="h-auto w-full max-w-full" role="group" aria-labelledby="city-map-title" data-testid="city-map">
        <title id="city-map-title">{t('mapTitle', { mode })}</title>
        {DISTRICT_SHAPES.map((d) => {
          const value = values.get(d.code) ?? 0;
          const cls = MAP_CLASSES[classOf(value, breaks)]!;
          const label = t('districtLink', { district: districtName(d.code, locale), value: shown(value) });
          return (
            <a key={d.code} href={districtSearchHref(locale, d.code, mode)} aria-label={label} data-district={d.code} data-value={value}>
              <title>{label}</title>
              <path d={d.path} fill={cls.fill} stroke="#334155" strokeWidth={1} />
            </a>
          );
        })}
        {/* Numbers on top of every shape, so a neighbour never covers one. */}
        <g aria-hidden="true">
          {DISTRICT_SHAPES.map((d) => {
            const value = values.get(d.code) ?? 0;
            const cls = MAP_CLASSES[classOf(value, breaks)]!;
            const [x, y] = d.label;
            return (
              <g key={d.code}>
                {d.anchor && <line x1={d.anchor[0]} y1={d.anchor[1]} x2={x} y2={y} stroke="#334155" strokeWidth={1} />}
                <text
                  x={x}
                  y={y}
                  textAnchor="middle"
                  dominantBaseline="middle"
                  fontSize={15}
                  fontWeight={700}
                  fill={d.anchor ? '#0f172a' : cls.text}
                  stroke={d.anchor ? '#fff' : 'none'}
                  strokeWidth={d.anchor ? 4 : 0}
                  paintOrder="stroke"
                >
                  {shown(value)}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      <figcaption className="mt-3 text-sm">
        <p className="font-semibold">{t('legendHeading')}</p>
        <ul className="mt-1 flex flex-wrap gap-3" data-testid="map-legend">
          {MAP_CLASSES.map((c, i) => (
            <li key={c.fill} className="flex items-center gap-1">
              <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4">
                <rect width="16" height="16" fill={c.fill} stroke="#334155" />
              </svg>
              {t('legendRange', {
                from: format.number(Math.round((i === 0 ? floor : breaks[i - 1]!) * 10) / 10),
                to: format.number(Math.round(breaks[i]! * 10) / 10),
              })}
            </li>
          ))}
        </ul>
        <p className="mt-2 text-xs text-slate-600">{t('source')}</p>
      </figcaption>
    </figure>
  );
}
