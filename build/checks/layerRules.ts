/**
 * The layer rule of DESIGN.md, checked by reading every import. Runs in the unit suite; a
 * violation names the file, the import and the rule it breaks.
 */
import { readdir, readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import path from 'node:path';

export interface LayerViolation {
  file: string;
  specifier: string;
  rule: string;
}

type Layer = 'core' | 'renderer' | 'services' | 'main' | 'preload' | 'build' | 'tests' | 'config';

function layerOf(relative: string): Layer | null {
  const p = relative.split(path.sep).join('/');
  if (p.startsWith('core/')) return 'core';
  if (p.startsWith('renderer/src/')) return 'renderer';
  if (p.startsWith('renderer/')) return 'config';
  if (p.startsWith('electron/services/')) return 'services';
  if (p.startsWith('electron/main/')) return 'main';
  if (p.startsWith('electron/preload/')) return 'preload';
  if (p.startsWith('build/')) return 'build';
  if (p.startsWith('tests/')) return 'tests';
  return null;
}

/** Which layers each layer may import (relative imports inside the repo). */
const ALLOWED: Record<Layer, Layer[]> = {
  core: ['core'],
  renderer: ['renderer', 'core'],
  services: ['services', 'core'],
  main: ['main', 'services', 'core'],
  preload: ['preload', 'core'],
  build: ['build', 'core'],
  tests: ['tests', 'core', 'services', 'build', 'renderer'],
  config: ['config', 'renderer', 'core'],
};

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const IMPORT_PATTERN =
  /(?:^|[\s;])(import|export)\s+(type\s+)?(?:[^'"`;]*?\s+from\s+)?['"]([^'"]+)['"]|(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;

export function findImports(source: string): { specifier: string; typeOnly: boolean }[] {
  const found: { specifier: string; typeOnly: boolean }[] = [];
  for (const match of source.matchAll(IMPORT_PATTERN)) {
    const specifier = match[3] ?? match[4];
    if (specifier) found.push({ specifier, typeOnly: Boolean(match[2]) });
  }
  return found;
}

export function checkFile(relativeFile: string, source: string): LayerViolation[] {
  const layer = layerOf(relativeFile);
  if (!layer) return [];
  const violations: LayerViolation[] = [];
  const add = (specifier: string, rule: string) => violations.push({ file: relativeFile, specifier, rule });
  for (const { specifier, typeOnly } of findImports(source)) {
    const packageName = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
    if (specifier.startsWith('.')) {
      const target = path.normalize(path.join(path.dirname(relativeFile), specifier));
      const targetLayer = layerOf(target + (path.extname(target) ? '' : '.ts'));
      if (targetLayer && !ALLOWED[layer].includes(targetLayer)) add(specifier, `${layer} must not import ${targetLayer}`);
      continue;
    }
    if (packageName === 'electron' && !typeOnly && layer !== 'main' && layer !== 'preload') {
      add(specifier, `only electron/main and electron/preload may import electron (${layer} may use "import type")`);
    }
    if ((layer === 'core' || layer === 'renderer') && NODE_BUILTINS.has(specifier)) {
      add(specifier, `${layer} must not import Node built-ins`);
    }
    if (layer === 'core' && packageName === 'electron') add(specifier, 'core must not import electron, even for types');
  }
  return violations;
}

async function sourceFiles(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && /\.(ts|tsx|mts|cts)$/.test(e.name) && !e.parentPath.includes('node_modules'))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

export async function checkLayers(root: string): Promise<LayerViolation[]> {
  const files = (await Promise.all(['core', 'renderer', 'electron', 'build', 'tests'].map((d) => sourceFiles(root, d)))).flat();
  const violations: LayerViolation[] = [];
  for (const file of files) {
    if (file.split(path.sep).includes('fixtures')) continue;
    violations.push(...checkFile(file, await readFile(path.join(root, file), 'utf8')));
  }
  return violations;
}
