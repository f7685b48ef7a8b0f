import { describe, expect, it } from 'vitest';
import { createDesign, type Command, type DesignNode } from '../core';
import { createArchStore } from './createArchStore';

const node = (id: string, label = id): DesignNode => ({
  id,
  type: 'microservice',
  label,
  description: '',
  technology: '',
  props: {},
});

const addNode = (id: string): Command => ({ op: 'add-node', node: node(id), box: { x: 0, y: 0 } });

function freshStore() {
  return createArchStore(createDesign('d1', 'Design'), 'en');
}

describe('document slice', () => {
  it('records each dispatched command and undoes and redoes it', () => {
    const store = freshStore();
    const { dispatch } = store.getState();
    expect(dispatch(addNode('a'))).toBe(true);
    expect(dispatch({ op: 'update-design', patch: { name: 'Renamed' } })).toBe(true);
    expect(store.getState().design.name).toBe('Renamed');
    expect(store.getState().past).toHaveLength(2);

    store.getState().undo();
    expect(store.getState().design.name).toBe('Design');
    expect(store.getState().design.nodes.map((n) => n.id)).toEqual(['a']);
    store.getState().undo();
    expect(store.getState().design.nodes).toEqual([]);
    expect(store.getState().future).toHaveLength(2);

    store.getState().redo();
    store.getState().redo();
    expect(store.getState().design.name).toBe('Renamed');
    expect(store.getState().design.nodes.map((n) => n.id)).toEqual(['a']);
    expect(store.getState().future).toHaveLength(0);
  });

  it('clears redo when a new edit is made after undo', () => {
    const store = freshStore();
    store.getState().dispatch(addNode('a'));
    store.getState().undo();
    store.getState().dispatch(addNode('b'));
    expect(store.getState().future).toEqual([]);
    store.getState().redo();
    expect(store.getState().design.nodes.map((n) => n.id)).toEqual(['b']);
  });

  it('records a gesture as one history entry', () => {
    const store = freshStore();
    store.getState().dispatch(addNode('a'));
    store.getState().beginGesture();
    for (let x = 1; x <= 10; x += 1) store.getState().dispatch({ op: 'set-boxes', boxes: { a: { x, y: x } } });
    store.getState().endGesture();
    expect(store.getState().past).toHaveLength(2);
    expect(store.getState().design.layout.elements.a).toEqual({ x: 10, y: 10 });
    store.getState().undo();
    expect(store.getState().design.layout.elements.a).toEqual({ x: 0, y: 0 });
    store.getState().redo();
    expect(store.getState().design.layout.elements.a).toEqual({ x: 10, y: 10 });
  });

  it('refuses a command that does not fit, leaves the design alone and says why', () => {
    const store = freshStore();
    const before = store.getState().design;
    expect(store.getState().dispatch({ op: 'remove-node', id: 'missing' })).toBe(false);
    expect(store.getState().design).toBe(before);
    expect(store.getState().past).toEqual([]);
    const notice = store.getState().notices.at(-1);
    expect(notice?.key).toBe('notices.commandFailed');
    expect(String(notice?.values?.reason)).toContain('missing');
  });

  it('loading a design is not an edit: history and selection start afresh', () => {
    const store = freshStore();
    store.getState().dispatch(addNode('a'));
    store.getState().select(['a']);
    store.getState().loadDesign(createDesign('d2', 'Other'));
    expect(store.getState().design.id).toBe('d2');
    expect(store.getState().past).toEqual([]);
    expect(store.getState().future).toEqual([]);
    expect(store.getState().selection).toEqual([]);
  });

  it('gives each store its own state', () => {
    const one = freshStore();
    const two = freshStore();
    one.getState().dispatch(addNode('a'));
    expect(two.getState().design.nodes).toEqual([]);
  });
});
