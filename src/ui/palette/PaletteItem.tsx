import { memo, type DragEvent } from 'react';
import type { IconName } from '../../core';
import { entryDragData, TYPE_DRAG_FORMAT, type PaletteEntry } from '../addComponent';
import { TypeIcon } from '../icons';

interface Props {
  entry: PaletteEntry;
  icon: IconName;
  name: string;
  /** The neutral name under a provider product's name, when they differ. */
  subtitle?: string;
  description: string;
  hint: string;
  onAdd: (entry: PaletteEntry) => void;
}

/** One palette entry: drag it onto the canvas, or click it (Enter) to add it at the centre. */
export const PaletteItem = memo(function PaletteItem({ entry, icon, name, subtitle, description, hint, onAdd }: Props) {
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(TYPE_DRAG_FORMAT, entryDragData(entry));
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <li>
      <button
        type="button"
        draggable
        onDragStart={onDragStart}
        onClick={() => onAdd(entry)}
        title={`${description}\n${hint}`}
        aria-description={description}
        className="flex w-full cursor-grab items-center gap-2 rounded px-2 py-1 text-left text-sm text-slate-800 hover:bg-blue-50 focus-visible:outline-2 focus-visible:outline-blue-600 active:cursor-grabbing"
      >
        <TypeIcon name={icon} className="shrink-0 text-slate-500" />
        <span className="min-w-0 flex-1">
          <span className="block truncate">{name}</span>
          {subtitle !== undefined && subtitle !== name && <span className="block truncate text-[11px] text-slate-500">{subtitle}</span>}
        </span>
      </button>
    </li>
  );
});
