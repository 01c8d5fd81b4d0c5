/** Types for subset-font (the package ships none). */
declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer | Uint8Array,
    text: string,
    options?: { targetFormat?: 'woff2' | 'woff' | 'sfnt' | 'truetype'; preserveNameIds?: number[] },
  ): Promise<Buffer>;
}
