import { describe, expect, it } from 'vitest';
import { edges, old, orderByDependencies, type Deps, type GraphNode } from '../src/plan/graph.js';

const node = (name: string, priority: number, deps: Deps = {}): GraphNode => ({ name, priority, deps });
const names = (nodes: readonly GraphNode[]) => orderByDependencies(nodes).map((i) => nodes[i]!.name);

describe('orderByDependencies', () => {
  it('orders by priority when nothing is declared', () => {
    expect(names([node('c', 30), node('a', 10), node('b', 20)])).toEqual(['a', 'b', 'c']);
  });

  it('keeps planning order among equal priorities', () => {
    expect(names([node('x', 5), node('y', 1), node('z', 5), node('w', 1)])).toEqual(['y', 'w', 'x', 'z']);
  });

  it('lets an edge override priority: the step waits for what it needs, the rest keep their order', () => {
    const nodes = [node('early', 1), node('table', 10, { needs: ['view:v'] }), node('other', 20), node('view', 50, { creates: ['view:v'] }), node('late', 60)];
    expect(names(nodes)).toEqual(['early', 'other', 'view', 'table', 'late']);
  });

  it('runs what needs an object after its creation and before its drop', () => {
    const nodes = [node('drop', 1, { drops: ['t'] }), node('use', 9, { needs: ['t'] })];
    expect(names(nodes)).toEqual(['use', 'drop']);
    const created = [node('use', 1, { needs: ['t'] }), node('create', 9, { creates: ['t'] })];
    expect(names(created)).toEqual(['create', 'use']);
  });

  it('frees a name before it is taken again, and keeps old users before the drop', () => {
    const nodes = [node('create', 1, { creates: ['k'] }), node('new user', 2, { needs: ['k'] }), node('old user', 3, { needs: [old('k')] }), node('drop', 4, { drops: ['k'] })];
    expect(names(nodes)).toEqual(['old user', 'drop', 'create', 'new user']);
  });

  it('drops a temporary after its creation when the dropper needs it', () => {
    const nodes = [node('drop temp', 1, { drops: ['tmp'], needs: ['tmp'] }), node('use temp', 2, { needs: ['tmp'] }), node('make temp', 3, { creates: ['tmp'] })];
    expect(names(nodes)).toEqual(['make temp', 'use temp', 'drop temp']);
  });

  it('reports a cycle with the steps in it', () => {
    const nodes = [node('free', 0), node('a', 1, { creates: ['a'], needs: ['b'] }), node('b', 2, { creates: ['b'], needs: ['a'] })];
    expect(() => orderByDependencies(nodes)).toThrow(/cycle: (a -> b -> a|b -> a -> b)$/);
  });

  it('names only the cycle, not the steps waiting behind it', () => {
    const nodes = [node('behind', 0, { needs: ['c'] }), node('c', 1, { creates: ['c'], needs: ['d'] }), node('d', 2, { creates: ['d'], needs: ['c'] })];
    expect(() => orderByDependencies(nodes)).toThrow(/cycle: (c -> d -> c|d -> c -> d)$/);
  });

  it('declares no edge from a step to itself', () => {
    expect(edges([node('rename', 1, { drops: ['x'], creates: ['x'], needs: ['x'] })])).toEqual([]);
  });
});
