#!/usr/bin/env python3
"""Every value a client can send is bounded by the contract, so the edge's validation caps it.

    contract_bounds.py api/openapi.yaml

Walks every parameter and request body schema (through $refs, allOf/oneOf/anyOf, items and
properties) and fails naming each string without maxLength, enum, a fixed-size format (uuid, date,
date-time) or an anchored pattern whose quantifiers are all bounded; and each array without maxItems.
"""

import re
import sys

import yaml

FIXED_FORMATS = {"uuid", "date", "date-time"}
UNBOUNDED = re.compile(r"(?<!\\)[*+]|\{\d+,\}")


def bounded_pattern(pattern: str) -> bool:
    return pattern.startswith("^") and pattern.endswith("$") and not UNBOUNDED.search(pattern)


def main(path: str) -> int:
    contract = yaml.safe_load(open(path))
    problems: list[str] = []
    seen: set[str] = set()

    def resolve(ref: str):
        node = contract
        for part in ref.lstrip("#/").split("/"):
            node = node[part]
        return node

    def walk(schema, where: str) -> None:
        if not isinstance(schema, dict):
            return
        if "$ref" in schema:
            if schema["$ref"] not in seen:
                seen.add(schema["$ref"])
                walk(resolve(schema["$ref"]), schema["$ref"])
            return
        if schema.get("readOnly"):
            return
        kind = schema.get("type")
        if kind == "string" and not (
            "maxLength" in schema
            or "enum" in schema
            or schema.get("format") in FIXED_FORMATS
            or bounded_pattern(schema.get("pattern", ""))
        ):
            problems.append(f"{where}: a string with no maxLength, enum, fixed format or bounded pattern")
        if kind == "array" and "maxItems" not in schema:
            problems.append(f"{where}: an array with no maxItems")
        for key in ("allOf", "oneOf", "anyOf"):
            for index, part in enumerate(schema.get(key, [])):
                walk(part, f"{where}/{key}/{index}")
        if "items" in schema:
            walk(schema["items"], f"{where}/items")
        for name, part in schema.get("properties", {}).items():
            walk(part, f"{where}/properties/{name}")
        if isinstance(schema.get("additionalProperties"), dict):
            walk(schema["additionalProperties"], f"{where}/additionalProperties")

    for route, item in contract["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict):
                continue
            where = f"{method.upper()} {route}"
            for parameter in item.get("parameters", []) + operation.get("parameters", []):
                if "$ref" in parameter:
                    parameter = resolve(parameter["$ref"])
                walk(parameter.get("schema"), f"{where} parameter {parameter['name']}")
            body = operation.get("requestBody")
            if body:
                if "$ref" in body:
                    body = resolve(body["$ref"])
                for media, content in body.get("content", {}).items():
                    walk(content.get("schema"), f"{where} body {media}")
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"contract bounds: {len(problems)} unbounded input value(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
