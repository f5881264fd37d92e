import { describe, expect, it } from 'vitest';
import { buildDeck, clampIndex } from '../../../renderer/src/present/deck/buildDeck';
import { isPresentMessage, mergeState } from '../../../renderer/src/present/presentSync';
import { commandForKey, jumpTarget } from '../../../renderer/src/present/slideKeys';
import { chunk, handoutQuery, readHandoutOptions } from '../../../renderer/src/present/handout/handoutOptions';

const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...extra });

describe('presenting keys', () => {
  it('maps what clickers and keyboards send', () => {
    for (const k of ['ArrowRight', 'PageDown', ' ', 'ArrowDown']) expect(commandForKey(key(k), false)).toEqual({ type: 'next' });
    for (const k of ['ArrowLeft', 'PageUp', 'ArrowUp']) expect(commandForKey(key(k), false)).toEqual({ type: 'previous' });
    expect(commandForKey(key(' ', { shiftKey: true }), false)).toEqual({ type: 'previous' });
    expect(commandForKey(key('Home'), false)).toEqual({ type: 'first' });
    expect(commandForKey(key('End'), false)).toEqual({ type: 'last' });
    expect(commandForKey(key('b'), false)).toEqual({ type: 'blank' });
    expect(commandForKey(key('F'), false)).toEqual({ type: 'fullscreen' });
    expect(commandForKey(key('Escape'), false)).toEqual({ type: 'exit' });
    expect(commandForKey(key('7'), false)).toEqual({ type: 'digit', digit: '7' });
    expect(commandForKey(key('Enter'), true)).toEqual({ type: 'jump' });
  });

  it('leaves shortcuts with modifiers to the app', () => {
    expect(commandForKey(key('ArrowLeft', { altKey: true }), false)).toBeNull();
    expect(commandForKey(key('f', { ctrlKey: true }), false)).toBeNull();
  });

  it('jumps only to slides that exist', () => {
    expect(jumpTarget('12', 22)).toBe(11);
    expect(jumpTarget('0', 22)).toBeNull();
    expect(jumpTarget('99', 22)).toBeNull();
    expect(clampIndex(30, 22)).toBe(21);
    expect(clampIndex(-1, 22)).toBe(0);
    expect(clampIndex(Number('abc'), 22)).toBe(0);
  });
});

describe('keeping two views in step', () => {
  const base = { index: 0, blank: false, startedAt: 1000, changedAt: 0 };

  it('takes the newer state, and the earlier start when neither view has moved yet', () => {
    expect(mergeState(base, { ...base, index: 4, changedAt: 5 })).toMatchObject({ index: 4 });
    expect(mergeState({ ...base, index: 2, changedAt: 9 }, { ...base, index: 4, changedAt: 5 })).toMatchObject({ index: 2 });
    expect(mergeState({ ...base, startedAt: 3000 }, { ...base, startedAt: 1000 })).toMatchObject({ startedAt: 1000 });
  });

  it('ignores messages that are not ours', () => {
    expect(isPresentMessage({ type: 'hello' })).toBe(true);
    expect(isPresentMessage({ type: 'state', state: base })).toBe(true);
    expect(isPresentMessage({ type: 'state', state: { ...base, index: 'x' } })).toBe(false);
    expect(isPresentMessage('hello')).toBe(false);
  });
});

describe('decks and handouts', () => {
  it('chains a pack\'s documents and keeps only the chosen section', () => {
    const doc = (id: string, html: string) => ({
      meta: { id, type: 'guide', title: id, illustrative: id === 'b' } as never,
      html,
      headings: [],
    });
    const slides = buildDeck([
      { doc: doc('a', '<h2 id="x">X</h2>\n<p>1</p>\n<h2 id="y">Y</h2>\n<p>2</p>\n') },
      { doc: doc('b', '<h2 id="x">X</h2>\n<p>3</p>\n<h2 id="z">Z</h2>\n') , sectionId: 'z' },
    ]);
    expect(slides.map((s) => `${s.part}:${s.docId}:${s.sectionId}:${s.illustrative}`)).toEqual(['0:a:x:false', '0:a:y:false', '1:b:z:true']);
  });

  it('reads and writes handout options through the route', () => {
    const options = readHandoutOptions(new URLSearchParams('tata=salindia&per=6&catatan=1'));
    expect(options).toEqual({ layout: 'salindia', perPage: 6, speakerNotes: true, myNotes: false });
    expect(handoutQuery(options)).toBe('tata=salindia&per=6&catatan=1');
    expect(readHandoutOptions(new URLSearchParams('per=5'))).toMatchObject({ layout: 'dokumen', perPage: 2 });
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});
