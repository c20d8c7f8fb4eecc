-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 2: the model of the methodology. Dates are ISO text (YYYY-MM-DD), marks integers 0–5,
-- computed scores integer hundredths (0–500), plan and actual values exact decimal text.

CREATE TABLE organisation (
    id                  INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    name_kk             TEXT NOT NULL DEFAULT '',
    name_ru             TEXT NOT NULL,
    chairman            TEXT NOT NULL DEFAULT '',
    appointing_official TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE unit (
    id      INTEGER PRIMARY KEY NOT NULL,
    name_ru TEXT NOT NULL UNIQUE CHECK (name_ru <> ''),
    name_kk TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE position (
    id       INTEGER PRIMARY KEY NOT NULL,
    unit_id  INTEGER NOT NULL REFERENCES unit (id),
    title    TEXT NOT NULL CHECK (title <> ''),
    category TEXT NOT NULL CHECK (category IN ('head', 'corps_b')),
    UNIQUE (unit_id, title)
) STRICT;

CREATE TABLE servant (
    id           INTEGER PRIMARY KEY NOT NULL,
    personnel_no TEXT NOT NULL UNIQUE CHECK (personnel_no <> ''),
    full_name    TEXT NOT NULL CHECK (full_name <> ''),
    iin          TEXT UNIQUE CHECK (iin IS NULL OR length(iin) = 12)
) STRICT;

-- Who held which position when, and under whom: a servant's history and the managers on any date.
CREATE TABLE assignment (
    id          INTEGER PRIMARY KEY NOT NULL,
    servant_id  INTEGER NOT NULL REFERENCES servant (id),
    position_id INTEGER NOT NULL REFERENCES position (id),
    manager_id  INTEGER REFERENCES servant (id),
    first_day   TEXT NOT NULL,
    last_day    TEXT CHECK (last_day IS NULL OR last_day >= first_day)
) STRICT;
CREATE INDEX assignment_by_servant ON assignment (servant_id, first_day);
CREATE INDEX assignment_by_manager ON assignment (manager_id);

CREATE TABLE absence (
    id         INTEGER PRIMARY KEY NOT NULL,
    servant_id INTEGER NOT NULL REFERENCES servant (id),
    kind       TEXT NOT NULL CHECK (kind IN ('annual_leave', 'social_leave', 'sick_leave',
                                             'business_trip', 'training')),
    first_day  TEXT NOT NULL,
    last_day   TEXT NOT NULL CHECK (last_day >= first_day)
) STRICT;
CREATE INDEX absence_by_servant ON absence (servant_id, first_day);

CREATE TABLE dismissal (
    servant_id INTEGER PRIMARY KEY NOT NULL REFERENCES servant (id),
    day        TEXT NOT NULL,
    reason     TEXT NOT NULL DEFAULT ''
) STRICT;

-- Individual work plans (§22, appendix 1; chapter 6: §43–46).
CREATE TABLE kci_plan (
    id            INTEGER PRIMARY KEY NOT NULL,
    servant_id    INTEGER NOT NULL REFERENCES servant (id),
    period_first  TEXT NOT NULL,
    period_last   TEXT NOT NULL CHECK (period_last >= period_first),
    regime        TEXT NOT NULL DEFAULT 'quarterly' CHECK (regime IN ('quarterly', 'chapter6')),
    status        TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved')),
    drawn_up_on   TEXT,
    approved_on   TEXT,
    approved_by   TEXT NOT NULL DEFAULT '',
    UNIQUE (servant_id, period_first, regime)
) STRICT;

CREATE TABLE kci (
    id              INTEGER PRIMARY KEY NOT NULL,
    plan_id         INTEGER NOT NULL REFERENCES kci_plan (id) ON DELETE CASCADE,
    number          INTEGER NOT NULL CHECK (number BETWEEN 1 AND 5),
    title           TEXT NOT NULL CHECK (title <> ''),
    unit_of_measure TEXT NOT NULL DEFAULT '',
    plan_value      TEXT NOT NULL,
    direction       TEXT NOT NULL DEFAULT 'more' CHECK (direction IN ('more', 'less')),
    due_date        TEXT,
    source_document TEXT NOT NULL DEFAULT '',
    expected_result TEXT NOT NULL DEFAULT '',
    UNIQUE (plan_id, number)
) STRICT;

-- §25: a KCI changes only when the body's functions or structure change; each change keeps why.
CREATE TABLE kci_change (
    id         INTEGER PRIMARY KEY NOT NULL,
    kci_id     INTEGER NOT NULL REFERENCES kci (id) ON DELETE CASCADE,
    changed_on TEXT NOT NULL,
    field      TEXT NOT NULL,
    old_value  TEXT NOT NULL,
    new_value  TEXT NOT NULL,
    reason     TEXT NOT NULL CHECK (reason <> '')
) STRICT;

-- Score sheets: KCI (appendix 2) or ranking (appendix 4), one per servant and quarter.
CREATE TABLE score_sheet (
    id                    INTEGER PRIMARY KEY NOT NULL,
    servant_id            INTEGER NOT NULL REFERENCES servant (id),
    quarter               TEXT NOT NULL CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]Q[1-4]'),
    method                TEXT NOT NULL CHECK (method IN ('kci', 'ranking')),
    evaluator_id          INTEGER REFERENCES servant (id),
    status                TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed', 'returned')),
    signed_on             TEXT,
    return_reason         TEXT NOT NULL DEFAULT '',
    score                 INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 500),
    without_participation INTEGER NOT NULL DEFAULT 0 CHECK (without_participation IN (0, 1)),
    UNIQUE (servant_id, quarter)
) STRICT;
CREATE INDEX score_sheet_by_quarter ON score_sheet (quarter);

CREATE TABLE ranking_mark (
    sheet_id  INTEGER NOT NULL REFERENCES score_sheet (id) ON DELETE CASCADE,
    parameter TEXT NOT NULL CHECK (parameter IN ('quality', 'deadlines', 'initiative', 'discipline')),
    mark      INTEGER NOT NULL CHECK (mark BETWEEN 0 AND 5),
    comment   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (sheet_id, parameter)
) STRICT;

CREATE TABLE kci_mark (
    sheet_id     INTEGER NOT NULL REFERENCES score_sheet (id) ON DELETE CASCADE,
    kci_number   INTEGER NOT NULL CHECK (kci_number BETWEEN 1 AND 5),
    plan_value   TEXT NOT NULL,
    actual_value TEXT NOT NULL,
    mark         INTEGER NOT NULL CHECK (mark BETWEEN 0 AND 5),
    comment      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (sheet_id, kci_number)
) STRICT;

-- §11: acquaintance with the results, and how it was made.
CREATE TABLE acquaintance (
    sheet_id  INTEGER PRIMARY KEY NOT NULL REFERENCES score_sheet (id),
    day       TEXT NOT NULL,
    method    TEXT NOT NULL CHECK (method IN ('in_person', 'registered_letter', 'telephone_message',
                                              'telegram', 'sms', 'email', 'other')),
    reference TEXT NOT NULL DEFAULT ''
) STRICT;

-- §12, §37–42: applications and calibration sessions.
CREATE TABLE appeal (
    id         INTEGER PRIMARY KEY NOT NULL,
    sheet_id   INTEGER NOT NULL REFERENCES score_sheet (id),
    applied_on TEXT NOT NULL,
    text       TEXT NOT NULL DEFAULT '',
    status     TEXT NOT NULL DEFAULT 'registered'
               CHECK (status IN ('registered', 'refused_late', 'session_ordered', 'closed'))
) STRICT;

CREATE TABLE calibration_session (
    id                    INTEGER PRIMARY KEY NOT NULL,
    appeal_id             INTEGER NOT NULL UNIQUE REFERENCES appeal (id),
    decided_on            TEXT,
    order_reference       TEXT NOT NULL DEFAULT '',
    held_on               TEXT,
    place                 TEXT NOT NULL DEFAULT '',
    evaluator_argument    TEXT NOT NULL DEFAULT '',
    servant_position      TEXT NOT NULL DEFAULT '',
    protocol_number       TEXT NOT NULL DEFAULT '',
    protocol_signed_on    TEXT,
    score_before          INTEGER CHECK (score_before IS NULL OR score_before BETWEEN 0 AND 500),
    final_score           INTEGER CHECK (final_score IS NULL OR final_score BETWEEN 0 AND 500),
    feedback_on           TEXT,
    feedback_achievements TEXT NOT NULL DEFAULT '',
    feedback_skills       TEXT NOT NULL DEFAULT '',
    feedback_potential    TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE session_member (
    id         INTEGER PRIMARY KEY NOT NULL,
    session_id INTEGER NOT NULL REFERENCES calibration_session (id) ON DELETE CASCADE,
    servant_id INTEGER REFERENCES servant (id),
    full_name  TEXT NOT NULL CHECK (full_name <> ''),
    role       TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('evaluator', 'member'))
) STRICT;

CREATE TABLE session_proposal (
    id         INTEGER PRIMARY KEY NOT NULL,
    session_id INTEGER NOT NULL REFERENCES calibration_session (id) ON DELETE CASCADE,
    score      INTEGER NOT NULL CHECK (score BETWEEN 0 AND 500),
    argument   TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE session_vote (
    proposal_id INTEGER NOT NULL REFERENCES session_proposal (id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES session_member (id) ON DELETE CASCADE,
    vote        TEXT NOT NULL CHECK (vote IN ('for', 'against', 'abstain')),
    PRIMARY KEY (proposal_id, member_id)
) STRICT;

-- Chapter 6 (§43–68): the Commission, its meetings, cases and open votes.
CREATE TABLE commission (
    id              INTEGER PRIMARY KEY NOT NULL,
    order_reference TEXT NOT NULL DEFAULT '',
    formed_on       TEXT NOT NULL
) STRICT;

CREATE TABLE commission_member (
    id            INTEGER PRIMARY KEY NOT NULL,
    commission_id INTEGER NOT NULL REFERENCES commission (id) ON DELETE CASCADE,
    full_name     TEXT NOT NULL CHECK (full_name <> ''),
    role          TEXT NOT NULL CHECK (role IN ('chair', 'member', 'secretary'))
) STRICT;

CREATE TABLE commission_meeting (
    id              INTEGER PRIMARY KEY NOT NULL,
    commission_id   INTEGER NOT NULL REFERENCES commission (id),
    held_on         TEXT NOT NULL,
    protocol_number TEXT NOT NULL DEFAULT '',
    conclusion      TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE commission_attendance (
    meeting_id INTEGER NOT NULL REFERENCES commission_meeting (id) ON DELETE CASCADE,
    member_id  INTEGER NOT NULL REFERENCES commission_member (id),
    PRIMARY KEY (meeting_id, member_id)
) STRICT;

CREATE TABLE commission_case (
    id              INTEGER PRIMARY KEY NOT NULL,
    meeting_id      INTEGER REFERENCES commission_meeting (id),
    plan_id         INTEGER NOT NULL REFERENCES kci_plan (id),
    achieved        INTEGER CHECK (achieved IS NULL OR achieved BETWEEN 0 AND 5),
    manager_signed_on  TEXT,
    superior_decision  TEXT CHECK (superior_decision IS NULL OR superior_decision IN ('agree', 'return')),
    superior_decided_on TEXT,
    decision        TEXT CHECK (decision IS NULL OR decision IN ('approve', 'revise')),
    corrected_band  TEXT CHECK (corrected_band IS NULL OR corrected_band IN
                                ('effective', 'proper', 'satisfactory', 'unsatisfactory')),
    recommendations TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE commission_vote (
    case_id   INTEGER NOT NULL REFERENCES commission_case (id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES commission_member (id),
    vote      TEXT NOT NULL CHECK (vote IN ('for', 'against', 'abstain')),
    PRIMARY KEY (case_id, member_id)
) STRICT;

-- The 360 survey (§33–36). Who was asked and whether they answered is kept in survey_respondent;
-- what was answered is kept in survey_answer_set with a random id, no time and no respondent,
-- so that nobody reading the file can tie an answer to a person (DESIGN.md, decision 8).
CREATE TABLE survey_campaign (
    id         INTEGER PRIMARY KEY NOT NULL,
    year       INTEGER NOT NULL UNIQUE,
    status     TEXT NOT NULL DEFAULT 'preparing' CHECK (status IN ('preparing', 'open', 'closed')),
    started_on TEXT
) STRICT;

CREATE TABLE survey_subject (
    id          INTEGER PRIMARY KEY NOT NULL,
    campaign_id INTEGER NOT NULL REFERENCES survey_campaign (id) ON DELETE CASCADE,
    servant_id  INTEGER NOT NULL REFERENCES servant (id),
    form        TEXT NOT NULL CHECK (form IN ('head', 'corps_b')),
    UNIQUE (campaign_id, servant_id)
) STRICT;

CREATE TABLE survey_respondent (
    id            INTEGER PRIMARY KEY NOT NULL,
    subject_id    INTEGER NOT NULL REFERENCES survey_subject (id) ON DELETE CASCADE,
    respondent_id INTEGER NOT NULL REFERENCES servant (id),
    category      TEXT NOT NULL CHECK (category IN ('manager', 'subordinate', 'peer', 'self')),
    code_hash     TEXT NOT NULL DEFAULT '',
    answered      INTEGER NOT NULL DEFAULT 0 CHECK (answered IN (0, 1)),
    UNIQUE (subject_id, respondent_id)
) STRICT;

CREATE TABLE survey_answer_set (
    id         INTEGER PRIMARY KEY NOT NULL, -- random, never in order of answering
    subject_id INTEGER NOT NULL REFERENCES survey_subject (id) ON DELETE CASCADE,
    is_self    INTEGER NOT NULL CHECK (is_self IN (0, 1))
) STRICT;

CREATE TABLE survey_answer (
    answer_set_id  INTEGER NOT NULL REFERENCES survey_answer_set (id) ON DELETE CASCADE,
    competency     TEXT NOT NULL,
    value          INTEGER NOT NULL,
    PRIMARY KEY (answer_set_id, competency)
) STRICT;

-- Accounts (enforced by a later schema's services; §15, §20).
CREATE TABLE user_account (
    id              INTEGER PRIMARY KEY NOT NULL,
    login           TEXT NOT NULL UNIQUE CHECK (login <> ''),
    display_name    TEXT NOT NULL DEFAULT '',
    servant_id      INTEGER REFERENCES servant (id),
    password_hash   TEXT NOT NULL DEFAULT '' CHECK (password_hash = '' OR password_hash LIKE '$argon2id$%'),
    disabled        INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT
) STRICT;

CREATE TABLE user_role (
    user_id INTEGER NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role    TEXT NOT NULL CHECK (role IN ('chief_specialist', 'chairman', 'head',
                                          'appointing_official', 'servant')),
    PRIMARY KEY (user_id, role)
) STRICT;

-- The chief specialist's edits of the working calendar (RULES.md §3).
CREATE TABLE calendar_kurban_ait (
    year INTEGER PRIMARY KEY NOT NULL,
    day  TEXT NOT NULL
) STRICT;

CREATE TABLE calendar_transfer (
    day_off     TEXT PRIMARY KEY NOT NULL,
    working_day TEXT NOT NULL UNIQUE,
    act         TEXT NOT NULL DEFAULT ''
) STRICT;

-- Appendix 3: the allowed mark by percent of KCI realization (decision 10: data, not code).
CREATE TABLE appendix3_row (
    id           INTEGER PRIMARY KEY NOT NULL,
    from_percent INTEGER NOT NULL, -- hundredths of a percent
    to_percent   INTEGER NOT NULL CHECK (to_percent >= from_percent),
    min_mark     INTEGER NOT NULL CHECK (min_mark BETWEEN 0 AND 5),
    max_mark     INTEGER NOT NULL CHECK (max_mark BETWEEN min_mark AND 5)
) STRICT;

-- §14: every document of an evaluation, kept three years after it ends.
CREATE TABLE document (
    id         INTEGER PRIMARY KEY NOT NULL,
    kind       TEXT NOT NULL,
    title      TEXT NOT NULL,
    servant_id INTEGER REFERENCES servant (id),
    quarter    TEXT,
    created_on TEXT NOT NULL,
    keep_until TEXT NOT NULL
) STRICT;
