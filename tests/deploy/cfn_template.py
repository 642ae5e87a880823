"""Load sam-template.yaml the way CloudFormation reads it, with the derived API definition inlined.

CloudFormation expands `Fn::Transform: AWS::Include` at deploy time; offline nothing does, so cfn-lint
would see the API as an opaque include and the policy checks could not look inside it. `rendered()`
does the expansion here: the template (short-form tags such as !Ref and !Sub read by cfn-lint's own
loader, which turns them into their long forms) with the include replaced by the definition that
deploy/build-api-definition.py derived from the contract.
"""

from __future__ import annotations

import copy
import json
import pathlib

from cfnlint.decode import decode

REPO_ROOT = pathlib.Path(__file__).resolve().parents[2]
TEMPLATE = REPO_ROOT / "sam-template.yaml"


def plain(node):
    """cfn-lint's node types (dict_node, str_node, ...) as plain dicts, lists and scalars."""
    return json.loads(json.dumps(node))


def load(path: pathlib.Path = TEMPLATE) -> dict:
    template, matches = decode(str(path))
    if matches or template is None:
        raise ValueError(f"{path}: cannot be parsed: {[str(m) for m in matches]}")
    return plain(template)


def includes(template: dict):
    """(resource logical id, included location) of every API whose body is an AWS::Include."""
    for logical_id, resource in template.get("Resources", {}).items():
        body = resource.get("Properties", {}).get("DefinitionBody")
        if isinstance(body, dict) and body.get("Fn::Transform", {}).get("Name") == "AWS::Include":
            yield logical_id, body["Fn::Transform"]["Parameters"]["Location"]


def rendered(path: pathlib.Path = TEMPLATE) -> dict:
    """The template with every AWS::Include of an API definition replaced by the included file."""
    template = load(path)
    found = False
    for logical_id, location in list(includes(template)):
        included = path.parent / location
        if not included.is_file():
            raise FileNotFoundError(f"{included} is missing: run deploy/build-api-definition.py first")
        definition = json.loads(included.read_text(encoding="utf-8"))
        template["Resources"][logical_id]["Properties"]["DefinitionBody"] = copy.deepcopy(definition)
        found = True
    if not found:
        raise ValueError(f"{path}: no API whose DefinitionBody is an AWS::Include of the derived definition")
    return template
