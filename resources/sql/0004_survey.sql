-- SPDX-License-Identifier: GPL-3.0-or-later
-- The 360 survey's answers without a trace of the order they came in (decision 8).
-- survey_answer had an implicit rowid, which grows in the order rows are inserted: reading it
-- would list the questionnaires in the order they were answered, and the audit log says who
-- answered when. Without a rowid the rows are kept by (answer_set_id, competency), and the answer
-- set's id is random.
CREATE TABLE survey_answer_unordered (
    answer_set_id  INTEGER NOT NULL REFERENCES survey_answer_set (id) ON DELETE CASCADE,
    competency     TEXT NOT NULL,
    value          INTEGER NOT NULL,
    PRIMARY KEY (answer_set_id, competency)
) STRICT, WITHOUT ROWID;
INSERT INTO survey_answer_unordered (answer_set_id, competency, value)
    SELECT answer_set_id, competency, value FROM survey_answer ORDER BY answer_set_id, competency;
DROP TABLE survey_answer;
ALTER TABLE survey_answer_unordered RENAME TO survey_answer;

-- The key of the one-time codes' hashes, random for each file (see SurveyService).
CREATE TABLE survey_code_key (
    id  INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    key BLOB NOT NULL CHECK (length(key) = 32)
) STRICT;

CREATE INDEX survey_respondent_by_code ON survey_respondent (code_hash) WHERE code_hash <> '';
CREATE INDEX survey_respondent_by_person ON survey_respondent (respondent_id);

-- The competencies' names, behavioural indicators and answer labels as the chief specialist
-- edited them (the shipped data otherwise). Keys, forms and answer values never change, so the
-- answers already stored keep their meaning.
CREATE TABLE survey_catalogue (
    id   INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    json TEXT NOT NULL
) STRICT;
