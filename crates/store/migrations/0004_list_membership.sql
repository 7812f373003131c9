-- Leaving one list (one-click unsubscribe, the preferences page) without leaving the others,
-- and the consent behind each membership (a confirmed web subscription). A membership row is
-- never deleted by the subscriber's own action, so a re-import does not put them back.
ALTER TABLE list_members ADD COLUMN unsubscribed_at TEXT;   -- NULL while subscribed
ALTER TABLE list_members ADD COLUMN consent_at TEXT;
ALTER TABLE list_members ADD COLUMN consent_source TEXT;
