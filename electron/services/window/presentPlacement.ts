/**
 * Where a presenting window goes. The audience view takes the whole of a second display (the
 * projector) when there is one; with a single display both views are ordinary windows the trainer
 * can arrange. The presenter view stays on the primary display, with the laptop's keyboard.
 */
import type { DisplayArea } from './windowPlacement';

export interface PresentDisplay {
  id: number;
  bounds: DisplayArea;
  workArea: DisplayArea;
}

export interface PresentPlacement {
  bounds: DisplayArea;
  fullscreen: boolean;
}

export function placePresentWindow(view: 'audience' | 'presenter', displays: PresentDisplay[], primaryId: number): PresentPlacement | null {
  const primary = displays.find((d) => d.id === primaryId) ?? displays[0];
  if (!primary) return null;
  const external = displays.find((d) => d.id !== primary.id);
  if (view === 'audience' && external) return { bounds: external.bounds, fullscreen: true };
  const area = primary.workArea;
  const width = Math.min(area.width, view === 'audience' ? 1280 : 1366);
  const height = Math.min(area.height, view === 'audience' ? 720 : 860);
  // On one display, offset the audience window so the two do not sit exactly on top of each other.
  const offset = view === 'audience' && !external ? 40 : 0;
  return {
    bounds: {
      x: area.x + Math.min(area.width - width, Math.round((area.width - width) / 2) + offset),
      y: area.y + Math.min(area.height - height, Math.round((area.height - height) / 2) + offset),
      width,
      height,
    },
    fullscreen: false,
  };
}
