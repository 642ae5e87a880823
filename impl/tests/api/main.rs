//! The behavioural suite: the real server on a random port, a fresh database per test, and the
//! client openapi-generator generates from the same contract. Every scenario runs on SQLite and on
//! PostgreSQL (`DATABASE_URL_PG`); neither is ever skipped.

mod expect;
mod helpers;
mod sales;

mod accounts;
mod admission;
mod audit;
mod auth;
mod connections;
mod contacts;
mod database_faults;
mod edge;
mod events;
mod gdpr;
mod gdpr_erasure;
mod idempotency;
mod layers;
mod line_items;
mod notes;
mod opportunities;
mod opportunity_batches;
mod opportunity_lifecycle;
mod opportunity_lists;
mod partners;
mod pipelines;
mod query_plans;
mod report_totals;
mod reports;
mod retention;
mod webhooks;
