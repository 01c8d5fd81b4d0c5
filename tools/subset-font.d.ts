/** Types for subset-font (the package ships none), used by scripts/subsetFonts.ts and the label-width test. */
declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer | Uint8Array,
    text: string,
    options?: { targetFormat?: 'woff2' | 'woff' | 'sfnt' | 'truetype'; preserveNameIds?: number[] },
  ): Promise<Buffer>;
}
