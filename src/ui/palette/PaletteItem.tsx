import { memo, type DragEvent } from 'react';
import { typeDisplayName, type ComponentType, type Language, type Provider } from '../../core';
import { TYPE_DRAG_FORMAT } from '../addComponent';
import { TypeIcon } from '../icons';

interface Props {
  type: ComponentType;
  language: Language;
  provider: Provider | undefined;
  hint: string;
  onAdd: (type: ComponentType) => void;
}

/** One palette entry: drag it onto the canvas, or click it (Enter) to add it at the centre. */
export const PaletteItem = memo(function PaletteItem({ type, language, provider, hint, onAdd }: Props) {
  const name = typeDisplayName(type, language, provider);
  const generic = type.name[language];
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(TYPE_DRAG_FORMAT, type.id);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <li>
      <button
        type="button"
        draggable
        onDragStart={onDragStart}
        onClick={() => onAdd(type)}
        title={`${type.description[language]}\n${hint}`}
        aria-description={type.description[language]}
        className="flex w-full cursor-grab items-center gap-2 rounded px-2 py-1 text-left text-sm text-slate-800 hover:bg-blue-50 focus-visible:outline-2 focus-visible:outline-blue-600 active:cursor-grabbing"
      >
        <TypeIcon name={type.icon} className="shrink-0 text-slate-500" />
        <span className="min-w-0 flex-1">
          <span className="block truncate">{name}</span>
          {name !== generic && <span className="block truncate text-[11px] text-slate-500">{generic}</span>}
        </span>
      </button>
    </li>
  );
});
