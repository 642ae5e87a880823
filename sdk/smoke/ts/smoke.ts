// The TypeScript SDK's first hour, run against a live server: sdk/smoke/run.sh builds and runs it.
//   OMS_URL=http://127.0.0.1:8080 OMS_TOKEN=... node dist/smoke.js
import * as assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import {
  AccountsApi,
  Configuration,
  OpportunitiesApi,
  type Opportunity,
  type Problem,
  ProblemFromJSON,
  ResponseError,
} from "@opportunities/sdk";

const basePath = required("OMS_URL");
const config = new Configuration({ basePath, accessToken: required("OMS_TOKEN") });
const accounts = new AccountsApi(config);
const opportunities = new OpportunitiesApi(config);

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`set ${name}`);
  return value;
}

/** Runs `call`, expects it to fail with `status`, and returns the problem the SDK's error carries. */
async function problemOf(status: number, call: () => Promise<unknown>): Promise<Problem> {
  try {
    await call();
  } catch (error) {
    if (!(error instanceof ResponseError)) throw error;
    assert.equal(error.response.status, status);
    assert.match(error.response.headers.get("content-type") ?? "", /^application\/problem\+json/);
    return ProblemFromJSON(await error.response.json());
  }
  throw new Error(`expected HTTP ${status}, the call succeeded`);
}

async function main(): Promise<void> {
  const run = randomUUID().slice(0, 8);

  // Create an account and an opportunity; the Idempotency-Key makes the POST safe to retry.
  const key = randomUUID();
  const account = await accounts.createAccount({
    accountCreate: { name: `SDK smoke ${run}`, country: "DE", tags: new Set(["sdk-smoke"]) },
    idempotencyKey: key,
  });
  const replay = await accounts.createAccountRaw({
    accountCreate: { name: `SDK smoke ${run}`, country: "DE", tags: new Set(["sdk-smoke"]) },
    idempotencyKey: key,
  });
  assert.equal(replay.raw.headers.get("idempotent-replayed"), "true");
  assert.equal((await replay.value()).id, account.id, "a retry with the same key replays the account");

  const created: Opportunity = await opportunities.createOpportunity({
    opportunityCreate: { name: `Deal ${run}`, accountId: account.id, amount: "1250.00", currency: "EUR" },
    idempotencyKey: randomUUID(),
  });
  assert.equal(created.status, "open");

  // Read it back with its ETag, then update it with If-Match.
  const read = await opportunities.getOpportunityRaw({ opportunityId: created.id });
  const etag = read.raw.headers.get("etag");
  assert.ok(etag, "a single-resource response carries an ETag");
  assert.equal((await read.value()).name, `Deal ${run}`);
  const updated = await opportunities.updateOpportunity({
    opportunityId: created.id,
    ifMatch: etag,
    opportunityPatch: { nextStep: "Send the proposal", amount: "1500.00" },
  });
  assert.equal(updated.nextStep, "Send the proposal");
  assert.equal(updated.amount, "1500.00");
  assert.ok(updated.version > created.version);

  // 412: the ETag read before the update is stale now.
  const stale = await problemOf(412, () =>
    opportunities.updateOpportunity({ opportunityId: created.id, ifMatch: etag, opportunityPatch: { nextStep: "x" } }),
  );
  assert.equal(stale.code, "precondition_failed");
  assert.equal(stale.status, 412);
  assert.ok(stale.requestId);

  // 422: a well-formed body the server refuses, with the offending field's pointer.
  const invalid = await problemOf(422, () =>
    opportunities.createOpportunity({
      opportunityCreate: { name: `Deal ${run}`, accountId: account.id, amount: "10.00", currency: "XYZ" },
    }),
  );
  assert.equal(invalid.status, 422);
  assert.ok(invalid.errors?.some((field) => field.pointer === "/currency"), JSON.stringify(invalid));

  // Page through this account's opportunities with the cursor.
  for (let i = 0; i < 4; i++) {
    await opportunities.createOpportunity({
      opportunityCreate: { name: `Deal ${run} #${i}`, accountId: account.id, currency: "EUR" },
    });
  }
  const seen = new Set<string>();
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await opportunities.listOpportunities({ accountId: account.id, limit: 2, cursor });
    page.data.forEach((opportunity) => seen.add(opportunity.id));
    cursor = page.nextCursor ?? undefined;
    pages++;
  } while (cursor);
  assert.equal(seen.size, 5, "every opportunity of the account, each once");
  assert.equal(pages, 3);

  console.log(`typescript SDK smoke: account ${account.id}, 5 opportunities over ${pages} pages, 412 and 422 problems ok`);
  await asPartner(run);
}

/** A partner's server: its own token by OAuth 2.0 client credentials (HTTP Basic at the token URL). */
async function clientCredentialsToken(): Promise<string> {
  const basic = Buffer.from(`${required("OMS_CLIENT_ID")}:${required("OMS_CLIENT_SECRET")}`).toString("base64");
  const response = await fetch(required("OMS_TOKEN_URL"), {
    method: "POST",
    headers: { Authorization: `Basic ${basic}`, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "client_credentials" }),
  });
  assert.equal(response.status, 200, "the token endpoint grants the client credentials");
  const grant = (await response.json()) as { access_token: string; token_type: string; expires_in: number };
  assert.equal(grant.token_type, "Bearer");
  return grant.access_token;
}

async function asPartner(run: string): Promise<void> {
  // The SDK asks `accessToken` for a token before each call: fetch one once, reuse it until it expires.
  let token: Promise<string> | undefined;
  const partner = new Configuration({ basePath, accessToken: () => (token ??= clientCredentialsToken()) });
  const partnerAccounts = new AccountsApi(partner);
  const partnerOpportunities = new OpportunitiesApi(partner);

  const account = await partnerAccounts.createAccount({
    accountCreate: { name: `Partner ${run}` },
    idempotencyKey: randomUUID(),
  });
  const deal = await partnerOpportunities.createOpportunity({
    opportunityCreate: { name: `Partner deal ${run}`, accountId: account.id, amount: "900.00", currency: "EUR" },
    idempotencyKey: randomUUID(),
  });
  assert.equal(deal.ownerId, required("OMS_CLIENT_ID"), "what a client creates, it owns");
  const read = await partnerOpportunities.getOpportunity({ opportunityId: deal.id });
  assert.equal(read.name, `Partner deal ${run}`);

  // 403 names the scope the client lacks.
  const refused = await problemOf(403, () => partnerAccounts.deleteAccount({ accountId: account.id, ifMatch: "*" }));
  assert.equal(refused.code, "forbidden");
  assert.match(refused.detail ?? "", /opportunities\.admin/);
  console.log(`typescript SDK smoke: a partner client (client credentials) created ${deal.id} and owns it; 403 names opportunities.admin`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
