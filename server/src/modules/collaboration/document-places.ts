/**
 * Where each item of an update lands in a plan document, worked out from the decoded structs and the
 * live document without applying anything: the section list, one section's map, rich text at some
 * depth, or a place outside the plan layout. Yjs writes an item's parent only when it has no
 * neighbours, so most items are placed through their left or right origin, which may sit in the
 * document or earlier in the same update. Mirrors Item.getMissing: an item next to or inside
 * garbage-collected content is discarded by Yjs, so it lands nowhere.
 */
import * as Y from "yjs";
import { rootKind, type Limits } from "@planbridge/plan-schema";

/** Any Yjs shared type, typed as Yjs itself types parents (Y.AbstractType of any event). */
export type SharedType = ReturnType<Y.Doc["get"]>;

export type Place =
  | { kind: "sections" }
  /** A section's map; `isNew` when the update creates it. */
  | { kind: "section"; map: SharedType; isNew: boolean }
  /** A fragment (depth 0), an element at `depth`, or a text run inside one. */
  | { kind: "richText"; depth: number; isText: boolean }
  /** Dropped by Yjs on integration (its parent or a neighbour is garbage collected). */
  | { kind: "discarded" }
  /** Anywhere else: an unknown root, a shared type inside a section map, text nested too deep. */
  | { kind: "outside" };

export interface Landing {
  place: Place;
  /** The map key the item is written under, or null for a list position. */
  key: string | null;
}

type Struct = Y.Item | Y.GC | Y.Skip;
type Limit = Pick<Limits, "maxSectionIdLength" | "maxNestingDepth">;

const OUTSIDE: Place = { kind: "outside" };
const DISCARDED: Landing = { place: { kind: "discarded" }, key: null };
const OUTSIDE_LANDING: Landing = { place: OUTSIDE, key: null };

/** Root names by type; roots never change name, so this is kept across updates. */
const rootNames = new WeakMap<SharedType, string>();

export class DocumentPlaces {
  private readonly typePlaces = new Map<SharedType, Place>();
  private readonly landings = new Map<Y.Item, Landing>();
  private readonly byClient = new Map<number, Y.Item[]>();

  constructor(
    private readonly doc: Y.Doc,
    structs: readonly Struct[],
    private readonly limits: Limit,
  ) {
    for (const struct of structs) {
      if (!(struct instanceof Y.Item)) continue;
      const list = this.byClient.get(struct.id.client) ?? [];
      list.push(struct);
      this.byClient.set(struct.id.client, list);
    }
  }

  /** Where an item of the update lands. Iterative: a paste can chain thousands of items by origin. */
  landingOf(item: Y.Item): Landing {
    const chain = new Set<Y.Item>();
    let current: Y.Item | null = item;
    let landing: Landing | undefined;
    while (current && !landing) {
      landing = this.landings.get(current) ?? this.directLanding(current);
      if (landing) break;
      chain.add(current);
      const neighbourId: Y.ID | null = current.origin ?? current.rightOrigin;
      const neighbour = neighbourId ? this.find(neighbourId) : null;
      if (neighbour === "inUpdate") {
        const next = this.updateItem(neighbourId!);
        // Origins that go round in a circle are never produced by Yjs: refuse rather than guess.
        if (next && chain.has(next)) landing = OUTSIDE_LANDING;
        current = next;
      } else {
        landing = neighbour ? this.landingBeside(neighbour) : DISCARDED;
      }
    }
    for (const link of chain) this.landings.set(link, landing ?? DISCARDED);
    return landing ?? DISCARDED;
  }

  /** The place of a shared type the update creates (an item with ContentType). */
  placeOfNewType(item: Y.Item): Place {
    const type = (item.content as Y.ContentType).type;
    const cached = this.typePlaces.get(type);
    if (cached) return cached;
    const { place, key } = this.landingOf(item);
    const result = childPlace(place, key, type, true, this.limits);
    this.typePlaces.set(type, result);
    return result;
  }

  /** Whether this item of the document is the current value of its map key. */
  static isCurrentValue(item: Y.Item): boolean {
    const parent = item.parent as SharedType | null;
    return item.parentSub !== null && parent !== null && parent._map.get(item.parentSub) === item;
  }

  /** The place of a shared type already in the document (walks up at most maxNestingDepth levels). */
  placeOfType(type: SharedType): Place {
    const cached = this.typePlaces.get(type);
    if (cached) return cached;
    const ancestors: SharedType[] = [];
    let top: SharedType = type;
    while (top._item !== null && !this.typePlaces.has(top)) {
      if (ancestors.length > this.limits.maxNestingDepth + 2) return OUTSIDE; // stored before depth was checked
      ancestors.push(top);
      top = top._item.parent as SharedType;
    }
    let place = this.typePlaces.get(top) ?? this.rootPlace(top);
    this.typePlaces.set(top, place);
    for (let i = ancestors.length - 1; i >= 0; i--) {
      const child = ancestors[i];
      place = childPlace(place, child._item!.parentSub, child, false, this.limits);
      this.typePlaces.set(child, place);
    }
    return place;
  }

  /** A struct of the document covering `id`, "inUpdate" when the update itself holds it, or null. */
  find(id: Y.ID): Y.Item | Y.GC | "inUpdate" | null {
    if (id.clock >= Y.getState(this.doc.store, id.client)) return this.updateItem(id) ? "inUpdate" : null;
    const structs = this.doc.store.clients.get(id.client)!;
    return structs[Y.findIndexSS(structs, id.clock)];
  }

  /** The item of the update covering `id`. */
  updateItem(id: Y.ID): Y.Item | null {
    const list = this.byClient.get(id.client);
    if (!list) return null;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const item = list[middle];
      if (id.clock < item.id.clock) high = middle - 1;
      else if (id.clock >= item.id.clock + item.length) low = middle + 1;
      else return item;
    }
    return null;
  }

  /** Items whose parent is written out (no neighbours). */
  private directLanding(item: Y.Item): Landing | undefined {
    if (item.origin || item.rightOrigin) return undefined;
    const parent = item.parent as unknown;
    if (typeof parent === "string") return { place: this.rootPlaceByName(parent), key: item.parentSub };
    if (!(parent instanceof Y.ID)) return DISCARDED;
    const found = this.find(parent);
    const parentItem = found === "inUpdate" ? this.updateItem(parent) : found;
    if (!(parentItem instanceof Y.Item) || !(parentItem.content instanceof Y.ContentType)) return DISCARDED;
    const place = found === "inUpdate" ? this.placeOfNewType(parentItem) : this.placeOfType(parentItem.content.type);
    return { place, key: item.parentSub };
  }

  /** Next to a struct of the document: same parent and key, unless it is garbage collected. */
  private landingBeside(neighbour: Y.Item | Y.GC): Landing {
    if (!(neighbour instanceof Y.Item) || !neighbour.parent) return DISCARDED;
    return { place: this.placeOfType(neighbour.parent as SharedType), key: neighbour.parentSub };
  }

  private rootPlace(type: SharedType): Place {
    let name = rootNames.get(type);
    if (name === undefined) {
      name = Y.findRootTypeKey(type);
      rootNames.set(type, name);
    }
    return this.rootPlaceByName(name);
  }

  private rootPlaceByName(name: string): Place {
    const kind = rootKind(name, this.limits);
    if (kind === "sections") return { kind: "sections" };
    if (kind === "fragment") return { kind: "richText", depth: 0, isText: false };
    return OUTSIDE;
  }
}

/** The place of a shared type stored at (`parent`, `key`). */
function childPlace(parent: Place, key: string | null, type: SharedType, isNew: boolean, limits: Limit): Place {
  if (parent.kind === "discarded") return parent;
  if (key !== null) return OUTSIDE; // shared types as map values are not part of the layout
  if (parent.kind === "sections") {
    return type instanceof Y.Map && !(type instanceof Y.XmlHook) ? { kind: "section", map: type, isNew } : OUTSIDE;
  }
  if (parent.kind !== "richText" || parent.isText) return OUTSIDE;
  if (type instanceof Y.XmlText) return { kind: "richText", depth: parent.depth, isText: true };
  if (type instanceof Y.XmlElement && !(type instanceof Y.XmlHook) && parent.depth < limits.maxNestingDepth) {
    return { kind: "richText", depth: parent.depth + 1, isText: false };
  }
  return OUTSIDE;
}
