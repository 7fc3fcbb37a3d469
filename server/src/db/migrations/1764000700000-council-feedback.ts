import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The council's cadence (issue 15): the council roster, strategy sessions, feedback series and sessions
 * (participants, agenda, action items), field insights and polls, and the bi-weekly council digest whose
 * (plan, period) key makes each digest go out once however many processes run the scheduler.
 */
export class CouncilFeedback1764000700000 implements MigrationInterface {
  name = "CouncilFeedback1764000700000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE council_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('REGION', 'SALES_OPS')),
        region text NOT NULL,
        term_start date NOT NULL,
        term_end date,
        away_until date,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organization_id, user_id),
        CHECK (term_end IS NULL OR term_end >= term_start)
      )`);
    await queryRunner.query(`
      CREATE TABLE strategy_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        held_on date NOT NULL,
        notes text NOT NULL,
        section_ids text[] NOT NULL DEFAULT '{}',
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX strategy_sessions_plan_idx ON strategy_sessions (plan_id, held_on)`);
    await queryRunner.query(`
      CREATE TABLE feedback_series (
        plan_id uuid PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
        cadence text NOT NULL CHECK (cadence IN ('WEEKLY', 'BIWEEKLY', 'MONTHLY')),
        managers_per_session integer NOT NULL CHECK (managers_per_session BETWEEN 1 AND 10),
        standing_participant_ids uuid[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE feedback_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        scheduled_at timestamptz NOT NULL,
        notes text NOT NULL DEFAULT '',
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX feedback_sessions_plan_idx ON feedback_sessions (plan_id, scheduled_at)`);
    await queryRunner.query(`
      CREATE TABLE feedback_participants (
        session_id uuid NOT NULL REFERENCES feedback_sessions(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('STANDING', 'ROTATION')),
        region text,
        PRIMARY KEY (session_id, user_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE agenda_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES feedback_sessions(id) ON DELETE CASCADE,
        position integer NOT NULL,
        kind text NOT NULL,
        title text NOT NULL,
        detail text,
        thread_id uuid REFERENCES comment_threads(id) ON DELETE SET NULL,
        section_id text,
        added_by uuid REFERENCES users(id),
        UNIQUE (session_id, position)
      )`);
    await queryRunner.query(`
      CREATE TABLE action_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES feedback_sessions(id) ON DELETE CASCADE,
        plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        title text NOT NULL,
        owner_id uuid NOT NULL REFERENCES users(id),
        due_on date NOT NULL,
        thread_id uuid REFERENCES comment_threads(id) ON DELETE SET NULL,
        is_done boolean NOT NULL DEFAULT false,
        closed_by uuid REFERENCES users(id),
        closed_at timestamptz,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX action_items_plan_idx ON action_items (plan_id, closed_at)`);
    await queryRunner.query(`
      CREATE TABLE field_insights (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users(id),
        kind text NOT NULL CHECK (kind IN ('PAIN_POINT', 'COMPETITOR_MOVE', 'MICRO_TREND', 'BUYING_GROUP')),
        body text NOT NULL,
        region text,
        segment text,
        product text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX field_insights_org_idx ON field_insights (organization_id, created_at DESC)`);
    await queryRunner.query(`
      CREATE TABLE insight_links (
        insight_id uuid NOT NULL REFERENCES field_insights(id) ON DELETE CASCADE,
        plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        section_id text NOT NULL,
        linked_by uuid NOT NULL REFERENCES users(id),
        linked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (plan_id, section_id, insight_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE field_polls (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        question text NOT NULL,
        options text[] NOT NULL,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE poll_answers (
        poll_id uuid NOT NULL REFERENCES field_polls(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        option_index integer NOT NULL CHECK (option_index >= 0),
        region text NOT NULL,
        answered_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (poll_id, user_id)
      )`);
    // One row per plan and two-week period: the INSERT that creates it is the claim to send that digest.
    await queryRunner.query(`
      CREATE TABLE council_digests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        period_key text NOT NULL,
        claimed_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        recipient_count integer,
        UNIQUE (plan_id, period_key)
      )`);
    // Agenda notices name a feedback session instead of a thread; a published lead definition names the plan only.
    await queryRunner.query(`ALTER TABLE notifications ALTER COLUMN thread_id DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE notifications ADD COLUMN feedback_session_id uuid REFERENCES feedback_sessions(id) ON DELETE CASCADE`);
    await queryRunner.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_subject_check CHECK (thread_id IS NOT NULL OR feedback_session_id IS NOT NULL OR kind = 'LEAD_DEFINITION_PUBLISHED')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM notifications WHERE thread_id IS NULL`);
    await queryRunner.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_subject_check`);
    await queryRunner.query(`ALTER TABLE notifications DROP COLUMN feedback_session_id`);
    await queryRunner.query(`ALTER TABLE notifications ALTER COLUMN thread_id SET NOT NULL`);
    for (const table of [
      "council_digests",
      "poll_answers",
      "field_polls",
      "insight_links",
      "field_insights",
      "action_items",
      "agenda_items",
      "feedback_participants",
      "feedback_sessions",
      "feedback_series",
      "strategy_sessions",
      "council_members",
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
