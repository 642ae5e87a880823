//! Back-pressure: the operations the contract marks `x-expensive` (the reports) run a bounded number
//! at a time; a request that cannot start at once is turned away with a retryable 503 instead of
//! queueing, and cheap operations are served beside them all the while.

use opportunity_service::auth::Role;

use crate::helpers::{Backend, TestApp};
use crate::on_both_stores;

on_both_stores!(reports_beyond_their_concurrency_get_503_overloaded_and_reads_still_pass);

async fn reports_beyond_their_concurrency_get_503_overloaded_and_reads_still_pass(
    backend: Backend,
) {
    let app = TestApp::spawn_with(
        backend,
        &[
            "--expensive-concurrency",
            "1",
            "--expensive-queue-ms",
            "0",
            "--rate-limit-burst",
            "100000",
        ],
    )
    .await;
    let app = std::sync::Arc::new(app);
    let auth = format!("Bearer {}", app.token("admin-1", &[Role::Admin]));
    let mut overloaded = 0;
    let mut served = 0;
    // Bursts of concurrent reports until one is turned away (the first burst almost always does).
    for _burst in 0..5 {
        let mut requests = Vec::new();
        for index in 0..40 {
            let app = std::sync::Arc::clone(&app);
            let auth = auth.clone();
            requests.push(tokio::spawn(async move {
                let (path, expensive) = match index % 3 {
                    0 => ("/v1/reports/pipeline-summary", true),
                    1 => ("/v1/reports/forecast", true),
                    _ => ("/v1/pipelines", false),
                };
                let response = app
                    .raw("GET", path, &[("authorization", auth.as_str())], None)
                    .await;
                (path, expensive, response)
            }));
        }
        for request in requests {
            let (path, expensive, response) = request.await.expect("the request task");
            match response.status {
                200 => served += 1,
                503 if expensive => {
                    response.assert_problem(503, "overloaded");
                    assert_eq!(
                        response.header("retry-after"),
                        Some("1"),
                        "{path}: a retryable answer says when"
                    );
                    overloaded += 1;
                }
                status => panic!(
                    "{path}: {status} {}",
                    String::from_utf8_lossy(&response.body)
                ),
            }
        }
        if overloaded > 0 {
            break;
        }
    }
    assert!(overloaded > 0, "no report was ever turned away");
    assert!(served > 0);
}
