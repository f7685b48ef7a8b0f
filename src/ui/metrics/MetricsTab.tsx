import { useMemo } from 'react';
import { useArch } from '../../store';
import { useT } from '../i18n';
import { EmptyTab } from '../panel/EmptyTab';
import { AssumptionsList } from './AssumptionsList';
import { AvailabilitySection } from './AvailabilitySection';
import { CostSection } from './CostSection';
import { LatencySection } from './LatencySection';
import { buildNames, NamesContext } from './names';
import { Section } from './Section';
import { SizingTable } from './SizingTable';
import { SummarySection } from './SummarySection';
import { Updating } from './Updating';
import { useMetrics } from './useMetrics';
import { WorkloadForm } from './WorkloadForm';

/** The Metrics tab: the workload, and what it implies live: sizing, latency budget, availability, cost, and the assumptions. */
export function MetricsTab() {
  const t = useT();
  const language = useArch((s) => s.language);
  const { design, metrics, pending } = useMetrics();
  const names = useMemo(() => buildNames(design, language, t), [design, language, t]);
  // Nothing to size yet: say what will appear, as the other tabs do.
  if (design.nodes.length === 0) return <EmptyTab text={t('panel.metrics.empty')} />;

  return (
    <NamesContext.Provider value={names}>
      <Section title={t('metrics.section.workload')}>
        <WorkloadForm key={design.id} sources={metrics.workload.sources} />
      </Section>
      {/* On a large design the figures follow a step behind: they fade, and say so, only if that lasts. */}
      <div className={`transition-opacity ${pending ? 'opacity-60 delay-300' : ''}`}>
        <Section title={t('metrics.section.summary')} aside={<Updating pending={pending} />}><SummarySection metrics={metrics} /></Section>
        <Section title={t('metrics.section.sizing')}><SizingTable metrics={metrics} /></Section>
        <Section title={t('metrics.section.latency')}><LatencySection latency={metrics.latency} /></Section>
        <Section title={t('metrics.section.availability')}><AvailabilitySection metrics={metrics} /></Section>
        <Section title={t('metrics.section.cost')}><CostSection metrics={metrics} designName={design.name} /></Section>
        <Section title={t('metrics.section.assumptions')}><AssumptionsList assumptions={metrics.assumptions} /></Section>
      </div>
    </NamesContext.Provider>
  );
}
