/** Sessions (hashed cookie tokens): every query on the sessions table lives here. */
import { Not, type DataSource, type EntityManager } from "typeorm";
import { User } from "../users/user.entity";
import { Session } from "./session.entity";

export class SessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(session: Pick<Session, "userId" | "tokenHash" | "expiresAt">, manager: EntityManager = this.dataSource.manager): Promise<Session> {
    return manager.save(Session, session);
  }

  /** The unexpired session with this token hash and its user, if that user is active; one statement. */
  async findLiveWithUser(tokenHash: string, manager: EntityManager = this.dataSource.manager): Promise<{ session: Session; user: User } | null> {
    const row: (Session & { user?: User }) | null = await manager
      .createQueryBuilder(Session, "session")
      .innerJoinAndMapOne("session.user", User, "user", "user.id = session.user_id")
      .where("session.token_hash = :hash", { hash: tokenHash })
      .andWhere("session.expires_at > now()")
      .andWhere("user.is_active")
      .getOne();
    if (!row?.user) return null;
    const { user, ...session } = row;
    return { session: Object.assign(new Session(), session), user };
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Session | null> {
    return manager.getRepository(Session).findOneBy({ id });
  }

  findOfUser(userId: string, manager: EntityManager = this.dataSource.manager): Promise<Session[]> {
    return manager.getRepository(Session).findBy({ userId });
  }

  async delete(id: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(Session).delete({ id });
  }

  /** Every session of the user, or every one but `keepId`. */
  async deleteOfUserExcept(userId: string, keepId: string | null, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(Session).delete(keepId ? { userId, id: Not(keepId) } : { userId });
  }
}
