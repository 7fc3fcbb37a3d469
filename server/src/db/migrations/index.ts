/** Every migration, oldest first. Modules append theirs. */
import { Foundation1764000000000 } from "./1764000000000-foundation";
import { Collaboration1764000100000 } from "./1764000100000-collaboration";
import { Comments1764000200000 } from "./1764000200000-comments";
import { UsersPerOrganization1764000300000 } from "./1764000300000-users-per-organization";
import { VersionsSignoff1764000400000 } from "./1764000400000-versions-signoff";
import { LeadsCampaigns1764000600000 } from "./1764000600000-leads-campaigns";

export const migrations = [
  Foundation1764000000000,
  Collaboration1764000100000,
  Comments1764000200000,
  UsersPerOrganization1764000300000,
  VersionsSignoff1764000400000,
  LeadsCampaigns1764000600000,
];
