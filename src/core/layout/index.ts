/** Automatic layout: the design <-> ELK graph mapping and the engine interface (no ELK code here). */
export {
  toElkGraph,
  edgeLabelText,
  DEFAULT_LAYOUT_SIZES,
  GROUP_PADDING,
  LAYOUT_SPACING,
  LAYOUT_THOROUGHNESS,
  ROOT_ID,
  type ElkGraphOptions,
  type ElkNode,
  type ElkExtendedEdge,
  type ElkLabel,
  type LayoutDirection,
  type LayoutOptions,
} from './toElkGraph';
export { fromElkLayout } from './fromElkLayout';
export {
  layoutDesign,
  withTimeout,
  LayoutError,
  DEFAULT_LAYOUT_TIMEOUT_MS,
  type LayoutEngine,
  type LayoutFailure,
} from './layoutDesign';
export {
  createRestartingEngine,
  type LayoutBackend,
  type RestartingEngine,
  type StartBackend,
} from './restartingEngine';
