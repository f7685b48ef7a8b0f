import { describe, expect, it } from 'vitest';
import { createDesign, type Command, type DesignNode } from '../core';
import { createArchStore } from './createArchStore';

const node = (id: string): DesignNode => ({ id, type: 'microservice', label: id, description: '', technology: '', props: {} });
const addNode = (id: string): Command => ({ op: 'add-node', node: node(id), box: { x: 0, y: 0 } });

describe('the selection', () => {
  it('loses an element an undo removes, and keeps the others', () => {
    const store = createArchStore(createDesign('d1', 'Design'), 'en');
    store.getState().dispatch(addNode('a'));
    store.getState().dispatch(addNode('b'));
    store.getState().select(['a', 'b']);
    store.getState().undo();
    expect(store.getState().selection).toEqual(['a']);
  });

  it('keeps every element when none is gone, however many are selected', () => {
    const store = createArchStore(createDesign('d1', 'Design'), 'en');
    const ids = Array.from({ length: 20 }, (_, i) => `n${i}`);
    for (const id of ids) store.getState().dispatch(addNode(id));
    store.getState().select(ids);
    const selection = store.getState().selection;
    store.getState().dispatch({ op: 'update-node', id: 'n3', patch: { label: 'renamed' } });
    expect(store.getState().selection).toBe(selection);
    store.getState().dispatch({ op: 'remove-node', id: 'n3' });
    expect(store.getState().selection).toEqual(ids.filter((id) => id !== 'n3'));
  });
});
