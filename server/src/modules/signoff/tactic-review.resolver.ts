import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireUser, type Context } from "../../graphql/context";
import { User } from "../users/user.entity";
import { ReviewCoverage, ReviewCoverageEntry, ReviewTacticInput } from "./signoff.types";
import { TacticReview } from "./tactic-review.entity";

@Resolver(() => TacticReview)
export class TacticReviewResolver {
  @Mutation(() => TacticReview, { description: "The tactic's assigned reviewer marks it reviewed, or asks for changes, on one version" })
  reviewTactic(@Arg("input") input: ReviewTacticInput, @Ctx() context: Context): Promise<TacticReview> {
    const { versionId, sectionId, state, comment } = input;
    return context.services.tacticReviews.review(requireUser(context), versionId, sectionId, state, comment ?? null);
  }

  @Query(() => ReviewCoverage)
  reviewCoverage(@Arg("planId", () => ID) planId: string, @Ctx() context: Context): Promise<ReviewCoverage> {
    return context.services.tacticReviews.coverage(requireUser(context), planId);
  }

  @FieldResolver(() => User)
  async reviewer(@Root() review: TacticReview, @Ctx() context: Context): Promise<User> {
    return (await context.loaders.user.load(review.reviewerId))!;
  }
}

@Resolver(() => ReviewCoverageEntry)
export class ReviewCoverageEntryResolver {
  @FieldResolver(() => User, { nullable: true, description: "The assigned reviewer (authoritative)" })
  reviewer(@Root() entry: ReviewCoverageEntry, @Ctx() context: Context): Promise<User | null> | null {
    return entry.reviewerId ? context.loaders.user.load(entry.reviewerId) : null;
  }
}
