/** A bundle's bytes: minified for the browser, and that compressed with brotli (as size-limit measures). */
export interface BundleBytes {
  readonly minified: number;
  readonly brotli: number;
}

/** What one export of critic-consensus/sites adds to a bundle of `parse`, from the sources and from the library built as dist/ is. */
export interface SiteBundle {
  readonly name: string;
  readonly sources: BundleBytes;
  readonly built: BundleBytes;
}

/** Each export of the sites module (each site, and `ALL_SITES`) with what it adds to a bundle of `parse` (see site-bundles.mjs); `brotli: false` leaves the brotli figures NaN. */
export declare function measureSiteBundles(options?: {
  readonly brotli?: boolean;
}): Promise<{ readonly core: { readonly sources: BundleBytes; readonly built: BundleBytes }; readonly sites: readonly SiteBundle[] }>;
