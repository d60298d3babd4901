-- The booking model on PostgreSQL. Instants are timestamptz (UTC); provider-local wall-clock times are timestamp;
-- durations are whole seconds. Nothing is ever deleted: appointments and their history are append-only.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE users (
    id uuid PRIMARY KEY,
    email text NOT NULL,
    normalized_email text NOT NULL,
    display_name text NOT NULL,
    password_hash text NOT NULL,
    role text NOT NULL CONSTRAINT ck_users_role CHECK (role IN ('Client', 'Provider', 'Admin')),
    is_active boolean NOT NULL,
    no_show_count integer NOT NULL CONSTRAINT ck_users_no_show_count CHECK (no_show_count >= 0),
    is_blocked boolean NOT NULL,
    created_at timestamptz NOT NULL,
    version integer NOT NULL
);

CREATE UNIQUE INDEX ux_users_normalized_email ON users (normalized_email);

CREATE TABLE provider_profiles (
    id uuid PRIMARY KEY REFERENCES users (id),
    time_zone_id text NOT NULL,
    description text NOT NULL,
    default_appointment_length_seconds integer NOT NULL CHECK (default_appointment_length_seconds > 0),
    slot_step_seconds integer NOT NULL CHECK (slot_step_seconds > 0),
    minimum_notice_seconds integer NOT NULL CHECK (minimum_notice_seconds >= 0),
    booking_window_days integer NOT NULL CHECK (booking_window_days >= 0),
    buffer_before_seconds integer NOT NULL CHECK (buffer_before_seconds >= 0),
    buffer_after_seconds integer NOT NULL CHECK (buffer_after_seconds >= 0),
    hold_grace_period_seconds integer NOT NULL CHECK (hold_grace_period_seconds > 0),
    cancellation_cutoff_seconds integer NOT NULL CHECK (cancellation_cutoff_seconds >= 0),
    created_at timestamptz NOT NULL,
    version integer NOT NULL
);

CREATE TABLE weekly_availability_rules (
    id uuid PRIMARY KEY,
    provider_id uuid NOT NULL REFERENCES provider_profiles (id),
    day integer NOT NULL CHECK (day BETWEEN 0 AND 6),
    start_minute integer NOT NULL,
    end_minute integer NOT NULL,
    CONSTRAINT ck_weekly_availability_rules_range CHECK (start_minute >= 0 AND end_minute <= 1440 AND start_minute < end_minute)
);

CREATE INDEX ix_weekly_availability_rules_provider_day ON weekly_availability_rules (provider_id, day);

CREATE TABLE availability_exceptions (
    id uuid PRIMARY KEY,
    provider_id uuid NOT NULL REFERENCES provider_profiles (id),
    local_start timestamp without time zone NOT NULL,
    local_end timestamp without time zone NOT NULL,
    is_available boolean NOT NULL,
    reason text NULL,
    CONSTRAINT ck_availability_exceptions_range CHECK (local_start < local_end)
);

CREATE INDEX ix_availability_exceptions_provider_start ON availability_exceptions (provider_id, local_start);

CREATE TABLE manual_slots (
    id uuid PRIMARY KEY,
    provider_id uuid NOT NULL REFERENCES provider_profiles (id),
    start_at timestamptz NOT NULL,
    end_at timestamptz NOT NULL,
    CONSTRAINT ck_manual_slots_range CHECK (start_at < end_at)
);

CREATE INDEX ix_manual_slots_provider_start ON manual_slots (provider_id, start_at);

CREATE TABLE appointments (
    id uuid PRIMARY KEY,
    provider_id uuid NOT NULL REFERENCES provider_profiles (id),
    client_id uuid NOT NULL REFERENCES users (id),
    start_at timestamptz NOT NULL,
    end_at timestamptz NOT NULL,
    status text NOT NULL CONSTRAINT ck_appointments_status
        CHECK (status IN ('Reserved', 'Confirmed', 'Cancelled', 'Expired', 'Completed', 'NoShow')),
    hold_expires_at timestamptz NULL,
    cancelled_by_id uuid NULL REFERENCES users (id),
    cancellation_reason text NULL,
    cancelled_at timestamptz NULL,
    rescheduled_from_id uuid NULL REFERENCES appointments (id),
    notes text NULL,
    idempotency_key text NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    version integer NOT NULL,
    CONSTRAINT ck_appointments_range CHECK (start_at < end_at),
    CONSTRAINT ck_appointments_hold CHECK (status <> 'Reserved' OR hold_expires_at IS NOT NULL),
    -- The double-booking guarantee: no two active appointments of one provider overlap, whatever the application
    -- does. Holds that have lapsed are expired (in the reserving transaction) before they can block a new one.
    CONSTRAINT appointments_no_overlap EXCLUDE USING gist (
        provider_id WITH =,
        tstzrange(start_at, end_at, '[)') WITH &&
    ) WHERE (status IN ('Reserved', 'Confirmed'))
);

CREATE INDEX ix_appointments_provider_start ON appointments (provider_id, start_at);
CREATE INDEX ix_appointments_client_status ON appointments (client_id, status);
CREATE INDEX ix_appointments_status_hold_expires_at ON appointments (status, hold_expires_at);
CREATE INDEX ix_appointments_start ON appointments (start_at);
CREATE INDEX ix_appointments_rescheduled_from ON appointments (rescheduled_from_id) WHERE rescheduled_from_id IS NOT NULL;
CREATE UNIQUE INDEX ux_appointments_client_idempotency_key ON appointments (client_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

CREATE TABLE appointment_history (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    appointment_id uuid NOT NULL REFERENCES appointments (id),
    changed_by_id uuid NULL REFERENCES users (id),
    changed_at timestamptz NOT NULL,
    from_status text NULL,
    to_status text NOT NULL,
    reason text NULL
);

CREATE INDEX ix_appointment_history_appointment ON appointment_history (appointment_id, id);

CREATE FUNCTION booking_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% on % is not allowed: booking records are append-only', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER appointments_never_deleted BEFORE DELETE ON appointments
    FOR EACH ROW EXECUTE FUNCTION booking_refuse_change();
CREATE TRIGGER appointment_history_append_only BEFORE UPDATE OR DELETE ON appointment_history
    FOR EACH ROW EXECUTE FUNCTION booking_refuse_change();
