/** Every TypeORM entity. Modules append theirs. */
import { Session } from "../modules/auth/session.entity";
import { DocSnapshot, DocUpdate } from "../modules/collaboration/doc-store.entity";
import { Comment } from "../modules/comments/comment.entity";
import { CommentThread } from "../modules/comments/comment-thread.entity";
import { Notification } from "../modules/comments/notification.entity";
import { Organization } from "../modules/organizations/organization.entity";
import { PlanMember } from "../modules/plans/plan-member.entity";
import { Plan } from "../modules/plans/plan.entity";
import { User } from "../modules/users/user.entity";

export const entities = [Organization, User, Session, Plan, PlanMember, DocUpdate, DocSnapshot, CommentThread, Comment, Notification];
