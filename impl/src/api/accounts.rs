//! Accounts: companies opportunities and contacts belong to.

use opportunity_api::models::{self, AccountSort};
use opportunity_api::{
    CreateAccountResponse, DeleteAccountResponse, GetAccountResponse, ListAccountsResponse,
    UpdateAccountResponse,
};
use swagger::ApiError;

use super::{actor, finish, nullable, patched, stored, tags, ApiImpl};
use crate::domain::{etag, not_modified, Precondition};
use crate::error::AppError;
use crate::http::context::RequestContext;
use crate::store::accounts::{
    AccountFields, AccountOrder, AccountPatch, AccountQuery, AccountRecord,
};
use crate::store::{from_datetime, page, to_datetime};

pub(super) fn account(record: AccountRecord) -> Result<models::Account, AppError> {
    Ok(models::Account {
        id: stored::uuid("accounts.id", &record.id)?,
        tags: stored::strings("accounts.tags", &record.tags)?,
        name: record.name,
        domain: nullable(record.domain),
        industry: nullable(record.industry),
        country: nullable(record.country),
        employee_count: nullable(record.employee_count),
        external_id: nullable(record.external_id),
        created_at: to_datetime(record.created_at),
        updated_at: to_datetime(record.updated_at),
        version: record.version,
    })
}

pub(super) async fn create_account(
    api: &ApiImpl,
    account_create: models::AccountCreate,
    _idempotency_key: Option<String>,
    context: &RequestContext,
) -> Result<CreateAccountResponse, ApiError> {
    let outcome = async {
        let fields = AccountFields {
            name: account_create.name,
            domain: account_create.domain,
            industry: account_create.industry,
            country: account_create.country,
            employee_count: account_create.employee_count,
            external_id: account_create.external_id,
            tags: account_create.tags.map(tags).unwrap_or_default(),
        };
        let record = api.store().create_account(&actor(context)?, fields).await?;
        Ok(CreateAccountResponse::Created {
            e_tag: etag(record.version),
            location: format!("/v1/accounts/{}", record.id),
            body: account(record)?,
        })
    }
    .await;
    finish(context, outcome, CreateAccountResponse::from_problem)
}

pub(super) async fn list_accounts(
    api: &ApiImpl,
    limit: Option<u32>,
    cursor: Option<String>,
    q: Option<String>,
    updated_since: Option<chrono::DateTime<chrono::Utc>>,
    sort: Option<models::AccountSort>,
    context: &RequestContext,
) -> Result<ListAccountsResponse, ApiError> {
    let outcome = async {
        let order = match sort.unwrap_or(AccountSort::CreatedAtDesc) {
            AccountSort::NameAsc => AccountOrder::Name { descending: false },
            AccountSort::NameDesc => AccountOrder::Name { descending: true },
            AccountSort::CreatedAtAsc => AccountOrder::CreatedAt { descending: false },
            AccountSort::CreatedAtDesc => AccountOrder::CreatedAt { descending: true },
            AccountSort::UpdatedAtAsc => AccountOrder::UpdatedAt { descending: false },
            AccountSort::UpdatedAtDesc => AccountOrder::UpdatedAt { descending: true },
        };
        let page = api
            .store()
            .list_accounts(AccountQuery {
                limit: page::limit(limit),
                cursor,
                text: q,
                updated_since: updated_since.as_ref().map(from_datetime),
                order,
            })
            .await?;
        Ok(ListAccountsResponse::Ok(models::AccountPage {
            data: page
                .rows
                .into_iter()
                .map(account)
                .collect::<Result<_, _>>()?,
            next_cursor: nullable(page.next_cursor),
        }))
    }
    .await;
    finish(context, outcome, ListAccountsResponse::from_problem)
}

pub(super) async fn delete_account(
    api: &ApiImpl,
    account_id: uuid::Uuid,
    if_match: String,
    context: &RequestContext,
) -> Result<DeleteAccountResponse, ApiError> {
    let outcome = async {
        let precondition = Precondition::from_if_match(&if_match);
        api.store()
            .delete_account(&actor(context)?, &account_id.to_string(), precondition)
            .await?;
        Ok(DeleteAccountResponse::NoContent)
    }
    .await;
    finish(context, outcome, DeleteAccountResponse::from_problem)
}

pub(super) async fn get_account(
    api: &ApiImpl,
    account_id: uuid::Uuid,
    if_none_match: Option<String>,
    context: &RequestContext,
) -> Result<GetAccountResponse, ApiError> {
    let outcome = async {
        let record = api.store().account(&account_id.to_string()).await?;
        if not_modified(if_none_match.as_deref(), record.version) {
            return Ok(GetAccountResponse::NotModified {
                e_tag: etag(record.version),
            });
        }
        Ok(GetAccountResponse::Ok {
            e_tag: etag(record.version),
            body: account(record)?,
        })
    }
    .await;
    finish(context, outcome, GetAccountResponse::from_problem)
}

pub(super) async fn update_account(
    api: &ApiImpl,
    account_id: uuid::Uuid,
    if_match: String,
    account_patch: models::AccountPatch,
    context: &RequestContext,
) -> Result<UpdateAccountResponse, ApiError> {
    let outcome = async {
        let precondition = Precondition::from_if_match(&if_match);
        let patch = AccountPatch {
            name: account_patch.name,
            domain: patched(account_patch.domain),
            industry: patched(account_patch.industry),
            country: patched(account_patch.country),
            employee_count: patched(account_patch.employee_count),
            external_id: patched(account_patch.external_id),
            tags: account_patch.tags.map(tags),
        };
        let record = api
            .store()
            .update_account(
                &actor(context)?,
                &account_id.to_string(),
                precondition,
                patch,
            )
            .await?;
        Ok(UpdateAccountResponse::Ok {
            e_tag: etag(record.version),
            body: account(record)?,
        })
    }
    .await;
    finish(context, outcome, UpdateAccountResponse::from_problem)
}
