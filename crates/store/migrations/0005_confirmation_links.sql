-- Confirmation links that were used: a link subscribes once. A link that worked once must
-- not work again after its owner unsubscribed, nor rewrite the consent it recorded. Kept by
-- a hash of the link (never the link, which would let a reader of the store subscribe
-- anyone), and forgotten once past its expiry, when the link would be refused anyway.
CREATE TABLE confirmation_links (
    link_hash  TEXT PRIMARY KEY,
    expires_at INTEGER NOT NULL,      -- seconds since the Unix epoch, as in the link
    used_at    TEXT NOT NULL
);
CREATE INDEX confirmation_links_by_expiry ON confirmation_links (expires_at);
