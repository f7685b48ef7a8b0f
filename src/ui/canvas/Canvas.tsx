import { useCallback, useMemo, useState, type CSSProperties, type DragEvent } from 'react';
import {
  Background,
  ControlButton,
  Controls,
  ReactFlow,
  useReactFlow,
  type EdgeTypes,
  type NodeTypes,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useArch, useArchStoreApi } from '../../store';
import { addedId, addEntryCommand, entryFromDragData, TYPE_DRAG_FORMAT } from '../addComponent';
import { useT } from '../i18n';
import { ComponentNode } from './ComponentNode';
import { ConnectionEdge } from './ConnectionEdge';
import { GroupNode } from './GroupNode';
import { createFlowMapper } from './toFlow';
import { useCanvasEditing } from './useCanvasEditing';
import { CanvasToolbar } from './CanvasToolbar';
import { useAutoLayout } from './useAutoLayout';
import { ResizeContext } from './ResizeContext';
import { DetailContext } from './DetailContext';
import { edgeDash, sameDetail, zoomDetail } from './zoomDetail';
import { DesignMiniMap } from './DesignMiniMap';
import { designRects } from './minimapShapes';
import { useFitDesign } from './fitDesign';
import { useFlowNearView } from './useFlowNearView';
import { StaticConnections } from './StaticConnections';
import { StillComponents } from './StillComponents';
import { NO_IDS } from './viewWindow';
import { elementZ } from './flowZ';
import { useConnectionName } from './useConnectionName';
import { Maximize } from 'lucide-react';

/** Grid step of the background and of snapping, in canvas pixels. */
const GRID = 20;

const nodeTypes: NodeTypes = { component: ComponentNode, container: GroupNode };
const edgeTypes: EdgeTypes = { connection: ConnectionEdge };
// Props React Flow copies into its store whenever they change: kept the same from render to
// render, or every pointer move of a drag would update every node and edge a second time.
const SNAP_GRID: [number, number] = [GRID, GRID];
const MULTI_SELECTION_KEYS = ['Shift', 'Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: true };
/** The canvas: the design's components, connections and groups, drawn by React Flow. */
export function Canvas() {
  // A new React Flow per design: each opens with its own viewport.
  const designId = useArch((s) => s.design.id);
  return <CanvasFlow key={designId} />;
}

function CanvasFlow() {
  const t = useT();
  const design = useArch((s) => s.design);
  const selection = useArch((s) => s.selection);
  const toFlow = useMemo(() => createFlowMapper(), []);
  const connectionName = useConnectionName(design.nodes);
  const { nodes, edges } = useMemo(() => toFlow(design, selection, connectionName), [toFlow, design, selection, connectionName]);
  const isEmpty = design.nodes.length === 0 && design.groups.length === 0;
  const rects = useMemo(
    () => designRects({ nodes: design.nodes, groups: design.groups, layout: design.layout }),
    [design.nodes, design.groups, design.layout],
  );
  const store = useArchStoreApi();
  const editing = useCanvasEditing();
  // What to draw at the zoom: a state that changes only at a few thresholds, not on every frame.
  const [detail, setDetail] = useState(() => zoomDetail(1));
  // The component pressed on one of the canvas's own cards, handed to React Flow (StillComponents).
  const [engaged, setEngaged] = useState<ReadonlySet<string>>(NO_IDS);
  const onEngage = useCallback((id: string | undefined) => setEngaged(id === undefined ? NO_IDS : new Set([id])), []);
  const { shown, keptEdges, near, still, window: viewWindow } = useFlowNearView({ design, selection, rects, nodes, edges, editing, stillComponents: detail.plainCards, engaged });
  const fitDesign = useFitDesign();
  // The levels React Flow draws components and groups at, for what the canvas draws among them.
  const z = useMemo(() => elementZ(design, new Set(selection)), [design, selection]);

  const flow = useReactFlow();
  const snap = useArch((s) => s.snapToGrid);
  const theme = useArch((s) => s.theme);
  const onLayout = useAutoLayout();
  const followZoom = useCallback((zoom: number) => {
    const next = zoomDetail(zoom);
    setDetail((current) => (sameDetail(current, next) ? current : next));
  }, []);
  const onMove = useCallback((_event: unknown, viewport: { zoom: number }) => followZoom(viewport.zoom), [followZoom]);
  const onInit = useCallback((instance: { getZoom: () => number }) => followZoom(instance.getZoom()), [followZoom]);
  const drawn = useMemo(
    () => ({ labels: detail.labels, edgeMarks: detail.edgeMarks, plainCards: detail.plainCards }),
    [detail.labels, detail.edgeMarks, detail.plainCards],
  );
  const sectionStyle = useMemo(() => ({ '--edge-dash': edgeDash(detail.dashScale) }) as CSSProperties, [detail.dashScale]);
  // A palette item dropped on the canvas becomes a component where it was dropped.
  const onDragOver = useCallback((event: DragEvent) => {
    if (event.dataTransfer.types.includes(TYPE_DRAG_FORMAT)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    }
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      const data = event.dataTransfer.getData(TYPE_DRAG_FORMAT);
      if (data === '') return;
      event.preventDefault();
      const state = store.getState();
      const entry = entryFromDragData(state.design, data);
      if (entry === undefined) return;
      const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const command = addEntryCommand(state.design, entry, at, state.language);
      const id = addedId(command);
      if (state.dispatch(command) && id !== undefined) state.select([id]);
    },
    [flow, store],
  );

  return (
    <ResizeContext.Provider value={editing.onResizeEnd}>
    <DetailContext.Provider value={drawn}>
    <section
      aria-label={t('canvas.label')}
      className="relative h-full w-full"
      style={sectionStyle}
      data-zoomed-out={detail.labels ? undefined : ''}
      data-zoomed-far={detail.solidBorders ? '' : undefined}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <ReactFlow
        nodes={shown}
        edges={keptEdges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={editing.onNodesChange}
        onEdgesChange={editing.onEdgesChange}
        onNodeDragStop={editing.onNodeDragStop}
        onConnect={editing.onConnect}
        onConnectEnd={editing.onConnectEnd}
        isValidConnection={editing.isValidConnection}
        deleteKeyCode={null}
        onlyRenderVisibleElements
        onMove={onMove}
        onInit={onInit}
        snapToGrid={snap}
        colorMode={theme}
        snapGrid={SNAP_GRID}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECTION_KEYS}
        minZoom={0.1}
        proOptions={PRO_OPTIONS}
      >
        <StaticConnections design={design} rects={rects} z={z} near={near} area={viewWindow} nameOf={connectionName} />
        <StillComponents design={design} rects={rects} z={z} still={still} onEngage={onEngage} />
        <Background gap={GRID} />
        <CanvasToolbar onLayout={onLayout} />
        <Controls showInteractive={false} showFitView={false}>
          <ControlButton onClick={() => fitDesign()} title={t('canvas.fitView')} aria-label={t('canvas.fitView')}>
            <Maximize aria-hidden />
          </ControlButton>
        </Controls>
        <DesignMiniMap rects={rects} />
      </ReactFlow>
      {isEmpty && (
        <p className="pointer-events-none absolute inset-x-0 top-1/3 z-10 mx-auto max-w-md rounded bg-surface/80 p-4 text-center text-sm text-slate-600">
          {t('canvas.empty')}
        </p>
      )}
    </section>
    </DetailContext.Provider>
    </ResizeContext.Provider>
  );
}
