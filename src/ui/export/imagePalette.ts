/** The colours of an exported image: the canvas's own, as concrete values for a standalone file. */
export interface ImagePalette {
  background: string;
  surface: string;
  border: string;
  text: string;
  secondary: string;
  faint: string;
  edge: string;
  edgeLabelBackground: string;
  groups: Record<string, { stroke: string; fill: string; dashed: boolean }>;
}

const LIGHT: ImagePalette = {
  background: '#f8fafc',
  surface: '#ffffff',
  border: '#cbd5e1',
  text: '#0f172a',
  secondary: '#475569',
  faint: '#94a3b8',
  edge: '#64748b',
  edgeLabelBackground: '#ffffff',
  groups: {
    system: { stroke: '#60a5fa', fill: 'rgba(239, 246, 255, 0.4)', dashed: false },
    'trust-zone': { stroke: '#f59e0b', fill: 'rgba(255, 251, 235, 0.4)', dashed: true },
    region: { stroke: '#64748b', fill: 'rgba(248, 250, 252, 0.3)', dashed: false },
    zone: { stroke: '#94a3b8', fill: 'rgba(255, 255, 255, 0.2)', dashed: true },
    cluster: { stroke: '#a78bfa', fill: 'rgba(245, 243, 255, 0.3)', dashed: false },
    'edge-site': { stroke: '#10b981', fill: 'rgba(236, 253, 245, 0.3)', dashed: false },
  },
};

const DARK: ImagePalette = {
  background: '#0b1120',
  surface: '#111827',
  border: '#475569',
  text: '#f8fafc',
  secondary: '#cbd5e1',
  faint: '#64748b',
  edge: '#94a3b8',
  edgeLabelBackground: '#111827',
  groups: {
    system: { stroke: '#60a5fa', fill: 'rgba(23, 37, 84, 0.4)', dashed: false },
    'trust-zone': { stroke: '#f59e0b', fill: 'rgba(66, 32, 6, 0.4)', dashed: true },
    region: { stroke: '#94a3b8', fill: 'rgba(11, 17, 32, 0.3)', dashed: false },
    zone: { stroke: '#64748b', fill: 'rgba(17, 24, 39, 0.2)', dashed: true },
    cluster: { stroke: '#a78bfa', fill: 'rgba(46, 16, 101, 0.3)', dashed: false },
    'edge-site': { stroke: '#10b981', fill: 'rgba(2, 44, 34, 0.3)', dashed: false },
  },
};

export function imagePalette(theme: 'light' | 'dark'): ImagePalette {
  return theme === 'dark' ? DARK : LIGHT;
}
