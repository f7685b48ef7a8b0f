import { useEffect, useMemo } from 'react';
import { useStore, useStoreApi } from '@xyflow/react';
import type { Design } from '../../core';
import { movingIds } from './dragLayers';
import type { DesignRects, Rect } from './minimapShapes';
import type { FlowEdge, FlowNode } from './toFlow';
import { withLiveBox, type useCanvasEditing } from './useCanvasEditing';
import { useDragLayers } from './useDragLayers';
import { useViewWindow } from './useViewWindow';
import { createKeptFilter, heldByFlow, keptInWindow, NO_IDS, stillInWindow } from './viewWindow';

interface FlowNearViewInput {
  design: Design;
  selection: readonly string[];
  rects: DesignRects;
  /** The whole design as React Flow nodes and edges (toFlow.ts). */
  nodes: FlowNode[];
  edges: FlowEdge[];
  editing: ReturnType<typeof useCanvasEditing>;
  /** Far out: the still components are drawn by the canvas (StillComponents), not by React Flow. */
  stillComponents: boolean;
  /** Components pressed on the canvas's cards, handed to React Flow (StillComponents). */
  engaged: ReadonlySet<string>;
}

interface NearView {
  /** The components and groups React Flow holds, as it must draw them. */
  shown: FlowNode[];
  /** The connections React Flow holds: those selected, or with an end that moves. */
  keptEdges: FlowEdge[];
  /** The connections near the view: the canvas draws those React Flow does not (StaticConnections). */
  near: ReadonlySet<string>;
  /** The window around the view (viewWindow.ts), once React Flow knows its size. */
  window: Rect | undefined;
  /** The components of the window the canvas draws where React Flow does not (StillComponents): none unless far out. */
  still: ReadonlySet<string>;
}

/**
 * The nodes and edges the canvas gives React Flow: the components and groups in the window around
 * the view, and wherever they are the selection and what a gesture moves, with the connections
 * selected or with a moving end (viewWindow.ts); nodes drawn with their live boxes during a
 * gesture; nothing until React Flow knows its size. Also the connections through the window,
 * which the canvas draws itself where React Flow does not (StaticConnections), and far out
 * the window's components, which it draws likewise (StillComponents) except while React Flow
 * draws a selection box (which selects only what React Flow holds). It also draws what moves on layers of
 * their own (useDragLayers) and fits the view to the design as it opens.
 */
export function useFlowNearView({ design, selection, rects, nodes, edges, editing, stillComponents, engaged }: FlowNearViewInput): NearView {
  // Fit the view to a design when it opens, never later: adding the first component to an empty
  // design must not move or zoom the view under the pointer.
  const viewWindow = useViewWindow(rects.bounds);
  // What moves with a drag (and what a dragged group holds) or a resize (the group alone: what
  // it holds stays in place): the same set from the first move to the last.
  const { gesture, liveBoxes, endGesture } = editing;
  const moving = useMemo(
    () => ([...gesture].some((id) => liveBoxes.get(id)?.size !== undefined) ? gesture : movingIds(design, gesture)),
    [design, gesture, liveBoxes],
  );
  useDragLayers(moving);
  // A gesture whose element is gone (deleted or undone during the drag) never ends by itself.
  useEffect(() => {
    if ([...gesture].some((id) => !rects.components.has(id) && !rects.groups.has(id))) endGesture();
  }, [gesture, rects, endGesture]);

  const inWindow = useMemo(() => (viewWindow === undefined ? undefined : keptInWindow(design, rects, viewWindow)), [design, rects, viewWindow]);
  const boxing = useStore((s) => s.userSelectionActive);
  const drawsStill = stillComponents && !boxing;
  const held = useMemo(
    () => (inWindow === undefined ? undefined : heldByFlow(inWindow, design, { moving, selected: selection, stillComponents: drawsStill, engaged })),
    [inWindow, design, moving, selection, drawsStill, engaged],
  );
  useBoxCatchUp(boxing && stillComponents, held);
  const near = useMemo(() => inWindow?.edges ?? new Set<string>(), [inWindow]);
  const still = useMemo(() => (inWindow === undefined || !drawsStill ? NO_IDS : stillInWindow(inWindow, design)), [inWindow, drawsStill, design]);
  const filterNodes = useMemo(() => createKeptFilter<FlowNode>(), []);
  const filterEdges = useMemo(() => createKeptFilter<FlowEdge>(), []);
  const keptNodes = useMemo(() => filterNodes(nodes, held?.elements), [filterNodes, nodes, held]);
  const keptEdges = useMemo(() => filterEdges(edges, held?.edges), [filterEdges, edges, held]);
  // Nodes being dragged are drawn where the pointer has them until the drag is recorded, should
  // the canvas render during the drag (see useCanvasEditing). When a gesture ends, a new list
  // puts back in React Flow's store what the drag wrote there, even if the drop changed nothing.
  const shown = useMemo(
    () => (gesture.size === 0 ? keptNodes.slice() : keptNodes.map((n) => withLiveBox(n, liveBoxes.get(n.id)))),
    [keptNodes, gesture, liveBoxes],
  );
  return { shown, keptEdges, near, still, window: viewWindow };
}

/**
 * React Flow works out what a selection box holds on each move of the pointer, from what it holds
 * then. Far out, the window's components reach it only once the box has started (they were the
 * canvas's cards): when they have, the box is worked out again where the pointer is, as a move
 * there would, so that a box drawn with a single move holds them too.
 */
function useBoxCatchUp(active: boolean, held: unknown): void {
  const flowStore = useStoreApi();
  useEffect(() => {
    if (!active) return;
    const { userSelectionRect: box, transform, domNode } = flowStore.getState();
    const pane = domNode?.querySelector('.react-flow__pane');
    if (box === null || domNode === null || pane === null || pane === undefined) return;
    // The box's corner away from where it started is where the pointer is.
    const startX = box.startX * transform[2] + transform[0];
    const startY = box.startY * transform[2] + transform[1];
    const x = Math.abs(box.x - startX) < 0.5 ? box.x + box.width : box.x;
    const y = Math.abs(box.y - startY) < 0.5 ? box.y + box.height : box.y;
    const bounds = domNode.getBoundingClientRect();
    const move = { bubbles: true, cancelable: true, composed: true, clientX: bounds.left + x, clientY: bounds.top + y, isPrimary: true, pointerType: 'mouse', buttons: 1 };
    pane.dispatchEvent(new PointerEvent('pointermove', move));
  }, [active, held, flowStore]);
}
