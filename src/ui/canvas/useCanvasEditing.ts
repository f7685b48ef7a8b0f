import { useCallback, useState } from 'react';
import { useReactFlow, type Connection, type FinalConnectionState, type EdgeChange, type Node, type NodeChange, type XYPosition } from '@xyflow/react';
import { canConnect, connectCommand, moveElements } from '../../core';
import { useArchStoreApi } from '../../store';
import { GROUP_HEIGHT, GROUP_WIDTH, NODE_HEIGHT, NODE_WIDTH, type FlowNode } from './toFlow';

/** A node's live position (relative to its parent) and size during a drag or a resize. */
export interface LiveBox {
  position?: XYPosition;
  size?: { width: number; height: number };
}

const SIZES = { node: { width: NODE_WIDTH, height: NODE_HEIGHT }, group: { width: GROUP_WIDTH, height: GROUP_HEIGHT } };

/**
 * What the canvas does with React Flow's events: selection, drags (shown live, recorded as one
 * command when the drag ends) and new connections (checked by the core's canConnect).
 */
export function useCanvasEditing() {
  const store = useArchStoreApi();
  const flow = useReactFlow();
  // Where nodes being dragged or resized are drawn until the gesture is recorded: positions
  // relative to the parent, as React Flow gives them, and sizes.
  const [dragging, setDragging] = useState<ReadonlyMap<string, LiveBox>>(new Map());

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
      const live = changes.filter(
        (c) => (c.type === 'position' && c.position !== undefined && c.dragging === true) || (c.type === 'dimensions' && c.resizing === true),
      );
      if (live.length > 0) {
        setDragging((current) => {
          const next = new Map(current);
          for (const c of live) {
            if (c.type !== 'position' && c.type !== 'dimensions') continue;
            const box = { ...next.get(c.id) };
            if (c.type === 'position' && c.position !== undefined) box.position = c.position;
            if (c.type === 'dimensions' && c.dimensions !== undefined) box.size = c.dimensions;
            next.set(c.id, box);
          }
          return next;
        });
      }
      // A resize from the top or left edge also moves the group: React Flow says so without `dragging`.
      const resizeMoves = changes.filter((c) => c.type === 'position' && c.position !== undefined && c.dragging !== true);
      if (resizeMoves.length > 0 && changes.some((c) => c.type === 'dimensions' && c.resizing === true)) {
        setDragging((current) => {
          const next = new Map(current);
          for (const c of resizeMoves) if (c.type === 'position' && c.position !== undefined) next.set(c.id, { ...next.get(c.id), position: c.position });
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
      const result = connectCommand(state.design, connection.source, connection.target);
      if (!result.ok) state.notify({ kind: 'error', key: result.reason, values: result.values });
      else if (state.dispatch(result.command)) state.select([result.edgeId]);
    },
    [store],
  );

  /** A group resize is over: one command records its new box (absolute). */
  const onResizeEnd = useCallback(
    (id: string, box: { x: number; y: number; width: number; height: number }) => {
      const node = flow.getInternalNode(id);
      const parent = node?.parentId === undefined ? undefined : flow.getInternalNode(node.parentId)?.internals.positionAbsolute;
      const x = Math.round(box.x + (parent?.x ?? 0));
      const y = Math.round(box.y + (parent?.y ?? 0));
      setDragging(new Map());
      store.getState().dispatch({ op: 'set-boxes', boxes: { [id]: { x, y, width: Math.round(box.width), height: Math.round(box.height) } } });
    },
    [store, flow],
  );

  /** A drag onto a node that React Flow refused (isValidConnection): say why. */
  const onConnectEnd = useCallback(
    (_event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid !== false || state.fromNode === null || state.toNode === null) return;
      const now = store.getState();
      const check = canConnect(now.design, state.fromNode.id, state.toNode.id);
      if (!check.ok) now.notify({ kind: 'error', key: check.reason, values: check.values });
    },
    [store],
  );

  return { dragging, onResizeEnd, onConnectEnd, onNodesChange, onEdgesChange, onNodeDragStop, isValidConnection, onConnect };
}
