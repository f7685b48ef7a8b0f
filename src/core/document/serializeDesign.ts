import type { Design } from '../model/types';
import { CURRENT_VERSION, FORMAT } from './envelope';

export interface DesignEnvelope {
  format: typeof FORMAT;
  version: number;
  design: Design;
}

export function toEnvelope(design: Design): DesignEnvelope {
  return { format: FORMAT, version: CURRENT_VERSION, design };
}

/** The text of a design file: the current envelope as indented JSON, ending with a new line. */
export function serializeDesign(design: Design): string {
  return `${JSON.stringify(toEnvelope(design), null, 2)}\n`;
}
