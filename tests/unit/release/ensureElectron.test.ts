import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  ensureElectron,
  installedElectronBinary,
  runElectronInstaller,
  type ElectronInstaller,
} from '../../../build/electron/ensureElectron';
import { useTempDir } from '../support/tempDir';

const tempDir = useTempDir('ensure-electron');

/** A stand-in for node_modules/electron: package.json naming the installer bin, optionally a binary. */
function fakeElectronPackage(options: { binary: boolean; installScript?: string }): string {
  const dir = path.join(tempDir(), 'electron');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'electron', version: '45.5.0', bin: { electron: 'cli.js', 'install-electron': 'install.js' } }),
  );
  writeFileSync(path.join(dir, 'install.js'), options.installScript ?? 'process.exit(0);\n');
  if (options.binary) installBinary(dir);
  return dir;
}

/** What Electron's install.js leaves behind: dist/<binary> and path.txt naming it. */
function installBinary(dir: string): void {
  mkdirSync(path.join(dir, 'dist'), { recursive: true });
  writeFileSync(path.join(dir, 'dist', 'electron'), '');
  writeFileSync(path.join(dir, 'path.txt'), 'electron');
}

describe('making sure the Electron binary is there before launching', () => {
  it('does nothing and prints nothing when the binary is installed', () => {
    const packageDir = fakeElectronPackage({ binary: true });
    const install = vi.fn<ElectronInstaller>(() => 0);
    const report = vi.fn();
    expect(ensureElectron({ packageDir, env: {}, install, report })).toBe(0);
    expect(install).not.toHaveBeenCalled();
    expect(report).not.toHaveBeenCalled();
  });

  it('accepts an unpacked binary under ELECTRON_OVERRIDE_DIST_PATH without downloading', () => {
    const packageDir = fakeElectronPackage({ binary: false });
    const unpacked = path.join(tempDir(), 'unpacked');
    mkdirSync(unpacked);
    writeFileSync(path.join(unpacked, process.platform === 'win32' ? 'electron.exe' : 'electron'), '');
    const install = vi.fn<ElectronInstaller>(() => 0);
    const report = vi.fn();
    expect(ensureElectron({ packageDir, env: { ELECTRON_OVERRIDE_DIST_PATH: unpacked }, install, report })).toBe(0);
    expect(install).not.toHaveBeenCalled();
    expect(report).not.toHaveBeenCalled();
  });

  it('treats a path.txt whose file is missing as not installed', () => {
    const packageDir = fakeElectronPackage({ binary: false });
    writeFileSync(path.join(packageDir, 'path.txt'), 'electron');
    expect(installedElectronBinary(packageDir, {})).toBeNull();
  });

  it("calls Electron's own installer once, with the user's mirror settings, when the binary is missing", () => {
    const packageDir = fakeElectronPackage({ binary: false });
    const env = { ELECTRON_MIRROR: 'https://mirror.example/electron/', ELECTRON_CUSTOM_DIR: '{{ version }}' };
    const install = vi.fn<ElectronInstaller>(() => {
      installBinary(packageDir);
      return 0;
    });
    const report = vi.fn();
    expect(ensureElectron({ packageDir, env, install, report })).toBe(0);
    expect(install).toHaveBeenCalledOnce();
    expect(install).toHaveBeenCalledWith(path.join(packageDir, 'install.js'), env);
    expect(report.mock.calls).toEqual([['Electron 45.5.0 is not installed yet: downloading it once (about 100 MB).']]);
  });

  it('prints one paragraph naming the failure, a mirror and the browser preview, and exits non-zero', () => {
    const packageDir = fakeElectronPackage({ binary: false });
    const install = vi.fn<ElectronInstaller>(() => 1);
    const report = vi.fn();
    expect(ensureElectron({ packageDir, env: { npm_lifecycle_event: 'dev' }, install, report })).toBe(1);
    expect(install).toHaveBeenCalledOnce();
    expect(report).toHaveBeenCalledTimes(2);
    const message = report.mock.calls[1]![0] as string;
    expect(message).not.toContain('\n');
    expect(message).toContain('Could not download the Electron 45.5.0 binary');
    expect(message).toContain('exit code 1');
    expect(message).toContain('ELECTRON_MIRROR="https://npmmirror.com/mirrors/electron/" ELECTRON_CUSTOM_DIR="{{ version }}" npm run dev');
    expect(message).toContain('`npm run preview:web` serves the same app in a browser');
  });

  it('fails the same way when the installer reports success but leaves no binary', () => {
    const packageDir = fakeElectronPackage({ binary: false });
    const report = vi.fn();
    expect(ensureElectron({ packageDir, env: {}, install: () => 0, report })).toBe(1);
    expect(report.mock.calls[1]![0]).toContain('the installer finished but left no binary');
  });

  it("runs the package's install script with Node and passes its exit code on", () => {
    const packageDir = fakeElectronPackage({ binary: false, installScript: 'process.exit(process.env.FAKE_STATUS === "7" ? 7 : 0);\n' });
    expect(runElectronInstaller(path.join(packageDir, 'install.js'), { ...process.env, FAKE_STATUS: '7' })).toBe(7);
  });
});
