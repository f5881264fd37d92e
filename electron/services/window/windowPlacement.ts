/**
 * Restores a remembered window placement only where it is still visible: a laptop that was
 * docked to a second monitor yesterday must not open its window off-screen today.
 */
import type { WindowPlacement } from '../settings/SettingsStore';

export interface DisplayArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_PLACEMENT: WindowPlacement = { width: 1280, height: 800, maximized: false };
const MIN_VISIBLE = 120;

export function fitWindowPlacement(saved: WindowPlacement | undefined, displays: DisplayArea[]): WindowPlacement {
  if (!saved) return DEFAULT_PLACEMENT;
  const primary = displays[0];
  const width = primary ? Math.min(saved.width, primary.width) : saved.width;
  const height = primary ? Math.min(saved.height, primary.height) : saved.height;
  if (saved.x === undefined || saved.y === undefined) return { width, height, maximized: saved.maximized };
  const { x, y } = saved;
  const visible = displays.some(
    (d) =>
      x + width - MIN_VISIBLE >= d.x &&
      x + MIN_VISIBLE <= d.x + d.width &&
      y >= d.y &&
      y + MIN_VISIBLE <= d.y + d.height,
  );
  return visible ? { x, y, width, height, maximized: saved.maximized } : { width, height, maximized: saved.maximized };
}
