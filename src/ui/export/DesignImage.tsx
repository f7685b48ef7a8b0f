import { ICON_COMPONENTS } from '../icons';
import type { ImagePalette } from './imagePalette';
import type { Scene, SceneEdge, SceneGroup, SceneNode } from './imageScene';

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/**
 * Shortens a text to fit `width` pixels at `size`, ending it with an ellipsis. An estimate
 * (about 0.6 em per character, more for spaced capitals), since a standalone image cannot measure its own text.
 */
export function fitText(text: string, width: number, size: number, emPerChar = 0.6): string {
  const chars = Math.max(1, Math.floor(width / (size * emPerChar)));
  const glyphs = Array.from(text);
  return glyphs.length <= chars ? text : `${glyphs.slice(0, Math.max(1, chars - 1)).join('')}…`;
}

function Group({ group, palette, kindName }: { group: SceneGroup; palette: ImagePalette; kindName: string }) {
  const style = palette.groups[group.kind] ?? palette.groups.system!;
  const label = fitText(group.label, group.width * 0.6, 12);
  return (
    <g>
      <title>{`${group.label} (${kindName})`}</title>
      <rect x={group.x} y={group.y} width={group.width} height={group.height} rx={8} fill={style.fill} stroke={style.stroke}
        strokeWidth={2} strokeDasharray={style.dashed ? '6 4' : undefined} />
      <text x={group.x + 8} y={group.y + 17} fontSize={12} fontWeight={600} fill={palette.text}>
        {label}
        <tspan dx={8} fontSize={10} fill={palette.secondary} letterSpacing="0.05em">
          {fitText(kindName.toUpperCase(), group.width * 0.35, 10, 0.75)}
        </tspan>
      </text>
    </g>
  );
}

function Component({ node, palette }: { node: SceneNode; palette: ImagePalette }) {
  const Icon = node.icon === undefined ? undefined : ICON_COMPONENTS[node.icon];
  const textX = node.x + 12 + (Icon === undefined ? 0 : 20);
  const textWidth = node.x + node.width - 12 - textX;
  return (
    <g>
      <title>{node.label}</title>
      <rect x={node.x} y={node.y} width={node.width} height={node.height} rx={6} fill={palette.surface} stroke={palette.border} />
      {Icon !== undefined && <Icon x={node.x + 12} y={node.y + 11} width={14} height={14} color={palette.faint} aria-hidden="true" />}
      <text x={textX} y={node.y + 23} fontSize={14} fontWeight={600} fill={palette.text}>
        {fitText(node.label, textWidth, 14, 0.62)}
      </text>
      {node.technology !== '' && (
        <text x={node.x + 12} y={node.y + 41} fontSize={12} fill={palette.secondary}>
          {fitText(node.technology, node.width - 24, 12)}
        </text>
      )}
      {node.typeName !== '' && (
        <text x={node.x + 12} y={node.y + (node.technology === '' ? 41 : 57)} fontSize={10} fill={palette.faint} letterSpacing="0.05em">
          {fitText(node.typeName.toUpperCase(), node.width - 24, 10, 0.75)}
        </text>
      )}
    </g>
  );
}

function Connection({ edge, palette }: { edge: SceneEdge; palette: ImagePalette }) {
  const text = fitText(edge.text, 150, 10);
  const width = Array.from(text).length * 6 + 6;
  return (
    <g>
      <path d={edge.path} fill="none" stroke={palette.edge} strokeWidth={1.5} strokeDasharray={edge.async ? '6 4' : undefined} markerEnd="url(#arrow)" />
      {text !== '' && (
        <>
          <rect x={edge.labelX - width / 2} y={edge.labelY - 8} width={width} height={15} rx={2} fill={palette.edgeLabelBackground} fillOpacity={0.9} />
          <text x={edge.labelX} y={edge.labelY + 3} fontSize={10} textAnchor="middle" fill={palette.secondary}>
            {text}
          </text>
        </>
      )}
    </g>
  );
}

/**
 * A design drawn as a standalone SVG document: what the canvas shows, in the given colours.
 * Every text is a React text child, so whatever a label holds it stays text.
 */
export function DesignImage({ scene, palette, title, kindName }: { scene: Scene; palette: ImagePalette; title: string; kindName: (kind: string) => string }) {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={scene.width} height={scene.height} viewBox={`0 0 ${scene.width} ${scene.height}`} fontFamily={FONT}>
      <title>{title}</title>
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX={9} refY={5} markerWidth={9} markerHeight={9} orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" fill={palette.edge} />
        </marker>
      </defs>
      <rect width={scene.width} height={scene.height} fill={palette.background} />
      {scene.groups.map((g) => (
        <Group key={g.id} group={g} palette={palette} kindName={kindName(g.kind)} />
      ))}
      {scene.edges.map((e) => (
        <Connection key={e.id} edge={e} palette={palette} />
      ))}
      {scene.nodes.map((n) => (
        <Component key={n.id} node={n} palette={palette} />
      ))}
    </svg>
  );
}
