// The report's CJK font: Noto Sans SC from an npm package, so a fresh machine needs nothing. It
// covers Simplified and Traditional characters alike (tests/unit/reports.test.ts checks the
// zh-TW messages). Each 10 MB file is read and parsed once per process; pdfkit embeds only the
// glyphs a report uses (a subset), so a report stays small.
import fs from 'node:fs';
import path from 'node:path';
import { create, type Font } from 'fontkit';

const FONT_DIR = 'node_modules/@expo-google-fonts/noto-sans-sc';
const FILES = { regular: '400Regular/NotoSansSC_400Regular.ttf', bold: '700Bold/NotoSansSC_700Bold.ttf' } as const;

export type ReportFontWeight = keyof typeof FILES;

const loaded = new Map<ReportFontWeight, Font>();

/** The parsed font of `weight`, loaded on first use. */
export function reportFont(weight: ReportFontWeight): Font {
  let font = loaded.get(weight);
  if (!font) {
    // Read from the project's node_modules at run time (not bundled: 10 MB of font data).
    const file = path.join(/* turbopackIgnore: true */ process.cwd(), FONT_DIR, FILES[weight]);
    font = create(fs.readFileSync(file));
    loaded.set(weight, font);
  }
  return font;
}
