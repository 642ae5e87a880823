//! The contract this service implements, embedded in the binary: the one text that the edge's
//! contract gate, the personal-data inventory and the tests compile.

pub const OPENAPI_YAML: &str = include_str!("../../api/openapi.yaml");
