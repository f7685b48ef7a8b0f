import type { Rule } from '../types';
import { antiCorruptionLayer } from './antiCorruptionLayer';
import { cqrsReadModel } from './cqrsReadModel';
import { eventStoreSingleWriter } from './eventStoreSingleWriter';
import { gatewayAuthn } from './gatewayAuthn';
import { gatewayInFront } from './gatewayInFront';
import { gatewayRateLimit } from './gatewayRateLimit';

/** The rules of this area, in the order the Findings tab lists them. */
export const INTEGRATION_RULES: readonly Rule[] = [
  gatewayInFront,
  gatewayAuthn,
  gatewayRateLimit,
  antiCorruptionLayer,
  cqrsReadModel,
  eventStoreSingleWriter,
];
