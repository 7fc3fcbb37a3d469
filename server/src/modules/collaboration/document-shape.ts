/**
 * Refuses a client update whose result would break the plan document's schema (DESIGN.md, "The shared
 * document"), before it is applied, broadcast or stored. Worked out from the decoded structs and the
 * live document (DocumentPlaces), so a keystroke costs a few lookups, not a copy of the document.
 *
 * - Everything lives in the section list or a section's rich-text fragment.
 * - The section list holds maps only; a new one carries a valid id, kind and title (and no reviewer of
 *   its own); on an existing one clients may change the title only. The reviewer is assigned by the
 *   owner through GraphQL (a server-side edit, which does not come through here).
 * - Ids stay unique: a new map may reuse a listed id only as a move (the same update removes a list
 *   entry), keeping that section's kind and reviewer. Concurrent moves of one section leave two copies,
 *   which readers de-duplicate.
 * - At most maxSections sections, and at least one once there was one: the plan page edits sections
 *   in place, and without versions an emptied plan cannot be restored.
 * - Rich text is elements and text runs, nested at most maxNestingDepth deep.
 */
import * as Y from "yjs";
import { CLIENT_EDITABLE_SECTION_FIELDS, getSections, isSectionFieldName, isValidSectionValue, SectionField, type Limits } from "@planbridge/plan-schema";
import { DocumentPlaces, type Landing, type SharedType } from "./document-places";
import { DocumentShapeError } from "./errors";
import type { DecodedUpdate } from "./update-validation";

export type ShapeLimits = Pick<Limits, "maxSections" | "maxTitleLength" | "maxSectionIdLength" | "maxNestingDepth">;

/** What an update does to the section list, collected while its items and deletions are checked. */
interface SectionEffects {
  /** Maps the update creates in the list, with the values it writes into them. */
  created: Map<SharedType, { item?: Y.Item; values: Map<string, unknown> }>;
  /** Listed maps of the document the update removes. */
  removed: Set<SharedType>;
  /** Whether any list entry (listed or already removed) is deleted: a move deletes one. */
  touchesList: boolean;
  /** Existing maps whose title the update sets (so deleting the old title is a replacement). */
  retitled: Set<SharedType>;
}

export function checkDocumentShape(update: DecodedUpdate, doc: Y.Doc, limits: ShapeLimits): void {
  const places = new DocumentPlaces(doc, update.structs, limits);
  const effects: SectionEffects = { created: new Map(), removed: new Set(), touchesList: false, retitled: new Set() };
  for (const struct of update.structs) {
    if (struct instanceof Y.Item && struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) {
      checkItem(struct, places, effects, limits);
    }
  }
  collectDeletions(update, doc, places, effects);
  if (effects.created.size > 0 || effects.removed.size > 0) checkSectionList(update, doc, effects, limits);
}

function checkItem(item: Y.Item, places: DocumentPlaces, effects: SectionEffects, limits: ShapeLimits): void {
  const content = item.content;
  if (content instanceof Y.ContentDeleted) return;
  const landing = places.landingOf(item);
  const { place, key } = landing;
  if (place.kind === "discarded") return;
  if (place.kind === "outside") throw new DocumentShapeError("outside the plan layout");
  if (place.kind === "sections") {
    if (key !== null || !(content instanceof Y.ContentType)) throw new DocumentShapeError("sections must be maps");
    const created = places.placeOfNewType(item);
    if (created.kind !== "section") throw new DocumentShapeError("sections must be maps");
    createdEntry(effects, created.map).item = item;
    return;
  }
  if (place.kind === "section") return checkSectionValue(item, landing, effects, limits);
  checkRichText(item, landing, places);
}

function checkSectionValue(item: Y.Item, { place, key }: Landing, effects: SectionEffects, limits: ShapeLimits): void {
  if (place.kind !== "section" || key === null || !isSectionFieldName(key)) throw new DocumentShapeError("unknown section field");
  const value: unknown = item.content instanceof Y.ContentAny && item.content.arr.length === 1 ? item.content.arr[0] : undefined;
  if (!isValidSectionValue(key, value, limits)) throw new DocumentShapeError(`invalid section ${key}`);
  if (place.isNew) {
    createdEntry(effects, place.map).values.set(key, value);
    return;
  }
  if (!CLIENT_EDITABLE_SECTION_FIELDS.has(key)) {
    throw new DocumentShapeError(key === SectionField.reviewerId ? "reviewers are assigned by the owner" : `section ${key} is fixed`);
  }
  effects.retitled.add(place.map);
}

/** Values may be decoded before their map (several authors in one update): collect them either way. */
function createdEntry(effects: SectionEffects, map: SharedType): { item?: Y.Item; values: Map<string, unknown> } {
  let entry = effects.created.get(map);
  if (!entry) effects.created.set(map, (entry = { values: new Map() }));
  return entry;
}

function checkRichText(item: Y.Item, { place, key }: Landing, places: DocumentPlaces): void {
  if (place.kind !== "richText") return;
  const content = item.content;
  if (key !== null) {
    if (!(content instanceof Y.ContentAny)) throw new DocumentShapeError("invalid attribute");
    return;
  }
  if (content instanceof Y.ContentType) {
    if (places.placeOfNewType(item).kind !== "richText") throw new DocumentShapeError("rich text nested too deep or malformed");
    return;
  }
  const isTextContent = content instanceof Y.ContentString || content instanceof Y.ContentFormat || content instanceof Y.ContentEmbed;
  if (!place.isText || !isTextContent) throw new DocumentShapeError("malformed rich text");
}

/** Walks the document items the update deletes: list entries, and values of section maps. */
function collectDeletions(update: DecodedUpdate, doc: Y.Doc, places: DocumentPlaces, effects: SectionEffects): void {
  const removedValues: Y.Item[] = [];
  for (const [client, ranges] of update.ds.clients) {
    const structs = doc.store.clients.get(client);
    const known = Y.getState(doc.store, client);
    if (!structs) continue;
    for (const { clock, len } of ranges) {
      if (clock >= known) continue;
      for (let i = Y.findIndexSS(structs, clock); i < structs.length && structs[i].id.clock < clock + len; i++) {
        const struct = structs[i];
        if (!(struct instanceof Y.Item) || !struct.parent) continue;
        const place = places.placeOfType(struct.parent as SharedType);
        if (place.kind === "sections") {
          effects.touchesList = true;
          if (!struct.deleted && struct.content instanceof Y.ContentType) effects.removed.add(struct.content.type);
        } else if (place.kind === "section" && !struct.deleted && DocumentPlaces.isCurrentValue(struct)) {
          removedValues.push(struct);
        }
      }
    }
  }
  // Removing a section removes its values too; otherwise only a title may be replaced, never cleared.
  for (const value of removedValues) {
    const map = value.parent as SharedType;
    if (effects.removed.has(map)) continue;
    if (value.parentSub === SectionField.title && effects.retitled.has(map)) continue;
    throw new DocumentShapeError(value.parentSub === SectionField.reviewerId ? "reviewers are assigned by the owner" : "section fields cannot be removed");
  }
}

function checkSectionList(update: DecodedUpdate, doc: Y.Doc, effects: SectionEffects, limits: ShapeLimits): void {
  const listed = getSections(doc).toArray().filter((entry): entry is Y.Map<unknown> => entry instanceof Y.Map);
  const firstById = new Map<unknown, Y.Map<unknown>>();
  for (const map of listed) if (!firstById.has(map.get(SectionField.id))) firstById.set(map.get(SectionField.id), map);
  const createdIds = new Set<unknown>();
  let added = 0;
  for (const { item, values } of effects.created.values()) {
    if (!item || isDeletedIn(update, item.id)) continue;
    added++;
    const id = values.get(SectionField.id);
    if (!values.has(SectionField.id) || !values.has(SectionField.kind) || !values.has(SectionField.title)) {
      throw new DocumentShapeError("a section needs an id, kind and title");
    }
    if (createdIds.has(id)) throw new DocumentShapeError("duplicate section id");
    createdIds.add(id);
    checkCreatedSection(values, firstById.get(id), effects.touchesList);
  }
  const removed = listed.filter((map) => effects.removed.has(map)).length;
  const count = listed.length - removed + added;
  if (added > 0 && count > limits.maxSections) throw new DocumentShapeError("too many sections");
  if (removed > 0 && count < 1) throw new DocumentShapeError("a plan keeps at least one section");
}

/** A new map is a new section (fresh id, no reviewer) or a moved copy of a listed one (same kind and reviewer). */
function checkCreatedSection(values: Map<string, unknown>, listed: Y.Map<unknown> | undefined, isMove: boolean): void {
  const reviewerId = values.get(SectionField.reviewerId) ?? null;
  if (!listed) {
    if (reviewerId !== null) throw new DocumentShapeError("reviewers are assigned by the owner");
    return;
  }
  if (!isMove) throw new DocumentShapeError("duplicate section id");
  if (values.get(SectionField.kind) !== listed.get(SectionField.kind)) throw new DocumentShapeError("section kind is fixed");
  if (reviewerId !== (listed.get(SectionField.reviewerId) ?? null)) throw new DocumentShapeError("reviewers are assigned by the owner");
}

function isDeletedIn(update: DecodedUpdate, id: Y.ID): boolean {
  return (update.ds.clients.get(id.client) ?? []).some((range) => id.clock >= range.clock && id.clock < range.clock + range.len);
}
