/** Organisations: every query on the organizations table lives here. */
import { In, type DataSource, type EntityManager } from "typeorm";
import { Organization } from "./organization.entity";

export class OrganizationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** By id, in any order (the DataLoader behind `User.organization`). */
  findByIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Organization[]> {
    return manager.getRepository(Organization).findBy({ id: In([...ids]) });
  }
}
