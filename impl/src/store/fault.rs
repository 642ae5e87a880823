//! What a database error means for the client: a bug of ours (500), or the database being
//! unavailable for a moment (503, retry), or a transaction the database aborted to settle a
//! conflict with a concurrent one (rerun it; 503 once the reruns are spent).
//!
//! The tables below are the only place that reads SQLSTATEs and SQLite result codes. Anything they
//! do not name stays a 500: a constraint we did not expect, a type mismatch, a syntax error are our
//! bugs, and a 503 would send clients into retrying a request that can never succeed.

use std::time::Duration;

use rand::Rng as _;

use crate::error::AppError;

/// What a database error is, as far as retrying goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatabaseFault {
    /// The database cannot be reached or cannot serve right now (connection refused, reset or
    /// terminated, shutting down or starting up, a read-only standby after failover, a statement
    /// timeout, no pool connection within the acquire timeout, SQLite busy or locked). The
    /// request may be retried later.
    Unavailable,
    /// The database aborted the transaction to resolve a conflict with a concurrent one
    /// (serialization failure 40001, deadlock 40P01). Running the whole transaction again is the
    /// documented remedy.
    Contention,
    /// Anything else: a bug of ours.
    Bug,
}

/// PostgreSQL SQLSTATEs that mean "unavailable". A class (two characters) covers all its codes.
const PG_UNAVAILABLE: &[&str] = &[
    "08",    // connection exception: refused, failure, does not exist, protocol violation
    "53",    // insufficient resources: too many connections, disk full, out of memory
    "57P01", // admin_shutdown: the server (or pg_terminate_backend) ended our session
    "57P02", // crash_shutdown: another backend crashed and the server is resetting
    "57P03", // cannot_connect_now: the server is starting up or shutting down
    "57014", // query_canceled: statement_timeout (or a cancel request)
    "25006", // read_only_sql_transaction: we are connected to a standby (failover in progress)
    "55P03", // lock_not_available: a lock wait timed out
    "58030", // io_error on the server
];

/// PostgreSQL SQLSTATEs that mean "rerun the transaction".
const PG_CONTENTION: &[&str] = &[
    "40001", // serialization_failure
    "40P01", // deadlock_detected
];

/// SQLite primary result codes (the low byte of the extended code) that mean "unavailable".
const SQLITE_UNAVAILABLE: &[i32] = &[
    5,  // SQLITE_BUSY (after busy_timeout ran out), and BUSY_RECOVERY / BUSY_SNAPSHOT / BUSY_TIMEOUT
    6,  // SQLITE_LOCKED
    10, // SQLITE_IOERR
    13, // SQLITE_FULL
    14, // SQLITE_CANTOPEN
];

/// Classifies a PostgreSQL SQLSTATE.
pub fn classify_sqlstate(sqlstate: &str) -> DatabaseFault {
    if PG_CONTENTION.contains(&sqlstate) {
        DatabaseFault::Contention
    } else if PG_UNAVAILABLE.iter().any(|code| match code.len() {
        2 => sqlstate.starts_with(code),
        _ => sqlstate == *code,
    }) {
        DatabaseFault::Unavailable
    } else {
        DatabaseFault::Bug
    }
}

/// Classifies an SQLite (extended) result code.
pub fn classify_sqlite_code(code: i32) -> DatabaseFault {
    if SQLITE_UNAVAILABLE.contains(&(code & 0xff)) {
        DatabaseFault::Unavailable
    } else {
        DatabaseFault::Bug
    }
}

/// Classifies any error sqlx returns.
pub fn classify(error: &sqlx::Error) -> DatabaseFault {
    match error {
        sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::WorkerCrashed => DatabaseFault::Unavailable,
        sqlx::Error::Database(database) => {
            let Some(code) = database.code() else {
                return DatabaseFault::Bug;
            };
            if database
                .try_downcast_ref::<sqlx::postgres::PgDatabaseError>()
                .is_some()
            {
                classify_sqlstate(&code)
            } else if database
                .try_downcast_ref::<sqlx::sqlite::SqliteError>()
                .is_some()
            {
                code.parse()
                    .map_or(DatabaseFault::Bug, classify_sqlite_code)
            } else {
                DatabaseFault::Bug
            }
        }
        _ => DatabaseFault::Bug,
    }
}

/// Database errors become 503 (`unavailable`, with `Retry-After`) when the database is
/// unavailable or aborted the transaction for contention, 500 otherwise. The cause is logged.
impl From<sqlx::Error> for AppError {
    fn from(error: sqlx::Error) -> Self {
        match classify(&error) {
            DatabaseFault::Unavailable => {
                tracing::warn!(error = %error, "database unavailable");
                AppError::Unavailable(error.to_string())
            }
            DatabaseFault::Contention => {
                tracing::info!(error = %error, "transaction aborted for contention");
                AppError::Contention(error.to_string())
            }
            DatabaseFault::Bug => {
                AppError::Internal(anyhow::Error::new(error).context("database error"))
            }
        }
    }
}

/// How many times [`super::Store::write`] runs a transaction that keeps being aborted for
/// contention before answering 503.
pub const WRITE_ATTEMPTS: u32 = 3;

/// The pause before attempt `attempt + 1` (`attempt` counted from 1): 10 ms doubled per attempt,
/// with full jitter, so that the transactions that collided do not collide again in step.
pub fn backoff(attempt: u32) -> Duration {
    let ceiling_ms = 10u64 << attempt.min(6);
    Duration::from_millis(rand::thread_rng().gen_range(1..=ceiling_ms))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlstates_of_an_unreachable_or_restarting_database_are_unavailable() {
        for sqlstate in [
            "08000", "08001", "08003", "08004", "08006", "08P01", "57P01", "57P02", "57P03",
            "57014", "25006", "53300", "53100", "55P03", "58030",
        ] {
            assert_eq!(
                classify_sqlstate(sqlstate),
                DatabaseFault::Unavailable,
                "{sqlstate}"
            );
        }
    }

    #[test]
    fn serialization_failures_and_deadlocks_are_contention() {
        assert_eq!(classify_sqlstate("40001"), DatabaseFault::Contention);
        assert_eq!(classify_sqlstate("40P01"), DatabaseFault::Contention);
    }

    #[test]
    fn constraint_and_programming_errors_stay_bugs() {
        for sqlstate in [
            "23505", // unique_violation (the store maps the ones it expects itself)
            "23503", // foreign_key_violation
            "42601", // syntax_error
            "42P01", // undefined_table
            "22P02", // invalid_text_representation
            "40002", // transaction_integrity_constraint_violation: not a rerun
            "57000", // operator_intervention without a code we know
            "XX000", // internal_error
            "",
        ] {
            assert_eq!(
                classify_sqlstate(sqlstate),
                DatabaseFault::Bug,
                "{sqlstate}"
            );
        }
    }

    #[test]
    fn sqlite_busy_locked_and_io_codes_are_unavailable_with_their_extended_forms() {
        for code in [5, 261, 517, 773, 6, 262, 518, 10, 266, 13, 14] {
            assert_eq!(
                classify_sqlite_code(code),
                DatabaseFault::Unavailable,
                "{code}"
            );
        }
        for code in [1, 19, 2067, 1555, 787, 20] {
            assert_eq!(classify_sqlite_code(code), DatabaseFault::Bug, "{code}");
        }
    }

    #[test]
    fn pool_and_connection_errors_are_unavailable() {
        assert_eq!(
            classify(&sqlx::Error::PoolTimedOut),
            DatabaseFault::Unavailable
        );
        assert_eq!(
            classify(&sqlx::Error::PoolClosed),
            DatabaseFault::Unavailable
        );
        let reset = std::io::Error::from(std::io::ErrorKind::ConnectionReset);
        assert_eq!(
            classify(&sqlx::Error::Io(reset)),
            DatabaseFault::Unavailable
        );
        assert_eq!(classify(&sqlx::Error::RowNotFound), DatabaseFault::Bug);
    }

    #[test]
    fn unavailability_and_contention_answer_503_and_bugs_500() {
        let unavailable = AppError::from(sqlx::Error::PoolTimedOut);
        assert_eq!(unavailable.status(), http::StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(unavailable.code(), "unavailable");
        let bug = AppError::from(sqlx::Error::RowNotFound);
        assert_eq!(bug.status(), http::StatusCode::INTERNAL_SERVER_ERROR);
    }

    #[test]
    fn backoff_is_short_and_jittered() {
        for attempt in 1..=WRITE_ATTEMPTS {
            let pause = backoff(attempt);
            assert!(pause >= Duration::from_millis(1), "{pause:?}");
            assert!(pause <= Duration::from_millis(80), "{pause:?}");
        }
    }
}
