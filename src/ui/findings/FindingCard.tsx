import { memo } from 'react';
import { describeFinding, getRule, type Finding, type Language } from '../../core';
import { useT } from '../i18n';
import { Button } from '../primitives/Button';
import { FindingBadgeIcon } from './severityStyle';

interface Props {
  finding: Finding;
  language: Language;
  onShow: (finding: Finding) => void;
  onFix: (finding: Finding) => void;
  onSwitchOff: (finding: Finding) => void;
}

/** One finding: what is wrong and where, why it matters, and what to do (a one-click fix when there is one). */
export const FindingCard = memo(function FindingCard({ finding, language, onShow, onFix, onSwitchOff }: Props) {
  const t = useT();
  const rule = getRule(finding.ruleId);
  if (rule === undefined) return null;
  const text = describeFinding(finding, rule, language);
  const hasElements = finding.nodes.length + finding.edges.length + finding.groups.length > 0;
  return (
    <li aria-label={text.title} className="mb-2 rounded border border-slate-200 bg-surface p-2 text-sm">
      <div className="flex items-start gap-1.5">
        <FindingBadgeIcon severity={finding.severity} label={t(`findings.severityOne.${finding.severity}`)} />
        <div className="min-w-0 flex-1">
          <p className="font-semibold text-slate-900">{text.title}</p>
          <p className="break-words text-slate-700">{text.message}</p>
        </div>
      </div>
      <details className="mt-1 text-xs text-slate-700">
        <summary className="cursor-pointer text-slate-600">{t('findings.details')}</summary>
        <p className="mt-1"><span className="font-semibold">{t('findings.why')}</span> {text.why}</p>
        <p className="mt-1"><span className="font-semibold">{t('findings.how')}</span> {text.fix}</p>
        <p className="mt-1 text-slate-500">{finding.ruleId} · {t('findings.module', { module: finding.module })}</p>
        <Button variant="ghost" className="mt-1 !px-1 text-xs" onClick={() => onSwitchOff(finding)}>{t('findings.ruleOff')}</Button>
      </details>
      <div className="mt-1.5 flex flex-wrap gap-1.5">
        {hasElements && (
          <Button className="!py-0.5 text-xs" aria-label={t('findings.showLabel', { title: text.title })} onClick={() => onShow(finding)}>
            {t('findings.show')}
          </Button>
        )}
        {finding.fix !== undefined && (
          <Button variant="primary" className="!py-0.5 text-xs" onClick={() => onFix(finding)}>
            {t('findings.applyFix', { label: finding.fix.label[language] })}
          </Button>
        )}
      </div>
    </li>
  );
});
