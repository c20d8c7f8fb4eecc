-- SPDX-License-Identifier: GPL-3.0-or-later
-- KCI plans and sheets in the GUI.
-- Appendix 3 ends in an open row ("and above"): its upper bound is NULL. A draft KCI sheet keeps
-- the lines the evaluator has begun, so a line may still lack its actual value or its mark.
-- Neither table is referenced by another, so each is rebuilt in place.
CREATE TABLE appendix3_row_new (
    id           INTEGER PRIMARY KEY NOT NULL,
    from_percent INTEGER NOT NULL CHECK (from_percent >= 0), -- hundredths of a percent
    to_percent   INTEGER CHECK (to_percent IS NULL OR to_percent >= from_percent),
    min_mark     INTEGER NOT NULL CHECK (min_mark BETWEEN 0 AND 5),
    max_mark     INTEGER NOT NULL CHECK (max_mark BETWEEN min_mark AND 5)
) STRICT;
INSERT INTO appendix3_row_new (id, from_percent, to_percent, min_mark, max_mark)
    SELECT id, from_percent, to_percent, min_mark, max_mark FROM appendix3_row;
DROP TABLE appendix3_row;
ALTER TABLE appendix3_row_new RENAME TO appendix3_row;

CREATE TABLE kci_mark_new (
    sheet_id     INTEGER NOT NULL REFERENCES score_sheet (id) ON DELETE CASCADE,
    kci_number   INTEGER NOT NULL CHECK (kci_number BETWEEN 1 AND 5),
    plan_value   TEXT NOT NULL,
    actual_value TEXT,
    mark         INTEGER CHECK (mark IS NULL OR mark BETWEEN 0 AND 5),
    comment      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (sheet_id, kci_number)
) STRICT;
INSERT INTO kci_mark_new SELECT sheet_id, kci_number, plan_value, actual_value, mark, comment
    FROM kci_mark;
DROP TABLE kci_mark;
ALTER TABLE kci_mark_new RENAME TO kci_mark;
