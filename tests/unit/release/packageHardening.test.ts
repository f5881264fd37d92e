import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// electron-builder's own schema check (app-builder-lib is the library electron-builder runs on).
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'electron-builder';
import { parse } from 'yaml';
import { buildMenuTemplate } from '../../../electron/services/menu/menuTemplate';
import { userDataOverride } from '../../../electron/services/security/userDataOverride';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

async function builderConfig(): Promise<Record<string, unknown>> {
  return parse(await readFile(path.join(repoRoot, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
}

/** Every role anywhere in the menu, submenus included. */
function menuRoles(development: boolean): string[] {
  const template = buildMenuTemplate('id', { navigate() {}, focusSearch() {} }, { isMac: false, development });
  const roles: string[] = [];
  const walk = (items: unknown): void => {
    if (!Array.isArray(items)) return;
    for (const item of items as { role?: string; submenu?: unknown }[]) {
      if (item.role) roles.push(item.role.toLowerCase());
      walk(item.submenu);
    }
  };
  walk(template);
  return roles;
}

describe('the installed app is hardened', () => {
  it("is a configuration electron-builder accepts (a misspelt key would be rejected, not ignored)", async () => {
    const quietLogger = { isEnabled: false, add() {}, addValue() {}, toString: () => '' } as never;
    await expect(validateConfiguration((await builderConfig()) as Configuration, quietLogger)).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...(await builderConfig()), electronFusez: {} } as Configuration, quietLogger)).rejects.toThrow(
      /unknown property 'electronFusez'/,
    );
  });

  it('packs the app into an asar archive', async () => {
    expect((await builderConfig()).asar).toBe(true);
  });

  it("flips Electron's fuses: no Node mode, no NODE_OPTIONS, no inspector, asar only and checked, cookies encrypted", async () => {
    expect((await builderConfig()).electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('offers no Developer Tools and no reload in a released build', () => {
    const roles = menuRoles(false);
    expect(roles).not.toContain('toggledevtools');
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forcereload');
    expect(roles).toContain('zoomin');
  });

  it('keeps Developer Tools and reload when running from the source tree', () => {
    expect(menuRoles(true)).toEqual(expect.arrayContaining(['toggledevtools', 'reload']));
  });

  it('lets PUSTAKA_USER_DATA_DIR choose the data folder only in development and test runs', () => {
    const env = { PUSTAKA_USER_DATA_DIR: '/tmp/pustaka-test-data' };
    expect(userDataOverride(env, { development: true })).toBe('/tmp/pustaka-test-data');
    expect(userDataOverride(env, { development: false })).toBeNull();
    expect(userDataOverride({}, { development: true })).toBeNull();
  });

  it('wires the release flag in the main process from app.isPackaged', async () => {
    const paths = await readFile(path.join(repoRoot, 'electron/main/paths.ts'), 'utf8');
    const main = await readFile(path.join(repoRoot, 'electron/main/index.ts'), 'utf8');
    expect(paths).toMatch(/return !app\.isPackaged;/);
    expect(paths).toContain('userDataOverride(process.env, { development: isDevelopmentBuild() })');
    expect(main).toContain('development: isDevelopmentBuild()');
  });
});
