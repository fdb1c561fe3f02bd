/** The copies of a page by name, each a transformation of a crawled page's text (see copy-variants.mjs). */
export declare const COPY_VARIANTS: Readonly<Record<string, (text: string) => string>>;
