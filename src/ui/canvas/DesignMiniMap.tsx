import { useEffect, useMemo, useRef, type PointerEvent } from 'react';
import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useArch } from '../../store';
import { useT } from '../i18n';
import { minimapViewBox, rectsPath, viewportCentredOn, visibleRect, type DesignRects, type Rect } from './minimapShapes';

const WIDTH = 200;
const HEIGHT = 150;

const viewOf = (s: ReactFlowState) => ({ tx: s.transform[0], ty: s.transform[1], zoom: s.transform[2], width: s.width, height: s.height });
const sameView = (a: ReturnType<typeof viewOf>, b: ReturnType<typeof viewOf>) =>
  a.tx === b.tx && a.ty === b.ty && a.zoom === b.zoom && a.width === b.width && a.height === b.height;

/**
 * The minimap: the design's groups and components as the design holds them, and the part in
 * view. It draws from the design, not from React Flow's nodes: it does not follow each pointer
 * move of a drag (the dragged component takes its new place when the drag is recorded), and it
 * is three paths whatever the size of the design. React Flow's own minimap keeps one shape and one
 * store subscription per component, updated on every move. Click or drag in it to move the view
 * there; scroll in it to zoom.
 */
export function DesignMiniMap({ rects }: { rects: DesignRects }) {
  const t = useT();
  const selection = useArch((s) => s.selection);
  const groupsPath = useMemo(() => rectsPath(rects.groups.values()), [rects]);
  const componentsPath = useMemo(() => rectsPath(rects.components.values()), [rects]);
  const selectedPath = useMemo(
    () => rectsPath(selection.flatMap((id) => rects.components.get(id) ?? rects.groups.get(id) ?? [])),
    [rects, selection],
  );

  const view = useStore(viewOf, sameView);
  const visible = visibleRect([view.tx, view.ty, view.zoom], view.width, view.height);
  const box = minimapViewBox(rects.bounds, visible, WIDTH, HEIGHT);
  const flow = useReactFlow();

  // The box a pointer drag started with: the minimap's own box follows the view as it moves.
  const pointerBox = useRef<Rect | null>(null);
  const centreAt = (event: PointerEvent<SVGSVGElement>, area: Rect) => {
    const bounds = event.currentTarget.getBoundingClientRect();
    const point = {
      x: area.x + ((event.clientX - bounds.left) / bounds.width) * area.width,
      y: area.y + ((event.clientY - bounds.top) / bounds.height) * area.height,
    };
    void flow.setViewport(viewportCentredOn(point, view.zoom, view.width, view.height));
  };
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    pointerBox.current = box;
    centreAt(event, box);
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (pointerBox.current !== null) centreAt(event, pointerBox.current);
  };
  const onPointerEnd = () => {
    pointerBox.current = null;
  };

  // Scrolling over the minimap zooms the view about its centre; a native listener, since React's
  // wheel listeners cannot keep the page from scrolling.
  const svg = useRef<SVGSVGElement>(null);
  useEffect(() => {
    const element = svg.current;
    if (element === null) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const factor = Math.pow(2, -event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.002));
      void flow.zoomTo(flow.getZoom() * factor);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [flow]);

  // What is out of view is shaded: the whole box, less the view (even-odd).
  const outside = rectsPath([box]) + rectsPath([visible]);
  return (
    <Panel position="bottom-right" className="overflow-hidden rounded border border-slate-200 bg-surface shadow-sm">
      <svg
        ref={svg}
        role="img"
        aria-label={t('canvas.minimap')}
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        className="block cursor-pointer touch-none"
        data-testid="minimap"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
      >
        <path d={groupsPath} className="fill-slate-100 stroke-slate-400" vectorEffect="non-scaling-stroke" data-shapes="groups" />
        <path d={componentsPath} className="fill-slate-400" data-shapes="components" />
        <path d={selectedPath} className="fill-blue-600" data-shapes="selected" />
        <path d={outside} fillRule="evenodd" className="fill-slate-500/20" />
        <path d={rectsPath([visible])} className="fill-none stroke-blue-600" vectorEffect="non-scaling-stroke" data-shapes="view" />
      </svg>
    </Panel>
  );
}
