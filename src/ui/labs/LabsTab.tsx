import { useState } from 'react';
import { LABS } from '../../core';
import { useArch } from '../../store';
import { partOfDesign } from '../../platform/labProgress';
import { LabDetail } from './LabDetail';
import { LabList } from './LabList';
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
  const number = picked === undefined ? current?.lab : picked;
  const lab = number === undefined || number === null ? undefined : LABS.find((l) => l.number === number);
  return lab === undefined ? <LabList progress={progress} onOpen={setPicked} /> : <LabDetail lab={lab} progress={progress} onBack={() => setPicked(null)} />;
}
