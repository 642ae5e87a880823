//! Reading the generated client's answers: each operation returns an enum with one variant per
//! declared response, and a step expects one of them.

/// The value `$pattern` binds in `$response`; a panic showing the whole answer otherwise.
#[macro_export]
macro_rules! expect_response {
    ($response:expr, $pattern:pat => $value:expr $(,)?) => {
        match $response {
            $pattern => $value,
            other => panic!("expected {}, got {other:?}", stringify!($pattern)),
        }
    };
}

/// The problem of a `$variant(problem)` answer, asserted to carry `$code`.
#[macro_export]
macro_rules! expect_problem {
    ($response:expr, $variant:path, $code:expr $(,)?) => {
        match $response {
            $variant(problem) => {
                assert_eq!(problem.code, $code, "problem: {problem:?}");
                assert!(!problem.request_id.is_empty(), "problem: {problem:?}");
                problem
            }
            other => panic!(
                "expected {} with code {}, got {other:?}",
                stringify!($variant),
                $code
            ),
        }
    };
}

/// The JSON pointers of a problem's field errors.
pub fn pointers(problem: &opportunity_api::models::Problem) -> Vec<String> {
    problem
        .errors
        .iter()
        .flatten()
        .map(|error| error.pointer.clone())
        .collect()
}
