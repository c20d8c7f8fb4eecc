-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 1: settings and the audit log.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE audit_log (
    id            INTEGER PRIMARY KEY NOT NULL,
    at            TEXT NOT NULL,
    actor         TEXT NOT NULL,
    action        TEXT NOT NULL,
    entity        TEXT NOT NULL,
    entity_id     TEXT NOT NULL DEFAULT '',
    field         TEXT NOT NULL DEFAULT '',
    old_value     TEXT NOT NULL DEFAULT '',
    new_value     TEXT NOT NULL DEFAULT '',
    reason        TEXT NOT NULL DEFAULT '',
    previous_hash TEXT NOT NULL,
    hash          TEXT NOT NULL
) STRICT;

-- Append-only: nobody changes or removes what happened.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit log rows cannot be changed');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit log rows cannot be deleted');
END;
