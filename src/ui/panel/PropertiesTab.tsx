import type { ReactNode } from 'react';
import { useArch } from '../../store';
import { useT } from '../i18n';
import { EmptyTab } from './EmptyTab';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-xs font-medium text-slate-500">{term}</dt>
      <dd className="mb-2 text-sm break-words whitespace-pre-wrap text-slate-900">{children}</dd>
    </>
  );
}

/** What is selected, read-only for now; the editing inspector comes with the canvas editor. */
export function PropertiesTab() {
  const t = useT();
  const selection = useArch((s) => s.selection);
  const design = useArch((s) => s.design);
  if (selection.length === 0) return <EmptyTab text={t('panel.properties.empty')} />;
  if (selection.length > 1) return <p className="text-sm">{t('panel.properties.selectedCount', { count: selection.length })}</p>;
  const id = selection[0];
  const none = t('panel.properties.none');
  const node = design.nodes.find((n) => n.id === id);
  if (node !== undefined) {
    return (
      <section aria-label={node.label}>
        <h3 className="mb-3 text-base font-semibold">{node.label}</h3>
        <dl>
          <Row term={t('panel.properties.type')}>{node.type}</Row>
          <Row term={t('panel.properties.technology')}>{node.technology || none}</Row>
          <Row term={t('panel.properties.description')}>{node.description || none}</Row>
        </dl>
      </section>
    );
  }
  const edge = design.edges.find((e) => e.id === id);
  if (edge !== undefined) {
    const label = (nodeId: string) => design.nodes.find((n) => n.id === nodeId)?.label ?? nodeId;
    return (
      <section aria-label={edge.label || `${label(edge.source)} → ${label(edge.target)}`}>
        <h3 className="mb-3 text-base font-semibold">{edge.label || `${label(edge.source)} → ${label(edge.target)}`}</h3>
        <dl>
          <Row term={t('panel.properties.from')}>{label(edge.source)}</Row>
          <Row term={t('panel.properties.to')}>{label(edge.target)}</Row>
          <Row term={t('panel.properties.protocol')}>{edge.protocol.toUpperCase()}</Row>
          <Row term={t('panel.properties.mode')}>{t(`modes.${edge.mode}`)}</Row>
        </dl>
      </section>
    );
  }
  const group = design.groups.find((g) => g.id === id);
  if (group === undefined) return <EmptyTab text={t('panel.properties.empty')} />;
  return (
    <section aria-label={group.label}>
      <h3 className="mb-3 text-base font-semibold">{group.label}</h3>
      <dl>
        <Row term={t('panel.properties.kind')}>{t(`groupKinds.${group.kind}`)}</Row>
        <Row term={t('panel.properties.description')}>{group.description || none}</Row>
      </dl>
    </section>
  );
}
