#!/usr/bin/env python3
"""Generates the model of personalize-fake from the specification and the botocore service model.

Inputs:
  shared/spec/operations.md                     which operations and members are in scope, and the
                                                 seed's required flags
  shared/reference/botocore-*/personalize/...   types and constraints of those members

Outputs (both committed; rerun after either input changes):
  core/src/main/resources/io/personalizefake/model/personalize-model.json
      the in-scope subset of the service model, read at run time by the validator and the wire layer
  core/src/main/java/io/personalizefake/model/*.java
      one Immutables value type per structure shape, named as the AWS SDK for Java v2 names it

Usage: python3 src/tools/genmodel.py [path/to/shared]
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(ROOT), "shared")
MODEL_PATH = os.path.join(SHARED, "reference/botocore-1.29.27/personalize/2018-05-22/service-2.json")
OPS_PATH = os.path.join(SHARED, "spec/operations.md")
JAVA_DIR = os.path.join(ROOT, "core/src/main/java/io/personalizefake/model")
JSON_OUT = os.path.join(ROOT, "core/src/main/resources/io/personalizefake/model/personalize-model.json")

model = json.load(open(MODEL_PATH))
shapes = model["shapes"]


def parse_operations(text):
    """Returns {op: {"request": [(path, req)], "response": [path], "errors": [..]}}."""
    ops = {}
    current = None
    section = None
    for line in text.splitlines():
        m = re.match(r"^### (\w+)$", line)
        if m:
            current = m.group(1)
            ops[current] = {"request": [], "response": [], "errors": []}
            section = None
            continue
        if current is None:
            continue
        if line.startswith("Request members:"):
            section = "request"
        elif line.startswith("Response members:"):
            section = "response"
        elif line.startswith("Errors (declared by the seed):"):
            ops[current]["errors"] = re.findall(r"`(\w+)`", line.split(":", 1)[1])
            section = None
        elif line.startswith("| `") and section:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            path = cells[0].strip("`")
            if section == "request":
                ops[current]["request"].append((path, cells[2].startswith("yes")))
            else:
                ops[current]["response"].append(path)
    if "<!-- END GENERATED" not in text:
        raise SystemExit("operations.md has no generated section")
    return ops


ops = parse_operations(open(OPS_PATH).read())
assert len(ops) == 43, len(ops)

# in-scope members per structure shape, and required members per structure (from the seed)
keep = {}        # shape -> ordered set of member names
required = {}    # shape -> set of member names
synthetic = {}   # output shape name -> operation, for operations without output


def walk(shape_name, path, req):
    """Walks one member path from a structure shape, marking what it passes."""
    parts = re.findall(r"[A-Za-z0-9]+(?:\[\]|\{key\}|\{value\})?", path)
    cur = shape_name
    for i, part in enumerate(parts):
        m = re.match(r"([A-Za-z0-9]+)(\[\]|\{key\}|\{value\})?$", part)
        name, suffix = m.group(1), m.group(2)
        shape = shapes[cur]
        assert shape["type"] == "structure", (cur, path)
        assert name in shape["members"], (cur, name, path)
        keep.setdefault(cur, [])
        if name not in keep[cur]:
            keep[cur].append(name)
        last = i == len(parts) - 1
        if last and req and suffix is None:
            required.setdefault(cur, set()).add(name)
        target = shape["members"][name]["shape"]
        if suffix == "[]":
            target = shapes[target]["member"]["shape"]
        elif suffix == "{key}":
            target = shapes[target]["key"]["shape"]
        elif suffix == "{value}":
            target = shapes[target]["value"]["shape"]
        cur = target


op_model = {}
for op, spec in sorted(ops.items()):
    mop = model["operations"][op]
    inp = mop["input"]["shape"]
    out = mop.get("output", {}).get("shape")
    keep.setdefault(inp, [])
    for path, req in spec["request"]:
        walk(inp, path, req)
    if out is None:
        out = op + "Response"
        synthetic[out] = op
    else:
        keep.setdefault(out, [])
        for path in spec["response"]:
            walk(out, path, False)
    op_model[op] = {"input": inp, "output": out, "errors": spec["errors"]}

# every shape reachable through kept members
used = set()


def mark(name):
    if name in used:
        return
    used.add(name)
    s = shapes[name]
    if s["type"] == "structure":
        for member in keep.get(name, []):
            mark(s["members"][member]["shape"])
    elif s["type"] == "list":
        mark(s["member"]["shape"])
    elif s["type"] == "map":
        mark(s["key"]["shape"])
        mark(s["value"]["shape"])


for name in list(keep):
    mark(name)

out_shapes = {}
for name in sorted(used):
    s = shapes[name]
    o = {"type": s["type"]}
    for k in ("min", "max", "pattern", "enum", "sensitive"):
        if k in s:
            o[k] = s[k]
    if s["type"] == "structure":
        o["members"] = {m: {"shape": s["members"][m]["shape"]} for m in keep.get(name, [])}
        req = sorted(required.get(name, set()))
        if req:
            o["required"] = req
    elif s["type"] == "list":
        o["member"] = s["member"]["shape"]
    elif s["type"] == "map":
        o["key"] = s["key"]["shape"]
        o["value"] = s["value"]["shape"]
    out_shapes[name] = o
for name in synthetic:
    out_shapes[name] = {"type": "structure", "members": {}}

os.makedirs(os.path.dirname(JSON_OUT), exist_ok=True)
with open(JSON_OUT, "w") as f:
    json.dump({"metadata": {k: model["metadata"][k] for k in
                            ("apiVersion", "jsonVersion", "protocol", "targetPrefix", "signingName")},
               "operations": op_model, "shapes": out_shapes}, f, indent=1, sort_keys=True)
    f.write("\n")

# ---------------------------------------------------------------- Java

ENUM_TYPES = {name: s["enum"] for name, s in out_shapes.items() if s["type"] == "string" and "enum" in s}


def java_type(shape_name):
    s = out_shapes[shape_name]
    t = s["type"]
    if t == "string":
        return "String"
    if t == "integer":
        return "Integer"
    if t == "long":
        return "Long"
    if t == "double" or t == "float":
        return "Double"
    if t == "boolean":
        return "Boolean"
    if t == "timestamp":
        return "Instant"
    if t == "list":
        return "List<%s>" % java_type(s["member"])
    if t == "map":
        return "Map<%s, %s>" % (java_type(s["key"]), java_type(s["value"]))
    if t == "structure":
        return shape_name
    raise ValueError(t)


def accessor(member):
    return member[0].lower() + member[1:]


HEADER = "// Generated by src/tools/genmodel.py from the service model and spec/operations.md. Do not edit.\n"

os.makedirs(JAVA_DIR, exist_ok=True)
for f in os.listdir(JAVA_DIR):
    if f.endswith(".java") and open(os.path.join(JAVA_DIR, f)).read().startswith(HEADER):
        os.remove(os.path.join(JAVA_DIR, f))

structures = [n for n, s in out_shapes.items() if s["type"] == "structure"]
for name in sorted(structures):
    s = out_shapes[name]
    members = list(s["members"].keys())
    imports = {"com.fasterxml.jackson.annotation.JsonProperty",
               "com.fasterxml.jackson.databind.annotation.JsonDeserialize",
               "com.fasterxml.jackson.databind.annotation.JsonSerialize",
               "org.immutables.value.Value",
               "org.jspecify.annotations.Nullable",
               "java.util.function.Consumer"}
    body = []
    overloads = []
    for m in members:
        jt = java_type(s["members"][m]["shape"])
        if "List<" in jt:
            imports.add("java.util.List")
        if "Map<" in jt:
            imports.add("java.util.Map")
        if "Instant" in jt:
            imports.add("java.time.Instant")
        body.append('  @JsonProperty("%s")\n  public abstract @Nullable %s %s();\n' % (m, jt, accessor(m)))
        member_shape = s["members"][m]["shape"]
        if member_shape in ENUM_TYPES:
            overloads.append(
                "    /** Sets {@code %s} from the SDK-style enum. */\n"
                "    public Builder %s(@Nullable %s value) {\n"
                "      return %s(value == null ? null : value.toString());\n    }\n"
                % (m, accessor(m), member_shape, accessor(m)))
        if out_shapes[member_shape]["type"] == "structure":
            overloads.append(
                "    /** Sets {@code %s} to the value that {@code consumer} builds. */\n"
                "    public Builder %s(Consumer<%s.Builder> consumer) {\n"
                "      %s.Builder builder = %s.builder();\n"
                "      consumer.accept(builder);\n"
                "      return %s(builder.build());\n    }\n"
                % (m, accessor(m), member_shape, member_shape, member_shape, accessor(m)))
    doc = "The {@code %s} shape of the Amazon Personalize model." % name
    if name in synthetic:
        doc = "The empty reply of {@code %s}." % synthetic[name]
    src = [HEADER, "package io.personalizefake.model;\n\n"]
    src += ["import %s;\n" % i for i in sorted(imports)]
    src.append("\n/** %s */\n" % doc)
    src.append("@Value.Immutable\n@ModelStyle\n")
    src.append("@JsonSerialize(as = Immutable%s.class)\n@JsonDeserialize(as = Immutable%s.class)\n" % (name, name))
    src.append("public abstract class %s {\n" % name)
    src.append("  %s() {}\n\n" % name)
    src += [b + "\n" for b in body]
    summary = out_shapes.get(name + "Summary")
    if summary is not None and summary["type"] == "structure" and all(
            m in s["members"] and s["members"][m]["shape"] == summary["members"][m]["shape"]
            for m in summary["members"]):
        # the summary a List shows of this resource: the members of the same name, from the model
        setters = "".join("\n        .%s(%s())" % (accessor(m), accessor(m)) for m in summary["members"])
        src_summary = ("  /** The {@code %sSummary} of this value: its members of the same names. */\n"
                       "  public %sSummary summary() {\n    return %sSummary.builder()%s\n        .build();\n  }\n\n"
                       % (name, name, name, setters))
        src.append(src_summary)
    src.append("  /** A new, empty builder. */\n")
    src.append("  public static Builder builder() {\n    return new Builder();\n  }\n\n")
    src.append("  /** A builder that starts from this value. */\n")
    src.append("  public Builder toBuilder() {\n    return builder().from(this);\n  }\n\n")
    src.append("  /** Builds a {@code %s}. */\n" % name)
    src.append("  public static final class Builder extends Immutable%s.Builder {\n" % name)
    src.append("    Builder() {}\n")
    if overloads:
        src.append("\n" + "\n".join(overloads))
    src.append("  }\n}\n")
    open(os.path.join(JAVA_DIR, name + ".java"), "w").write("".join(src))

for name, values in sorted(ENUM_TYPES.items()):
    consts = ",\n".join('  %s("%s")' % (re.sub(r"[^A-Z0-9]", "_", v.upper()), v) for v in values)
    src = (HEADER + "package io.personalizefake.model;\n\n"
           "/** The values of the {@code %s} enum of the Amazon Personalize model. */\n"
           "public enum %s {\n%s;\n\n"
           "  private final String value;\n\n"
           "  %s(String value) {\n    this.value = value;\n  }\n\n"
           "  /** The value as it is sent on the wire. */\n"
           "  @Override\n  public String toString() {\n    return value;\n  }\n}\n") % (name, name, consts, name)
    open(os.path.join(JAVA_DIR, name + ".java"), "w").write(src)

print("operations: %d, structures: %d, enums: %d, shapes in model: %d"
      % (len(op_model), len(structures), len(ENUM_TYPES), len(out_shapes)))
