/**
 * The baseline of the canvas drag benchmark (bench/canvasDrag.ts): a bare React Flow page with
 * default nodes and edges, the state kept by useNodesState/useEdgesState and changes applied
 * with applyNodeChanges. The benchmark renders a graph by calling window.__renderGraph. React
 * Flow's stylesheet is linked from index.html (no CSS import here, so the file typechecks without
 * vite/client types).
 */
import { StrictMode, useCallback } from 'react';
import { createRoot } from 'react-dom/client';
import { applyNodeChanges, ReactFlow, useEdgesState, useNodesState, type NodeChange, type ReactFlowInstance } from '@xyflow/react';
import type { BareGraph } from './graph';

declare global {
  interface Window {
    __renderGraph?: (graph: BareGraph) => void;
    /** Centres the view on a node at `zoom`; false when there is no such node. */
    __centreOn?: (id: string, zoom: number) => Promise<boolean>;
  }
}

/** Defined once: a new function on every render would make React Flow render its graph again on every move. */
function onInit(flow: ReactFlowInstance) {
  window.__centreOn = async (id, zoom) => {
    const node = flow.getInternalNode(id);
    if (node === undefined) return false;
    const { x, y } = node.internals.positionAbsolute;
    await flow.setCenter(x + (node.measured.width ?? 0) / 2, y + (node.measured.height ?? 0) / 2, { zoom });
    return true;
  };
}

function Flow({ graph }: { graph: BareGraph }) {
  const [nodes, setNodes] = useNodesState(graph.nodes);
  const [edges, , onEdgesChange] = useEdgesState(graph.edges);
  const onNodesChange = useCallback((changes: NodeChange[]) => setNodes((current) => applyNodeChanges(changes, current)), [setNodes]);
  return (
    <div style={{ width: graph.width, height: graph.height }}>
      <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} fitView minZoom={0.1} onInit={onInit} />
    </div>
  );
}

window.__renderGraph = (graph) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Flow graph={graph} />
    </StrictMode>,
  );
};
