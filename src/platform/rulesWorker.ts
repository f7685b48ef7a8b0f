import { fromPlainEvaluation, type Design, type Evaluation, type PlainEvaluation } from '../core';

type Reply = { id: number; ok: true; evaluation: PlainEvaluation } | { id: number; ok: false; reason: string };

/**
 * The rules engine in a Web Worker, for designs large enough that checking them would hold the
 * page for more than a frame or two. Only the latest request matters: an older one still
 * running resolves to undefined when its answer comes back.
 */
export function createRulesWorker(): { evaluate: (design: Design) => Promise<Evaluation | undefined>; dispose: () => void } {
  let worker: Worker | undefined;
  let latest = 0;
  const pending = new Map<number, { design: Design; resolve: (value: Evaluation | undefined) => void; reject: (reason: Error) => void }>();

  const start = (): Worker => {
    const created = new Worker(new URL('./rules.worker.ts', import.meta.url), { type: 'module' });
    created.addEventListener('message', (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const request = pending.get(reply.id);
      pending.delete(reply.id);
      if (request === undefined) return;
      if (!reply.ok) request.reject(new Error(reply.reason));
      else request.resolve(reply.id === latest ? fromPlainEvaluation(reply.evaluation, request.design) : undefined);
    });
    created.addEventListener('error', () => {
      for (const request of pending.values()) request.reject(new Error('the rules worker stopped'));
      pending.clear();
      worker = undefined;
    });
    return created;
  };

  return {
    evaluate(design) {
      worker ??= start();
      latest += 1;
      const id = latest;
      return new Promise((resolve, reject) => {
        pending.set(id, { design, resolve, reject });
        worker!.postMessage({ id, design });
      });
    },
    dispose() {
      worker?.terminate();
      worker = undefined;
      pending.clear();
    },
  };
}
