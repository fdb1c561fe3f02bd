/** A source file of the core's bundle and its minified bytes there. */
export interface CoreFile {
  readonly path: string;
  readonly bytes: number;
}

/** A folder of the sources and the minified bytes of all its files in the core's bundle, subfolders included; `depth` 0 for `src`. */
export interface CoreFolder extends CoreFile {
  readonly depth: number;
}

/** The core's bundle, measured (see core-sizes.mjs): bytes minified and brotli (as size-limit reports them), by file and folder, by part of the exports, and dist/index.js's brotli when built. */
export declare function measureCore(): Promise<{
  readonly minified: number;
  readonly brotli: number;
  readonly files: readonly CoreFile[];
  readonly folders: readonly CoreFolder[];
  readonly parts: readonly { readonly part: string; readonly brotli: number }[];
  readonly dist: number | undefined;
}>;

/** A bundle of the core's exports `names` (a list as `export { ... }` takes it) alone, made as size-limit makes one: its code and brotli bytes. */
export declare function bundleExports(names: string): Promise<{ readonly code: string; readonly brotli: number }>;

/** What the core's bundle loses without each era of SITES, each Metacritic reader and refiner, and every reader of copied text (see core-sizes.mjs); `brotli: false` leaves the brotli figures NaN. */
export declare function measureWithout(options?: {
  readonly brotli?: boolean;
}): Promise<readonly { readonly part: string; readonly minified: number; readonly brotli: number }[]>;
