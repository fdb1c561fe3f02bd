/**
 * What the other layers of the library use from classification beyond its
 * public API: the bands option check and banding with bands already checked.
 * Internal: not exported from the package.
 *
 * @module
 */
export { checkBandsOption } from './bands.js';
export { labelForScore } from './classify.js';
