/** The file envelope: `{ format: 'archlab', version: N, design }`. */
export const FORMAT = 'archlab';

/** The schema version this build writes. Older versions are migrated on load. */
export const CURRENT_VERSION = 2;

/** The conventional file name suffix of design files. */
export const FILE_SUFFIX = '.archlab.json';
