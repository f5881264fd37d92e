import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../../..');
const fixtures = path.join(repo, 'tests/unit/content/fixtures/malformed');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(repo, 'build/search/searchCli.ts'), ...args], { cwd: repo, encoding: 'utf8' });

describe('npm run search', () => {
  it('prints ranked hits of any library folder as JSON lines', () => {
    const result = run(fixtures, 'ketua tim', '--json', '--limit', '2');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines[0]).toMatchObject({ id: 'panduan-baik', section: 'langkah-1-siapkan-tim' });
    expect(Object.keys(lines[0]).sort()).toEqual(['id', 'score', 'section', 'title']);
  });

  it('says in Indonesian what is wrong, with exit code 2', () => {
    const missing = run('/tidak/ada', 'inovasi');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Folder pustaka tidak ditemukan');
    const noQuery = run(fixtures);
    expect(noQuery.status).toBe(2);
    expect(noQuery.stderr).toContain('Pemakaian');
  });
});
