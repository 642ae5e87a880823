#!/usr/bin/env python3
"""Sets up a Cognito user pool in a moto server and prints what the tests need, as JSON.

    cognito.py http://127.0.0.1:PORT > cognito.json

The pool has an app client (and a second one, for "token for another client" cases), the groups
Admin and SalesManager, and users: admin (Admin), manager-a and manager-b (SalesManager), both
(both groups) and nobody (no group). Each user signs in with ADMIN_USER_PASSWORD_AUTH; the output
carries their access and id tokens, the issuer and the JWKS URL (moto serves it at
/<pool id>/.well-known/jwks.json), and the pool's signing key (moto's, a private JWK) so that tests
can mint tokens the pool's key signs but with claims Cognito would never issue.
"""

import json
import sys

import boto3
from moto.utilities.utils import load_resource

REGION = "eu-west-1"
PASSWORD = "Correct-Horse-Battery-1"
USERS = {
    "admin": ["Admin"],
    "manager-a": ["SalesManager"],
    "manager-b": ["SalesManager"],
    "both": ["Admin", "SalesManager"],
    "nobody": [],
}


def main(endpoint: str) -> None:
    idp = boto3.client(
        "cognito-idp",
        region_name=REGION,
        endpoint_url=endpoint,
        aws_access_key_id="test",
        aws_secret_access_key="test",
    )
    pool_id = idp.create_user_pool(PoolName="opportunities")["UserPool"]["Id"]
    flows = ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]
    client_id = idp.create_user_pool_client(
        UserPoolId=pool_id, ClientName="partner-portal", ExplicitAuthFlows=flows
    )["UserPoolClient"]["ClientId"]
    other_client_id = idp.create_user_pool_client(
        UserPoolId=pool_id, ClientName="another-app", ExplicitAuthFlows=flows
    )["UserPoolClient"]["ClientId"]
    for group in ("Admin", "SalesManager"):
        idp.create_group(UserPoolId=pool_id, GroupName=group)

    def sign_in(username: str, client: str) -> dict:
        result = idp.admin_initiate_auth(
            UserPoolId=pool_id,
            ClientId=client,
            AuthFlow="ADMIN_USER_PASSWORD_AUTH",
            AuthParameters={"USERNAME": username, "PASSWORD": PASSWORD},
        )["AuthenticationResult"]
        return {"access": result["AccessToken"], "id": result["IdToken"]}

    users = {}
    for username, groups in USERS.items():
        idp.admin_create_user(
            UserPoolId=pool_id,
            Username=username,
            UserAttributes=[{"Name": "email", "Value": f"{username}@example.com"}],
            MessageAction="SUPPRESS",
        )
        idp.admin_set_user_password(
            UserPoolId=pool_id, Username=username, Password=PASSWORD, Permanent=True
        )
        for group in groups:
            idp.admin_add_user_to_group(UserPoolId=pool_id, Username=username, GroupName=group)
        sub = next(
            attribute["Value"]
            for attribute in idp.admin_get_user(UserPoolId=pool_id, Username=username)[
                "UserAttributes"
            ]
            if attribute["Name"] == "sub"
        )
        users[username] = {"sub": sub, "groups": groups, **sign_in(username, client_id)}
    users["admin"]["other_client_access"] = sign_in("admin", other_client_id)["access"]

    json.dump(
        {
            "region": REGION,
            "pool_id": pool_id,
            "client_id": client_id,
            "other_client_id": other_client_id,
            "issuer": f"https://cognito-idp.{REGION}.amazonaws.com/{pool_id}",
            "jwks_url": f"{endpoint}/{pool_id}/.well-known/jwks.json",
            "signing_key": load_resource("cognitoidp/resources/jwks-private.json"),
            "users": users,
        },
        sys.stdout,
        indent=2,
    )


if __name__ == "__main__":
    main(sys.argv[1])
