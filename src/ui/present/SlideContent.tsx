import { useMemo } from 'react';
import { PATTERN_INFO, adrLabel, localize, toMermaid, type Design } from '../../core';
import { useArch } from '../../store';
import { CategoryScores } from '../findings/CategoryScores';
import { useT } from '../i18n';
import { SummarySection } from '../metrics/SummarySection';
import { useMetrics } from '../metrics/useMetrics';
import { buildNames, NamesContext } from '../metrics/names';
import { CanvasImage } from './CanvasImage';
import { DiagramImage } from './DiagramImage';
import type { Slide } from './slides';

function Heading({ children }: { children: string }) {
  return <h2 className="mb-6 text-3xl font-semibold text-slate-900">{children}</h2>;
}

function Overview({ design }: { design: Design }) {
  const t = useT();
  const language = useArch((s) => s.language);
  const { workload } = design;
  return (
    <div className="max-w-4xl">
      <p className="text-sm font-medium tracking-wide text-blue-800 uppercase">{t('present.overview')}</p>
      <h2 className="mt-2 text-4xl font-bold text-slate-900">{design.name}</h2>
      {design.description !== '' && <p className="mt-4 text-xl leading-relaxed whitespace-pre-line text-slate-700">{design.description}</p>}
      <h3 className="mt-8 text-lg font-semibold text-slate-800">{t('present.patterns')}</h3>
      {design.patterns.length === 0 ? (
        <p className="text-lg text-slate-600">{t('present.noPatterns')}</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {design.patterns.map((p) => (
            <li key={p} className="text-lg text-slate-800">
              <strong>{localize(PATTERN_INFO[p].name, language)}</strong> — {localize(PATTERN_INFO[p].summary, language)}
            </li>
          ))}
        </ul>
      )}
      <h3 className="mt-8 text-lg font-semibold text-slate-800">{t('present.workload')}</h3>
      <p className="text-lg text-slate-700">
        {t('present.workloadLine', {
          rps: workload.peakRps.toLocaleString(language),
          slo: workload.latencySloMs.toLocaleString(language),
          availability: workload.availabilityTargetPct.toLocaleString(language),
          region: workload.region,
        })}
      </p>
    </div>
  );
}

function DecisionSlide({ design, id }: { design: Design; id: string }) {
  const t = useT();
  const d = design.decisions.find((x) => x.id === id);
  if (d === undefined) return null;
  const superseding = d.supersededBy === undefined ? undefined : design.decisions.find((x) => x.number === d.supersededBy);
  const sections = [
    ['decisions.context', d.context],
    ['decisions.decision', d.decision],
    ['decisions.consequences', d.consequences],
  ] as const;
  return (
    <article className="max-w-4xl">
      <p className="text-sm font-medium tracking-wide text-blue-800 uppercase">{t('present.decision')}</p>
      <h2 className="mt-2 text-3xl font-semibold text-slate-900">
        {adrLabel(d.number)} · {d.title}
      </h2>
      <p className="mt-1 text-slate-600">
        {t(`decisions.statuses.${d.status}`)} · {d.date}
        {superseding !== undefined && ` · ${t('decisions.supersededBy')} ${adrLabel(superseding.number)}`}
      </p>
      {sections.map(([key, text]) =>
        text === '' ? null : (
          <section key={key} className="mt-5">
            <h3 className="text-lg font-semibold text-slate-800">{t(key)}</h3>
            <p className="mt-1 text-lg leading-relaxed whitespace-pre-line text-slate-700">{text}</p>
          </section>
        ),
      )}
    </article>
  );
}

function MetricsSlide() {
  const t = useT();
  const language = useArch((s) => s.language);
  const { design, metrics } = useMetrics();
  const names = useMemo(() => buildNames(design, language, t), [design, language, t]);
  const evaluation = useArch((s) => s.evaluation);
  const count = (severity: string) => evaluation.findings.filter((f) => f.severity === severity).length;
  return (
    <div className="grid max-w-5xl grid-cols-2 gap-10">
      <section>
        <Heading>{t('present.metrics')}</Heading>
        <div className="text-base [&_p]:text-base">
          <NamesContext.Provider value={names}>
            <SummarySection metrics={metrics} />
          </NamesContext.Provider>
        </div>
      </section>
      <section>
        <Heading>{t('present.findings')}</Heading>
        <p className="mb-4 text-lg text-slate-700">{t('present.findingCounts', { errors: count('error'), warnings: count('warning'), infos: count('info') })}</p>
        <CategoryScores evaluation={evaluation} />
      </section>
    </div>
  );
}

/** What one slide shows. */
export function SlideContent({ slide, design }: { slide: Slide; design: Design }) {
  const t = useT();
  const language = useArch((s) => s.language);
  switch (slide.kind) {
    case 'overview':
      return <Overview design={design} />;
    case 'view': {
      const view = t(`present.${slide.view}`);
      return (
        <div className="flex h-full w-full flex-col">
          <Heading>{view}</Heading>
          <div className="min-h-0 flex-1">
            <DiagramImage source={toMermaid(design, language, slide.view)} alt={t('present.diagram', { view, name: design.name })} />
          </div>
        </div>
      );
    }
    case 'canvas':
      return (
        <div className="flex h-full w-full flex-col">
          <Heading>{t('present.canvas')}</Heading>
          <p className="-mt-4 mb-4 text-slate-600">{t('present.canvasHint')}</p>
          <div className="min-h-0 flex-1">
            <CanvasImage alt={t('present.diagram', { view: t('present.canvas'), name: design.name })} />
          </div>
        </div>
      );
    case 'decision':
      return <DecisionSlide design={design} id={slide.id} />;
    case 'no-decisions':
      return (
        <div>
          <Heading>{t('present.decision')}</Heading>
          <p className="text-xl text-slate-700">{t('present.decisionsNone')}</p>
        </div>
      );
    case 'metrics':
      return <MetricsSlide />;
  }
}
