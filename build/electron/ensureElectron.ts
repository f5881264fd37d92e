/**
 * Makes sure the Electron binary is installed before `npm start`, `dev`, `test:electron` or `dist`
 * launches it. Since Electron 42 the `electron` package downloads its binary on the first
 * require of the package instead of at `npm install`, and electron-vite reads
 * `node_modules/electron/path.txt` without ever requiring the package, so a fresh clone stopped
 * with "Electron uninstall". This runs Electron's own installer (its `install-electron` bin), which
 * honours ELECTRON_MIRROR, ELECTRON_CUSTOM_DIR and electron_config_cache, and shows its progress.
 *
 * Run with tsx: `tsx build/electron/ensureElectron.ts`. Prints nothing when the binary is there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Runs the installer script and returns its exit status (null when it could not run at all). */
export type ElectronInstaller = (installScript: string, env: NodeJS.ProcessEnv) => number | null;

export interface EnsureElectronOptions {
  /** The `electron` package folder (node_modules/electron). */
  packageDir: string;
  env: NodeJS.ProcessEnv;
  install: ElectronInstaller;
  /** Where the download notice and the failure paragraph go (stderr). */
  report: (text: string) => void;
}

/** What the package itself would launch: `dist/<path.txt>`, or the same name under ELECTRON_OVERRIDE_DIST_PATH. */
export function installedElectronBinary(packageDir: string, env: NodeJS.ProcessEnv): string | null {
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? path.join(override, relative || defaultExecutableName())
    : relative
      ? path.join(packageDir, 'dist', relative)
      : null;
  return candidate && existsSync(candidate) ? candidate : null;
}

/** The name Electron's install.js writes into path.txt for this platform. */
function defaultExecutableName(): string {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return process.platform === 'win32' ? 'electron.exe' : 'electron';
}

interface ElectronPackageJson {
  version?: string;
  bin?: Record<string, string>;
}

function readPackageJson(packageDir: string): ElectronPackageJson {
  try {
    return JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as ElectronPackageJson;
  } catch {
    return {};
  }
}

/** The one paragraph a user sees when the download fails. */
export function downloadFailedMessage(version: string, status: number | null, command: string): string {
  const why =
    status === null
      ? 'the installer could not be run'
      : status === 0
        ? 'the installer finished but left no binary'
        : `the installer stopped with exit code ${status}`;
  return [
    `Could not download the Electron ${version} binary that the desktop app runs in (${why}; its own error is above).`,
    `If the download site is blocked, use a mirror and run the command again, for example:`,
    `ELECTRON_MIRROR="https://npmmirror.com/mirrors/electron/" ELECTRON_CUSTOM_DIR="{{ version }}" ${command}`,
    `(an internal mirror works the same way).`,
    `Without any network, \`npm run preview:web\` serves the same app in a browser at http://127.0.0.1:5180/.`,
  ].join(' ');
}

/** The npm command the user ran, for the message: `npm start`, `npm run dev`, ... */
function invokingCommand(env: NodeJS.ProcessEnv): string {
  const script = env.npm_lifecycle_event;
  // Run by hand (npx, tsx) rather than by one of the scripts that launch Electron.
  if (!script || !['start', 'dev', 'test:electron', 'dist'].includes(script)) return 'npm start';
  return script === 'start' || script === 'test' ? `npm ${script}` : `npm run ${script}`;
}

/** Returns the exit code: 0 when the binary is (now) there, 1 when it could not be installed. */
export function ensureElectron(options: EnsureElectronOptions): number {
  const { packageDir, env, install, report } = options;
  if (env.ELECTRON_EXEC_PATH && existsSync(env.ELECTRON_EXEC_PATH)) return 0;
  if (installedElectronBinary(packageDir, env)) return 0;

  const pkg = readPackageJson(packageDir);
  const version = pkg.version ?? '(unknown version)';
  const installScript = path.join(packageDir, pkg.bin?.['install-electron'] ?? 'install.js');
  report(`Electron ${version} is not installed yet: downloading it once (about 100 MB).`);
  const status = install(installScript, env);
  if (status === 0 && installedElectronBinary(packageDir, env)) return 0;

  report(downloadFailedMessage(version, status, invokingCommand(env)));
  return 1;
}

/** Electron's installer as the package runs it itself (see its index.js): node install.js, progress shown. */
export const runElectronInstaller: ElectronInstaller = (installScript, env) => {
  const result = spawnSync(process.execPath, [installScript], { stdio: 'inherit', env });
  return result.error ? null : result.status;
};

export function electronPackageDir(): string {
  const require = createRequire(import.meta.url);
  // Resolving package.json does not run the package's index.js (which would start the download).
  return path.dirname(require.resolve('electron/package.json'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = ensureElectron({
    packageDir: electronPackageDir(),
    env: process.env,
    install: runElectronInstaller,
    report: (text) => process.stderr.write(`${text}\n`),
  });
}
