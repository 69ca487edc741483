-- Schema version 2: worker channels and tasks routed straight to a target.

-- A worker's settings for one task channel. Only changed settings are stored: a worker with no
-- row for a channel has TaskRouter's defaults (capacity 1, available), so every way of
-- creating workers (seed, bulk seeding, older databases) gets channels without writing any.
CREATE TABLE worker_channels (
    worker_sid       TEXT NOT NULL REFERENCES workers (sid) ON DELETE CASCADE,
    task_channel_sid TEXT NOT NULL REFERENCES task_channels (sid) ON DELETE CASCADE,
    capacity         INTEGER NOT NULL,
    available        INTEGER NOT NULL,
    date_updated     INTEGER NOT NULL,
    PRIMARY KEY (worker_sid, task_channel_sid)
);

-- RoutingTarget as given at create (WK… / WQ… / WW…); ignore_capacity applies to a worker target.
ALTER TABLE tasks ADD COLUMN routing_target TEXT;
ALTER TABLE tasks ADD COLUMN ignore_capacity INTEGER NOT NULL DEFAULT 0;

-- How a simulated worker answers reservations, apart from how they answer a ringing call leg:
-- accept | reject | never after task_delay_ms. NULL follows the ringing behaviour (answer ->
-- accept), as before the two were separate.
ALTER TABLE workers ADD COLUMN task_behavior TEXT;
ALTER TABLE workers ADD COLUMN task_delay_ms INTEGER;
