//! The Opportunity Management Service: the hand-written implementation of `api/openapi.yaml`.
//!
//! Requests flow one way: [`http`] (the edge: contract gate, authentication, problems) → the
//! generated server → [`api`] (one file per contract tag) → [`domain`] (rules, no I/O) and
//! [`store`] (PostgreSQL or SQLite).

pub mod api;
pub mod auth;
pub mod aws;
pub mod config;
pub mod contract_text;
pub mod domain;
pub mod error;
pub mod http;
pub mod inventory;
pub mod lambda;
pub mod metrics;
pub mod server;
pub mod store;
pub mod telemetry;
pub mod webhooks;
