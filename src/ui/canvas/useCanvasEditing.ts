import { useCallback, useState } from 'react';
import { useReactFlow, useStoreApi, type Connection, type FinalConnectionState, type EdgeChange, type Node, type NodeChange, type XYPosition } from '@xyflow/react';
import { canConnect, connectCommand, moveElements } from '../../core';
import { useArchStoreApi } from '../../store';
import { GROUP_HEIGHT, GROUP_WIDTH, NODE_HEIGHT, NODE_WIDTH, type FlowNode } from './toFlow';

/** A node's live position (relative to its parent) and size during a drag or a resize. */
export interface LiveBox {
  position?: XYPosition;
  size?: { width: number; height: number };
}

const SIZES = { node: { width: NODE_WIDTH, height: NODE_HEIGHT }, group: { width: GROUP_WIDTH, height: GROUP_HEIGHT } };

/** A flow node drawn with its live box. */
export function withLiveBox<N extends FlowNode>(node: N, live: LiveBox | undefined): N {
  if (live === undefined) return node;
  const size = live.size === undefined ? {} : { width: live.size.width, height: live.size.height, measured: live.size, style: { ...node.style, ...live.size } };
  return { ...node, ...(live.position === undefined ? {} : { position: live.position }), ...size };
}

/**
 * What the canvas does with React Flow's events: selection, drags (shown live, recorded as one
 * command when the drag ends) and new connections (checked by the core's canConnect).
 *
 * A drag's moves go straight into React Flow's store (as React Flow does with nodes it owns),
 * without rendering the canvas again: on a large design, each render of the canvas and each
 * new node list given to React Flow cost a few milliseconds per pointer move. The canvas renders
 * when a gesture starts and ends (`gesture`, the ids it moves or resizes); should it render in
 * between, it draws the nodes with their live boxes (`liveBoxes`).
 */
export function useCanvasEditing() {
  const store = useArchStoreApi();
  const flow = useReactFlow();
  const flowStore = useStoreApi<FlowNode>();
  // Where nodes being dragged or resized are drawn until the gesture is recorded: positions
  // relative to the parent, as React Flow gives them, and sizes.
  const [liveBoxes] = useState(() => new Map<string, LiveBox>());
  const [gesture, setGesture] = useState<ReadonlySet<string>>(new Set<string>());

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const picks = changes.filter((c) => c.type === 'select');
      if (picks.length > 0) {
        const { selection, design, select } = store.getState();
        const next = new Set(selection);
        for (const c of picks) {
          if (c.selected) next.add(c.id);
          else next.delete(c.id);
        }
        // A box selection also takes every connection of the components in the box: React Flow
        // does so only for the connections it holds (useFlowNearView), the canvas for all.
        if (flowStore.getState().userSelectionRect !== null) {
          for (const e of design.edges) {
            if (next.has(e.source) || next.has(e.target)) next.add(e.id);
            else next.delete(e.id);
          }
        }
        select([...next]);
      }
      const resizing = changes.some((c) => c.type === 'dimensions' && c.resizing === true);
      const changed = new Set<string>();
      for (const c of changes) {
        if (c.type === 'position' && c.position !== undefined && (c.dragging === true || resizing)) {
          // A resize from the top or left edge also moves the group: React Flow says so without `dragging`.
          liveBoxes.set(c.id, { ...liveBoxes.get(c.id), position: c.position });
          changed.add(c.id);
        } else if (c.type === 'dimensions' && c.resizing === true && c.dimensions !== undefined) {
          liveBoxes.set(c.id, { ...liveBoxes.get(c.id), size: c.dimensions });
          changed.add(c.id);
        }
      }
      if (changed.size === 0) return;
      const { nodes, setNodes } = flowStore.getState();
      setNodes(nodes.map((n) => (changed.has(n.id) ? withLiveBox(n, liveBoxes.get(n.id)) : n)));
      setGesture((current) => ([...changed].every((id) => current.has(id)) ? current : new Set([...current, ...changed])));
    },
    [store, flowStore, liveBoxes],
  );

  const endGesture = useCallback(() => {
    liveBoxes.clear();
    setGesture(new Set<string>());
  }, [liveBoxes]);

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
      endGesture();
      const state = store.getState();
      const command = moveElements(state.design, moves, SIZES);
      if (command !== null) state.dispatch(command);
    },
    [store, flow, endGesture],
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
      endGesture();
      store.getState().dispatch({ op: 'set-boxes', boxes: { [id]: { x, y, width: Math.round(box.width), height: Math.round(box.height) } } });
    },
    [store, flow, endGesture],
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

  return { gesture, liveBoxes, endGesture, onResizeEnd, onConnectEnd, onNodesChange, onEdgesChange, onNodeDragStop, isValidConnection, onConnect };
}
