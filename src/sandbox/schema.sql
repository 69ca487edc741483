-- Schema version 1 of the sandbox store. Times are milliseconds since the Unix epoch on the
-- sandbox clock; booleans are 0/1; attributes/configuration are JSON text as Twilio stores them.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE request_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at_ms       INTEGER NOT NULL,
    method      TEXT NOT NULL,
    path        TEXT NOT NULL,
    query       TEXT NOT NULL DEFAULT '',
    status      INTEGER NOT NULL,      -- as the client saw it; 0: no response (drop, lost)
    duration_us INTEGER NOT NULL,
    fault       TEXT                   -- injected fault: 500|503|429|delay|drop|lost; NULL: none
);

-- 2010 API -------------------------------------------------------------------------------

CREATE TABLE conferences (
    sid                        TEXT PRIMARY KEY,
    friendly_name              TEXT NOT NULL,
    status                     TEXT NOT NULL,          -- init | in-progress | completed
    region                     TEXT NOT NULL DEFAULT 'us1',
    date_created               INTEGER NOT NULL,
    date_updated               INTEGER NOT NULL,
    reason_conference_ended    TEXT,
    call_sid_ending_conference TEXT
);
CREATE INDEX conferences_by_name ON conferences (friendly_name);

-- A participant row stays after the leg leaves (left_at set) so that history can be inspected;
-- the API hides rows whose left_at is set.
CREATE TABLE participants (
    conference_sid            TEXT NOT NULL REFERENCES conferences (sid),
    call_sid                  TEXT NOT NULL,
    label                     TEXT,
    status                    TEXT NOT NULL,           -- queued|connecting|ringing|connected|complete|failed
    hold                      INTEGER NOT NULL DEFAULT 0,
    muted                     INTEGER NOT NULL DEFAULT 0,
    coaching                  INTEGER NOT NULL DEFAULT 0,
    call_sid_to_coach         TEXT,
    end_conference_on_exit    INTEGER NOT NULL DEFAULT 0,
    start_conference_on_enter INTEGER NOT NULL DEFAULT 1,
    early_media               INTEGER NOT NULL DEFAULT 1,
    hold_url                  TEXT,
    hold_method               TEXT,
    announce_url              TEXT,
    beep                      TEXT,
    from_addr                 TEXT NOT NULL DEFAULT '',
    to_addr                   TEXT NOT NULL DEFAULT '',
    timeout_s                 INTEGER NOT NULL DEFAULT 60,
    worker_sid                TEXT,                    -- the simulated worker this leg rings, if any
    answer_at                 INTEGER,                 -- when the simulated callee answers (NULL: never)
    reject                    INTEGER NOT NULL DEFAULT 0, -- the callee rejects at answer_at
    fail_at                   INTEGER,                 -- ring timeout
    left_at                   INTEGER,
    left_reason               TEXT,                    -- hangup|kicked|conference-ended|no-answer|rejected
    date_created              INTEGER NOT NULL,
    date_updated              INTEGER NOT NULL,
    PRIMARY KEY (conference_sid, call_sid)
);
CREATE UNIQUE INDEX participants_label ON participants (conference_sid, label)
    WHERE label IS NOT NULL AND left_at IS NULL;
CREATE INDEX participants_due ON participants (status) WHERE left_at IS NULL;

-- TaskRouter v1 ------------------------------------------------------------------------------

CREATE TABLE workspaces (
    sid                    TEXT PRIMARY KEY,
    friendly_name          TEXT NOT NULL,
    default_activity_sid   TEXT,
    timeout_activity_sid   TEXT,
    event_callback_url     TEXT,
    multi_task_enabled     INTEGER NOT NULL DEFAULT 1,
    prioritize_queue_order TEXT NOT NULL DEFAULT 'FIFO',
    date_created           INTEGER NOT NULL,
    date_updated           INTEGER NOT NULL
);

CREATE TABLE activities (
    sid           TEXT PRIMARY KEY,
    workspace_sid TEXT NOT NULL REFERENCES workspaces (sid),
    friendly_name TEXT NOT NULL,
    available     INTEGER NOT NULL,
    date_created  INTEGER NOT NULL,
    date_updated  INTEGER NOT NULL
);

CREATE TABLE task_channels (
    sid                        TEXT PRIMARY KEY,
    workspace_sid              TEXT NOT NULL REFERENCES workspaces (sid),
    unique_name                TEXT NOT NULL,
    friendly_name              TEXT NOT NULL,
    channel_optimized_routing  INTEGER NOT NULL DEFAULT 0,
    date_created               INTEGER NOT NULL,
    date_updated               INTEGER NOT NULL
);

CREATE TABLE workers (
    sid                 TEXT PRIMARY KEY,
    workspace_sid       TEXT NOT NULL REFERENCES workspaces (sid),
    friendly_name       TEXT NOT NULL,
    activity_sid        TEXT NOT NULL REFERENCES activities (sid),
    attributes          TEXT NOT NULL DEFAULT '{}',
    date_created        INTEGER NOT NULL,
    date_updated        INTEGER NOT NULL,
    date_status_changed INTEGER NOT NULL,
    version             INTEGER NOT NULL DEFAULT 0,
    sim_behavior        TEXT NOT NULL DEFAULT 'answer', -- answer | reject | never
    sim_delay_ms        INTEGER NOT NULL DEFAULT 2000
);
CREATE INDEX workers_by_workspace ON workers (workspace_sid, friendly_name);

CREATE TABLE task_queues (
    sid                       TEXT PRIMARY KEY,
    workspace_sid             TEXT NOT NULL REFERENCES workspaces (sid),
    friendly_name             TEXT NOT NULL,
    target_workers            TEXT NOT NULL DEFAULT '1==1',
    task_order                TEXT NOT NULL DEFAULT 'FIFO',
    max_reserved_workers      INTEGER NOT NULL DEFAULT 1,
    assignment_activity_sid   TEXT,
    reservation_activity_sid  TEXT,
    date_created              INTEGER NOT NULL,
    date_updated              INTEGER NOT NULL
);
CREATE INDEX task_queues_by_workspace ON task_queues (workspace_sid, friendly_name);

CREATE TABLE workflows (
    sid                              TEXT PRIMARY KEY,
    workspace_sid                    TEXT NOT NULL REFERENCES workspaces (sid),
    friendly_name                    TEXT NOT NULL,
    configuration                    TEXT NOT NULL,
    assignment_callback_url          TEXT,
    fallback_assignment_callback_url TEXT,
    task_reservation_timeout         INTEGER NOT NULL DEFAULT 120,
    date_created                     INTEGER NOT NULL,
    date_updated                     INTEGER NOT NULL
);

CREATE TABLE tasks (
    sid                      TEXT PRIMARY KEY,
    workspace_sid            TEXT NOT NULL REFERENCES workspaces (sid),
    workflow_sid             TEXT,
    task_queue_sid           TEXT,
    task_channel_sid         TEXT,
    task_channel_unique_name TEXT,
    attributes               TEXT NOT NULL DEFAULT '{}',
    assignment_status        TEXT NOT NULL,   -- pending|reserved|assigned|wrapping|completed|canceled
    reason                   TEXT,
    priority                 INTEGER NOT NULL DEFAULT 0,
    timeout                  INTEGER NOT NULL DEFAULT 86400,
    task_queue_entered_date  INTEGER,
    date_created             INTEGER NOT NULL,
    date_updated             INTEGER NOT NULL,
    version                  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX tasks_by_status ON tasks (workspace_sid, assignment_status);
CREATE INDEX tasks_by_queue ON tasks (task_queue_sid, assignment_status);
-- The simulation looks at open tasks on every request (TTL, re-routing): keep that cheap.
CREATE INDEX tasks_open ON tasks (assignment_status, date_created);

CREATE TABLE reservations (
    sid                TEXT PRIMARY KEY,
    workspace_sid      TEXT NOT NULL REFERENCES workspaces (sid),
    task_sid           TEXT NOT NULL REFERENCES tasks (sid),
    worker_sid         TEXT NOT NULL REFERENCES workers (sid),
    reservation_status TEXT NOT NULL,  -- pending|accepted|rejected|timeout|canceled|rescinded|wrapping|completed
    respond_at         INTEGER,        -- when the simulated worker answers (NULL: never)
    reject             INTEGER NOT NULL DEFAULT 0,
    timeout_at         INTEGER NOT NULL,
    date_created       INTEGER NOT NULL,
    date_updated       INTEGER NOT NULL,
    version            INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX reservations_by_task ON reservations (task_sid);
CREATE INDEX reservations_pending ON reservations (reservation_status) WHERE reservation_status = 'pending';
-- Whether a worker is busy is asked for every candidate on every routing attempt.
CREATE INDEX reservations_by_worker ON reservations (worker_sid, reservation_status);

-- What happened to each queue and when; cumulative statistics are computed from these rows.
-- kind: entered|canceled|completed|deleted|moved|reservation_created|reservation_accepted|
--       reservation_rejected|reservation_timed_out|reservation_canceled|reservation_rescinded
CREATE TABLE queue_events (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    workspace_sid TEXT NOT NULL,
    queue_sid     TEXT NOT NULL,
    task_sid      TEXT,
    kind          TEXT NOT NULL,
    at_ms         INTEGER NOT NULL,
    wait_ms       INTEGER,
    task_channel  TEXT              -- unique name of the task's channel (NULL: not recorded)
);
CREATE INDEX queue_events_by_queue ON queue_events (queue_sid, at_ms);
-- The all-queues statistics list groups a whole workspace's window in one query.
CREATE INDEX queue_events_by_workspace ON queue_events (workspace_sid, at_ms);
