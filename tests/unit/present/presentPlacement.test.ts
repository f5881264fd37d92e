import { describe, expect, it } from 'vitest';
import { placePresentWindow } from '../../../electron/services/window/presentPlacement';

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 }, workArea: { x: 0, y: 0, width: 1366, height: 728 } };
const projector = { id: 2, bounds: { x: 1366, y: 0, width: 1024, height: 768 }, workArea: { x: 1366, y: 0, width: 1024, height: 768 } };

describe('placing the presenting windows', () => {
  it('puts the audience view full screen on the second display', () => {
    expect(placePresentWindow('audience', [laptop, projector], 1)).toEqual({ bounds: projector.bounds, fullscreen: true });
    expect(placePresentWindow('audience', [projector, laptop], 1)).toEqual({ bounds: projector.bounds, fullscreen: true });
  });

  it('keeps the presenter view on the primary display', () => {
    const placed = placePresentWindow('presenter', [laptop, projector], 1)!;
    expect(placed.fullscreen).toBe(false);
    expect(placed.bounds.x + placed.bounds.width).toBeLessThanOrEqual(1366);
  });

  it('with one display, makes both ordinary windows that fit it', () => {
    for (const view of ['audience', 'presenter'] as const) {
      const placed = placePresentWindow(view, [laptop], 1)!;
      expect(placed.fullscreen).toBe(false);
      expect(placed.bounds.width).toBeLessThanOrEqual(1366);
      expect(placed.bounds.x + placed.bounds.width).toBeLessThanOrEqual(1366);
      expect(placed.bounds.y + placed.bounds.height).toBeLessThanOrEqual(728);
    }
  });

  it('has nowhere to go without displays', () => {
    expect(placePresentWindow('audience', [], 1)).toBeNull();
  });
});
