-- 双随机一公开 (issue 18 part 2): inspection items per department, the inspector directory (names for staff only),
-- plans with their published seed and directory snapshot, the drawn firms with their inspectors and results, and
-- the follow-ups a 限期整改 result queues. New tables and types only (additive).
CREATE TYPE "public"."inspection_follow_up_status" AS ENUM('scheduled', 'due', 'assigned', 'done');--> statement-breakpoint
CREATE TYPE "public"."inspection_plan_status" AS ENUM('draft', 'drawn', 'completed');--> statement-breakpoint
CREATE TYPE "public"."inspection_result" AS ENUM('passed', 'failed', 'correction_ordered', 'not_found', 'closed');--> statement-breakpoint
CREATE TYPE "public"."inspection_target_reason" AS ENUM('drawn', 'follow_up');--> statement-breakpoint
CREATE TYPE "public"."inspector_role" AS ENUM('law_enforcement', 'technical_expert');--> statement-breakpoint
CREATE TABLE "inspection_follow_ups" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"origin_target_id" bigint NOT NULL,
	"department_id" integer NOT NULL,
	"entity_id" bigint NOT NULL,
	"due_on" date NOT NULL,
	"status" "inspection_follow_up_status" DEFAULT 'scheduled' NOT NULL,
	"assigned_target_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"department_id" integer NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"legal_basis" text,
	"method" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_plans" (
	"id" serial PRIMARY KEY NOT NULL,
	"department_id" integer NOT NULL,
	"title" text NOT NULL,
	"item_ids" integer[] DEFAULT '{}' NOT NULL,
	"districts" text[] DEFAULT '{}'::text[] NOT NULL,
	"industries" text[] DEFAULT '{}'::text[] NOT NULL,
	"entity_types" "entity_type"[] DEFAULT '{}' NOT NULL,
	"firm_count" integer,
	"share_percent" numeric(5, 2),
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"seed" text NOT NULL,
	"status" "inspection_plan_status" DEFAULT 'draft' NOT NULL,
	"draw_algorithm" text,
	"snapshot_size" integer,
	"snapshot_sha256" text,
	"inspector_pool_size" integer,
	"drawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspection_plans_sample" CHECK (("inspection_plans"."firm_count" is null) <> ("inspection_plans"."share_percent" is null)),
	CONSTRAINT "inspection_plans_firm_count" CHECK ("inspection_plans"."firm_count" is null or "inspection_plans"."firm_count" between 1 and 100000),
	CONSTRAINT "inspection_plans_share" CHECK ("inspection_plans"."share_percent" is null or ("inspection_plans"."share_percent" > 0 and "inspection_plans"."share_percent" <= 100)),
	CONSTRAINT "inspection_plans_period" CHECK ("inspection_plans"."period_end" >= "inspection_plans"."period_start")
);
--> statement-breakpoint
CREATE TABLE "inspection_snapshots" (
	"plan_id" integer NOT NULL,
	"position" integer NOT NULL,
	"entity_id" bigint NOT NULL,
	CONSTRAINT "inspection_snapshots_plan_id_position_pk" PRIMARY KEY("plan_id","position")
);
--> statement-breakpoint
CREATE TABLE "inspection_targets" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"entity_id" bigint NOT NULL,
	"reason" "inspection_target_reason" DEFAULT 'drawn' NOT NULL,
	"draw_position" integer,
	"inspector_ids" integer[] DEFAULT '{}' NOT NULL,
	"inspector_roles" "inspector_role"[] DEFAULT '{}' NOT NULL,
	"result" "inspection_result",
	"inspected_on" date,
	"correction_deadline" date,
	"findings" text,
	"doc_no" text,
	"record_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspection_targets_deadline" CHECK ("inspection_targets"."result" is null or ("inspection_targets"."result" = 'correction_ordered') = ("inspection_targets"."correction_deadline" is not null))
);
--> statement-breakpoint
CREATE TABLE "inspectors" (
	"id" serial PRIMARY KEY NOT NULL,
	"department_id" integer NOT NULL,
	"name" text NOT NULL,
	"role" "inspector_role" DEFAULT 'law_enforcement' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inspection_follow_ups" ADD CONSTRAINT "inspection_follow_ups_origin_target_id_inspection_targets_id_fk" FOREIGN KEY ("origin_target_id") REFERENCES "public"."inspection_targets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_follow_ups" ADD CONSTRAINT "inspection_follow_ups_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_follow_ups" ADD CONSTRAINT "inspection_follow_ups_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_follow_ups" ADD CONSTRAINT "inspection_follow_ups_assigned_target_id_inspection_targets_id_fk" FOREIGN KEY ("assigned_target_id") REFERENCES "public"."inspection_targets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_items" ADD CONSTRAINT "inspection_items_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_plans" ADD CONSTRAINT "inspection_plans_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_snapshots" ADD CONSTRAINT "inspection_snapshots_plan_id_inspection_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."inspection_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_snapshots" ADD CONSTRAINT "inspection_snapshots_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_targets" ADD CONSTRAINT "inspection_targets_plan_id_inspection_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."inspection_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_targets" ADD CONSTRAINT "inspection_targets_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_targets" ADD CONSTRAINT "inspection_targets_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspectors" ADD CONSTRAINT "inspectors_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_follow_ups_origin_key" ON "inspection_follow_ups" USING btree ("origin_target_id");--> statement-breakpoint
CREATE INDEX "inspection_follow_ups_queue_idx" ON "inspection_follow_ups" USING btree ("department_id","status","due_on");--> statement-breakpoint
CREATE INDEX "inspection_follow_ups_due_idx" ON "inspection_follow_ups" USING btree ("status","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_items_department_code_key" ON "inspection_items" USING btree ("department_id","code");--> statement-breakpoint
CREATE INDEX "inspection_plans_department_idx" ON "inspection_plans" USING btree ("department_id","id");--> statement-breakpoint
CREATE INDEX "inspection_plans_status_idx" ON "inspection_plans" USING btree ("status","id");--> statement-breakpoint
CREATE UNIQUE INDEX "inspection_targets_plan_entity_key" ON "inspection_targets" USING btree ("plan_id","entity_id");--> statement-breakpoint
CREATE INDEX "inspection_targets_plan_idx" ON "inspection_targets" USING btree ("plan_id","draw_position","id");--> statement-breakpoint
CREATE INDEX "inspection_targets_entity_idx" ON "inspection_targets" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "inspection_targets_results_idx" ON "inspection_targets" USING btree ("inspected_on","id") WHERE "inspection_targets"."result" is not null;--> statement-breakpoint
CREATE INDEX "inspectors_department_idx" ON "inspectors" USING btree ("department_id","active","id");