"""The Python SDK's first hour, run against a live server (sdk/smoke/run.sh runs it).

    OMS_URL=http://127.0.0.1:8080 OMS_TOKEN=... OMS_TOKEN_URL=... OMS_CLIENT_ID=... OMS_CLIENT_SECRET=... \
        PYTHONPATH=sdk/out/python python smoke.py

OMS_TOKEN is a user's (Admin) token; OMS_TOKEN_URL, OMS_CLIENT_ID and OMS_CLIENT_SECRET are a partner
client's credentials, which the smoke test trades for a token by the client-credentials grant. The server
must allow webhooks to http://127.0.0.1 (--webhook-allow-loopback-http): the smoke test receives one.
"""

import os
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import urllib3
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

import opportunity_client
from opportunity_client import (
    AccountCreate,
    ChangeEvent,
    ChangeEventPage,
    OpportunityCreate,
    OpportunityPatch,
    Problem,
    WebhookSubscriptionCreate,
    WebhookSubscriptionWithSecret,
)
from opportunity_client.exceptions import ApiException, UnprocessableEntityException


def problem_of(status, call):
    """Runs `call`, expects the SDK's error for `status`, and returns the problem it carries."""
    try:
        call()
    except ApiException as error:
        assert error.status == status, (error.status, error.body)
        assert error.headers["Content-Type"].startswith("application/problem+json")
        assert isinstance(error.data, Problem), f"the SDK decoded the problem: {error.data!r}"
        return error
    raise AssertionError(f"expected HTTP {status}, the call succeeded")


def main():
    configuration = opportunity_client.Configuration(host=os.environ["OMS_URL"], access_token=os.environ["OMS_TOKEN"])
    with opportunity_client.ApiClient(configuration) as client:
        accounts = opportunity_client.AccountsApi(client)
        opportunities = opportunity_client.OpportunitiesApi(client)
        run = uuid.uuid4().hex[:8]

        # Create an account and an opportunity; the Idempotency-Key makes the POST safe to retry.
        key = str(uuid.uuid4())
        body = AccountCreate(name=f"SDK smoke {run}", country="DE", tags=["sdk-smoke"])
        account = accounts.create_account(body, idempotency_key=key)
        replay = accounts.create_account_with_http_info(body, idempotency_key=key)
        assert replay.headers.get("idempotent-replayed") == "true"
        assert replay.data.id == account.id, "a retry with the same key replays the account"

        created = opportunities.create_opportunity(
            OpportunityCreate(name=f"Deal {run}", account_id=account.id, amount="1250.00", currency="EUR"),
            idempotency_key=str(uuid.uuid4()),
        )
        assert created.status == "open", created.status

        # Read it back with its ETag, then update it with If-Match.
        read = opportunities.get_opportunity_with_http_info(created.id)
        etag = read.headers.get("etag")  # ApiResponse.headers is a plain dict: names as sent, lower case
        assert etag, "a single-resource response carries an ETag"
        assert read.data.name == f"Deal {run}"
        updated = opportunities.update_opportunity(
            created.id, etag, OpportunityPatch(next_step="Send the proposal", amount="1500.00")
        )
        assert updated.next_step == "Send the proposal"
        assert updated.amount == "1500.00"
        assert updated.version > created.version

        # 412: the ETag read before the update is stale now.
        stale = problem_of(
            412, lambda: opportunities.update_opportunity(created.id, etag, OpportunityPatch(next_step="x"))
        )
        assert stale.data.code == "precondition_failed", stale.data
        assert stale.data.status == 412 and stale.data.request_id

        # 422: a well-formed body the server refuses, as the SDK's UnprocessableEntityException.
        invalid = problem_of(
            422,
            lambda: opportunities.create_opportunity(
                OpportunityCreate(name=f"Deal {run}", account_id=account.id, amount="10.00", currency="XYZ")
            ),
        )
        assert isinstance(invalid, UnprocessableEntityException)
        assert invalid.data.status == 422
        assert any(field.pointer == "/currency" for field in invalid.data.errors or []), invalid.data

        # Page through this account's opportunities with the cursor.
        for i in range(4):
            opportunities.create_opportunity(
                OpportunityCreate(name=f"Deal {run} #{i}", account_id=account.id, currency="EUR")
            )
        seen, cursor, pages = set(), None, 0
        while True:
            page = opportunities.list_opportunities(account_id=account.id, limit=2, cursor=cursor)
            seen.update(opportunity.id for opportunity in page.data)
            pages += 1
            cursor = page.next_cursor
            if cursor is None:
                break
        assert len(seen) == 5, "every opportunity of the account, each once"
        assert pages == 3, pages

        print(f"python SDK smoke: account {account.id}, 5 opportunities over {pages} pages, 412 and 422 problems ok")
    as_partner()
    change_events()


class Receiver:
    """A partner's webhook receiver on 127.0.0.1: records each request's headers and body bytes."""

    def __init__(self):
        self.lock = threading.Lock()
        self.received = []  # (headers, body bytes)
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                with receiver.lock:
                    receiver.received.append((dict(self.headers.items()), body))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks"

    def find(self, marker, seconds=30):
        deadline = time.time() + seconds
        while time.time() < deadline:
            with self.lock:
                for headers, body in self.received:
                    if marker.encode() in body:
                        return headers, body
            time.sleep(0.1)
        raise AssertionError(f"no delivery mentioning {marker} within {seconds} s")

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def change_events():
    """The change feed read with its cursor, and a webhook delivery verified by `standardwebhooks` (PyPI)."""
    configuration = opportunity_client.Configuration(host=os.environ["OMS_URL"], access_token=os.environ["OMS_TOKEN"])
    receiver = Receiver()
    try:
        with opportunity_client.ApiClient(configuration) as client:
            webhooks = opportunity_client.WebhooksApi(client)
            events = opportunity_client.EventsApi(client)
            accounts = opportunity_client.AccountsApi(client)
            run = uuid.uuid4().hex[:8]
            subscription = webhooks.create_webhook_subscription(
                WebhookSubscriptionCreate(url=receiver.url, event_types=["account.created"],
                                          description=f"SDK smoke {run}"),
                idempotency_key=str(uuid.uuid4()),
            )
            assert isinstance(subscription, WebhookSubscriptionWithSecret)
            secret = subscription.secret
            assert secret.startswith("whsec_")
            account = accounts.create_account(AccountCreate(name=f"Webhook smoke {run}"))

            request_headers, request_body_bytes = receiver.find(str(account.id))
            # The README's verification, as a partner's receiver runs it:
            event = Webhook(secret).verify(request_body_bytes, request_headers)             # raises if forged or stale
            change = ChangeEvent.from_dict(event["data"])
            assert change.type == "account.created", change
            assert change.resource_id == account.id, change
            assert str(change.id) == {k.lower(): v for k, v in request_headers.items()}["webhook-id"]
            assert f"Webhook smoke {run}".encode() not in request_body_bytes, "ids and field names, never a value"
            forged = request_body_bytes.replace(str(account.id).encode(), str(uuid.uuid4()).encode())
            try:
                Webhook(secret).verify(forged, request_headers)
                raise AssertionError("a forged body verified")
            except WebhookVerificationError:
                pass

            # The feed, page by page with its cursor, holds the same event.
            seen, after, pages = [], None, 0
            while True:
                page = events.list_change_events(limit=5, after=after)
                assert isinstance(page, ChangeEventPage)
                seen.extend(page.data)
                after = page.next_cursor
                pages += 1
                if not page.has_more:
                    break
            assert len({seen_event.id for seen_event in seen}) == len(seen), "each event once"
            in_feed = [seen_event for seen_event in seen if seen_event.id == change.id]
            assert len(in_feed) == 1 and in_feed[0].position == change.position, in_feed
            assert events.list_change_events(after=after).data == [], "caught up: an empty page"

            webhooks.delete_webhook_subscription(subscription.subscription.id, "*")
            print(f"python SDK smoke: {len(seen)} change events over {pages} pages; {change.type} {change.id} "
                  "delivered, verified by standardwebhooks (PyPI) and parsed as the SDK's ChangeEvent")
    finally:
        receiver.close()


def client_credentials_token():
    """A partner's server gets its own token: OAuth 2.0 client credentials, HTTP Basic at the token URL."""
    headers = urllib3.make_headers(basic_auth=f"{os.environ['OMS_CLIENT_ID']}:{os.environ['OMS_CLIENT_SECRET']}")
    answer = urllib3.PoolManager().request(
        "POST", os.environ["OMS_TOKEN_URL"], headers=headers, fields={"grant_type": "client_credentials"},
        encode_multipart=False,
    )
    assert answer.status == 200, (answer.status, answer.data)
    grant = answer.json()
    assert grant["token_type"] == "Bearer"
    return grant["access_token"]


def as_partner():
    configuration = opportunity_client.Configuration(host=os.environ["OMS_URL"], access_token=client_credentials_token())
    with opportunity_client.ApiClient(configuration) as client:
        accounts = opportunity_client.AccountsApi(client)
        opportunities = opportunity_client.OpportunitiesApi(client)
        run = uuid.uuid4().hex[:8]
        account = accounts.create_account(AccountCreate(name=f"Partner {run}"), idempotency_key=str(uuid.uuid4()))
        deal = opportunities.create_opportunity(
            OpportunityCreate(name=f"Partner deal {run}", account_id=account.id, amount="900.00", currency="EUR"),
            idempotency_key=str(uuid.uuid4()),
        )
        assert deal.owner_id == os.environ["OMS_CLIENT_ID"], "what a client creates, it owns"
        assert opportunities.get_opportunity(deal.id).name == f"Partner deal {run}"
        # 403 names the scope the client lacks.
        refused = problem_of(403, lambda: accounts.delete_account(account.id, "*"))
        assert refused.data.code == "forbidden" and "opportunities.admin" in refused.data.detail, refused.data
        print(f"python SDK smoke: a partner client (client credentials) created {deal.id} and owns it; "
              "403 names opportunities.admin")


if __name__ == "__main__":
    main()
