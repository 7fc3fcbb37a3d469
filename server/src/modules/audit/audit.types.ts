import { Field, ID, ObjectType } from "type-graphql";
import { AuditEntry } from "./audit-entry.entity";

@ObjectType({ description: "A plan's audit trail and whether its hash chain verifies" })
export class AuditLogResult {
  @Field({ description: "False when any row was changed or removed since it was written" })
  isValid: boolean;

  @Field(() => ID, { nullable: true, description: "The first row that fails verification" })
  firstInvalidEntryId: string | null;

  @Field(() => [AuditEntry], { description: "Oldest first" })
  entries: AuditEntry[];
}
