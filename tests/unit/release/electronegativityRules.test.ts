import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeFindings, type AllowlistEntry, type Finding } from '../../../build/checks/electronegativityRules';

const finding = (overrides: Partial<Finding>): Finding => ({
  check: 'PRELOAD_JS_CHECK',
  file: 'main/window.ts',
  line: 37,
  severity: 'MEDIUM',
  confidence: 'FIRM',
  description: 'Review the use of preload scripts',
  ...overrides,
});

const allowPreload: AllowlistEntry = { check: 'PRELOAD_JS_CHECK', file: 'main/window.ts', reason: 'our own preload, contextBridge only' };

describe("the security check's verdict on Electronegativity's findings", () => {
  it('passes a medium finding that the allowlist names with a reason', () => {
    const verdict = judgeFindings([finding({})], [allowPreload]);
    expect(verdict.failures).toEqual([]);
    expect(verdict.allowed.map((a) => a.reason)).toEqual(['our own preload, contextBridge only']);
  });

  it('fails a medium finding that is not in the allowlist, naming file and line', () => {
    const verdict = judgeFindings([finding({ check: 'AUXCLICK_JS_CHECK', line: 29 })], [allowPreload]);
    expect(verdict.failures[0]).toMatch(/^AUXCLICK_JS_CHECK at main\/window\.ts:29 \(MEDIUM, FIRM\).*add it to the allowlist/);
  });

  it('fails a high finding even when the allowlist names it', () => {
    const verdict = judgeFindings([finding({ severity: 'HIGH' })], [allowPreload]);
    expect(verdict.failures.some((f) => f.includes('must be fixed, it cannot be allowlisted'))).toBe(true);
  });

  it('fails an allowlist entry without a reason, and one that matches nothing any more', () => {
    const verdict = judgeFindings([], [{ check: 'CSP_GLOBAL_CHECK', file: 'N/A', reason: ' ' }]);
    expect(verdict.failures).toEqual([
      'allowlist entry CSP_GLOBAL_CHECK N/A has no reason',
      'allowlist entry CSP_GLOBAL_CHECK N/A matches no finding any more: remove it',
    ]);
  });

  it('fails when a file could not be parsed (it was not checked at all)', () => {
    expect(judgeFindings([], [], ['electron/main/x.ts: Unexpected token']).failures).toEqual(['could not check electron/main/x.ts: Unexpected token']);
  });

  it('shows low and informational findings without failing', () => {
    const verdict = judgeFindings([finding({ severity: 'INFORMATIONAL' }), finding({ severity: 'LOW' })], []);
    expect(verdict.failures).toEqual([]);
    expect(verdict.notes).toHaveLength(2);
    expect(verdict.counts).toEqual({ INFORMATIONAL: 1, LOW: 1 });
  });

  it('keeps the checked-in allowlist to one-line reasons', () => {
    const file = path.resolve(import.meta.dirname, '../../../build/checks/electronegativity-allowlist.json');
    const entries = JSON.parse(readFileSync(file, 'utf8')) as AllowlistEntry[];
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.reason.trim().length).toBeGreaterThan(20);
      expect(entry.reason).not.toContain('\n');
    }
  });
});
