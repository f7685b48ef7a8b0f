import type { Rule } from '../types';
import { confidentialCompute } from './confidentialCompute';
import { encryptionAtRest } from './encryptionAtRest';
import { encryptionInTransit } from './encryptionInTransit';
import { kmsKeys } from './kmsKeys';
import { zeroTrustAuthn } from './zeroTrustAuthn';
import { zeroTrustMtls } from './zeroTrustMtls';
import { zeroTrustPep } from './zeroTrustPep';

/** The rules of this area, in the order the Findings tab lists them. */
export const SECURITY_RULES: readonly Rule[] = [
  zeroTrustMtls,
  zeroTrustAuthn,
  zeroTrustPep,
  encryptionInTransit,
  encryptionAtRest,
  kmsKeys,
  confidentialCompute,
];
