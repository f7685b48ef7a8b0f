import { useState } from 'react';
import { LABS } from '../../core';
import { useArch } from '../../store';
import { partOfDesign } from '../../platform/labProgress';
import { LabDetail } from './LabDetail';
import { LabList } from './LabList';
import { useCustomLabs } from './useCustomLabs';
import { useLabProgress } from './useLabProgress';

/**
 * The Labs tab: the nine IA007 labs and the participant's progress; a lab's brief, its parts
 * to start, and, while one of its designs is open, its objectives checked live and its hints.
 */
export function LabsTab() {
  const progress = useLabProgress();
  const designId = useArch((s) => s.design.id);
  const current = partOfDesign(progress, designId);
  // The lab picked in the list; by default the one whose design is open.
  const [picked, setPicked] = useState<number | null | undefined>(undefined);
  const custom = useCustomLabs();
  const labs = [...LABS, ...custom];
  const number = picked === undefined ? current?.lab : picked;
  const lab = number === undefined || number === null ? undefined : labs.find((l) => l.number === number);
  const isCustom = lab !== undefined && custom.includes(lab);
  return lab === undefined ? (
    <LabList labs={labs} custom={custom} progress={progress} onOpen={setPicked} />
  ) : (
    <LabDetail lab={lab} custom={isCustom} progress={progress} onBack={() => setPicked(null)} />
  );
}
