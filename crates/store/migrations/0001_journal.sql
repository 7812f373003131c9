-- Subscribers, lists, publications and the per-recipient delivery journal.
CREATE TABLE subscribers (
    id             INTEGER PRIMARY KEY,
    email          TEXT NOT NULL UNIQUE,          -- normalized (trimmed, lower case)
    name           TEXT NOT NULL DEFAULT '',
    lang           TEXT NOT NULL CHECK (lang IN ('kk', 'ru', 'es', 'en')),
    status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'unsubscribed', 'bounced')),
    consent_at     TEXT,
    consent_source TEXT,
    attributes     TEXT NOT NULL DEFAULT '{}',    -- JSON object of extra CSV columns
    bounces        INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);

CREATE TABLE lists (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

CREATE TABLE list_members (
    list_id       INTEGER NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
    subscriber_id INTEGER NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
    added_at      TEXT NOT NULL,
    PRIMARY KEY (list_id, subscriber_id)
);

-- One publication is one event sent to one list; a deliberate resend is a new generation.
CREATE TABLE publications (
    id           INTEGER PRIMARY KEY,
    event_id     TEXT NOT NULL,
    list_id      INTEGER NOT NULL REFERENCES lists (id),
    generation   INTEGER NOT NULL DEFAULT 1,
    content_hash TEXT NOT NULL,
    event_json   TEXT NOT NULL,
    langs        TEXT NOT NULL,                   -- comma-separated, in publishing order
    created_at   TEXT NOT NULL,
    UNIQUE (event_id, list_id, generation)
);

-- One row per (publication, subscriber). A row becomes `sent` only after the server's 250.
CREATE TABLE deliveries (
    publication_id INTEGER NOT NULL REFERENCES publications (id),
    subscriber_id  INTEGER NOT NULL REFERENCES subscribers (id),
    email          TEXT NOT NULL,
    name           TEXT NOT NULL,
    lang           TEXT,                          -- NULL when skipped for want of a language
    state          TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'failed_temporary', 'failed_permanent', 'skipped')),
    attempts       INTEGER NOT NULL DEFAULT 0,
    last_reply     TEXT,
    message_id     TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    sent_at        TEXT,
    PRIMARY KEY (publication_id, subscriber_id)
);
CREATE INDEX deliveries_by_state ON deliveries (publication_id, state);
