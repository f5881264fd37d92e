import * as fs from 'node:fs';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppLog, LOG_FILE_NAME, type LogFs } from '../../../electron/services/log/AppLog';
import { startupFailureDialog, systemLanguage } from '../../../electron/services/log/startupFailure';
import { useTempDir } from '../support/tempDir';

const tempDir = useTempDir('app-log');
const fixedClock = () => new Date('2026-12-03T09:15:02.118Z');

describe('the app log', () => {
  it('appends timestamped entries, with the error stack indented below', () => {
    const log = new AppLog({ dir: tempDir(), now: fixedClock });
    expect(log.info('Pustaka Inovasi 0.1.0 started')).toBe(true);
    expect(log.error('a handler failed', new Error('disk on fire'))).toBe(true);
    const lines = readFileSync(path.join(tempDir(), LOG_FILE_NAME), 'utf8').split('\n');
    expect(lines[0]).toBe('2026-12-03T09:15:02.118Z INFO Pustaka Inovasi 0.1.0 started');
    expect(lines[1]).toBe('2026-12-03T09:15:02.118Z ERROR a handler failed');
    expect(lines[2]).toBe('    Error: disk on fire');
    expect(lines[3]).toMatch(/^ {4}at /);
  });

  it('creates the folder when it is missing', () => {
    const dir = path.join(tempDir(), 'not', 'yet');
    expect(new AppLog({ dir }).info('first start')).toBe(true);
    expect(readFileSync(path.join(dir, LOG_FILE_NAME), 'utf8')).toContain('INFO first start');
  });

  it('keeps one entry on one line even when the message has line breaks', () => {
    const log = new AppLog({ dir: tempDir(), now: fixedClock });
    log.warn('line one\nline two');
    expect(readFileSync(log.path, 'utf8')).toBe('2026-12-03T09:15:02.118Z WARN line one ⏎ line two\n');
  });

  it('rotates at the size limit and keeps three files, dropping the oldest', () => {
    const log = new AppLog({ dir: tempDir(), maxBytes: 1000, now: fixedClock });
    for (let i = 0; i < 100; i++) log.info(`entry ${String(i).padStart(3, '0')} ${'x'.repeat(60)}`);
    const files = readdirSync(tempDir()).sort();
    expect(files).toEqual([LOG_FILE_NAME, `${LOG_FILE_NAME}.1`, `${LOG_FILE_NAME}.2`]);
    for (const file of files) expect(fs.statSync(path.join(tempDir(), file)).size).toBeLessThanOrEqual(1000);
    const newest = readFileSync(log.path, 'utf8');
    const previous = readFileSync(`${log.path}.1`, 'utf8');
    expect(newest).toContain('entry 099');
    expect(previous).not.toContain('entry 099');
    // Entries run on across the files without a gap: the last of .1 is right before the first of the current file.
    const firstCurrent = Number(/entry (\d+)/.exec(newest)![1]);
    const lastPrevious = Number([...previous.matchAll(/entry (\d+)/g)].at(-1)![1]);
    expect(firstCurrent).toBe(lastPrevious + 1);
    const all = files.map((f) => readFileSync(path.join(tempDir(), f), 'utf8')).join('');
    expect(all).not.toContain('entry 000');
  });

  it('never throws when the log cannot be written, and says so', () => {
    const broken: LogFs = {
      ...fs,
      appendFileSync: () => {
        throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
      },
      mkdirSync: () => {
        throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      },
    };
    const log = new AppLog({ dir: tempDir(), fs: broken });
    expect(() => log.error('start-up failed', new Error('x'))).not.toThrow();
    expect(log.error('start-up failed', new Error('x'))).toBe(false);
  });

  it('never throws when rotation fails half-way', () => {
    writeFileSync(path.join(tempDir(), LOG_FILE_NAME), 'y'.repeat(2000));
    const log = new AppLog({
      dir: tempDir(),
      maxBytes: 1000,
      fs: { ...fs, renameSync: () => { throw new Error('EBUSY'); } },
    });
    expect(() => log.info('after a failed rotation')).not.toThrow();
  });

  it('writes values that are not errors as readable text, including circular ones', () => {
    const circular: Record<string, unknown> = { code: 'E_WEIRD' };
    circular.self = circular;
    const log = new AppLog({ dir: tempDir(), now: fixedClock });
    log.error('odd rejection', { code: 'E_PLAIN' });
    log.error('odder rejection', circular);
    const text = readFileSync(log.path, 'utf8');
    expect(text).toContain('    {"code":"E_PLAIN"}');
    expect(text).toContain('    [object Object]');
  });
});

describe('the start-up failure dialog', () => {
  it('names the error and the log file, in Indonesian by default and English on an English system', () => {
    const log = { path: '/home/ani/.config/pustaka-inovasi/pustaka.log', written: true };
    const id = startupFailureDialog(systemLanguage('id-ID'), new Error('EACCES: permission denied, open notes.json'), log);
    expect(id.title).toBe('Pustaka Inovasi tidak dapat dibuka');
    expect(id.content).toContain('EACCES: permission denied, open notes.json');
    expect(id.content).toContain(`Rinciannya dicatat dalam berkas log:\n${log.path}`);
    const en = startupFailureDialog(systemLanguage('en-GB'), new Error('boom'), log);
    expect(en.title).toBe('Pustaka Inovasi could not start');
    expect(en.content).toContain(`The details are in the log file:\n${log.path}`);
    expect(systemLanguage('fr-FR')).toBe('id');
  });

  it('says when the log itself could not be written, and cuts a very long message', () => {
    const dialog = startupFailureDialog('en', new Error('z'.repeat(5000)), { path: '/ro/pustaka.log', written: false });
    expect(dialog.content).toContain('The log file could not be written either:\n/ro/pustaka.log');
    expect(dialog.content.length).toBeLessThan(1000);
  });
});
