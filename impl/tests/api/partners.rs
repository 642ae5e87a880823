//! Partners' servers: OAuth 2.0 client-credentials tokens with the claim set Cognito issues,
//! signed by a key the service fetches from a JWKS. The scope matrix is generated from the
//! contract: every operation, called by each scope alone, by a client without any of our scopes,
//! and by users of each role, gets what its `security` and `x-roles` promise.

use opportunity_service::auth::{DevIssuer, Scope};
use opportunity_service::http::contract::{Contract, Operation};
use opportunity_service::server::OPENAPI_YAML;
use serde_json::{json, Value};

use crate::auth::{JwksServer, CLIENT, ISSUER};
use crate::helpers::{shared_issuer, Backend, RawResponse, TestApp};
use crate::on_both_stores;

on_both_stores!(
    every_operation_answers_each_scope_and_role_as_the_contract_promises,
    scope_claims_are_parsed_exactly_and_groups_of_clients_are_ignored,
    disabled_unlisted_and_id_tokens_are_not_clients,
    a_client_owns_what_it_creates_and_the_audit_log_names_it,
    each_client_has_its_own_rate_limit_budget,
);

/// The resource server identifier the tests configure (not the default, so that the default is
/// not what makes a scope count).
const RESOURCE_SERVER: &str = "https://api.partners-test.example.net/opportunities";
const PARTNER_A: &str = "4mq9partnera7k2";
const PARTNER_B: &str = "5nr0partnerb8l3";
const DISABLED: &str = "6os1partneroff9";
const UNLISTED: &str = "7pt2stranger0n5";

/// A service trusting the test JWKS, with PARTNER_A, PARTNER_B and DISABLED as partner clients and
/// DISABLED cut off.
struct Partners {
    app: TestApp,
    issuer: DevIssuer,
    _jwks: JwksServer,
}

impl Partners {
    async fn spawn(backend: Backend, more: &[&str]) -> Partners {
        let issuer = shared_issuer();
        let jwks = JwksServer::start(issuer.jwks()).await;
        let clients = format!("{PARTNER_A},{PARTNER_B},{DISABLED}");
        let mut settings = vec![
            "--environment",
            "production",
            "--token-issuer",
            ISSUER,
            "--token-client-id",
            CLIENT,
            "--jwks-url",
            &jwks.url,
            "--oauth-resource-server",
            RESOURCE_SERVER,
            "--oauth-client-ids",
            &clients,
            "--oauth-disabled-client-ids",
            DISABLED,
        ];
        settings.extend_from_slice(more);
        let app = TestApp::spawn_with(backend, &settings).await;
        Partners {
            app,
            issuer,
            _jwks: jwks,
        }
    }

    /// A client-credentials access token exactly as Cognito issues it: these claims and no others
    /// (<https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html>).
    fn client_token(&self, client_id: &str, scope: &str) -> String {
        self.sign(json!({
            "sub": client_id,
            "token_use": "access",
            "scope": scope,
            "auth_time": now(),
            "iss": ISSUER,
            "exp": now() + 600,
            "iat": now(),
            "version": 2,
            "jti": uuid::Uuid::new_v4().to_string(),
            "client_id": client_id,
        }))
    }

    /// A client token with our scopes (short names) prefixed as Cognito does.
    fn client_with(&self, client_id: &str, scopes: &[Scope]) -> String {
        let scope: Vec<String> = scopes
            .iter()
            .map(|scope| format!("{RESOURCE_SERVER}/{scope}"))
            .collect();
        self.client_token(client_id, &scope.join(" "))
    }

    /// A user's access token of the users' app client, as Cognito issues it after a sign-in.
    fn user_token(&self, subject: &str, groups: &[&str]) -> String {
        self.sign(json!({
            "sub": subject,
            "cognito:groups": groups,
            "iss": ISSUER,
            "version": 2,
            "client_id": CLIENT,
            "origin_jti": uuid::Uuid::new_v4().to_string(),
            "token_use": "access",
            "scope": "aws.cognito.signin.user.admin",
            "auth_time": now(),
            "exp": now() + 600,
            "iat": now(),
            "jti": uuid::Uuid::new_v4().to_string(),
            "username": subject,
        }))
    }

    fn sign(&self, claims: Value) -> String {
        self.issuer.sign(&claims).expect("a token")
    }

    async fn call(
        &self,
        token: &str,
        method: &str,
        path: &str,
        body: Option<&Value>,
    ) -> RawResponse {
        let bearer = format!("Bearer {token}");
        let mut headers = vec![("authorization", bearer.as_str())];
        let text = body.map(Value::to_string);
        if text.is_some() {
            headers.push(("content-type", "application/json"));
        }
        self.app.raw(method, path, &headers, text.as_deref()).await
    }
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// The operation's path with a fresh value for each `{parameter}`: nothing of the test's exists,
/// so an admitted call ends in 404, 400, 422 or 428, never in a change.
fn concrete_path(operation: &Operation) -> String {
    operation
        .path
        .split('/')
        .map(|segment| {
            if segment.starts_with('{') {
                uuid::Uuid::new_v4().to_string()
            } else {
                segment.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// The statuses the contract declares for `operation`.
fn declared_statuses(document: &serde_yaml::Value, operation: &Operation) -> Vec<u16> {
    let responses = &document["paths"][operation.path.as_str()]
        [operation.method.as_str().to_lowercase().as_str()]["responses"];
    responses
        .as_mapping()
        .expect("responses")
        .keys()
        .filter_map(|status| status.as_str().and_then(|status| status.parse().ok()))
        .collect()
}

/// Who calls in the matrix.
#[derive(Debug, Clone, Copy)]
enum Caller {
    ClientWith(Option<Scope>),
    User(&'static str),
}

async fn every_operation_answers_each_scope_and_role_as_the_contract_promises(backend: Backend) {
    let partners = Partners::spawn(backend, &[]).await;
    let contract = Contract::load(OPENAPI_YAML).expect("the contract");
    let document: serde_yaml::Value = serde_yaml::from_str(OPENAPI_YAML).expect("YAML");
    let mut callers: Vec<Caller> = Scope::ALL
        .into_iter()
        .map(|scope| Caller::ClientWith(Some(scope)))
        .collect();
    callers.push(Caller::ClientWith(None));
    callers.extend([
        Caller::User("SalesManager"),
        Caller::User("Admin"),
        Caller::User("Nobody"),
    ]);
    let mut checked = 0;
    for caller in callers {
        let token = match caller {
            // A client without our scopes: Cognito issues only scopes of resource servers, here
            // one of another's.
            Caller::ClientWith(None) => {
                partners.client_token(PARTNER_A, "https://other.example.net/opportunities.read")
            }
            Caller::ClientWith(Some(scope)) => partners.client_with(PARTNER_A, &[scope]),
            Caller::User(group) => partners.user_token(&format!("user-{group}"), &[group]),
        };
        for operation in contract.operations().filter(|op| !op.public) {
            let allowed = match caller {
                Caller::ClientWith(scope) => {
                    operation.scopes.iter().all(|needed| Some(*needed) == scope)
                }
                Caller::User(group) => operation.roles.iter().any(|role| role == group),
            };
            let body = operation.takes_body().then(|| json!({}));
            let path = concrete_path(operation);
            let answer = partners
                .call(&token, operation.method.as_str(), &path, body.as_ref())
                .await;
            let what = format!("{caller:?} {} {}", operation.method, operation.id);
            assert!(
                declared_statuses(&document, operation).contains(&answer.status),
                "{what}: {} is not a status the contract declares",
                answer.status
            );
            if allowed {
                assert!(
                    ![401, 403].contains(&answer.status),
                    "{what} must be admitted: {} {}",
                    answer.status,
                    String::from_utf8_lossy(&answer.body)
                );
            } else {
                let problem = answer.assert_problem(403, "forbidden");
                let detail = problem["detail"].as_str().expect("a detail");
                match caller {
                    Caller::ClientWith(_) => {
                        let needed = operation.scopes[0].as_str();
                        assert!(detail.contains(needed), "{what}: {detail}");
                    }
                    Caller::User(_) => assert!(detail.contains("roles"), "{what}: {detail}"),
                }
            }
            checked += 1;
        }
    }
    assert!(
        checked >= 8 * 49,
        "every operation for every caller ({checked})"
    );
}

async fn scope_claims_are_parsed_exactly_and_groups_of_clients_are_ignored(backend: Backend) {
    let partners = Partners::spawn(backend, &[]).await;
    let audit = "/v1/audit-events";
    let admin = format!("{RESOURCE_SERVER}/opportunities.admin");
    // Each grants nothing: the exact `<identifier>/<scope>` is required, entries are split at
    // spaces only, and names are case-sensitive.
    for scope in [
        format!("{admin}\t"),
        format!("{admin}\u{a0}"),
        format!("{RESOURCE_SERVER}/ opportunities.admin"),
        format!("{RESOURCE_SERVER}/OPPORTUNITIES.ADMIN"),
        format!("{RESOURCE_SERVER}/Opportunities.Admin"),
        "https://other.example.net/opportunities/opportunities.admin".to_owned(),
        format!("{RESOURCE_SERVER}opportunities.admin"),
        format!("{RESOURCE_SERVER}//opportunities.admin"),
        format!("{admin}/x"),
        format!("{}/opportunities.admin", RESOURCE_SERVER.to_uppercase()),
        "opportunities.admin".to_owned(),
        format!("{RESOURCE_SERVER}/opportunities.admin,{RESOURCE_SERVER}/opportunities.read"),
    ] {
        let token = partners.client_token(PARTNER_A, &scope);
        let problem = partners
            .call(&token, "GET", audit, None)
            .await
            .assert_problem(403, "forbidden");
        assert!(
            problem["detail"]
                .as_str()
                .is_some_and(|detail| detail.contains("opportunities.admin")),
            "{scope:?}: {problem}"
        );
    }
    // Spaces separate entries, however many.
    let token = partners.client_token(
        PARTNER_A,
        &format!(" {RESOURCE_SERVER}/opportunities.read  {admin} "),
    );
    assert_eq!(partners.call(&token, "GET", audit, None).await.status, 200);

    // A client's `cognito:groups` gives it no role, whatever it says.
    let mut claims = json!({
        "sub": PARTNER_A, "client_id": PARTNER_A, "token_use": "access",
        "scope": format!("{RESOURCE_SERVER}/opportunities.read"),
        "cognito:groups": ["Admin", "SalesManager"],
        "iss": ISSUER, "iat": now(), "exp": now() + 600, "auth_time": now(), "version": 2,
        "jti": uuid::Uuid::new_v4().to_string(),
    });
    let forged = partners.sign(claims.clone());
    assert_eq!(
        partners
            .call(&forged, "GET", "/v1/accounts", None)
            .await
            .status,
        200
    );
    let body = json!({"name": "Forged Ltd"});
    partners
        .call(&forged, "POST", "/v1/accounts", Some(&body))
        .await
        .assert_problem(403, "forbidden");
    partners
        .call(&forged, "GET", audit, None)
        .await
        .assert_problem(403, "forbidden");
    // And a user's scopes give a user nothing: users are authorised by roles.
    claims["sub"] = json!("a-user");
    claims["username"] = json!("a-user");
    claims["client_id"] = json!(CLIENT);
    claims["cognito:groups"] = json!([]);
    claims["scope"] = json!(format!("{admin} {RESOURCE_SERVER}/opportunities.read"));
    let user_with_scopes = partners.sign(claims);
    partners
        .call(&user_with_scopes, "GET", "/v1/accounts", None)
        .await
        .assert_problem(403, "forbidden");
}

async fn disabled_unlisted_and_id_tokens_are_not_clients(backend: Backend) {
    let partners = Partners::spawn(backend, &[]).await;
    let read = [Scope::Read];
    let refused = |answer: RawResponse, reason: &str| {
        let problem = answer.assert_problem(401, "invalid_token");
        assert!(
            problem["detail"]
                .as_str()
                .is_some_and(|detail| detail.contains(reason)),
            "{problem}"
        );
        assert!(answer
            .header("www-authenticate")
            .is_some_and(|challenge| challenge.contains("invalid_token")));
    };
    let disabled = partners.client_with(DISABLED, &read);
    refused(
        partners.call(&disabled, "GET", "/v1/accounts", None).await,
        "disabled",
    );
    let stranger = partners.client_with(UNLISTED, &read);
    refused(
        partners.call(&stranger, "GET", "/v1/accounts", None).await,
        "another client",
    );
    // The users' app client is not a partner client either.
    let users_client = partners.client_with(CLIENT, &read);
    refused(
        partners
            .call(&users_client, "GET", "/v1/accounts", None)
            .await,
        "another client",
    );
    // An id token shaped like a client's (sub = aud = a partner client, its scopes) is an id token.
    let id_token = partners.sign(json!({
        "sub": PARTNER_A, "aud": PARTNER_A, "client_id": PARTNER_A, "token_use": "id",
        "scope": format!("{RESOURCE_SERVER}/opportunities.read"),
        "iss": ISSUER, "iat": now(), "exp": now() + 600, "auth_time": now(),
        "jti": uuid::Uuid::new_v4().to_string(),
    }));
    refused(
        partners.call(&id_token, "GET", "/v1/accounts", None).await,
        "not an access token",
    );
    // The listed, enabled client is let in with the same token shape.
    let listed = partners.client_with(PARTNER_A, &read);
    assert_eq!(
        partners
            .call(&listed, "GET", "/v1/accounts", None)
            .await
            .status,
        200
    );
}

async fn a_client_owns_what_it_creates_and_the_audit_log_names_it(backend: Backend) {
    let partners = Partners::spawn(backend, &[]).await;
    let writer_a = partners.client_with(PARTNER_A, &[Scope::Read, Scope::Write]);
    let writer_b = partners.client_with(PARTNER_B, &[Scope::Read, Scope::Write]);
    let admin_b = partners.client_with(PARTNER_B, &[Scope::Write, Scope::Admin]);
    let sales = partners.user_token("sales-1", &["SalesManager"]);
    let admin = partners.user_token("admin-1", &["Admin"]);

    let account = partners
        .call(
            &writer_a,
            "POST",
            "/v1/accounts",
            Some(&json!({"name": "Partner Co"})),
        )
        .await;
    assert_eq!(
        account.status,
        201,
        "{}",
        String::from_utf8_lossy(&account.body)
    );
    let account_id = account.json()["id"].as_str().expect("an id").to_owned();
    let created = partners
        .call(
            &writer_a,
            "POST",
            "/v1/opportunities",
            Some(&json!({"name": "Partner deal", "account_id": account_id, "currency": "EUR"})),
        )
        .await;
    assert_eq!(
        created.status,
        201,
        "{}",
        String::from_utf8_lossy(&created.body)
    );
    let opportunity = created.json();
    assert_eq!(opportunity["owner_id"], PARTNER_A, "the client owns it");
    let path = format!(
        "/v1/opportunities/{}",
        opportunity["id"].as_str().expect("an id")
    );
    let change = json!({"next_step": "Call back"});
    let patch = |token: &str| {
        let bearer = format!("Bearer {token}");
        let (path, change, app) = (path.clone(), change.to_string(), &partners.app);
        async move {
            app.raw(
                "PATCH",
                &path,
                &[
                    ("authorization", &bearer),
                    ("content-type", "application/merge-patch+json"),
                    ("if-match", "*"),
                ],
                Some(&change),
            )
            .await
        }
    };
    // Another client with write only, and a Sales Manager, may not change it.
    patch(&writer_b).await.assert_problem(403, "forbidden");
    patch(&sales).await.assert_problem(403, "forbidden");
    // Its owner may; so may a client with the admin scope beside write.
    assert_eq!(patch(&writer_a).await.status, 200);
    assert_eq!(patch(&admin_b).await.status, 200);

    let events = partners
        .call(
            &admin,
            "GET",
            &format!(
                "/v1/audit-events?resource_id={}",
                opportunity["id"].as_str().expect("id")
            ),
            None,
        )
        .await;
    assert_eq!(events.status, 200);
    let actors: Vec<(String, String, String)> = events.json()["data"]
        .as_array()
        .expect("events")
        .iter()
        .map(|event| {
            (
                event["action"].as_str().expect("action").to_owned(),
                event["actor_id"].as_str().expect("actor").to_owned(),
                event["actor_kind"].as_str().expect("kind").to_owned(),
            )
        })
        .collect();
    assert!(
        actors.contains(&(
            "create".to_owned(),
            PARTNER_A.to_owned(),
            "client".to_owned()
        )),
        "{actors:?}"
    );
    assert!(
        actors.contains(&(
            "update".to_owned(),
            PARTNER_B.to_owned(),
            "client".to_owned()
        )),
        "{actors:?}"
    );
    // A user's change is a user's.
    let admin_patch = patch(&admin).await;
    assert_eq!(admin_patch.status, 200);
    let events = partners
        .call(&admin, "GET", "/v1/audit-events?actor_id=admin-1", None)
        .await
        .json();
    assert!(events["data"]
        .as_array()
        .expect("events")
        .iter()
        .any(|event| event["actor_kind"] == "user"));
}

async fn each_client_has_its_own_rate_limit_budget(backend: Backend) {
    let partners = Partners::spawn(
        backend,
        &[
            "--client-rate-limits",
            &format!("{PARTNER_A}=1/3"),
            "--client-rate-limit-per-second",
            "1",
            "--client-rate-limit-burst",
            "5",
        ],
    )
    .await;
    let a = partners.client_with(PARTNER_A, &[Scope::Read]);
    let b = partners.client_with(PARTNER_B, &[Scope::Read]);
    let user = partners.user_token("sales-1", &["SalesManager"]);
    for remaining in (0..3).rev() {
        let answer = partners.call(&a, "GET", "/v1/pipelines", None).await;
        assert_eq!(answer.status, 200);
        assert_eq!(
            answer.header("ratelimit-limit"),
            Some("3"),
            "its own budget"
        );
        assert_eq!(
            answer.header("ratelimit-remaining"),
            Some(remaining.to_string().as_str())
        );
    }
    partners
        .call(&a, "GET", "/v1/pipelines", None)
        .await
        .assert_problem(429, "rate_limited");
    // Another client has the default budget, untouched by the first's.
    for _ in 0..5 {
        let answer = partners.call(&b, "GET", "/v1/pipelines", None).await;
        assert_eq!(answer.status, 200);
        assert_eq!(answer.header("ratelimit-limit"), Some("5"));
    }
    partners
        .call(&b, "GET", "/v1/pipelines", None)
        .await
        .assert_problem(429, "rate_limited");
    // Users are on their own budgets (500 by default).
    let answer = partners.call(&user, "GET", "/v1/pipelines", None).await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.header("ratelimit-limit"), Some("500"));
}
