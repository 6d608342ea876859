/** Kysely table types: the shape of every row as SQLite stores it. */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

export interface CentersTable {
  id: Generated<number>;
  slug: string;
  name: string;
  time_zone: string;
  /** ISO 3166-2 subdivision without country, e.g. "HE" for Hessen; picks public holidays. */
  state_code: string;
  created_at: ColumnType<string, string | undefined, never>;
  /** Hours before a shift's start after which a volunteer can no longer give it back (issue 5). */
  claim_cutoff_hours: ColumnType<number, number | undefined, number>;
  /** How many years an erweitertes Führungszeugnis stays valid in this center. */
  fuehrungszeugnis_years: ColumnType<number, number | undefined, number>;
  /** Postal address shown to members, several lines; '' when not given. */
  address: ColumnType<string, string | undefined, string>;
  /** How to reach the house (phone, mail), one line; '' when not given. */
  contact: ColumnType<string, string | undefined, string>;
  /** ISO weekdays the center is open, "1,2,3,4,5,6" (see parseOpeningDays in @schichtbrett/domain). */
  opening_days: ColumnType<string, string | undefined, string>;
  /** Which week the board opens on: a BoardWeekChoice of @schichtbrett/domain. */
  board_week: ColumnType<string, string | undefined, string>;
}

export interface AreasTable {
  id: string;
  center_id: number;
  name: string;
  /** CSS colour used as an accent, never as the only carrier of meaning. */
  color: string;
  position: number;
  /** One line saying what the area does ("Kuchentheke und Kasse"); '' for none. */
  description: ColumnType<string, string | undefined, string>;
  /** When the area was archived (ISO instant): no new shifts, history kept. Null while active. */
  archived_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface PeopleTable {
  id: string;
  center_id: number;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  created_at: ColumnType<string, string | undefined, never>;
  /** The account this person signs in with; null for people without one (yet). */
  user_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** 'coordinator' | 'team-lead' | 'volunteer' (see Role in @schichtbrett/domain). */
  role: ColumnType<string, string | undefined, string>;
  /** JSON array of area ids (team leads). */
  area_ids: ColumnType<string, string | undefined, string>;
  active: ColumnType<number, number | undefined, number>;
  /** When this coordinator closed the first-steps guide of the board (ISO instant); null while it shows. */
  first_steps_dismissed_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string | null;
  created_at: ColumnType<string, string | undefined, never>;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  secret_hash: Uint8Array;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  user_agent: ColumnType<string, string | undefined, string>;
}

export interface LoginThrottleTable {
  key: string;
  failures: number;
  last_failure_at: string;
}

/** One-time sign-in links a coordinator prints for a person (see docs/decisions/0007-invitation-links.md). */
export interface InvitationsTable {
  id: string;
  person_id: string;
  center_id: number;
  /** SHA-256 of the token in the link: what redeeming looks up. */
  token_hash: Uint8Array;
  /**
   * The token itself while the link is open, so its page shows the printed link again (issue 13); null
   * once used or revoked, and for links made before it was kept.
   */
  link_token: ColumnType<string | null, string | null | undefined, string | null>;
  created_by_user_id: string | null;
  created_at: string;
  expires_at: string;
  used_at: ColumnType<string | null, string | null | undefined, string | null>;
  revoked_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface TemplateShiftsTable {
  id: string;
  center_id: number;
  area_id: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  start_time: string;
  end_time: string;
  needed: number;
  notes: string;
  /** JSON array of person ids: the regulars (Stammbesetzung). */
  regular_ids: string;
}

/**
 * The relational projection of the week documents (rewritten by the sync server after every accepted
 * change of a week room; the document is the truth). One row per center-week that has been loaded.
 */
export interface WeeksTable {
  center_id: number;
  /** ISO week "YYYY-Www". */
  week: string;
  /** 'draft' | 'published' | 'finalized' (WeekStatus in @schichtbrett/domain). */
  status: string;
}

/** A shift of a week document, under the id the document uses. */
export interface WeekShiftsTable {
  center_id: number;
  id: string;
  week: string;
  /** No foreign key: a document may name an area deleted since. */
  area_id: string;
  /** "YYYY-MM-DD" in the center's time zone. */
  date: string;
  start_time: string;
  end_time: string;
  needed: number;
  notes: string;
  /** The reason while the shift is called off (its day was closed), else null. */
  cancelled: string | null;
}

/** Who is on a projected shift. */
export interface ShiftAssignmentsTable {
  center_id: number;
  shift_id: string;
  person_id: string;
  /** When the person was put on, ms since epoch (the document's value). */
  assigned_at: number;
  /** Since when the person looks for a stand-in (ms since epoch), or null. */
  stand_in_since: number | null;
}

/** A dated qualification (Nachweis) of a person; never the document itself (issue 5). */
export interface QualificationRecordsTable {
  id: string;
  person_id: string;
  /** e.g. 'fuehrungszeugnis' | 'hygiene' | 'fuehrerschein' (see packages/domain/src/qualifications.ts). */
  kind: string;
  inspected_on: string | null;
  certificate_date: string | null;
  result: string | null;
  valid_from: string | null;
  created_at: ColumnType<string, string | undefined, never>;
}

/** A person is away from `from_date` to `to_date`, both inclusive ("YYYY-MM-DD"). */
export interface AbsencesTable {
  id: string;
  person_id: string;
  from_date: string;
  to_date: string;
  reason: string | null;
}

/** Weekly recurring availability: a part of a day ('vormittags' …) or a time range, on an ISO weekday. */
export interface AvailabilitySlotsTable {
  id: string;
  person_id: string;
  weekday: number;
  part: string | null;
  start_time: string | null;
  end_time: string | null;
}

/** The qualifications an area requires of the people on its shifts. */
export interface AreaRequirementsTable {
  area_id: string;
  kind: string;
}

/** A person's secret calendar feed URL, stored by the SHA-256 of its token (docs/decisions/0011-calendar-feed.md). */
export interface CalendarFeedsTable {
  id: string;
  person_id: string;
  center_id: number;
  token_hash: Uint8Array;
  created_at: ColumnType<string, string | undefined, never>;
  revoked_at: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Append-only log of accepted Yjs updates per room; compaction folds a prefix into one snapshot row. */
export interface SyncUpdatesTable {
  id: Generated<number>;
  room: string;
  data: Uint8Array;
  /** 1 for a row that is the merged state of everything before it. */
  is_snapshot: ColumnType<number, number | undefined, number>;
  created_at: ColumnType<string, string | undefined, never>;
}

/** The audit trail: every accepted update of a room with who sent it (see migration 2026-11-26-1340). */
export interface UpdateHistoryTable {
  id: Generated<number>;
  room: string;
  data: Uint8Array;
  at: ColumnType<string, string | undefined, never>;
  /** 'socket' | 'server' | 'baseline' */
  via: string;
  person_id: string | null;
  person_name: string | null;
}

/** A finalized week (issue 6): the record a center shows its municipality. Present = finalized. */
export interface WeekRecordsTable {
  center_id: number;
  week: string;
  finalized_at: Generated<string>;
  /** people.id of the coordinator who finalized. */
  finalized_by: string;
}

/** A shift as it was when its week was finalized; names copied in so reports outlive renames. */
export interface RecordShiftsTable {
  center_id: number;
  week: string;
  id: string;
  area_id: string;
  area_name: string;
  /** "YYYY-MM-DD" in the center's time zone. */
  date: string;
  start_time: string;
  end_time: string;
  needed: number;
  /** The reason if the shift was called off (no hours count), else null. */
  cancelled: string | null;
}

/** Who worked a recorded shift: planned and present, a no-show, or a stand-in who came instead. */
export interface RecordAttendanceTable {
  center_id: number;
  shift_id: string;
  person_id: string;
  /** The name at finalizing; a person who has left still reads right in the report. */
  person_name: string;
  /** 'present' | 'no-show' | 'stand-in' */
  status: string;
  /** "HH:MM" local, when the real times differed from the plan; else null. */
  actual_start: string | null;
  actual_end: string | null;
}

/** Every reopening of a finalized week: who, when, why. Never deleted. */
export interface WeekReopeningsTable {
  id: Generated<number>;
  center_id: number;
  week: string;
  reopened_at: Generated<string>;
  /** people.id of the coordinator who reopened. */
  reopened_by: string;
  reason: string;
}

/** A planner's request that a person take a shift (issue 6, "Anfragen"); open while `answer` is null. */
export interface ShiftRequestsTable {
  id: string;
  center_id: number;
  shift_id: string;
  person_id: string;
  /** Person id of the planner who asked. */
  requested_by: string;
  created_at: string;
  answered_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** 'accepted' | 'declined', or null while open. */
  answer: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface Database {
  centers: CentersTable;
  areas: AreasTable;
  people: PeopleTable;
  template_shifts: TemplateShiftsTable;
  sync_updates: SyncUpdatesTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  invitations: InvitationsTable;
  weeks: WeeksTable;
  week_shifts: WeekShiftsTable;
  shift_assignments: ShiftAssignmentsTable;
  qualification_records: QualificationRecordsTable;
  absences: AbsencesTable;
  availability_slots: AvailabilitySlotsTable;
  area_requirements: AreaRequirementsTable;
  calendar_feeds: CalendarFeedsTable;
  week_records: WeekRecordsTable;
  record_shifts: RecordShiftsTable;
  record_attendance: RecordAttendanceTable;
  week_reopenings: WeekReopeningsTable;
  update_history: UpdateHistoryTable;
  shift_requests: ShiftRequestsTable;
}

export type CenterRow = Selectable<CentersTable>;
export type NewCenter = Insertable<CentersTable>;
export type AreaRow = Selectable<AreasTable>;
export type PersonRow = Selectable<PeopleTable>;
export type TemplateShiftRow = Selectable<TemplateShiftsTable>;
export type UserRow = Selectable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type InvitationRow = Selectable<InvitationsTable>;
export type WeekRow = Selectable<WeeksTable>;
export type WeekShiftRow = Selectable<WeekShiftsTable>;
export type ShiftAssignmentRow = Selectable<ShiftAssignmentsTable>;
export type QualificationRecordRow = Selectable<QualificationRecordsTable>;
export type AbsenceRow = Selectable<AbsencesTable>;
export type AvailabilitySlotRow = Selectable<AvailabilitySlotsTable>;
export type AreaRequirementRow = Selectable<AreaRequirementsTable>;
export type CalendarFeedRow = Selectable<CalendarFeedsTable>;
export type WeekRecordRow = Selectable<WeekRecordsTable>;
export type RecordShiftRow = Selectable<RecordShiftsTable>;
export type RecordAttendanceRow = Selectable<RecordAttendanceTable>;
export type WeekReopeningRow = Selectable<WeekReopeningsTable>;
export type ShiftRequestRow = Selectable<ShiftRequestsTable>;
