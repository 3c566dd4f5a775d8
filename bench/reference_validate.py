#!/usr/bin/env python3
"""Reference validator for the benchmark: what a team would write with the usual Python tools.

python3-jsonschema + PyYAML (safe_load) against the upstream v0.1 schema. Exit 0 when every document
validates, 1 otherwise. Usage: reference_validate.py SCHEMA FILE_OR_DIR...
"""
import json, os, sys
import yaml
from jsonschema import Draft202012Validator

schema = json.load(open(sys.argv[1]))
validator = Draft202012Validator(schema)
paths = []
for arg in sys.argv[2:]:
    if os.path.isdir(arg):
        paths += sorted(os.path.join(arg, n) for n in os.listdir(arg) if n.endswith((".yaml", ".yml", ".json")))
    else:
        paths.append(arg)
bad = 0
for path in paths:
    with open(path, encoding="utf-8") as fh:
        for doc in yaml.safe_load_all(fh):
            errors = list(validator.iter_errors(doc))
            for e in errors:
                print(f"{path}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
            bad += bool(errors)
sys.exit(1 if bad else 0)
