#!/usr/bin/env python3
"""Times the journal claim's SQL on a real store: as the store runs it, and restricted to the batch.

    python3 bench/claim_sql.py STORE.db

STORE.db: a copy of a store after `communique publish` (bench/send.sh --keep leaves
publish.1.db in its folder). Every statement runs in a transaction that is rolled back, so
the copy is left as it was, apart from resetting every row of the first publication to
`pending` first, as at the start of a publication. Prints the median of 5 of each step.

The claim, every 256 messages (crates/store/src/sqlite.rs, `claim`), first closes as skipped
the pending rows of subscribers who are no longer active or left the list, then takes the next
256 pending rows. The first statement checks *every* pending row of the publication against a
scan of all subscribers and all list members: its cost grows with the list, and it runs
N / 256 times. Restricting the check to the rows about to be claimed (`+state` keeps SQLite
from driving the scan by the state index) makes it independent of N.
"""

import sqlite3
import sys
import time

SKIP_AS_COMMITTED = """
UPDATE deliveries SET state = 'skipped', last_reply = 'no longer an active subscriber', updated_at = ?1
 WHERE publication_id = ?2 AND state = 'pending'
   AND (subscriber_id IN (SELECT id FROM subscribers WHERE status <> 'active')
        OR subscriber_id NOT IN (SELECT subscriber_id FROM list_members
                                 WHERE list_id = ?3 AND unsubscribed_at IS NULL))"""

SKIP_IN_BATCH = """
UPDATE deliveries SET state = 'skipped', last_reply = 'no longer an active subscriber', updated_at = ?1
 WHERE publication_id = ?2 AND +state = 'pending'
   AND subscriber_id IN (SELECT subscriber_id FROM deliveries WHERE publication_id = ?2 AND state = 'pending'
                         ORDER BY subscriber_id LIMIT 256)
   AND (EXISTS (SELECT 1 FROM subscribers s WHERE s.id = deliveries.subscriber_id AND s.status <> 'active')
        OR NOT EXISTS (SELECT 1 FROM list_members m WHERE m.list_id = ?3
                       AND m.subscriber_id = deliveries.subscriber_id AND m.unsubscribed_at IS NULL))"""

CLAIM = """
UPDATE deliveries SET state = 'sending', attempts = attempts + 1, updated_at = ?1
 WHERE publication_id = ?2 AND subscriber_id IN (
     SELECT subscriber_id FROM deliveries WHERE publication_id = ?2 AND state = 'pending'
     ORDER BY subscriber_id LIMIT 256)
 RETURNING subscriber_id, email, name, lang, attempts"""


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    c = sqlite3.connect(sys.argv[1])
    c.isolation_level = None
    pub, lst = c.execute("SELECT id, list_id FROM publications ORDER BY id LIMIT 1").fetchone()
    c.execute("UPDATE deliveries SET state = 'pending' WHERE publication_id = ?", (pub,))
    pending = c.execute("SELECT COUNT(*) FROM deliveries WHERE publication_id = ?", (pub,)).fetchone()[0]

    def median_ms(sql, args):
        times = []
        for _ in range(5):
            c.execute("BEGIN")
            t = time.perf_counter()
            c.execute(sql, args).fetchall()
            times.append(time.perf_counter() - t)
            c.execute("ROLLBACK")
        return sorted(times)[2] * 1e3

    print(f"{pending} pending rows")
    print(f"skip step as committed:      {median_ms(SKIP_AS_COMMITTED, ('x', pub, lst)):8.1f} ms")
    print(f"skip step within the batch:  {median_ms(SKIP_IN_BATCH, ('x', pub, lst)):8.1f} ms")
    print(f"claim of 256 rows:           {median_ms(CLAIM, ('x', pub)):8.1f} ms")


if __name__ == "__main__":
    main()
