import { designSchema } from './schema';
import type { Design } from './types';

/** A blank design with every default filled in. */
export function createDesign(id: string, name: string): Design {
  return designSchema.parse({ id, name });
}
