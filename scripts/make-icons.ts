// `npx tsx scripts/make-icons.ts`: draws the site's mark and writes the static assets in public/
// (favicon.ico, icon.svg, apple-touch-icon.png, icon-192.png, icon-512.png, og-image.png,
// manifest.webmanifest). The outputs are committed; run this again only to change the design.
//
// The mark is a seal (印) in the brand blue #0b4a8b carrying 信 ("credit, trust"). The character
// is drawn as strokes, not set in a font, so the result is the same on every machine whatever
// fonts it has. PNGs are rasterised from SVG by `sharp` (installed with Next.js as its image
// library; not a direct dependency of this project).
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import coreZhCN from '../lib/i18n/messages/zh-CN.json';
import coreEn from '../lib/i18n/messages/en.json';

const BLUE = '#0b4a8b';
const OUT = path.resolve('public');

/** 信 in a 100×100 box: 亻 on the left, 言 on the right; stroke ends cut square like a seal carving. */
function glyph(color: string, width = 6.5): string {
  const strokes = [
    'M38 18 L23 47', // 亻 left-falling stroke
    'M32 35 L32 82', // 亻 vertical
    'M57 17 L63 25', // 言 dot
    'M41 31 L80 31', // 言 top stroke
    'M47 42 L74 42',
    'M47 53 L74 53',
    'M49 62 L49 82', // 口
    'M49 63 L72 63 L72 82',
    'M49 80 L72 80',
  ];
  return `<g fill="none" stroke="${color}" stroke-width="${width}" stroke-linecap="square" stroke-linejoin="miter">${strokes.map((d) => `<path d="${d}"/>`).join('')}</g>`;
}

/** The seal on a transparent ground: rounded square, a thin inner frame, the character. At 16
 * pixels the frame would blur into the strokes, so the smallest size has bolder strokes and no frame. */
function sealSvg(size: number): string {
  const inner =
    size <= 16
      ? `<g transform="translate(50 50) scale(1.12) translate(-51 -50)">${glyph('#ffffff', 10)}</g>`
      : `<rect x="9" y="9" width="82" height="82" rx="8" fill="none" stroke="#ffffff" stroke-width="2.5"/>\n${glyph('#ffffff')}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">
<rect x="2" y="2" width="96" height="96" rx="14" fill="${BLUE}"/>
${inner}
</svg>`;
}

/** Full-bleed square (touch icons, manifest): iOS fills transparency with black, and a maskable
 * icon must keep its content inside the central 80% circle. */
function tileSvg(size: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">
<rect width="100" height="100" fill="${BLUE}"/>
<g transform="translate(20 20) scale(0.6)">
<rect x="4" y="4" width="92" height="92" rx="8" fill="none" stroke="#ffffff" stroke-width="3.5"/>
${glyph('#ffffff', 7)}
</g>
</svg>`;
}

/** The sharing image, 1200×630: the seal beside a stylised list of firms with the four level colours. */
function ogSvg(): string {
  const levels = ['#15803d', '#ca8a04', '#b91c1c', '#111827'];
  const rows = levels
    .map((colour, i) => {
      const y = 222 + i * 62;
      return `<circle cx="598" cy="${y}" r="16" fill="${colour}"/>
<rect x="634" y="${y - 14}" width="${300 - i * 36}" height="12" rx="6" fill="#94a3b8"/>
<rect x="634" y="${y + 6}" width="${200 + (i % 2) * 60}" height="9" rx="4.5" fill="#cbd5e1"/>`;
    })
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="${BLUE}"/>
<rect y="590" width="1200" height="40" fill="#083a6e"/>
<g transform="translate(150 165) scale(3)">
<rect x="0" y="0" width="100" height="100" rx="12" fill="#ffffff"/>
<rect x="7" y="7" width="86" height="86" rx="7" fill="none" stroke="${BLUE}" stroke-width="2.5"/>
${glyph(BLUE)}
</g>
<rect x="550" y="165" width="500" height="300" rx="16" fill="#ffffff"/>
${rows}
</svg>`;
}

/** An .ico holding PNG images (readable by every browser since IE 11 / Windows Vista). */
function icoFromPngs(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

const png = (svg: string) => sharp(Buffer.from(svg)).png({ compressionLevel: 9, adaptiveFiltering: true }).toBuffer();

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const write = (name: string, data: Buffer | string) => {
    fs.writeFileSync(path.join(OUT, name), data);
    console.log(`public/${name} (${Buffer.byteLength(data)} bytes)`);
  };
  write('icon.svg', sealSvg(100).replace(/\n/g, ''));
  const icoSizes = [16, 32, 48];
  write('favicon.ico', icoFromPngs(await Promise.all(icoSizes.map(async (size) => ({ size, png: await png(sealSvg(size)) })))));
  write('apple-touch-icon.png', await png(tileSvg(180)));
  write('icon-192.png', await png(tileSvg(192)));
  write('icon-512.png', await png(tileSvg(512)));
  write('og-image.png', await png(ogSvg()));
  const manifest = {
    name: coreZhCN.Common.siteName,
    short_name: coreZhCN.Common.siteShortName,
    description: coreEn.Common.siteName,
    lang: 'zh-CN',
    start_url: '/zh-CN',
    scope: '/',
    display: 'browser',
    background_color: '#ffffff',
    theme_color: BLUE,
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
  write('manifest.webmanifest', `${JSON.stringify(manifest, null, 2)}\n`);
}

await main();
