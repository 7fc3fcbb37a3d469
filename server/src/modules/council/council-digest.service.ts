/**
 * The council digest: every two weeks (and on demand) what the council and the field recommended and what
 * changed because of it, crediting each contributor by name; readable in the app and mailed as HTML to
 * every member of the plan. Each (plan, period) goes out once: the send is claimed by inserting its row
 * under a unique key, so several processes running the scheduler, or a restart, never send it twice.
 */
import { BadInputError } from "../../errors";
import { escapeHtml } from "../../mail/escape-html";
import type { Mailer } from "../../mail/mailer";
import type { PlanMemberRepository } from "../plans/plan-member.repository";
import type { Plan } from "../plans/plan.entity";
import type { PlanService } from "../plans/plan.service";
import type { User } from "../users/user.entity";
import type { UserRepository } from "../users/user.repository";
import type { CouncilRepository } from "./council.repository";
import { periodAt, previousPeriod, type DigestEntry, type DigestPeriod, type DigestSource } from "./digest-sources";

/** A claim older than this that was never sent is taken over (its process died mid-send). */
const STALE_CLAIM_MS = 15 * 60_000;

export interface CouncilDigest {
  planId: string;
  period: DigestPeriod;
  entries: DigestEntry[];
  contributors: User[];
  html: string;
  text: string;
  /** When this period's digest was mailed; null until then. */
  sentAt: Date | null;
}

export class CouncilDigestService {
  constructor(
    private readonly repository: CouncilRepository,
    private readonly plans: PlanService,
    private readonly members: PlanMemberRepository,
    private readonly users: UserRepository,
    private readonly mailer: Mailer,
    /** Plans whose digests the scheduler sends: every plan that is not archived. */
    private readonly activePlans: () => Promise<Plan[]>,
    /** The digest's sources, in digest order (see digest-sources.ts for the extension point). */
    private readonly sources: readonly DigestSource[],
  ) {}

  /** The current period's digest so far, for a member of the plan. */
  async current(user: User, planId: string, at = new Date()): Promise<CouncilDigest> {
    const { plan } = await this.plans.authorize(user, planId, "plan.view");
    return this.compose(plan, periodAt(at), "");
  }

  /** Sends the current period's digest now (the owner's call); the scheduler will not send this period again. */
  async sendNow(user: User, planId: string, origin: string, at = new Date()): Promise<CouncilDigest> {
    const { plan } = await this.plans.authorize(user, planId, "plan.sendDigest");
    const digest = await this.compose(plan, periodAt(at), origin);
    if (!(await this.send(plan, digest))) throw new BadInputError("This period's digest was already sent.");
    return { ...digest, sentAt: new Date() };
  }

  /**
   * One scheduler tick: for every active plan, the digest of the last complete period, if nobody sent it
   * yet. Returns how many digests this call sent. Safe to run in any number of processes at once.
   */
  async sendDue(origin: string, at = new Date()): Promise<number> {
    const period = previousPeriod(at);
    let sent = 0;
    for (const plan of await this.activePlans()) {
      const digest = await this.compose(plan, period, origin);
      if (digest.entries.length === 0) continue;
      if (await this.send(plan, digest)) sent += 1;
    }
    return sent;
  }

  // --- internals -----------------------------------------------------------------------------------

  private async send(plan: Plan, digest: CouncilDigest): Promise<boolean> {
    const claim = await this.repository.claimDigest(plan.id, digest.period.key, STALE_CLAIM_MS);
    if (!claim) return false;
    try {
      const members = await this.members.findOfPlans([plan.id]);
      const recipients = (await this.users.findByIds(members.map((member) => member.userId))).filter((person) => person.isActive).map((person) => person.email);
      if (recipients.length > 0) {
        await this.mailer.send({ to: recipients, subject: `Council digest: ${plan.title}, ${periodLabel(digest.period)}`, text: digest.text, html: digest.html });
      }
      await this.repository.markDigestSent(claim, recipients.length);
      return true;
    } catch (error) {
      await this.repository.releaseDigest(claim);
      throw error;
    }
  }

  private async compose(plan: Plan, period: DigestPeriod, origin: string): Promise<CouncilDigest> {
    const parts = await Promise.all(this.sources.map((source) => source.collect(plan.id, period)));
    const entries = parts.flat();
    const creditedIds = [...new Set(entries.flatMap((entry) => entry.creditedUserIds))];
    const people = await this.users.findByIds(creditedIds);
    const contributors = creditedIds.flatMap((id) => people.filter((person) => person.id === id)).sort((a, b) => a.name.localeCompare(b.name));
    const nameOf = (id: string) => people.find((person) => person.id === id)?.name ?? "Someone";
    const claim = await this.repository.findDigestClaim(plan.id, period.key);
    const link = origin ? `${origin}/plans/${plan.id}/digest` : "";
    return {
      planId: plan.id,
      period,
      entries,
      contributors,
      html: renderHtml(plan.title, period, entries, contributors, nameOf, link),
      text: renderText(plan.title, period, entries, contributors, nameOf, link),
      sentAt: claim?.sentAt ?? null,
    };
  }
}

function periodLabel(period: DigestPeriod): string {
  const last = new Date(period.to.getTime() - 1).toISOString().slice(0, 10);
  return `${period.key} to ${last}`;
}

function groups(entries: readonly DigestEntry[]): [string, DigestEntry[]][] {
  const map = new Map<string, DigestEntry[]>();
  for (const entry of entries) map.set(entry.section, [...(map.get(entry.section) ?? []), entry]);
  return [...map];
}

function credit(entry: DigestEntry, nameOf: (id: string) => string): string {
  return entry.creditedUserIds.length > 0 ? `thanks to ${entry.creditedUserIds.map(nameOf).join(", ")}` : "";
}

function renderText(title: string, period: DigestPeriod, entries: DigestEntry[], contributors: User[], nameOf: (id: string) => string, link: string): string {
  const lines = [`Council digest: ${title}`, periodLabel(period), ""];
  if (entries.length === 0) lines.push("Nothing changed through the council in this period yet.");
  for (const [section, items] of groups(entries)) {
    lines.push(section);
    for (const entry of items) lines.push(`- ${entry.text}${credit(entry, nameOf) ? ` (${credit(entry, nameOf)})` : ""}`);
    lines.push("");
  }
  if (contributors.length > 0) lines.push(`Contributors: ${contributors.map((person) => person.name).join(", ")}`);
  if (link) lines.push("", `Read it in planbridge: ${link}`);
  return lines.join("\n");
}

function renderHtml(title: string, period: DigestPeriod, entries: DigestEntry[], contributors: User[], nameOf: (id: string) => string, link: string): string {
  const body = groups(entries)
    .map(([section, items]) => {
      const rows = items
        .map((entry) => {
          const by = credit(entry, nameOf);
          return `<li style="margin:0 0 6px">${escapeHtml(entry.text)}${by ? ` <em style="color:#2b6e4f">(${escapeHtml(by)})</em>` : ""}</li>`;
        })
        .join("");
      return `<h3 style="margin:16px 0 6px;font-size:15px">${escapeHtml(section)}</h3><ul style="padding-left:20px;margin:0">${rows}</ul>`;
    })
    .join("");
  const thanks = contributors.length
    ? `<p style="margin:16px 0 0"><strong>Contributors:</strong> ${contributors.map((person) => escapeHtml(person.name)).join(", ")}</p>`
    : "";
  return `<div style="font-family:Arial,sans-serif;color:#222;max-width:640px">
<h2 style="margin:0 0 4px">Council digest: ${escapeHtml(title)}</h2>
<p style="margin:0 0 8px;color:#555">${escapeHtml(periodLabel(period))}</p>
${body || `<p>Nothing changed through the council in this period yet.</p>`}${thanks}
${link ? `<p style="margin:16px 0 0"><a href="${escapeHtml(link)}">Read it in planbridge</a></p>` : ""}
</div>`;
}
