#!/usr/bin/env python3
"""Checks schema/draft.schema.json and the drafts in examples/.

- the schema is a valid JSON Schema (draft 2020-12) with the expected $id;
- its enums and ranges match the Swift decoder (Sources/ReelTimeline), when that is present;
- every examples/*.json validates, refers only to media/{red.png,blue.jpg,clip.mp4,music.m4a,
  voice.m4a} by relative path, and lasts under 12 s;
- a set of broken drafts is rejected, and a set of unusual but valid drafts is accepted.

Usage: python3 schema/check.py   (no arguments; exits 1 on any failure). Needs jsonschema 4.x.
"""
import copy
import json
import pathlib
import re
import sys

try:
    import jsonschema
    from jsonschema import Draft202012Validator
except ImportError:
    sys.exit("check.py needs the jsonschema package (pip install 'jsonschema>=4')")

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCHEMA_PATH = ROOT / "schema" / "draft.schema.json"
EXAMPLES = ROOT / "examples"
SOURCES = ROOT / "Sources" / "ReelTimeline"
MEDIA = {"media/red.png", "media/blue.jpg", "media/clip.mp4", "media/music.m4a", "media/voice.m4a"}
MAX_EXAMPLE_MS = 12_000

failures = []
checks = 0


def check(ok, what):
    global checks
    checks += 1
    if not ok:
        failures.append(what)
        print(f"  FAIL {what}")
    return ok


def errors_of(validator, draft):
    return sorted(validator.iter_errors(draft), key=lambda e: list(e.absolute_path))


def where(error):
    return "/".join(str(p) for p in error.absolute_path) or "(draft)"


# --- the schema itself -------------------------------------------------------------------------

def load_schema(path):
    """Reads a schema and checks that it is valid JSON Schema 2020-12."""
    print(f"schema: {path.relative_to(ROOT)}")
    loaded = json.loads(path.read_text(encoding="utf-8"))
    try:
        Draft202012Validator.check_schema(loaded)
        check(True, f"{path.name} is valid 2020-12")
        print("  ok   valid JSON Schema 2020-12")
    except jsonschema.SchemaError as e:
        check(False, f"{path.name} is not a valid 2020-12 schema: {e.message} at {list(e.absolute_path)}")
    return loaded


schema = load_schema(SCHEMA_PATH)
check(schema.get("$schema") == "https://json-schema.org/draft/2020-12/schema", "$schema is 2020-12")
check(schema.get("$id") == "https://reel.local/schema/draft/v1.json", "$id is https://reel.local/schema/draft/v1.json")
check(schema.get("additionalProperties") is None, "unknown top-level keys stay allowed")
validator = Draft202012Validator(schema)

# Every $ref points at an existing $def.
defs = schema.get("$defs", {})


def walk(node, visit):
    if isinstance(node, dict):
        visit(node)
        for v in node.values():
            walk(v, visit)
    elif isinstance(node, list):
        for v in node:
            walk(v, visit)


refs = []
walk(schema, lambda n: refs.append(n["$ref"]) if "$ref" in n else None)
for ref in refs:
    check(ref.startswith("#/$defs/") and ref[len("#/$defs/"):] in defs, f"$ref {ref} resolves")
used = {r[len("#/$defs/"):] for r in refs}
for name in defs:
    check(name in used, f"$defs/{name} is used")
if not failures:
    print(f"  ok   {len(refs)} $refs resolve, {len(defs)} $defs all used")


# --- agreement with the Swift decoder ------------------------------------------------------------

def schema_enum(def_name):
    node = defs[def_name]
    return node.get("enum")


def prop_enums(key):
    """Every enum given for a property named `key` anywhere in the schema."""
    found = []

    def visit(n):
        props = n.get("properties")
        if isinstance(props, dict) and key in props:
            p = props[key]
            if "enum" in p:
                found.append(p["enum"])
            elif "$ref" in p and "enum" in defs.get(p["$ref"].split("/")[-1], {}):
                found.append(defs[p["$ref"].split("/")[-1]]["enum"])
    walk(schema, visit)
    return found


def prop_ranges(key):
    """(minimum, maximum) of every property named `key`, following $refs and allOf-style merging loosely."""
    found = []

    def visit(n):
        props = n.get("properties")
        if isinstance(props, dict) and key in props:
            p = props[key]
            found.append((p.get("minimum"), p.get("maximum")))
    walk(schema, visit)
    return found


vocab = SOURCES / "Vocabulary.swift"
decoding = SOURCES / "Draft+Decoding.swift"
if vocab.exists() and decoding.exists():
    print(f"swift: {vocab.relative_to(ROOT)}, {decoding.relative_to(ROOT)}")
    failed_before, checks_before = len(failures), checks
    v = vocab.read_text(encoding="utf-8")
    m = re.search(r"static let all: \[String\] = \[(.*?)\]", v, re.S)
    swift_transitions = re.findall(r'"([^"]+)"', m.group(1)) if m else []
    check(swift_transitions and swift_transitions == schema_enum("transitionName"),
          "transition names equal TransitionName.all")

    def swift_cases(enum_name):
        mm = re.search(r"enum " + enum_name + r"\b[^{]*\{", v)
        if not mm:
            return []
        depth, i = 1, mm.end()
        while depth and i < len(v):
            depth += {"{": 1, "}": -1}.get(v[i], 0)
            i += 1
        body = re.sub(r"//.*", "", v[mm.end():i - 1])
        names = []
        for part in re.split(r"[,\n]", re.sub(r"\bcase\b", "", body)):
            part = part.strip()
            if not part:
                continue
            raw = re.search(r'=\s*"([^"]+)"', part)
            names.append(raw.group(1) if raw else part.split()[0])
        return names

    for enum_name, key in [("Fit", "fit"), ("Motion", "zoom"), ("LookName", "name"), ("TextKind", "kind"),
                           ("TextPosition", "pos"), ("AudioRole", "role")]:
        cases = swift_cases(enum_name)
        enums = [e for e in prop_enums(key) if set(e) == set(cases)]
        check(bool(cases) and bool(enums), f"{enum_name} cases {cases} are the enum of `{key}`")
    check(schema_enum("lookName") == swift_cases("LookName"), "lookName enum equals LookName")

    d = decoding.read_text(encoding="utf-8")
    for kind, key, lo, hi in re.findall(r'\.(int|double)\("(\w+)", in: ([-\d_.]+)\.\.\.([-\w_.]+)\)', d):
        if key == "tt" or key == "version":
            continue  # tt: 0...99 then the enum [0, 1, 7]; version: 1...Int.max then refused above 1
        lo_n = float(lo.replace("_", ""))
        hi_n = float(hi.replace("_", ""))
        ranges = [(a, b) for a, b in prop_ranges(key) if a is not None and b is not None
                  and float(a) == lo_n and float(b) == hi_n]
        check(bool(ranges), f"Swift {kind} `{key}` in {lo}...{hi} has a schema property with that range")
    check(schema["properties"]["version"].get("minimum") == 1, "version minimum 1")
    check(defs["track"]["properties"]["tt"]["enum"] == [0, 1, 7], "tt enum is [0, 1, 7]")
    if len(failures) == failed_before:
        print(f"  ok   {checks - checks_before} enums and ranges agree with the decoder")
else:
    print("swift: Sources/ReelTimeline not found; skipped the cross-check")


# --- examples -------------------------------------------------------------------------------------

def visual_length(draft):
    """The video's length in ms, as VisualLayout computes it (stills without `d` count 4000 ms)."""
    visual = next(t for t in draft["t"] if t.get("tt") == 0)
    segs = visual["sg"]
    lengths = [s.get("d", 4000) for s in segs]
    total = 0
    for i, n in enumerate(lengths):
        tr = 0
        if i < len(lengths) - 1:
            want = max(0, segs[i].get("m", {}).get("tr", {}).get("d", 1000 if "tr" in segs[i].get("m", {}) else 0))
            tr = min(want, min(n, lengths[i + 1]) // 2)
        total += n - tr
    return total


examples = sorted(EXAMPLES.glob("*.json"))
print(f"examples: {len(examples)} in {EXAMPLES.relative_to(ROOT)}/")
check(5 <= len(examples) <= 7, "5 to 7 examples")
for path in examples:
    name = path.name
    try:
        draft = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        check(False, f"{name}: not JSON: {e}")
        continue
    errs = errors_of(validator, draft)
    for e in errs:
        print(f"       {name}: {where(e)}: {e.message[:200]}")
    check(not errs, f"{name} validates")
    srcs = []
    walk(draft, lambda n: srcs.append(n["src"]) if isinstance(n.get("src"), str) else None)
    for s in srcs:
        check(s in MEDIA, f"{name}: src {s!r} is one of {sorted(MEDIA)}")
    if not errs:
        total = visual_length(draft)
        check(total < MAX_EXAMPLE_MS, f"{name}: lasts {total} ms, under {MAX_EXAMPLE_MS}")
        for ti, t in enumerate(draft["t"]):
            if t["tt"] in (1, 7):
                for si, s in enumerate(t["sg"]):
                    check(s.get("st", 0) < total, f"{name}: t[{ti}].sg[{si}] starts before the video ends")
                    if t["tt"] == 7 and "d" in s:
                        check(s.get("st", 0) + s["d"] <= total, f"{name}: t[{ti}].sg[{si}] ends by {total} ms")
        print(f"  ok   {name}: valid, {total} ms, media {sorted(set(srcs))}")


# --- drafts that must be rejected, and unusual ones that must pass -------------------------------

BASE = {
    "version": 1,
    "m": {"w": 1920, "h": 1080, "fps": 30},
    "t": [
        {"tt": 0, "sg": [{"d": 2000, "m": {"src": "media/red.png", "tr": {"name": "fade", "d": 500}}},
                         {"d": 2000, "m": {"color": "#112233"}}]},
        {"tt": 1, "m": {"role": "music"}, "sg": [{"m": {"src": "media/music.m4a"}}]},
        {"tt": 7, "sg": [{"st": 0, "d": 1500, "m": {"text": "Hello", "kind": "title", "style": {"pos": "top"}}}]},
    ],
}


def variant(*edits):
    d = copy.deepcopy(BASE)
    for path, value in edits:
        node = d
        for k in path[:-1]:
            node = node[k]
        if value is DELETE:
            del node[path[-1]]
        else:
            node[path[-1]] = value
    return d


DELETE = object()
V, A, X = ("t", 0, "sg", 0, "m"), ("t", 1, "sg", 0, "m"), ("t", 2, "sg", 0, "m")

INVALID = {
    "not an object": [],
    "no tracks (t missing)": variant((("t",), DELETE)),
    "no visual track": variant((("t",), BASE["t"][1:])),
    "two visual tracks": variant((("t",), [BASE["t"][0], copy.deepcopy(BASE["t"][0])] + BASE["t"][1:])),
    "empty visual track": variant((("t", 0, "sg"), [])),
    "unknown track type 2": variant((("t", 1, "tt"), 2)),
    "track without sg": variant((("t", 1, "sg"), DELETE)),
    "track without tt": variant((("t", 1, "tt"), DELETE)),
    "version 2 (newer)": variant((("version",), 2)),
    "version 0": variant((("version",), 0)),
    "version as a string": variant((("version",), "1")),
    "odd width": variant((("m", "w"), 1921)),
    "width over 4096": variant((("m", "w"), 5000)),
    "height under 16": variant((("m", "h"), 8)),
    "fps 0": variant((("m", "fps"), 0)),
    "fps 61": variant((("m", "fps"), 61)),
    "fadeOut over 60000": variant((("m", "fadeOut"), 60001)),
    "loudnorm not a boolean": variant((("m", "loudnorm"), "yes")),
    "unknown look name": variant((("m", "look"), "noir")),
    "look contrast 4": variant((("m", "look"), {"name": "warm", "contrast": 4})),
    "look brightness -2": variant((V + ("look",), {"brightness": -2})),
    "look as a number": variant((("m", "look"), 1)),
    "visual segment without m": variant((("t", 0, "sg", 0, "m"), DELETE)),
    "visual segment with neither src nor color": variant((V + ("src",), DELETE)),
    "visual segment with src and color": variant((V + ("color",), "red")),
    "empty src": variant((V + ("src",), "")),
    "bad colour #12345": variant((("t", 0, "sg", 1, "m", "color"), "#12345")),
    "colour with alpha 2": variant((("t", 0, "sg", 1, "m", "color"), "black@2")),
    "colour with a trailing newline": variant((("t", 0, "sg", 1, "m", "color"), "red\n")),
    "colour name over 20 letters": variant((("t", 0, "sg", 1, "m", "color"), "a" * 21)),
    "visual d under 100": variant((("t", 0, "sg", 0, "d"), 50)),
    "d not whole": variant((("t", 0, "sg", 0, "d"), 1000.5)),
    "d over 24 h": variant((("t", 0, "sg", 0, "d"), 86_400_001)),
    "negative st": variant((("t", 2, "sg", 0, "st"), -1)),
    "unknown transition": variant((V + ("tr",), {"name": "spin", "d": 500})),
    "transition over 10 s": variant((V + ("tr",), {"name": "fade", "d": 10_001})),
    "unknown fit": variant((V + ("fit",), "fill")),
    "unknown zoom": variant((V + ("zoom",), "spin")),
    "speed 5": variant((V + ("speed",), 5)),
    "speed 0.2": variant((V + ("speed",), 0.2)),
    "volume -1": variant((A + ("volume",), -1)),
    "volume 4.5": variant((A + ("volume",), 4.5)),
    "negative in": variant((V + ("in",), -100)),
    "mute not a boolean": variant((A + ("mute",), 1)),
    "audio without src": variant((A + ("src",), DELETE)),
    "audio fadeIn over 600000": variant((A + ("fadeIn",), 600_001)),
    "audio d 0": variant((("t", 1, "sg", 0, "d"), 0)),
    "unknown role": variant((("t", 1, "m", "role"), "narrator")),
    "duck not a boolean": variant((("t", 1, "m", "duck"), "true")),
    "text segment without text": variant((X + ("text",), DELETE)),
    "blank text": variant((X + ("text",), "  \n ")),
    "text of only an ideographic space and a zero-width space": variant((X + ("text",), "\u3000\u200b")),
    "text over 2000 characters": variant((X + ("text",), "x" * 2001)),
    "unknown kind": variant((X + ("kind",), "subtitle")),
    "unknown position": variant((X + ("style", "pos"), "middle")),
    "font size 7": variant((X + ("style", "size"), 7)),
    "font size 401": variant((X + ("style", "size"), 401)),
    "text colour not a colour": variant((X + ("style", "color"), "#ggg")),
    "box colour with bad alpha": variant((X + ("style", "boxColor"), "black@")),
    "empty font": variant((X + ("style", "font"), "")),
    "text fadeIn over 60000": variant((X + ("style", "fadeIn"), 60_001)),
    "style not an object": variant((X + ("style",), "big")),
    "text d under 100": variant((("t", 2, "sg", 0, "d"), 99)),
}

VALID = {
    "the base draft": BASE,
    "no version, no m": variant((("version",), DELETE), (("m",), DELETE)),
    "unknown keys everywhere": variant((("future",), {"x": 1}), (("t", 0, "future"), 1), (V + ("future",), True),
                                       (("t", 0, "sg", 0, "future"), [])),
    "whole numbers written as 1000.0": variant((("t", 0, "sg", 0, "d"), 1000.0)),
    "audio d of 50 ms": variant((("t", 1, "sg", 0, "d"), 50)),
    "empty audio and text tracks": variant((("t", 1, "sg"), []), (("t", 2, "sg"), [])),
    "look object without name": variant((("m", "look"), {"saturation": 0})),
    "colour names and alpha": variant((("t", 0, "sg", 1, "m", "color"), "navy@0.5")),
    "#rgb and #rrggbbaa": variant((("t", 0, "sg", 1, "m", "color"), "#abc"),
                                  (X + ("style", "color"), "#aabbccdd")),
    "transition without name or d": variant((V + ("tr",), {})),
    "4K canvas": variant((("m", "w"), 3840), (("m", "h"), 2160)),
    "role on a text track (a warning, not an error)": variant((("t", 2, "m"), {"role": "voice"})),
    "CJK text at 2000 characters": variant((X + ("text",), "字" * 2000)),
    "text with a zero-width joiner only between words": variant((X + ("text",), "a\u200db")),
    "alpha written .5 and 1.0": variant((("t", 0, "sg", 1, "m", "color"), "white@.5"),
                                        (X + ("style", "boxColor"), "#000@1.0")),
}

print(f"invalid drafts: {len(INVALID)} must be rejected")
for name, draft in INVALID.items():
    errs = errors_of(validator, draft)
    if check(bool(errs), f"rejects: {name}"):
        print(f"  ok   rejects {name}: {where(errs[0])}: {errs[0].message[:90]}")

print(f"valid drafts: {len(VALID)} unusual ones must pass")
for name, draft in VALID.items():
    errs = errors_of(validator, draft)
    for e in errs:
        print(f"       {name}: {where(e)}: {e.message[:200]}")
    if check(not errs, f"accepts: {name}"):
        print(f"  ok   accepts {name}")

# --- the session state schema (its agreement with EditSession is SessionSchemaTests' job) ---------

session = load_schema(ROOT / "schema" / "session.schema.json")
example_draft = json.loads(examples[0].read_text(encoding="utf-8"))
state = {"draft": example_draft, "undoStack": [{}], "redoStack": [], "awaitingClip": "remove", "askedAbout": "clip:2"}
check(not list(Draft202012Validator(session).iter_errors(state)), "session: a full state validates")
check(bool(list(Draft202012Validator(session).iter_errors({"undoStack": []}))), "session: a state without its draft is rejected")
check(bool(list(Draft202012Validator(session).iter_errors({"draft": example_draft, "askedAbout": "clip:0"}))), "session: an askedAbout that names nothing Reel writes is rejected")

print()
if failures:
    print(f"{len(failures)} of {checks} checks FAILED:")
    for f in failures:
        print(f"  - {f}")
    sys.exit(1)
print(f"all {checks} checks passed")
