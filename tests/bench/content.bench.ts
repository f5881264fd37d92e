/**
 * content.compile.ms.{bundled,3000,30000} and content.bundle.bytes.{…}: compiling a library
 * folder into what the app loads (parse, validate, render, check links, write).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { compileLibrary, writeLibrary } from '../../build/content/compile';
import { generatedLibrary } from './corpus';
import { percentile, report } from './measure';

async function compileOnce(src: string): Promise<{ ms: number; bytes: number }> {
  const out = await mkdtemp(path.join(os.tmpdir(), 'pustaka-bench-out-'));
  try {
    const started = performance.now();
    const library = await compileLibrary(src);
    const bytes = await writeLibrary(library, src, out);
    return { ms: performance.now() - started, bytes };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

export async function benchContent(repoRoot: string, sizes: number[]): Promise<void> {
  const bundled = path.join(repoRoot, 'content');
  await compileOnce(bundled); // warm-up: module loading and JIT
  const samples: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 5; i++) {
    const run = await compileOnce(bundled);
    samples.push(run.ms);
    bytes = run.bytes;
  }
  report('content.compile.ms.bundled', percentile(samples, 50), 'ms');
  report('content.bundle.bytes.bundled', bytes, 'bytes');

  for (const size of sizes) {
    const src = await generatedLibrary(repoRoot, size);
    const run = await compileOnce(src);
    report(`content.compile.ms.${size}`, run.ms, 'ms');
    report(`content.bundle.bytes.${size}`, run.bytes, 'bytes');
  }
}
