/** Lab 4 reference solution: the router, cache and monitoring of the multi-model template put back on the lab's start. */
import type { Design } from '../../model/types';
import { buildTemplate } from '../templateIds';
import { restore } from './extend';

export function lab04Solution(start: Design): Design {
  return restore(start, buildTemplate('multi-model-serving', 'en', (prefix) => `${prefix}-template`));
}
