import { useArch } from '../../store';
import { useT } from '../i18n';
import { EdgeInspector } from './EdgeInspector';
import { EmptyTab } from './EmptyTab';
import { GroupInspector } from './GroupInspector';
import { NodeInspector } from './NodeInspector';

/** The inspector of the selection: one element's editable properties, or a count. */
export function PropertiesTab() {
  const t = useT();
  const selection = useArch((s) => s.selection);
  const design = useArch((s) => s.design);
  if (selection.length === 0) return <EmptyTab text={t('panel.properties.empty')} />;
  if (selection.length > 1) return <p className="text-sm">{t('panel.properties.selectedCount', { count: selection.length })}</p>;
  const id = selection[0];
  const node = design.nodes.find((n) => n.id === id);
  if (node !== undefined) return <NodeInspector key={node.id} node={node} />;
  const edge = design.edges.find((e) => e.id === id);
  if (edge !== undefined) return <EdgeInspector key={edge.id} edge={edge} />;
  const group = design.groups.find((g) => g.id === id);
  if (group !== undefined) return <GroupInspector key={group.id} group={group} />;
  return <EmptyTab text={t('panel.properties.empty')} />;
}
