import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from './canvas/Canvas';
import { HelpDialog } from './canvas/HelpDialog';
import { SearchDialog } from './canvas/SearchDialog';
import { ImportProblemsDialog } from './dialogs/ImportProblemsDialog';
import { LibraryDialog } from './dialogs/LibraryDialog';
import { DecisionsDialog } from './decisions/DecisionsDialog';
import { Presentation } from './present/Presentation';
import { TemplateGallery } from './templates/TemplateGallery';
import { SidePanel } from './panel/SidePanel';
import { DropZone } from './shell/DropZone';
import { Header } from './shell/Header';
import { Notices } from './shell/Notices';
import { Palette } from './palette/Palette';
import { StorageWarning } from './shell/StorageWarning';
import { useShortcuts } from './shell/useShortcuts';
import { useClipboard } from './shell/useClipboard';
import { useSharedLink } from './share/useSharedLink';

/** The app shell: header, palette, canvas, side panel, and the dialogs over them. */
export function App() {
  useShortcuts();
  useClipboard();
  useSharedLink();
  return (
    <div className="flex h-screen flex-col bg-slate-50 text-slate-900">
      <Header />
      <StorageWarning />
      <ReactFlowProvider>
        <div className="flex min-h-0 flex-1">
          <Palette />
          <main className="min-w-0 flex-1">
            <Canvas />
          </main>
          <SidePanel />
        </div>
        <SearchDialog />
        <HelpDialog />
      </ReactFlowProvider>
      <Notices />
      <LibraryDialog />
      <DecisionsDialog />
      <Presentation />
      <TemplateGallery />
      <ImportProblemsDialog />
      <DropZone />
    </div>
  );
}
