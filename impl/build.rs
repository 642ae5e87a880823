//! `sqlx::migrate!` embeds `migrations/` at compile time, but on stable Rust a proc macro cannot tell
//! cargo which files it read: without this, an added or renamed migration would not rebuild the crate.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
