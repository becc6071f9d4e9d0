import { DISTRICT_SHAPES, MAP_HEIGHT, MAP_WIDTH, districtShape } from '@/lib/map/district-shapes';

// The profile's small map of Jinan with the firm's division filled, as a static image: one file
// per division, generated at build and cached like any asset. (Drawn inline it was 20 KB of SVG
// in the HTML and 20 KB more in its RSC payload, 40% of every profile's bytes.)
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return DISTRICT_SHAPES.map((d) => ({ code: d.code }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  if (!districtShape(code)) return new Response(null, { status: 404 });
  const paths = DISTRICT_SHAPES.map((d) => `<path d="${d.path}" fill="${d.code === code ? '#08519c' : '#e2e8f0'}" stroke="#fff" stroke-width="3"/>`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}">${paths.join('')}</svg>`;
  // Its own lifetime, which Next keeps for a static route: browsers too may keep it for a day (Next's
  // default, s-maxage only, had every profile visit re-fetch it). It changes only with a deploy.
  return new Response(svg, {
    headers: { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'public, max-age=86400, stale-while-revalidate=604800' },
  });
}
