import type { Lab } from './labSchema';
import { parseLab } from './parseLab';
import lab01 from './data/lab-01.json' with { type: 'json' };
import lab02 from './data/lab-02.json' with { type: 'json' };
import lab03 from './data/lab-03.json' with { type: 'json' };
import lab04 from './data/lab-04.json' with { type: 'json' };
import lab05 from './data/lab-05.json' with { type: 'json' };
import lab06 from './data/lab-06.json' with { type: 'json' };
import lab07 from './data/lab-07.json' with { type: 'json' };
import lab08 from './data/lab-08.json' with { type: 'json' };
import lab09 from './data/lab-09.json' with { type: 'json' };

/** The lab files shipped with ArchLab. A trainer adds a lab by adding a file to data/ and a line here. */
const FILES: readonly unknown[] = [lab01, lab02, lab03, lab04, lab05, lab06, lab07, lab08, lab09];

function load(file: unknown, index: number): Lab {
  // Without compiled validators: this runs when the module loads, in the browser too.
  const result = parseLab(file, { jitless: true });
  if (!result.ok) throw new Error(`lab file ${index + 1} is invalid: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return result.lab;
}

/** The course labs, one per IA007 module, read and checked when the module loads, in number order. */
export const LABS: readonly Lab[] = FILES.map(load).sort((a, b) => a.number - b.number);

/** The lab of this number, if there is one. */
export function getLab(number: number): Lab | undefined {
  return LABS.find((lab) => lab.number === number);
}
