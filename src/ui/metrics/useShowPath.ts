import { useReactFlow } from '@xyflow/react';
import type { EntryLatency } from '../../core';
import { useArchStoreApi } from '../../store';

/** Selects a latency path's components and connections on the canvas and brings them into view. */
export function useShowPath() {
  const store = useArchStoreApi();
  const flow = useReactFlow();
  return (entry: EntryLatency) => {
    const nodes = entry.hops.map((h) => h.node);
    const edges = entry.hops.flatMap((h) => (h.edge === undefined ? [] : [h.edge]));
    store.getState().select([...nodes, ...edges]);
    void flow.fitView({ nodes: nodes.map((id) => ({ id })), duration: 300, maxZoom: 1.2, padding: 0.3 });
  };
}
