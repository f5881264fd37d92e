import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLayers } from '../../../build/checks/layerRules';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const fixtureRoot = path.join(import.meta.dirname, 'fixtures');

describe('the layer rule', () => {
  it('holds for the whole code base', async () => {
    expect(await checkLayers(repoRoot)).toEqual([]);
  });

  it('fails on deliberate violations, naming each one', async () => {
    const violations = await checkLayers(fixtureRoot);
    const summary = violations.map((v) => `${v.file.split(path.sep).join('/')} → ${v.specifier}`).sort();
    expect(summary).toEqual(
      [
        'core/leaky.ts → ../electron/services/app-url/resolveAppUrl',
        'core/leaky.ts → electron',
        'core/leaky.ts → node:fs/promises',
        'electron/services/leaky.ts → ../../renderer/src/App',
        'electron/services/leaky.ts → electron',
        'renderer/src/leaky.tsx → ../../electron/services/host/createHost',
        'renderer/src/leaky.tsx → electron',
        'renderer/src/leaky.tsx → path',
      ].sort(),
    );
  });

  it('lets electron/main import electron, services and core', async () => {
    const violations = await checkLayers(fixtureRoot);
    expect(violations.filter((v) => v.file.includes(`main${path.sep}`))).toEqual([]);
  });
});
