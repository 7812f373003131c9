-- Scheduled publications. Times are UTC (RFC 3339); `zone` is the IANA zone they are shown in.
CREATE TABLE jobs (
    id           INTEGER PRIMARY KEY,
    event_id     TEXT NOT NULL,
    event_json   TEXT NOT NULL,
    langs        TEXT NOT NULL,
    lists        TEXT NOT NULL,                 -- newline-separated list names
    transport    TEXT NOT NULL,                 -- never holds credentials
    options      TEXT NOT NULL DEFAULT '{}',    -- JSON: concurrency, rate, attempts, …
    due_at       TEXT NOT NULL,
    zone         TEXT NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('scheduled', 'sending', 'done', 'failed', 'cancelled', 'missed')),
    lease_owner  TEXT,
    lease_until  TEXT,
    last_error   TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX jobs_due ON jobs (state, due_at);
