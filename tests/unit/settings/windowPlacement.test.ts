import { describe, expect, it } from 'vitest';
import { DEFAULT_PLACEMENT, fitWindowPlacement } from '../../../electron/services/window/windowPlacement';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };

describe('fitWindowPlacement', () => {
  it('uses a comfortable default the first time', () => {
    expect(fitWindowPlacement(undefined, [laptop])).toEqual(DEFAULT_PLACEMENT);
  });

  it('restores a placement that is still on screen', () => {
    expect(fitWindowPlacement({ x: 40, y: 30, width: 1200, height: 700, maximized: false }, [laptop])).toEqual({
      x: 40, y: 30, width: 1200, height: 700, maximized: false,
    });
  });

  it('brings back a window that was left on a monitor that is gone', () => {
    const placement = fitWindowPlacement({ x: 2400, y: 100, width: 1600, height: 1000, maximized: true }, [laptop]);
    expect(placement.x).toBeUndefined();
    expect(placement).toMatchObject({ width: 1366, height: 728, maximized: true });
  });
});
