/** Lab 6 reference solution: the policy decision point, keys and audit trail of the zero-trust template put back on the lab's start. */
import type { Design } from '../../model/types';
import { buildTemplate } from '../templateIds';
import { restore } from './extend';

export function lab06Solution(start: Design): Design {
  return restore(start, buildTemplate('zero-trust-inference', 'en', (prefix) => `${prefix}-template`));
}
