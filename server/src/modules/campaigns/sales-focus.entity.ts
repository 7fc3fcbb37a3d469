import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** The products sales pushes in one quarter; campaigns that quarter should focus on one of them. */
@ObjectType()
@Entity("sales_focus")
export class SalesFocus {
  @PrimaryColumn({ name: "plan_id", type: "uuid" })
  planId: string;

  @Field({ description: "YYYY-Qn" })
  @PrimaryColumn({ type: "text" })
  quarter: string;

  @Field(() => [String])
  @Column({ type: "jsonb", default: () => "'[]'" })
  products: string[];
}
