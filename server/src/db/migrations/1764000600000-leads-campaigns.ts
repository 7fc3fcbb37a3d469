import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The lead definition (rubric, criteria, field acknowledgements) and the campaign calendar (campaigns,
 * goals, sales events, quarterly sales focus, calendar feed tokens); the organisation's time zone, in
 * which campaign dates are read; notifications that are about a plan rather than a thread.
 */
export class LeadsCampaigns1764000600000 implements MigrationInterface {
  name = "LeadsCampaigns1764000600000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE organizations ADD COLUMN time_zone text NOT NULL DEFAULT 'UTC'`);
    await queryRunner.query(`ALTER TABLE notifications ALTER COLUMN thread_id DROP NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE lead_rubrics (
        plan_id uuid PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
        revision integer NOT NULL DEFAULT 1 CHECK (revision > 0),
        qualified_lead_definition text NOT NULL DEFAULT '',
        grading_responsibility text NOT NULL DEFAULT '',
        threshold_a integer NOT NULL DEFAULT 80,
        threshold_b integer NOT NULL DEFAULT 50,
        threshold_c integer NOT NULL DEFAULT 20,
        published_revision integer,
        published_by uuid REFERENCES users(id) ON DELETE SET NULL,
        published_at timestamptz,
        cosigned_revision integer,
        cosigned_by uuid REFERENCES users(id) ON DELETE SET NULL,
        cosigned_at timestamptz,
        updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (threshold_a > threshold_b AND threshold_b > threshold_c AND threshold_c >= 0)
      )`);
    await queryRunner.query(`
      CREATE TABLE lead_criteria (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES lead_rubrics(plan_id) ON DELETE CASCADE,
        position integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('FIT', 'ENGAGEMENT')),
        label text NOT NULL,
        attribute text NOT NULL,
        operator text NOT NULL CHECK (operator IN ('EQUALS_ANY', 'AT_LEAST', 'AT_MOST', 'IS_TRUE')),
        "values" jsonb NOT NULL DEFAULT '[]',
        points integer NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX lead_criteria_plan_idx ON lead_criteria (plan_id, position)`);
    await queryRunner.query(`
      CREATE TABLE lead_acknowledgements (
        plan_id uuid NOT NULL REFERENCES lead_rubrics(plan_id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        revision integer NOT NULL,
        acknowledged_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (plan_id, user_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE campaigns (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        name text NOT NULL,
        channel text NOT NULL,
        region text NOT NULL,
        segment text,
        product_focus text,
        launch_date date NOT NULL,
        end_date date,
        prep_days integer NOT NULL DEFAULT 14 CHECK (prep_days BETWEEN 0 AND 180),
        talk_track_ready boolean NOT NULL DEFAULT false,
        objection_handling_ready boolean NOT NULL DEFAULT false,
        competitive_positioning_ready boolean NOT NULL DEFAULT false,
        lead_list_ready boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (end_date IS NULL OR end_date >= launch_date)
      )`);
    await queryRunner.query(`CREATE INDEX campaigns_plan_idx ON campaigns (plan_id, launch_date)`);
    await queryRunner.query(`
      CREATE TABLE campaign_goals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('LEADS', 'MEETINGS', 'PIPELINE')),
        target numeric NOT NULL CHECK (target > 0),
        sales_owner_id uuid NOT NULL REFERENCES users(id),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'QUESTIONED')),
        note text,
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX campaign_goals_campaign_idx ON campaign_goals (campaign_id)`);
    await queryRunner.query(`
      CREATE TABLE sales_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('KICKOFF', 'QUARTER_END', 'BLACKOUT')),
        name text NOT NULL,
        start_date date NOT NULL,
        end_date date NOT NULL,
        region text,
        CHECK (end_date >= start_date)
      )`);
    await queryRunner.query(`CREATE INDEX sales_events_plan_idx ON sales_events (plan_id, start_date)`);
    await queryRunner.query(`
      CREATE TABLE sales_focus (
        plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        quarter text NOT NULL CHECK (quarter ~ '^[0-9]{4}-Q[1-4]$'),
        products jsonb NOT NULL DEFAULT '[]',
        PRIMARY KEY (plan_id, quarter)
      )`);
    await queryRunner.query(`
      CREATE TABLE calendar_feeds (
        plan_id uuid PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
        token text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ["calendar_feeds", "sales_focus", "sales_events", "campaign_goals", "campaigns", "lead_acknowledgements", "lead_criteria", "lead_rubrics"]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    // Plan-level notices have no thread to point at; they go with the column's old rule.
    await queryRunner.query(`DELETE FROM notifications WHERE thread_id IS NULL`);
    await queryRunner.query(`ALTER TABLE notifications ALTER COLUMN thread_id SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE organizations DROP COLUMN time_zone`);
  }
}
