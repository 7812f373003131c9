-- The claim takes the next pending rows in subscriber order. With (publication_id, state)
-- alone, SQLite walked the primary key from the first subscriber, reading every row already
-- sent to find the pending ones: each claim cost more than the last, quadratic over a
-- publication (17.6 s for 100,000 messages against 9.9 s with this index). With the
-- subscriber in the index the claim is one range of a covering index.
DROP INDEX deliveries_by_state;
CREATE INDEX deliveries_by_state ON deliveries (publication_id, state, subscriber_id);
