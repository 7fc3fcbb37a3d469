/** Sessions (hashed cookie tokens): every query on the sessions table lives here. */
import { Not, type DataSource, type EntityManager } from "typeorm";
import { entityRows, selectRows, type EntityRows } from "../../entity-rows";
import { User } from "../users/user.entity";
import { Session } from "./session.entity";

export class SessionRepository {
  private readonly sessionRows: EntityRows<Session>;
  private readonly userRows: EntityRows<User>;

  constructor(private readonly dataSource: DataSource) {
    this.sessionRows = entityRows(dataSource, Session);
    this.userRows = entityRows(dataSource, User);
  }

  insert(session: Pick<Session, "userId" | "tokenHash" | "expiresAt">, manager: EntityManager = this.dataSource.manager): Promise<Session> {
    return manager.save(Session, session);
  }

  /** The unexpired session with this token hash and its user, if that user is active; one statement. */
  async findLiveWithUser(tokenHash: string, manager: EntityManager = this.dataSource.manager): Promise<{ session: Session; user: User } | null> {
    const sql = `SELECT ${this.sessionRows.select("s")}, ${this.userRows.select("u")}
                   FROM sessions s JOIN users u ON u.id = s.user_id
                  WHERE s.token_hash = $1 AND s.expires_at > now() AND u.is_active`;
    const [row] = await selectRows(manager, sql, [tokenHash]);
    return row ? { session: this.sessionRows.read(row, "s"), user: this.userRows.read(row, "u") } : null;
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
