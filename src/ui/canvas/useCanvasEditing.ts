import { useCallback, useState } from 'react';
import { useReactFlow, type Connection, type EdgeChange, type Node, type NodeChange, type XYPosition } from '@xyflow/react';
import { canConnect, edgeSchema, moveElements, uniqueId } from '../../core';
import { useArchStoreApi } from '../../store';
import { GROUP_HEIGHT, GROUP_WIDTH, NODE_HEIGHT, NODE_WIDTH, type FlowNode } from './toFlow';

const SIZES = { node: { width: NODE_WIDTH, height: NODE_HEIGHT }, group: { width: GROUP_WIDTH, height: GROUP_HEIGHT } };

/**
 * What the canvas does with React Flow's events: selection, drags (shown live, recorded as one
 * command when the drag ends) and new connections (checked by the core's canConnect).
 */
export function useCanvasEditing() {
  const store = useArchStoreApi();
  const flow = useReactFlow();
  // Positions (relative to the parent, as React Flow gives them) of nodes being dragged.
  const [dragging, setDragging] = useState<ReadonlyMap<string, XYPosition>>(new Map());

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const picks = changes.filter((c) => c.type === 'select');
      if (picks.length > 0) {
        const next = new Set(store.getState().selection);
        for (const c of picks) {
          if (c.selected) next.add(c.id);
          else next.delete(c.id);
        }
        store.getState().select([...next]);
      }
      const moves = changes.filter((c) => c.type === 'position' && c.position !== undefined && c.dragging === true);
      if (moves.length > 0) {
        setDragging((current) => {
          const next = new Map(current);
          for (const c of moves) if (c.type === 'position' && c.position !== undefined) next.set(c.id, c.position);
          return next;
        });
      }
    },
    [store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      const picks = changes.filter((c) => c.type === 'select');
      if (picks.length === 0) return;
      const next = new Set(store.getState().selection);
      for (const c of picks) {
        if (c.selected) next.add(c.id);
        else next.delete(c.id);
      }
      store.getState().select([...next]);
    },
    [store],
  );

  /** The drag is over: one command moves every dragged element (and re-parents it). */
  const onNodeDragStop = useCallback(
    (_event: unknown, _node: Node, dragged: Node[]) => {
      // React Flow gives positions relative to the parent; the design keeps absolute ones.
      const moves: Record<string, XYPosition> = {};
      for (const n of dragged) {
        const parent = n.parentId === undefined ? undefined : flow.getInternalNode(n.parentId)?.internals.positionAbsolute;
        moves[n.id] = parent === undefined ? n.position : { x: n.position.x + parent.x, y: n.position.y + parent.y };
      }
      setDragging(new Map());
      const state = store.getState();
      const command = moveElements(state.design, moves, SIZES);
      if (command !== null) state.dispatch(command);
    },
    [store, flow],
  );

  const isValidConnection = useCallback(
    (connection: Connection | { source: string; target: string }) => canConnect(store.getState().design, connection.source, connection.target).ok,
    [store],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      const state = store.getState();
      const check = canConnect(state.design, connection.source, connection.target);
      if (!check.ok) {
        state.notify({ kind: 'error', key: check.reason, values: check.values });
        return;
      }
      const taken = new Set([...state.design.nodes, ...state.design.edges, ...state.design.groups].map((x) => x.id));
      const edge = edgeSchema.parse({ id: uniqueId(`${connection.source}-${connection.target}`, taken), source: connection.source, target: connection.target });
      if (state.dispatch({ op: 'add-edge', edge })) state.select([edge.id]);
    },
    [store],
  );

  return { dragging, onNodesChange, onEdgesChange, onNodeDragStop, isValidConnection, onConnect };
}
