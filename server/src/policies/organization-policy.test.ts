/** The organisation rules by hand: who manages people and settings, and who may start plans under each setting. */
import { describe, expect, it } from "vitest";
import { canInOrganization, PlanCreation, type OrganizationActor, type OrganizationAction } from "./organization-policy";

const organization = (planCreation: PlanCreation) => ({ id: "org", planCreation });
const person = (overrides: Partial<OrganizationActor> = {}): OrganizationActor => ({
  id: "u1",
  organizationId: "org",
  isAdmin: false,
  isActive: true,
  isPlanCreator: false,
  ...overrides,
});
const admin = person({ isAdmin: true });
const named = person({ isPlanCreator: true });
const member = person();

describe("organization.createPlan", () => {
  const mayCreate = (actor: OrganizationActor, setting: PlanCreation) => canInOrganization(actor, "organization.createPlan", organization(setting));

  it.each([
    [PlanCreation.EVERYONE, { admin: true, named: true, member: true }],
    [PlanCreation.ADMINS, { admin: true, named: false, member: false }],
    [PlanCreation.NAMED, { admin: true, named: true, member: false }],
  ])("under %s", (setting, expected) => {
    expect({ admin: mayCreate(admin, setting), named: mayCreate(named, setting), member: mayCreate(member, setting) }).toEqual(expected);
  });

  it("is refused to deactivated people and to people of another organisation, whatever the setting", () => {
    for (const setting of Object.values(PlanCreation)) {
      expect(mayCreate(person({ isAdmin: true, isActive: false }), setting)).toBe(false);
      expect(mayCreate(person({ isAdmin: true, organizationId: "other" }), setting)).toBe(false);
    }
  });
});

describe("managing people and settings", () => {
  it.each<[OrganizationAction, boolean, boolean]>([
    ["organization.manageUsers", true, false],
    ["organization.manageSettings", true, false],
    ["organization.listUsers", true, true],
  ])("%s: admin %s, member %s", (action, forAdmin, forMember) => {
    expect(canInOrganization(admin, action, organization(PlanCreation.EVERYONE))).toBe(forAdmin);
    expect(canInOrganization(named, action, organization(PlanCreation.NAMED))).toBe(forMember);
  });
});
