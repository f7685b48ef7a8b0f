import { fromPlainEvaluation, structuralEdit, valueEdits, type Design, type Evaluation, type PlainEvaluation } from '../core';
import type { CheckRequest } from './workerChecks';

type Reply = { id: number; ok: true; evaluation: PlainEvaluation } | { id: number; ok: false; reason: string };

/**
 * The rules engine in a Web Worker, for designs large enough that checking them would hold the
 * page for more than a frame or two. Only the latest request matters: an older one still
 * running resolves to undefined when its answer comes back. When a design differs from the one
 * sent before it only in values, the worker is told which, and runs only the rules that read
 * them; when only in its structure, which elements changed, and runs only the rules that looked
 * at them.
 */
export function createRulesWorker(): { evaluate: (design: Design) => Promise<Evaluation | undefined>; dispose: () => void } {
  let worker: Worker | undefined;
  let latest = 0;
  /** The last design sent to the running worker. */
  let sent: { id: number; design: Design } | undefined;
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
      // A worker that failed is replaced by a new one on the next request; a late error from it must not touch its successor.
      created.terminate();
      if (worker !== created) return;
      for (const request of pending.values()) request.reject(new Error('the rules worker stopped'));
      pending.clear();
      worker = undefined;
      sent = undefined;
    });
    return created;
  };

  /** What changed since the design sent before, when only values did, or only the structure. */
  const since = (design: Design): Pick<CheckRequest, 'since'> => {
    if (sent === undefined) return {};
    const edit = structuralEdit(sent.design, design);
    const changed = edit === null ? undefined : { nodes: [...edit.nodes], edges: [...edit.edges], groups: [...edit.groups] };
    const keys = valueEdits(sent.design, design);
    if (keys !== null) return { since: { id: sent.id, keys: [...keys], ...(changed === undefined ? {} : { changed }) } };
    return changed === undefined ? {} : { since: { id: sent.id, changed } };
  };

  return {
    evaluate(design) {
      worker ??= start();
      latest += 1;
      const id = latest;
      const request: CheckRequest = { id, design, ...since(design) };
      sent = { id, design };
      return new Promise((resolve, reject) => {
        pending.set(id, { design, resolve, reject });
        worker!.postMessage(request);
      });
    },
    dispose() {
      worker?.terminate();
      worker = undefined;
      sent = undefined;
      pending.clear();
    },
  };
}
