#!/usr/bin/env python3
"""Writes the contract without the response headers the edge sets (as JSON), for the generator.

    codegen/strip-edge-headers.py api/openapi.yaml OUT.json

A header component marked `x-set-by-edge: true` (RateLimit-*, Retry-After) is set by the service's edge
(impl/src/http) on the answers of every operation, whatever the handler returned. Left in, the
generator would make every response variant carry it as a field that each handler must fill in; so the
generated types leave it out, and everything else (the served contract, the checks, the docs, the SDKs)
reads api/openapi.yaml as it is.
"""
import json
import sys

import yaml


def main(source: str, target: str) -> None:
    with open(source, encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    headers = spec.get("components", {}).get("headers", {})
    edge = {f"#/components/headers/{name}" for name, header in headers.items() if header.get("x-set-by-edge")}

    def strip(response: dict) -> None:
        kept = {
            name: header
            for name, header in (response.get("headers") or {}).items()
            if header.get("$ref") not in edge and not header.get("x-set-by-edge")
        }
        if kept:
            response["headers"] = kept
        else:
            response.pop("headers", None)

    for response in spec.get("components", {}).get("responses", {}).values():
        strip(response)
    for item in spec.get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, dict):
                for response in (operation.get("responses") or {}).values():
                    if "$ref" not in response:
                        strip(response)
    with open(target, "w", encoding="utf-8") as f:
        json.dump(spec, f, indent=1, ensure_ascii=False, default=str)


if __name__ == "__main__":
    main(*sys.argv[1:])
