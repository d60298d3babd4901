-- The booking model on SQLite. Instants are UTC ticks (INTEGER), provider-local wall-clock times are ISO text,
-- durations are whole seconds, ids are text. Double booking is prevented by serialized write transactions
-- (BEGIN IMMEDIATE) with an overlap check inside them. Appointments and their history are append-only.

CREATE TABLE users (
    id TEXT NOT NULL PRIMARY KEY,
    email TEXT NOT NULL,
    normalized_email TEXT NOT NULL,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CONSTRAINT ck_users_role CHECK (role IN ('Client', 'Provider', 'Admin')),
    is_active INTEGER NOT NULL,
    no_show_count INTEGER NOT NULL CONSTRAINT ck_users_no_show_count CHECK (no_show_count >= 0),
    is_blocked INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    version INTEGER NOT NULL
);

CREATE UNIQUE INDEX ux_users_normalized_email ON users (normalized_email);

CREATE TABLE provider_profiles (
    id TEXT NOT NULL PRIMARY KEY REFERENCES users (id),
    time_zone_id TEXT NOT NULL,
    description TEXT NOT NULL,
    default_appointment_length_seconds INTEGER NOT NULL CHECK (default_appointment_length_seconds > 0),
    slot_step_seconds INTEGER NOT NULL CHECK (slot_step_seconds > 0),
    minimum_notice_seconds INTEGER NOT NULL CHECK (minimum_notice_seconds >= 0),
    booking_window_days INTEGER NOT NULL CHECK (booking_window_days >= 0),
    buffer_before_seconds INTEGER NOT NULL CHECK (buffer_before_seconds >= 0),
    buffer_after_seconds INTEGER NOT NULL CHECK (buffer_after_seconds >= 0),
    hold_grace_period_seconds INTEGER NOT NULL CHECK (hold_grace_period_seconds > 0),
    cancellation_cutoff_seconds INTEGER NOT NULL CHECK (cancellation_cutoff_seconds >= 0),
    created_at INTEGER NOT NULL,
    version INTEGER NOT NULL
);

CREATE TABLE weekly_availability_rules (
    id TEXT NOT NULL PRIMARY KEY,
    provider_id TEXT NOT NULL REFERENCES provider_profiles (id),
    day INTEGER NOT NULL CHECK (day BETWEEN 0 AND 6),
    start_minute INTEGER NOT NULL,
    end_minute INTEGER NOT NULL,
    CONSTRAINT ck_weekly_availability_rules_range CHECK (start_minute >= 0 AND end_minute <= 1440 AND start_minute < end_minute)
);

CREATE INDEX ix_weekly_availability_rules_provider_day ON weekly_availability_rules (provider_id, day);

CREATE TABLE availability_exceptions (
    id TEXT NOT NULL PRIMARY KEY,
    provider_id TEXT NOT NULL REFERENCES provider_profiles (id),
    local_start TEXT NOT NULL,
    local_end TEXT NOT NULL,
    is_available INTEGER NOT NULL,
    reason TEXT NULL,
    CONSTRAINT ck_availability_exceptions_range CHECK (local_start < local_end)
);

CREATE INDEX ix_availability_exceptions_provider_start ON availability_exceptions (provider_id, local_start);

CREATE TABLE manual_slots (
    id TEXT NOT NULL PRIMARY KEY,
    provider_id TEXT NOT NULL REFERENCES provider_profiles (id),
    start_at INTEGER NOT NULL,
    end_at INTEGER NOT NULL,
    CONSTRAINT ck_manual_slots_range CHECK (start_at < end_at)
);

CREATE INDEX ix_manual_slots_provider_start ON manual_slots (provider_id, start_at);

CREATE TABLE appointments (
    id TEXT NOT NULL PRIMARY KEY,
    provider_id TEXT NOT NULL REFERENCES provider_profiles (id),
    client_id TEXT NOT NULL REFERENCES users (id),
    start_at INTEGER NOT NULL,
    end_at INTEGER NOT NULL,
    status TEXT NOT NULL CONSTRAINT ck_appointments_status
        CHECK (status IN ('Reserved', 'Confirmed', 'Cancelled', 'Expired', 'Completed', 'NoShow')),
    hold_expires_at INTEGER NULL,
    cancelled_by_id TEXT NULL REFERENCES users (id),
    cancellation_reason TEXT NULL,
    cancelled_at INTEGER NULL,
    rescheduled_from_id TEXT NULL REFERENCES appointments (id),
    notes TEXT NULL,
    idempotency_key TEXT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL,
    CONSTRAINT ck_appointments_range CHECK (start_at < end_at),
    CONSTRAINT ck_appointments_hold CHECK (status <> 'Reserved' OR hold_expires_at IS NOT NULL)
);

CREATE INDEX ix_appointments_provider_start ON appointments (provider_id, start_at);
CREATE INDEX ix_appointments_client_status ON appointments (client_id, status);
CREATE INDEX ix_appointments_status_hold_expires_at ON appointments (status, hold_expires_at);
CREATE INDEX ix_appointments_start ON appointments (start_at);
CREATE INDEX ix_appointments_rescheduled_from ON appointments (rescheduled_from_id) WHERE rescheduled_from_id IS NOT NULL;
CREATE UNIQUE INDEX ux_appointments_client_idempotency_key ON appointments (client_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

CREATE TABLE appointment_history (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    appointment_id TEXT NOT NULL REFERENCES appointments (id),
    changed_by_id TEXT NULL REFERENCES users (id),
    changed_at INTEGER NOT NULL,
    from_status TEXT NULL,
    to_status TEXT NOT NULL,
    reason TEXT NULL
);

CREATE INDEX ix_appointment_history_appointment ON appointment_history (appointment_id, id);

CREATE TRIGGER appointments_never_deleted BEFORE DELETE ON appointments
BEGIN
    SELECT RAISE(ABORT, 'DELETE on appointments is not allowed: booking records are append-only');
END;

CREATE TRIGGER appointment_history_no_update BEFORE UPDATE ON appointment_history
BEGIN
    SELECT RAISE(ABORT, 'UPDATE on appointment_history is not allowed: booking records are append-only');
END;

CREATE TRIGGER appointment_history_no_delete BEFORE DELETE ON appointment_history
BEGIN
    SELECT RAISE(ABORT, 'DELETE on appointment_history is not allowed: booking records are append-only');
END;
