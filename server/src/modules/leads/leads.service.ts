/**
 * The lead definition: marketing drafts the rubric, publishing tells the field, a sales director
 * co-signs the published revision, field reps acknowledge it; any later change makes those stale.
 * The grading calculator and `gradeLead` grade against the current rubric (drafts included), so the
 * council can test a change on real cases before publishing it.
 */
import type { LeadDefinitionJson } from "@planbridge/plan-schema";
import { BadInputError, ConflictError } from "../../errors";
import type { PlanService } from "../plans/plan.service";
import type { User } from "../users/user.entity";
import type { LeadAcknowledgement } from "./lead-acknowledgement.entity";
import type { LeadCriterion } from "./lead-criterion.entity";
import { LeadCriterionOperator, LeadDefinitionStatus } from "./lead-enums";
import { gradeLead, type LeadAttributes, type LeadGradingResult } from "./lead-grading";
import { LeadRubric } from "./lead-rubric.entity";
import type { CriterionRow, LeadsRepository } from "./leads.repository";

/** Tells field members a rubric was published (the comments module's notifications implement it). */
export interface LeadNotifier {
  leadDefinitionPublished(planId: string, actorId: string, userIds: readonly string[]): Promise<void>;
}

export interface RubricDraft {
  planId: string;
  qualifiedLeadDefinition: string;
  gradingResponsibility: string;
  thresholdA: number;
  thresholdB: number;
  thresholdC: number;
  criteria: CriterionRow[];
}

export interface FieldAcknowledgement {
  userId: string;
  acknowledgement: LeadAcknowledgement | null;
  /** Acknowledged the revision that is current now (and published). */
  isCurrent: boolean;
}

export const MAX_LEAD_ATTRIBUTES = 100;

export class LeadService {
  constructor(
    private readonly repository: LeadsRepository,
    private readonly plans: PlanService,
    private readonly notifier: LeadNotifier,
  ) {}

  /** The plan's rubric; a plan nobody has drafted one for has the empty default (not stored). */
  async definition(planId: string): Promise<LeadRubric> {
    return (await this.repository.findRubric(planId)) ?? Object.assign(new LeadRubric(), emptyRubric(planId));
  }

  async view(user: User, planId: string): Promise<LeadRubric> {
    await this.plans.authorize(user, planId, "plan.view");
    return this.definition(planId);
  }

  criteria(planId: string): Promise<LeadCriterion[]> {
    return this.repository.criteria(planId);
  }

  /** Saves the whole rubric; a real change raises the revision, which stales co-signature and acknowledgements. */
  async save(user: User, draft: RubricDraft): Promise<LeadRubric> {
    await this.plans.authorize(user, draft.planId, "plan.editLeads");
    checkDraft(draft);
    return this.repository.transaction(async (manager) => {
      const existed = (await this.repository.findRubric(draft.planId, manager)) !== null;
      const rubric = await this.repository.lockRubric(draft.planId, manager);
      const before = await this.repository.criteria(draft.planId, manager);
      const known = new Set(before.map((criterion) => criterion.id));
      const foreign = draft.criteria.find((criterion) => criterion.id && !known.has(criterion.id));
      if (foreign) throw new BadInputError(`Criterion ${foreign.id} is not part of this plan's rubric.`);
      const criteria = draft.criteria.map((criterion) => ({ ...criterion, values: cleanValues(criterion) }));
      if (!isChanged(rubric, before, draft, criteria)) return rubric;
      await this.repository.replaceCriteria(draft.planId, criteria, manager);
      Object.assign(rubric, {
        qualifiedLeadDefinition: draft.qualifiedLeadDefinition.trim(),
        gradingResponsibility: draft.gradingResponsibility.trim(),
        thresholdA: draft.thresholdA,
        thresholdB: draft.thresholdB,
        thresholdC: draft.thresholdC,
        revision: existed ? rubric.revision + 1 : rubric.revision,
        updatedBy: user.id,
        updatedAt: new Date(),
      });
      return this.repository.saveRubric(rubric, manager);
    });
  }

  /** Shows the current revision to the field: every field member is notified (once per revision). */
  async publish(user: User, planId: string): Promise<LeadRubric> {
    await this.plans.authorize(user, planId, "plan.editLeads");
    const { rubric, notify } = await this.repository.transaction(async (manager) => {
      const locked = await this.repository.lockRubric(planId, manager);
      if ((await this.repository.criteria(planId, manager)).length === 0) throw new BadInputError("Add at least one criterion before publishing the lead definition.");
      if (locked.publishedRevision === locked.revision) return { rubric: locked, notify: [] };
      Object.assign(locked, { publishedRevision: locked.revision, publishedBy: user.id, publishedAt: new Date() });
      const saved = await this.repository.saveRubric(locked, manager);
      const field = await this.repository.fieldMembers(planId, manager);
      return { rubric: saved, notify: field.map((member) => member.userId).filter((id) => id !== user.id) };
    });
    if (notify.length > 0) await this.notifier.leadDefinitionPublished(planId, user.id, notify);
    return rubric;
  }

  /** A sales director co-signs exactly the published, current revision. */
  async cosign(user: User, planId: string): Promise<LeadRubric> {
    await this.plans.authorize(user, planId, "plan.cosignLeads");
    return this.repository.transaction(async (manager) => {
      const rubric = await this.repository.lockRubric(planId, manager);
      requirePublished(rubric, "co-signing");
      Object.assign(rubric, { cosignedRevision: rubric.revision, cosignedBy: user.id, cosignedAt: new Date() });
      return this.repository.saveRubric(rubric, manager);
    });
  }

  /** A field rep acknowledges the published, current revision. */
  async acknowledge(user: User, planId: string): Promise<LeadRubric> {
    await this.plans.authorize(user, planId, "plan.acknowledgeLeads");
    return this.repository.transaction(async (manager) => {
      const rubric = await this.repository.lockRubric(planId, manager);
      requirePublished(rubric, "acknowledging");
      await this.repository.acknowledge(planId, user.id, rubric.revision, manager);
      return rubric;
    });
  }

  /** Scores attributes against the current rubric (drafts included). */
  async grade(user: User, planId: string, attributes: unknown): Promise<LeadGradingResult & { firedCriteria: LeadCriterion[] }> {
    await this.plans.authorize(user, planId, "plan.view");
    const lead = checkAttributes(attributes);
    const [rubric, criteria] = await Promise.all([this.definition(planId), this.repository.criteria(planId)]);
    const result = gradeLead(criteria, thresholdsOf(rubric), lead);
    const fired = new Set(result.firedCriterionIds);
    return { ...result, firedCriteria: criteria.filter((criterion) => fired.has(criterion.id)) };
  }

  /** Every field member and whether they acknowledged the current revision. */
  async fieldAcknowledgements(planId: string): Promise<FieldAcknowledgement[]> {
    const [rubric, field, acknowledgements] = await Promise.all([
      this.definition(planId),
      this.repository.fieldMembers(planId),
      this.repository.acknowledgements(planId),
    ]);
    const byUser = new Map(acknowledgements.map((row) => [row.userId, row]));
    const current = statusOf(rubric) === LeadDefinitionStatus.PUBLISHED ? rubric.revision : null;
    return field.map(({ userId }) => {
      const acknowledgement = byUser.get(userId) ?? null;
      return { userId, acknowledgement, isCurrent: acknowledgement !== null && acknowledgement.revision === current };
    });
  }

  /**
   * Field members who have not acknowledged the rubric as it is now, once it has been published (an
   * agenda item for the feedback sessions); empty while the rubric is still a first draft.
   */
  async unacknowledged(planId: string): Promise<string[]> {
    const rubric = await this.definition(planId);
    if (rubric.publishedRevision === null) return [];
    return (await this.fieldAcknowledgements(planId)).filter((row) => row.acknowledgement?.revision !== rubric.revision).map((row) => row.userId);
  }

  /** The rubric as a version stores it. */
  async snapshot(planId: string): Promise<LeadDefinitionJson> {
    const [rubric, criteria] = await Promise.all([this.definition(planId), this.repository.criteria(planId)]);
    return {
      revision: rubric.revision,
      qualifiedLeadDefinition: rubric.qualifiedLeadDefinition,
      gradingResponsibility: rubric.gradingResponsibility,
      thresholds: thresholdsOf(rubric),
      criteria: criteria.map(({ id, kind, label, attribute, operator, values, points }) => ({ id, kind, label, attribute, operator, values, points })),
      publishedRevision: rubric.publishedRevision,
    };
  }
}

export function statusOf(rubric: LeadRubric): LeadDefinitionStatus {
  if (rubric.publishedRevision === null) return LeadDefinitionStatus.DRAFT;
  return rubric.publishedRevision === rubric.revision ? LeadDefinitionStatus.PUBLISHED : LeadDefinitionStatus.CHANGED;
}

function thresholdsOf(rubric: LeadRubric) {
  return { a: rubric.thresholdA, b: rubric.thresholdB, c: rubric.thresholdC };
}

function emptyRubric(planId: string): Partial<LeadRubric> {
  return {
    planId,
    revision: 1,
    qualifiedLeadDefinition: "",
    gradingResponsibility: "",
    thresholdA: 80,
    thresholdB: 50,
    thresholdC: 20,
    publishedRevision: null,
    publishedBy: null,
    publishedAt: null,
    cosignedRevision: null,
    cosignedBy: null,
    cosignedAt: null,
    updatedBy: null,
    updatedAt: new Date(0),
  };
}

function requirePublished(rubric: LeadRubric, doing: string): void {
  const status = statusOf(rubric);
  if (status === LeadDefinitionStatus.DRAFT) throw new ConflictError(`The lead definition is not published yet: publish it before ${doing}.`);
  if (status === LeadDefinitionStatus.CHANGED) throw new ConflictError(`The lead definition changed since it was published: publish the change before ${doing}.`);
}

function checkDraft(draft: RubricDraft): void {
  const { thresholdA: a, thresholdB: b, thresholdC: c } = draft;
  if (!(a > b && b > c && c >= 0)) throw new BadInputError("Grade thresholds must fall from A to C: A above B, B above C, and C at least 0.");
  const ids = draft.criteria.flatMap((criterion) => (criterion.id ? [criterion.id] : []));
  if (new Set(ids).size !== ids.length) throw new BadInputError("Each criterion may appear only once.");
  for (const criterion of draft.criteria) checkCriterion(criterion);
}

function checkCriterion(criterion: CriterionRow): void {
  const values = cleanValues(criterion);
  const name = `Criterion "${criterion.label.trim()}"`;
  if (criterion.label.trim() === "" || criterion.attribute.trim() === "") throw new BadInputError("Every criterion needs a label and the lead attribute it reads.");
  switch (criterion.operator) {
    case LeadCriterionOperator.EQUALS_ANY:
      if (values.length === 0) throw new BadInputError(`${name} needs at least one value to match.`);
      return;
    case LeadCriterionOperator.AT_LEAST:
    case LeadCriterionOperator.AT_MOST:
      if (values.length !== 1 || !Number.isFinite(Number(values[0]))) throw new BadInputError(`${name} needs exactly one number to compare with.`);
      return;
    case LeadCriterionOperator.IS_TRUE:
      if (values.length > 0) throw new BadInputError(`${name} checks an action that happened: it takes no values.`);
  }
}

function cleanValues(criterion: CriterionRow): string[] {
  return criterion.values.map((value) => value.trim()).filter((value) => value !== "");
}

function isChanged(rubric: LeadRubric, before: LeadCriterion[], draft: RubricDraft, criteria: CriterionRow[]): boolean {
  const fields = (r: Pick<RubricDraft, "qualifiedLeadDefinition" | "gradingResponsibility" | "thresholdA" | "thresholdB" | "thresholdC">) =>
    JSON.stringify([r.qualifiedLeadDefinition.trim(), r.gradingResponsibility.trim(), r.thresholdA, r.thresholdB, r.thresholdC]);
  const list = (rows: readonly CriterionRow[]) =>
    JSON.stringify(rows.map(({ id, kind, label, attribute, operator, values, points }) => [id ?? null, kind, label.trim(), attribute.trim(), operator, values, points]));
  return fields(rubric) !== fields(draft) || list(before) !== list(criteria);
}

/** A lead is a flat object of attributes: text, numbers, yes/no, or lists of text. */
function checkAttributes(attributes: unknown): LeadAttributes {
  if (typeof attributes !== "object" || attributes === null || Array.isArray(attributes)) {
    throw new BadInputError("attributes must be an object of lead attributes, e.g. { \"industry\": \"Manufacturing\", \"employees\": 250 }.");
  }
  const entries = Object.entries(attributes);
  if (entries.length > MAX_LEAD_ATTRIBUTES) throw new BadInputError(`A lead has at most ${MAX_LEAD_ATTRIBUTES} attributes.`);
  const scalar = (value: unknown) => value === null || ["string", "number", "boolean"].includes(typeof value);
  const bad = entries.find(([, value]) => !(scalar(value) || (Array.isArray(value) && value.length <= 50 && value.every(scalar))));
  if (bad) throw new BadInputError(`Attribute "${bad[0]}" must be text, a number, true/false or a list of those.`);
  return attributes as LeadAttributes;
}
