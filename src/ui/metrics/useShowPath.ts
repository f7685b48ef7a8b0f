import type { EntryLatency } from '../../core';
import { useArchStoreApi } from '../../store';
import { useFitDesign } from '../canvas/fitDesign';

/** Selects a latency path's components and connections on the canvas and brings them into view. */
export function useShowPath() {
  const store = useArchStoreApi();
  const fit = useFitDesign();
  return (entry: EntryLatency) => {
    const nodes = entry.hops.map((h) => h.node);
    const edges = entry.hops.flatMap((h) => (h.edge === undefined ? [] : [h.edge]));
    store.getState().select([...nodes, ...edges]);
    fit({ ids: nodes, duration: 300, maxZoom: 1.2, padding: 0.3 });
  };
}
