/** Organisations: every query on the organizations table lives here. */
import { In, type DataSource, type EntityManager } from "typeorm";
import type { PlanCreation } from "../../policies/plan-creation";
import { Organization } from "./organization.entity";

export class OrganizationRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Organization | null> {
    return manager.getRepository(Organization).findOneBy({ id });
  }

  async setPlanCreation(id: string, planCreation: PlanCreation, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(Organization).update({ id }, { planCreation });
  }

  /** By id, in any order (the DataLoader behind `User.organization`). */
  findByIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Organization[]> {
    return manager.getRepository(Organization).findBy({ id: In([...ids]) });
  }

  async timeZoneOf(organizationId: string): Promise<string> {
    const organization = await this.dataSource.getRepository(Organization).findOneBy({ id: organizationId });
    return organization?.timeZone ?? "UTC";
  }

  async setTimeZone(organizationId: string, timeZone: string): Promise<Organization> {
    const repository = this.dataSource.getRepository(Organization);
    await repository.update({ id: organizationId }, { timeZone });
    return repository.findOneByOrFail({ id: organizationId });
  }
}
