//! Webhooks: signed deliveries of the change feed to partners' URLs.
//!
//! - [`secrets`]: signing secrets, sealed with a key the database does not hold;
//! - [`signing`]: the Standard Webhooks headers and `v1` HMAC-SHA256 signature;
//! - [`ssrf`]: which URLs and addresses a delivery may go to;
//! - [`payload`]: the event as the contract says it, and the delivery's envelope;
//! - [`dispatcher`]: fan-out of the feed into deliveries, and sending them with retries.

pub mod dispatcher;
pub mod payload;
pub mod secrets;
pub mod signing;
pub mod ssrf;
