/** Small helpers the reference solutions share. */
export const tls = (authn: string, mtls = false) => ({ tls: true, mtls, authn });
export const call = (timeoutMs: number, circuitBreaker = false) => ({ timeoutMs, retries: 0, circuitBreaker });
