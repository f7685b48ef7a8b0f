import { useEffect, useState } from 'react';
import { PATTERN_INFO, compareDesigns, localize, type ComparisonRow, type Design, type Lab } from '../../core';
import { formatMoney, formatPercent, withUnit } from '../metrics/format';
import type { LabProgress } from '../../platform/labProgress';
import { useArch } from '../../store';
import { useLibrary } from '../PlatformContext';
import { useT } from '../i18n';

/** One design's comparison row, computed once per design object (designs are never changed in place). */
const rowCache = new WeakMap<Design, ComparisonRow>();
function comparisonRow(design: Design): ComparisonRow {
  let row = rowCache.get(design);
  if (row === undefined) {
    row = compareDesigns([design])[0]!;
    rowCache.set(design, row);
  }
  return row;
}

/**
 * Lab 1's side-by-side view: for each part, the design it was started in (the open one live,
 * the others as last saved): patterns, p99 latency of the main entry, availability and cost.
 */
export function ComparisonTable({ lab, progress }: { lab: Lab; progress: LabProgress }) {
  const t = useT();
  const library = useLibrary();
  const language = useArch((s) => s.language);
  const open = useArch((s) => s.design);
  const ids = lab.parts.map((p) => progress[lab.number]?.[p.id]?.designId);
  const key = ids.join('|');
  const [saved, setSaved] = useState<Map<string, Design>>(new Map());

  useEffect(() => {
    let live = true;
    const wanted = key.split('|').filter((id) => id !== '');
    void Promise.all(
      wanted.map(async (id) => {
        try {
          const result = await library.load(id, language);
          return result?.ok === true ? ([id, result.design] as const) : undefined;
        } catch {
          return undefined;
        }
      }),
    ).then((loaded) => {
      if (live) setSaved(new Map(loaded.filter((x) => x !== undefined)));
    });
    return () => {
      live = false;
    };
    // Reloaded when another part's design is opened, so a column shows its last saved state.
  }, [key, library, language, open.id]);

  const designs = ids.map((id) => (id === undefined ? undefined : id === open.id ? open : saved.get(id)));
  const rows = designs.map((d) => (d === undefined ? undefined : comparisonRow(d)));

  const cell = (text: string | undefined) => text ?? t('labsTab.notStartedCell');
  const lines: { name: string; values: (string | undefined)[] }[] = [
    {
      name: t('labsTab.patternsRow'),
      values: rows.map((r) => r && (r.declaredPatterns.map((p) => localize(PATTERN_INFO[p].name, language)).join(', ') || t('labsTab.noneCell'))),
    },
    {
      name: t('labsTab.latencyRow'),
      values: rows.map((r) => r && (r.latency[0] === undefined ? t('labsTab.noneCell') : withUnit(r.latency[0].p99Ms, 'ms', language, t))),
    },
    {
      name: t('labsTab.availabilityRow'),
      values: rows.map((r) => r && (r.availabilityPct === undefined ? t('labsTab.noneCell') : formatPercent(r.availabilityPct, language, t))),
    },
    { name: t('labsTab.costRow'), values: rows.map((r) => r && formatMoney(r.monthlyCost, r.currency, language)) },
  ];

  return (
    <section aria-labelledby="comparison-heading" className="mt-4">
      <h3 id="comparison-heading" className="text-sm font-semibold">{t('labsTab.comparison')}</h3>
      <p className="mb-1 text-xs text-slate-600">{t('labsTab.comparisonIntro')}</p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-xs">
          <thead>
            <tr>
              <td />
              {lab.parts.map((p) => (
                <th key={p.id} scope="col" className="px-1 py-1 font-semibold">{p.title[language]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.name} className="border-t border-slate-200 align-top">
                <th scope="row" className="py-1 pr-1 font-medium text-slate-600">{line.name}</th>
                {line.values.map((v, i) => (
                  <td key={lab.parts[i]!.id} className="px-1 py-1 text-slate-800">{cell(v)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
