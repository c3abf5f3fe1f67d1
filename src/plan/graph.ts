/** Orders plan steps by what they create, drop and need (docs/ARCHITECTURE.md §4). Objects are
 * string keys (`table:"s"."t"`, see keys.ts). Declared dependencies are hard edges; a priority
 * (the kind's conventional order, then planning order) only breaks ties among ready steps, so
 * wherever the edges agree with the priorities the order is exactly the priority order. */

/** What a step does to the objects it touches. */
export interface Deps {
  readonly creates?: readonly string[];
  /** Runs before a step that creates the key again (the name is free then), unless it also
   * needs the key: then it drops what this plan created (a temporary), after its creation. */
  readonly drops?: readonly string[];
  /** Keys the step needs to exist: the object as this plan leaves it (after the step that
   * creates it, if any; else the existing one, before the step that drops it). `old(key)`: the
   * object as it was, which must not be dropped yet even when this plan re-creates it. */
  readonly needs?: readonly string[];
}

/** One step to order. */
export interface GraphNode {
  /** Lower runs first when nothing else decides; equal priorities keep input order. */
  readonly priority: number;
  readonly deps: Deps;
  /** For the cycle error. */
  readonly name: string;
}

const OLD = 'old:';

/** Marks a needed key as the object that exists before the plan (see `Deps.needs`). */
export function old(key: string): string {
  return `${OLD}${key}`;
}

/** The steps that create, drop, need and need the old version of one key; absent roles stay
 * unallocated (most keys have one role and give no edge). */
interface Users {
  creators?: number[];
  droppers?: number[];
  needers?: number[];
  oldNeeders?: number[];
}

/** Steps by key and role. */
function usersByKey(nodes: readonly GraphNode[]): Map<string, Users> {
  const byKey = new Map<string, Users>();
  const add = (key: string, role: keyof Users, i: number) => {
    let u = byKey.get(key);
    if (u === undefined) byKey.set(key, (u = {}));
    (u[role] ??= []).push(i);
  };
  nodes.forEach((n, i) => {
    for (const key of n.deps.creates ?? []) add(key, 'creators', i);
    for (const key of n.deps.drops ?? []) add(key, 'droppers', i);
    for (const key of n.deps.needs ?? []) {
      if (key.startsWith(OLD)) add(key.slice(OLD.length), 'oldNeeders', i);
      else add(key, 'needers', i);
    }
  });
  return byKey;
}

const NONE: readonly number[] = [];

/** Calls `edge(before, after)` for each edge the declarations imply. For one key: a step that
 * drops it frees the name for a step that creates it again, unless the dropper itself needs
 * the key (it drops what this plan created: a temporary). A step that needs it runs after its
 * creators and before droppers of the version it sees; a step that needs the old one, before
 * its droppers. */
function forEachEdge(nodes: readonly GraphNode[], edge: (before: number, after: number) => void): void {
  const add = (a: number, b: number) => {
    if (a !== b) edge(a, b);
  };
  for (const u of usersByKey(nodes).values()) {
    const { creators = NONE, droppers = NONE, needers = NONE, oldNeeders = NONE } = u;
    if (creators.length === 0 && droppers.length === 0) continue;
    const needed = droppers.length > 0 ? new Set(needers) : undefined;
    const dropsNew = droppers.filter((d) => needed?.has(d));
    const dropsOld = droppers.filter((d) => !needed?.has(d));
    for (const c of creators) {
      for (const d of dropsOld) add(d, c);
      for (const d of dropsNew) add(c, d);
    }
    // Without a creator the needed object is the existing one: it goes at its drop.
    const seenDropped = creators.length === 0 ? droppers : dropsNew;
    for (const s of needers) {
      for (const c of creators) add(c, s);
      for (const d of seenDropped) add(s, d);
    }
    for (const s of oldNeeders) for (const d of dropsOld) add(s, d);
  }
}

/** The edges `[before, after]` that the declarations imply (see forEachEdge). */
export function edges(nodes: readonly GraphNode[]): [number, number][] {
  const out: [number, number][] = [];
  forEachEdge(nodes, (a, b) => out.push([a, b]));
  return out;
}

/** Node indices in execution order: Kahn's algorithm whose ready set is ordered by priority,
 * then input position. A cycle of declared dependencies is a bug in the planner: it throws,
 * naming the steps in it. */
export function orderByDependencies(nodes: readonly GraphNode[]): number[] {
  // Rank every node by (priority, position) once: the heap then compares numbers.
  const byRank = nodes
    .map((n, i) => ({ p: n.priority, i }))
    .sort((a, b) => a.p - b.p || a.i - b.i)
    .map((x) => x.i);
  const rank = new Int32Array(nodes.length);
  for (const [r, i] of byRank.entries()) rank[i] = r;
  const waiting = new Int32Array(nodes.length);
  const next: number[][] = nodes.map(() => []);
  forEachEdge(nodes, (a, b) => {
    next[a]!.push(b);
    waiting[b]!++;
  });
  const ready = new MinHeap();
  for (let i = 0; i < nodes.length; i++) if (waiting[i] === 0) ready.push(rank[i]!);
  const out: number[] = [];
  for (let r = ready.pop(); r !== undefined; r = ready.pop()) {
    const i = byRank[r]!;
    out.push(i);
    for (const j of next[i]!) if (--waiting[j]! === 0) ready.push(rank[j]!);
  }
  if (out.length < nodes.length)
    throw new Error(
      `plan: steps depend on each other in a cycle: ${findCycle(next, waiting)
        .map((i) => nodes[i]!.name)
        .join(' -> ')}`,
    );
  return out;
}

/** A cycle among the nodes left waiting (each of them has a waiting predecessor): walking
 * predecessors from any of them must repeat a node. Returned in execution direction, closed. */
function findCycle(next: readonly (readonly number[])[], waiting: Int32Array): number[] {
  const prev = new Map<number, number>();
  next.forEach((js, i) => {
    if (waiting[i]! > 0) for (const j of js) if (waiting[j]! > 0 && !prev.has(j)) prev.set(j, i);
  });
  const seen: number[] = [];
  let i = [...prev.keys()][0]!;
  while (!seen.includes(i)) {
    seen.push(i);
    i = prev.get(i)!;
  }
  const cycle = seen.slice(seen.indexOf(i)).reverse();
  return [...cycle, cycle[0]!];
}

/** A binary min-heap of numbers. */
export class MinHeap {
  private readonly items: number[] = [];
  push(x: number): void {
    const a = this.items;
    let i = a.push(x) - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p]! <= x) break;
      a[i] = a[p]!;
      i = p;
    }
    a[i] = x;
  }
  pop(): number | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= a.length) break;
        const c = l + 1 < a.length && a[l + 1]! < a[l]! ? l + 1 : l;
        if (a[c]! >= last) break;
        a[i] = a[c]!;
        i = c;
      }
      a[i] = last;
    }
    return top;
  }
}
