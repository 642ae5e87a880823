// The TypeScript SDK's first hour, run against a live server: sdk/smoke/run.sh builds and runs it.
//   OMS_URL=http://127.0.0.1:8080 OMS_TOKEN=... node dist/smoke.js
import * as assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import {
  AccountsApi,
  type ChangeEvent,
  ChangeEventFromJSON,
  type ChangeEventPage,
  Configuration,
  EventsApi,
  OpportunitiesApi,
  type Opportunity,
  type Problem,
  ProblemFromJSON,
  ResponseError,
  WebhooksApi,
  type WebhookSubscriptionWithSecret,
} from "@opportunities/sdk";
import { Webhook, WebhookVerificationError } from "standardwebhooks";

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
  await changeEvents(run);
}

/** One request a receiver got: its headers (names in lower case) and its body, as sent. */
interface Received {
  headers: Record<string, string>;
  rawBody: string;
}

/** A partner's webhook receiver on 127.0.0.1 (the server allows http there in development). */
async function startReceiver(): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
      }
      received.push({ headers, rawBody: Buffer.concat(chunks).toString("utf8") });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

async function waitFor<T>(what: string, find: () => T | undefined, seconds = 30): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The change feed read with its cursor, and a webhook delivery verified by `standardwebhooks` (npm). */
async function changeEvents(run: string): Promise<void> {
  const webhooks = new WebhooksApi(config);
  const events = new EventsApi(config);
  const receiver = await startReceiver();
  try {
    const subscription: WebhookSubscriptionWithSecret = await webhooks.createWebhookSubscription({
      webhookSubscriptionCreate: { url: receiver.url, eventTypes: ["account.created"], description: `SDK smoke ${run}` },
      idempotencyKey: randomUUID(),
    });
    const secret = subscription.secret;
    assert.match(secret, /^whsec_/);
    const account = await accounts.createAccount({ accountCreate: { name: `Webhook smoke ${run}` } });

    const { rawBody, headers } = await waitFor("the account.created delivery", () =>
      receiver.received.find((delivery) => delivery.rawBody.includes(account.id)),
    );
    // The README's verification, as a partner's receiver runs it:
    const event = new Webhook(secret).verify(rawBody, headers); // throws if forged or stale
    const change: ChangeEvent = ChangeEventFromJSON((event as { data: unknown }).data);
    assert.equal(change.type, "account.created");
    assert.equal(change.resourceId, account.id);
    assert.equal(change.id, headers["webhook-id"], "webhook-id is the event's id: deduplicate on it");
    assert.ok(!rawBody.includes(`Webhook smoke ${run}`), "an event carries ids and field names, never a value");
    assert.throws(
      () => new Webhook(secret).verify(rawBody.replace(account.id, randomUUID()), headers),
      WebhookVerificationError,
    );

    // The feed, page by page with its cursor, holds the same event.
    const seen: ChangeEvent[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const page: ChangeEventPage = await events.listChangeEvents({ limit: 5, after });
      seen.push(...page.data);
      after = page.nextCursor;
      pages++;
      if (!page.hasMore) break;
    }
    assert.equal(new Set(seen.map((seenEvent) => seenEvent.id)).size, seen.length, "each event once");
    const inFeed = seen.find((seenEvent) => seenEvent.id === change.id);
    assert.ok(inFeed, "the delivered event is in the feed");
    assert.equal(inFeed.position, change.position);
    assert.equal(inFeed.type, "account.created");
    const caughtUp = await events.listChangeEvents({ after });
    assert.equal(caughtUp.data.length, 0, "caught up: an empty page");

    await webhooks.deleteWebhookSubscription({ subscriptionId: subscription.subscription.id, ifMatch: "*" });
    console.log(
      `typescript SDK smoke: ${seen.length} change events over ${pages} pages; ${change.type} ${change.id} delivered, ` +
        "verified by standardwebhooks (npm) and parsed as the SDK's ChangeEvent",
    );
  } finally {
    await receiver.close();
  }
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
