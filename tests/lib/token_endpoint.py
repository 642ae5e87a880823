#!/usr/bin/env python3
"""A Cognito-like OAuth 2.0 token endpoint for a service started in development mode, so that the
partner walkthrough, the SDK smoke tests and Postman get a token the way a partner does: the
client-credentials grant, `POST /oauth2/token` with HTTP Basic client authentication.

moto's Cognito emulation cannot stand in: it has no `/oauth2/token` endpoint and no
client-credentials grant (moto 5.2.5's cognitoidp implements the management and InitiateAuth APIs
only). So this endpoint mints what Cognito documents for that grant (the claims `sub`, `client_id`,
`token_use: access`, `scope`, `iss`, `exp`, `iat`, `jti`, `version`, `auth_time`, nothing else),
signed with the development issuer's key (`<data dir>/dev-signing-key.pem`, key id `dev-1`, issuer
`http://localhost:8080/dev-issuer`), which the development server trusts.

    token_endpoint.py --data-dir DIR --port PORT --client ID:SECRET:SCOPE[,SCOPE...] ...
        [--resource-server https://api.opportunities.example.net]

Scopes are the short names (`opportunities.read`); tokens carry them as Cognito does,
`<resource server>/<scope>`. Errors are RFC 6749's: `invalid_client` (401), `unsupported_grant_type`,
`invalid_scope`, `invalid_request` (400).
"""

import argparse
import base64
import json
import secrets
import sys
import time
import urllib.parse
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from joserfc import jwt
from joserfc.jwk import RSAKey

DEV_ISSUER = "http://localhost:8080/dev-issuer"
KEY_ID = "dev-1"
LIFETIME = 3600


def parse_client(text):
    client_id, secret, scopes = text.split(":", 2)
    return client_id, {"secret": secret, "scopes": [s for s in scopes.split(",") if s]}


def make_handler(key, clients, resource_server):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_):
            pass

        def answer(self, status, body, headers=()):
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("cache-control", "no-store")
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            if self.path == "/health":
                return self.answer(200, {"status": "ok"})
            self.answer(404, {"error": "not_found"})

        def do_POST(self):
            if self.path != "/oauth2/token":
                return self.answer(404, {"error": "not_found"})
            length = int(self.headers.get("content-length") or 0)
            form = urllib.parse.parse_qs(self.rfile.read(length).decode(), keep_blank_values=True)
            field = lambda name: (form.get(name) or [None])[0]
            client_id, secret = None, None
            auth = self.headers.get("authorization") or ""
            if auth.lower().startswith("basic "):
                try:
                    decoded = base64.b64decode(auth[6:].strip()).decode()
                    client_id, secret = [urllib.parse.unquote_plus(p) for p in decoded.split(":", 1)]
                except (ValueError, UnicodeDecodeError):
                    pass
            elif field("client_id"):  # client_secret_post, which Cognito accepts too
                client_id, secret = field("client_id"), field("client_secret")
            client = clients.get(client_id)
            if client is None or not secrets.compare_digest(client["secret"], secret or ""):
                return self.answer(401, {"error": "invalid_client"},
                                   [("www-authenticate", 'Basic realm="oauth2"')])
            if field("grant_type") != "client_credentials":
                return self.answer(400, {"error": "unsupported_grant_type"})
            allowed = [f"{resource_server}/{scope}" for scope in client["scopes"]]
            requested = field("scope")
            if requested:
                wanted = [s for s in requested.split(" ") if s]
                if any(scope not in allowed for scope in wanted):
                    return self.answer(400, {"error": "invalid_scope"})
                granted = wanted
            else:
                granted = allowed
            now = int(time.time())
            claims = {
                "sub": client_id,
                "token_use": "access",
                "scope": " ".join(granted),
                "auth_time": now,
                "iss": DEV_ISSUER,
                "exp": now + LIFETIME,
                "iat": now,
                "version": 2,
                "jti": str(uuid.uuid4()),
                "client_id": client_id,
            }
            token = jwt.encode({"alg": "RS256", "kid": KEY_ID}, claims, key)
            self.answer(200, {"access_token": token, "expires_in": LIFETIME, "token_type": "Bearer"})

    return Handler


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--port", required=True, type=int)
    parser.add_argument("--client", action="append", required=True, type=parse_client)
    parser.add_argument("--resource-server", default="https://api.opportunities.example.net")
    args = parser.parse_args()
    pem = (args.data_dir / "dev-signing-key.pem").read_bytes()
    key = RSAKey.import_key(pem)
    server = ThreadingHTTPServer(("127.0.0.1", args.port),
                                 make_handler(key, dict(args.client), args.resource_server))
    print(f"token endpoint on http://127.0.0.1:{args.port}/oauth2/token", file=sys.stderr, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
