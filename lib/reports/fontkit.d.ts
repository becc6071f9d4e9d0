// The part of fontkit (pdfkit's font engine, no bundled types) that lib/reports/fonts.ts uses.
declare module 'fontkit' {
  export interface Font {
    layout: (...args: unknown[]) => unknown;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
