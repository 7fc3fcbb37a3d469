/** Every migration, oldest first. Modules append theirs. */
import { Foundation1764000000000 } from "./1764000000000-foundation";
import { Collaboration1764000100000 } from "./1764000100000-collaboration";
import { Comments1764000200000 } from "./1764000200000-comments";
import { UsersPerOrganization1764000300000 } from "./1764000300000-users-per-organization";
import { VersionsSignoff1764000400000 } from "./1764000400000-versions-signoff";
import { Accounts1764000500000 } from "./1764000500000-accounts";
import { LeadsCampaigns1764000600000 } from "./1764000600000-leads-campaigns";
import { CouncilFeedback1764000700000 } from "./1764000700000-council-feedback";
import { SnapshotStateVector1764000800000 } from "./1764000800000-snapshot-state-vector";
import { CriterionThreads1764000900000 } from "./1764000900000-criterion-threads";

export const migrations = [
  Foundation1764000000000,
  Collaboration1764000100000,
  Comments1764000200000,
  UsersPerOrganization1764000300000,
  VersionsSignoff1764000400000,
  Accounts1764000500000,
  LeadsCampaigns1764000600000,
  CouncilFeedback1764000700000,
  SnapshotStateVector1764000800000,
  CriterionThreads1764000900000,
];
