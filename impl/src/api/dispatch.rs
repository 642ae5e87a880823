//! The generated `Api` trait, implemented by routing each operation to its tag's file. One trait
//! impl, so one file: Rust does not let an impl block be divided between files.

use async_trait::async_trait;
use opportunity_api::models;
use opportunity_api::*;
use swagger::ApiError;

use super::{
    accounts, audit, consents, contacts, events, gdpr, health, opportunities, pipelines, reports,
    webhooks, ApiImpl,
};
use crate::http::context::RequestContext;

#[async_trait]
impl Api<RequestContext> for ApiImpl {
    async fn create_account(
        &self,
        account_create: models::AccountCreate,
        idempotency_key: Option<String>,
        context: &RequestContext,
    ) -> Result<CreateAccountResponse, ApiError> {
        accounts::create_account(self, account_create, idempotency_key, context).await
    }

    async fn list_accounts(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        q: Option<String>,
        updated_since: Option<chrono::DateTime<chrono::Utc>>,
        sort: Option<models::AccountSort>,
        context: &RequestContext,
    ) -> Result<ListAccountsResponse, ApiError> {
        accounts::list_accounts(self, limit, cursor, q, updated_since, sort, context).await
    }

    async fn delete_account(
        &self,
        account_id: uuid::Uuid,
        if_match: String,
        context: &RequestContext,
    ) -> Result<DeleteAccountResponse, ApiError> {
        accounts::delete_account(self, account_id, if_match, context).await
    }

    async fn get_account(
        &self,
        account_id: uuid::Uuid,
        if_none_match: Option<String>,
        context: &RequestContext,
    ) -> Result<GetAccountResponse, ApiError> {
        accounts::get_account(self, account_id, if_none_match, context).await
    }

    async fn update_account(
        &self,
        account_id: uuid::Uuid,
        if_match: String,
        account_patch: models::AccountPatch,
        context: &RequestContext,
    ) -> Result<UpdateAccountResponse, ApiError> {
        accounts::update_account(self, account_id, if_match, account_patch, context).await
    }

    async fn list_audit_events(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        actor_id: Option<String>,
        resource_type: Option<models::ResourceType>,
        resource_id: Option<uuid::Uuid>,
        occurred_from: Option<chrono::DateTime<chrono::Utc>>,
        occurred_to: Option<chrono::DateTime<chrono::Utc>>,
        context: &RequestContext,
    ) -> Result<ListAuditEventsResponse, ApiError> {
        audit::list_audit_events(
            self,
            limit,
            cursor,
            actor_id,
            resource_type,
            resource_id,
            occurred_from,
            occurred_to,
            context,
        )
        .await
    }

    async fn create_webhook_subscription(
        &self,
        webhook_subscription_create: models::WebhookSubscriptionCreate,
        _idempotency_key: Option<String>,
        context: &RequestContext,
    ) -> Result<CreateWebhookSubscriptionResponse, ApiError> {
        webhooks::create_webhook_subscription(self, webhook_subscription_create, context).await
    }

    async fn list_webhook_subscriptions(
        &self,
        context: &RequestContext,
    ) -> Result<ListWebhookSubscriptionsResponse, ApiError> {
        webhooks::list_webhook_subscriptions(self, context).await
    }

    async fn delete_webhook_subscription(
        &self,
        subscription_id: uuid::Uuid,
        if_match: String,
        context: &RequestContext,
    ) -> Result<DeleteWebhookSubscriptionResponse, ApiError> {
        webhooks::delete_webhook_subscription(self, subscription_id, if_match, context).await
    }

    async fn get_webhook_subscription(
        &self,
        subscription_id: uuid::Uuid,
        context: &RequestContext,
    ) -> Result<GetWebhookSubscriptionResponse, ApiError> {
        webhooks::get_webhook_subscription(self, subscription_id, context).await
    }

    async fn list_webhook_deliveries(
        &self,
        subscription_id: uuid::Uuid,
        limit: Option<u32>,
        cursor: Option<uuid::Uuid>,
        context: &RequestContext,
    ) -> Result<ListWebhookDeliveriesResponse, ApiError> {
        webhooks::list_webhook_deliveries(self, subscription_id, limit, cursor, context).await
    }

    async fn redeliver_webhooks(
        &self,
        subscription_id: uuid::Uuid,
        redelivery_request: models::RedeliveryRequest,
        _idempotency_key: Option<String>,
        context: &RequestContext,
    ) -> Result<RedeliverWebhooksResponse, ApiError> {
        webhooks::redeliver_webhooks(self, subscription_id, redelivery_request, context).await
    }

    async fn rotate_webhook_secret(
        &self,
        subscription_id: uuid::Uuid,
        _idempotency_key: Option<String>,
        context: &RequestContext,
    ) -> Result<RotateWebhookSecretResponse, ApiError> {
        webhooks::rotate_webhook_secret(self, subscription_id, context).await
    }

    async fn send_test_webhook(
        &self,
        subscription_id: uuid::Uuid,
        _idempotency_key: Option<String>,
        context: &RequestContext,
    ) -> Result<SendTestWebhookResponse, ApiError> {
        webhooks::send_test_webhook(self, subscription_id, context).await
    }

    async fn update_webhook_subscription(
        &self,
        subscription_id: uuid::Uuid,
        if_match: String,
        webhook_subscription_patch: models::WebhookSubscriptionPatch,
        context: &RequestContext,
    ) -> Result<UpdateWebhookSubscriptionResponse, ApiError> {
        webhooks::update_webhook_subscription(
            self,
            subscription_id,
            if_match,
            webhook_subscription_patch,
            context,
        )
        .await
    }

    async fn list_change_events(
        &self,
        limit: Option<u32>,
        after: Option<String>,
        types: Option<String>,
        resource: Option<uuid::Uuid>,
        context: &RequestContext,
    ) -> Result<ListChangeEventsResponse, ApiError> {
        events::list_change_events(self, limit, after, types, resource, context).await
    }

    async fn create_contact(
        &self,
        contact_create: models::ContactCreate,
        idempotency_key: Option<String>,
        context: &RequestContext,
    ) -> Result<CreateContactResponse, ApiError> {
        contacts::create_contact(self, contact_create, idempotency_key, context).await
    }

    async fn list_contacts(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        q: Option<String>,
        updated_since: Option<chrono::DateTime<chrono::Utc>>,
        account_id: Option<uuid::Uuid>,
        context: &RequestContext,
    ) -> Result<ListContactsResponse, ApiError> {
        contacts::list_contacts(self, limit, cursor, q, updated_since, account_id, context).await
    }

    async fn delete_contact(
        &self,
        contact_id: uuid::Uuid,
        if_match: String,
        context: &RequestContext,
    ) -> Result<DeleteContactResponse, ApiError> {
        contacts::delete_contact(self, contact_id, if_match, context).await
    }

    async fn get_contact(
        &self,
        contact_id: uuid::Uuid,
        if_none_match: Option<String>,
        context: &RequestContext,
    ) -> Result<GetContactResponse, ApiError> {
        contacts::get_contact(self, contact_id, if_none_match, context).await
    }

    async fn update_contact(
        &self,
        contact_id: uuid::Uuid,
        if_match: String,
        contact_patch: models::ContactPatch,
        context: &RequestContext,
    ) -> Result<UpdateContactResponse, ApiError> {
        contacts::update_contact(self, contact_id, if_match, contact_patch, context).await
    }

    async fn get_contract(
        &self,
        context: &RequestContext,
    ) -> Result<GetContractResponse, ApiError> {
        health::get_contract(self, context).await
    }

    async fn erase_contact(
        &self,
        contact_id: uuid::Uuid,
        erasure_request: models::ErasureRequest,
        idempotency_key: Option<String>,
        context: &RequestContext,
    ) -> Result<EraseContactResponse, ApiError> {
        gdpr::erase_contact(self, contact_id, erasure_request, idempotency_key, context).await
    }

    async fn get_contact_consents(
        &self,
        contact_id: uuid::Uuid,
        context: &RequestContext,
    ) -> Result<GetContactConsentsResponse, ApiError> {
        consents::get_contact_consents(self, contact_id, context).await
    }

    async fn record_contact_consent(
        &self,
        contact_id: uuid::Uuid,
        consent_change: models::ConsentChange,
        idempotency_key: Option<String>,
        context: &RequestContext,
    ) -> Result<RecordContactConsentResponse, ApiError> {
        consents::record_contact_consent(self, contact_id, consent_change, idempotency_key, context)
            .await
    }

    async fn export_contact_data(
        &self,
        contact_id: uuid::Uuid,
        context: &RequestContext,
    ) -> Result<ExportContactDataResponse, ApiError> {
        gdpr::export_contact_data(self, contact_id, context).await
    }

    async fn place_legal_hold(
        &self,
        contact_id: uuid::Uuid,
        legal_hold_request: models::LegalHoldRequest,
        context: &RequestContext,
    ) -> Result<PlaceLegalHoldResponse, ApiError> {
        gdpr::place_legal_hold(self, contact_id, legal_hold_request, context).await
    }

    async fn release_legal_hold(
        &self,
        contact_id: uuid::Uuid,
        context: &RequestContext,
    ) -> Result<ReleaseLegalHoldResponse, ApiError> {
        gdpr::release_legal_hold(self, contact_id, context).await
    }

    async fn restrict_contact_processing(
        &self,
        contact_id: uuid::Uuid,
        restriction_request: models::RestrictionRequest,
        context: &RequestContext,
    ) -> Result<RestrictContactProcessingResponse, ApiError> {
        gdpr::restrict_contact_processing(self, contact_id, restriction_request, context).await
    }

    async fn unrestrict_contact_processing(
        &self,
        contact_id: uuid::Uuid,
        context: &RequestContext,
    ) -> Result<UnrestrictContactProcessingResponse, ApiError> {
        gdpr::unrestrict_contact_processing(self, contact_id, context).await
    }

    async fn get_liveness(
        &self,
        context: &RequestContext,
    ) -> Result<GetLivenessResponse, ApiError> {
        health::get_liveness(self, context).await
    }

    async fn get_readiness(
        &self,
        context: &RequestContext,
    ) -> Result<GetReadinessResponse, ApiError> {
        health::get_readiness(self, context).await
    }

    async fn batch_create_opportunities(
        &self,
        opportunity_batch_create: models::OpportunityBatchCreate,
        idempotency_key: Option<String>,
        context: &RequestContext,
    ) -> Result<BatchCreateOpportunitiesResponse, ApiError> {
        opportunities::batch_create_opportunities(
            self,
            opportunity_batch_create,
            idempotency_key,
            context,
        )
        .await
    }

    async fn batch_update_opportunities(
        &self,
        opportunity_batch_update: models::OpportunityBatchUpdate,
        idempotency_key: Option<String>,
        context: &RequestContext,
    ) -> Result<BatchUpdateOpportunitiesResponse, ApiError> {
        opportunities::batch_update_opportunities(
            self,
            opportunity_batch_update,
            idempotency_key,
            context,
        )
        .await
    }

    async fn create_opportunity(
        &self,
        opportunity_create: models::OpportunityCreate,
        idempotency_key: Option<String>,
        context: &RequestContext,
    ) -> Result<CreateOpportunityResponse, ApiError> {
        opportunities::create_opportunity(self, opportunity_create, idempotency_key, context).await
    }

    async fn list_opportunities<'a>(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        q: Option<String>,
        updated_since: Option<chrono::DateTime<chrono::Utc>>,
        status: Option<&'a Vec<models::OpportunityStatus>>,
        pipeline_id: Option<uuid::Uuid>,
        stage_id: Option<uuid::Uuid>,
        owner_id: Option<String>,
        account_id: Option<uuid::Uuid>,
        currency: Option<String>,
        close_date_from: Option<chrono::naive::NaiveDate>,
        close_date_to: Option<chrono::naive::NaiveDate>,
        amount_min: Option<String>,
        amount_max: Option<String>,
        sort: Option<models::OpportunitySort>,
        context: &RequestContext,
    ) -> Result<ListOpportunitiesResponse, ApiError> {
        opportunities::list_opportunities(
            self,
            limit,
            cursor,
            q,
            updated_since,
            status,
            pipeline_id,
            stage_id,
            owner_id,
            account_id,
            currency,
            close_date_from,
            close_date_to,
            amount_min,
            amount_max,
            sort,
            context,
        )
        .await
    }

    async fn create_line_item(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        line_item_create: models::LineItemCreate,
        idempotency_key: Option<String>,
        context: &RequestContext,
    ) -> Result<CreateLineItemResponse, ApiError> {
        opportunities::create_line_item(
            self,
            opportunity_id,
            if_match,
            line_item_create,
            idempotency_key,
            context,
        )
        .await
    }

    async fn create_note(
        &self,
        opportunity_id: uuid::Uuid,
        note_create: models::NoteCreate,
        idempotency_key: Option<String>,
        context: &RequestContext,
    ) -> Result<CreateNoteResponse, ApiError> {
        opportunities::create_note(self, opportunity_id, note_create, idempotency_key, context)
            .await
    }

    async fn delete_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        context: &RequestContext,
    ) -> Result<DeleteOpportunityResponse, ApiError> {
        opportunities::delete_opportunity(self, opportunity_id, if_match, context).await
    }

    async fn get_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        if_none_match: Option<String>,
        context: &RequestContext,
    ) -> Result<GetOpportunityResponse, ApiError> {
        opportunities::get_opportunity(self, opportunity_id, if_none_match, context).await
    }

    async fn list_line_items(
        &self,
        opportunity_id: uuid::Uuid,
        limit: Option<u32>,
        cursor: Option<String>,
        context: &RequestContext,
    ) -> Result<ListLineItemsResponse, ApiError> {
        opportunities::list_line_items(self, opportunity_id, limit, cursor, context).await
    }

    async fn list_notes(
        &self,
        opportunity_id: uuid::Uuid,
        limit: Option<u32>,
        cursor: Option<String>,
        context: &RequestContext,
    ) -> Result<ListNotesResponse, ApiError> {
        opportunities::list_notes(self, opportunity_id, limit, cursor, context).await
    }

    async fn list_stage_history(
        &self,
        opportunity_id: uuid::Uuid,
        limit: Option<u32>,
        cursor: Option<String>,
        context: &RequestContext,
    ) -> Result<ListStageHistoryResponse, ApiError> {
        opportunities::list_stage_history(self, opportunity_id, limit, cursor, context).await
    }

    async fn lose_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        lose_opportunity: models::LoseOpportunity,
        idempotency_key: Option<String>,
        context: &RequestContext,
    ) -> Result<LoseOpportunityResponse, ApiError> {
        opportunities::lose_opportunity(
            self,
            opportunity_id,
            if_match,
            lose_opportunity,
            idempotency_key,
            context,
        )
        .await
    }

    async fn move_opportunity_stage(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        move_opportunity_stage: models::MoveOpportunityStage,
        idempotency_key: Option<String>,
        context: &RequestContext,
    ) -> Result<MoveOpportunityStageResponse, ApiError> {
        opportunities::move_opportunity_stage(
            self,
            opportunity_id,
            if_match,
            move_opportunity_stage,
            idempotency_key,
            context,
        )
        .await
    }

    async fn purge_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        idempotency_key: Option<String>,
        context: &RequestContext,
    ) -> Result<PurgeOpportunityResponse, ApiError> {
        opportunities::purge_opportunity(self, opportunity_id, if_match, idempotency_key, context)
            .await
    }

    async fn reopen_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        idempotency_key: Option<String>,
        reopen_opportunity: Option<models::ReopenOpportunity>,
        context: &RequestContext,
    ) -> Result<ReopenOpportunityResponse, ApiError> {
        opportunities::reopen_opportunity(
            self,
            opportunity_id,
            if_match,
            idempotency_key,
            reopen_opportunity,
            context,
        )
        .await
    }

    async fn restore_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        idempotency_key: Option<String>,
        if_match: Option<String>,
        context: &RequestContext,
    ) -> Result<RestoreOpportunityResponse, ApiError> {
        opportunities::restore_opportunity(self, opportunity_id, idempotency_key, if_match, context)
            .await
    }

    async fn update_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        opportunity_patch: models::OpportunityPatch,
        context: &RequestContext,
    ) -> Result<UpdateOpportunityResponse, ApiError> {
        opportunities::update_opportunity(
            self,
            opportunity_id,
            if_match,
            opportunity_patch,
            context,
        )
        .await
    }

    async fn upsert_opportunity_by_external_id(
        &self,
        external_id: String,
        opportunity_upsert: models::OpportunityUpsert,
        if_match: Option<String>,
        context: &RequestContext,
    ) -> Result<UpsertOpportunityByExternalIdResponse, ApiError> {
        opportunities::upsert_opportunity_by_external_id(
            self,
            external_id,
            opportunity_upsert,
            if_match,
            context,
        )
        .await
    }

    async fn win_opportunity(
        &self,
        opportunity_id: uuid::Uuid,
        if_match: String,
        idempotency_key: Option<String>,
        win_opportunity: Option<models::WinOpportunity>,
        context: &RequestContext,
    ) -> Result<WinOpportunityResponse, ApiError> {
        opportunities::win_opportunity(
            self,
            opportunity_id,
            if_match,
            idempotency_key,
            win_opportunity,
            context,
        )
        .await
    }

    async fn delete_line_item(
        &self,
        opportunity_id: uuid::Uuid,
        line_item_id: uuid::Uuid,
        if_match: String,
        context: &RequestContext,
    ) -> Result<DeleteLineItemResponse, ApiError> {
        opportunities::delete_line_item(self, opportunity_id, line_item_id, if_match, context).await
    }

    async fn delete_note(
        &self,
        opportunity_id: uuid::Uuid,
        note_id: uuid::Uuid,
        context: &RequestContext,
    ) -> Result<DeleteNoteResponse, ApiError> {
        opportunities::delete_note(self, opportunity_id, note_id, context).await
    }

    async fn update_line_item(
        &self,
        opportunity_id: uuid::Uuid,
        line_item_id: uuid::Uuid,
        if_match: String,
        line_item_patch: models::LineItemPatch,
        context: &RequestContext,
    ) -> Result<UpdateLineItemResponse, ApiError> {
        opportunities::update_line_item(
            self,
            opportunity_id,
            line_item_id,
            if_match,
            line_item_patch,
            context,
        )
        .await
    }

    async fn create_pipeline(
        &self,
        pipeline_create: models::PipelineCreate,
        idempotency_key: Option<String>,
        context: &RequestContext,
    ) -> Result<CreatePipelineResponse, ApiError> {
        pipelines::create_pipeline(self, pipeline_create, idempotency_key, context).await
    }

    async fn list_pipelines(
        &self,
        limit: Option<u32>,
        cursor: Option<String>,
        context: &RequestContext,
    ) -> Result<ListPipelinesResponse, ApiError> {
        pipelines::list_pipelines(self, limit, cursor, context).await
    }

    async fn create_stage(
        &self,
        pipeline_id: uuid::Uuid,
        if_match: String,
        stage_create: models::StageCreate,
        idempotency_key: Option<String>,
        context: &RequestContext,
    ) -> Result<CreateStageResponse, ApiError> {
        pipelines::create_stage(
            self,
            pipeline_id,
            if_match,
            stage_create,
            idempotency_key,
            context,
        )
        .await
    }

    async fn delete_pipeline(
        &self,
        pipeline_id: uuid::Uuid,
        if_match: String,
        context: &RequestContext,
    ) -> Result<DeletePipelineResponse, ApiError> {
        pipelines::delete_pipeline(self, pipeline_id, if_match, context).await
    }

    async fn get_pipeline(
        &self,
        pipeline_id: uuid::Uuid,
        if_none_match: Option<String>,
        context: &RequestContext,
    ) -> Result<GetPipelineResponse, ApiError> {
        pipelines::get_pipeline(self, pipeline_id, if_none_match, context).await
    }

    async fn update_pipeline(
        &self,
        pipeline_id: uuid::Uuid,
        if_match: String,
        pipeline_patch: models::PipelinePatch,
        context: &RequestContext,
    ) -> Result<UpdatePipelineResponse, ApiError> {
        pipelines::update_pipeline(self, pipeline_id, if_match, pipeline_patch, context).await
    }

    async fn delete_stage(
        &self,
        pipeline_id: uuid::Uuid,
        stage_id: uuid::Uuid,
        if_match: String,
        context: &RequestContext,
    ) -> Result<DeleteStageResponse, ApiError> {
        pipelines::delete_stage(self, pipeline_id, stage_id, if_match, context).await
    }

    async fn update_stage(
        &self,
        pipeline_id: uuid::Uuid,
        stage_id: uuid::Uuid,
        if_match: String,
        stage_patch: models::StagePatch,
        context: &RequestContext,
    ) -> Result<UpdateStageResponse, ApiError> {
        pipelines::update_stage(self, pipeline_id, stage_id, if_match, stage_patch, context).await
    }

    async fn get_forecast(
        &self,
        pipeline_id: Option<uuid::Uuid>,
        owner_id: Option<String>,
        close_date_from: Option<chrono::naive::NaiveDate>,
        close_date_to: Option<chrono::naive::NaiveDate>,
        context: &RequestContext,
    ) -> Result<GetForecastResponse, ApiError> {
        reports::get_forecast(
            self,
            pipeline_id,
            owner_id,
            close_date_from,
            close_date_to,
            context,
        )
        .await
    }

    async fn get_pipeline_summary(
        &self,
        pipeline_id: Option<uuid::Uuid>,
        owner_id: Option<String>,
        close_date_from: Option<chrono::naive::NaiveDate>,
        close_date_to: Option<chrono::naive::NaiveDate>,
        context: &RequestContext,
    ) -> Result<GetPipelineSummaryResponse, ApiError> {
        reports::get_pipeline_summary(
            self,
            pipeline_id,
            owner_id,
            close_date_from,
            close_date_to,
            context,
        )
        .await
    }
}
