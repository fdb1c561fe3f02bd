/** The copies of a page by name, each a transformation of a crawled page's text (see copy-variants.mjs). */
export declare const COPY_VARIANTS: Readonly<Record<string, (text: string) => string>>;
/** A line with the markers in `drop` removed, as a browser's copy removes them. */
export declare function dropMarkers(line: string, drop: readonly ('indent' | 'number' | 'bullet')[]): string;
