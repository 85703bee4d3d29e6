"""Score the extractor against the gold set (ANNOTATION.md sections 7 and 8).

A prediction matches a gold mention when the spans overlap, the types agree and
the values agree (relative difference under 1e-6, both ends for ranges); each gold
mention matches at most one prediction. Attribute accuracy is measured on matched
pairs where the attribute applies: `relation` on percentages, `funding` on money,
the others on every pair (null is a value: predicting a year where the gold says
the text gives no way to tell is an error).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import regex

TYPES = ("money", "percent", "count")
ATTRIBUTES = ("unit", "qualifier", "per", "status", "relation", "funding", "province", "years")
APPLIES = {"relation": {"percent"}, "funding": {"money"}}
CORE_FIELDS = ("start", "end", "text", "type", "value", "value_max", "unit", "qualifier")
VALUES = {
    "type": set(TYPES),
    "qualifier": {"exact", "approx", "over", "under"},
    "status": {"actual", "plan", None},
    "relation": {"of_plan", "share", "change", "other", None},
    "funding": {"national", "local", "enterprise", "total", "other", None},
}


class GoldError(ValueError):
    pass


def load_gold(path: Path) -> list[dict]:
    """Gold documents from a .jsonl file or every .jsonl in a folder; numbers as Decimal."""
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    docs = []
    for f in files:
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    doc = json.loads(line, parse_float=Decimal, parse_int=Decimal)
                except json.JSONDecodeError as e:
                    raise GoldError(f"{f}:{n}: invalid JSON ({e.msg})") from None
                doc["_file"] = f"{f}:{n}"
                docs.append(doc)
    return docs


_WRITTEN_NUMBER = regex.compile(r"\d+(?:[.,]\d+)?")


def _percent_value_written(m: dict) -> bool:
    """Is a percentage's value the first number written in its span ("12,5%", "0.5%", "28-30%")?
    Word numbers ("năm phần trăm") are not checked."""
    from decimal import InvalidOperation

    found = _WRITTEN_NUMBER.search(str(m.get("text", "")))
    if not found or m.get("value") is None:
        return True
    try:
        return Decimal(found[0].replace(",", ".")) == Decimal(str(m["value"]))
    except InvalidOperation:
        return False


def validate_gold(doc: dict) -> list[str]:
    """Problems of one gold document (empty when well formed)."""
    import unicodedata

    where = doc.get("_file", doc.get("id"))
    problems = []
    text = doc.get("text")
    if not isinstance(text, str) or not unicodedata.is_normalized("NFC", text):
        problems.append(f"{where}: text missing or not NFC")
        return problems
    if doc.get("split") not in SPLITS:
        problems.append(f"{where}: split = {doc.get('split')!r} is not one of {', '.join(SPLITS)}")
    prev_end = -1
    prev_start = -1
    for i, m in enumerate(doc.get("mentions", [])):
        tag = f"{where} mention {i} {m.get('text')!r}"
        for key in CORE_FIELDS:
            if key not in m:
                problems.append(f"{tag}: missing {key}")
        start, end = int(m.get("start", -1)), int(m.get("end", -1))
        if not (0 <= start < end <= len(text)) or text[start:end] != m.get("text"):
            problems.append(f"{tag}: offsets {start}:{end} do not give its text")
        if start < prev_start:
            problems.append(f"{tag}: not sorted by start")
        if start < prev_end:
            problems.append(f"{tag}: overlaps the previous mention")
        prev_start, prev_end = start, max(prev_end, end)
        for key, allowed in VALUES.items():
            if m.get(key, None) not in allowed and not (key == "qualifier" and key not in m):
                problems.append(f"{tag}: {key} = {m.get(key)!r} is not one of {sorted(map(str, allowed))}")
        if m.get("type") != "percent" and m.get("relation") is not None:
            problems.append(f"{tag}: relation is for percentages only")
        if m.get("type") != "money" and m.get("funding") is not None:
            problems.append(f"{tag}: funding is for money only")
        if m.get("type") == "percent" and m.get("unit") != "%":
            problems.append(f"{tag}: percent unit must be %")
        if m.get("type") == "percent" and not _percent_value_written(m):
            # (a draft that parsed "0,5%" as 0 or "17,9%" as 18 is caught here, not in the scores)
            problems.append(f"{tag}: value {m.get('value')!r} is not the number written")
        if m.get("type") == "count" and m.get("value") is not None and m["value"] != int(m["value"]):
            problems.append(f"{tag}: a count is an integer")
        years = m.get("years")
        if years is not None and (not isinstance(years, list) or len(years) != 2 or years[0] > years[1]):
            problems.append(f"{tag}: years must be [first, last]")
    return problems


def _same_value(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    a, b = Decimal(a), Decimal(b)
    if a == b:
        return True
    return abs(a - b) / max(abs(a), abs(b)) < Decimal("1e-6")


def values_agree(gold: dict, pred: dict) -> bool:
    return _same_value(gold["value"], pred["value"]) and _same_value(gold.get("value_max"), pred.get("value_max"))


_PROVINCE_PREFIX = regex.compile(r"^\s*(?:tỉnh|thành phố|tp\.?)\s*", regex.IGNORECASE)


def province_key(name: str | None) -> str | None:
    """`TP. Hồ Chí Minh` = `Hồ Chí Minh`, `Thừa Thiên - Huế` = `Thừa Thiên Huế`."""
    if name is None:
        return None
    return regex.sub(r"[\s.\-]", "", _PROVINCE_PREFIX.sub("", name)).lower()


def attribute_agrees(name: str, gold: dict, pred: dict) -> bool:
    g, p = gold.get(name), pred.get(name)
    if name == "unit" and gold["type"] == "count" and g and p:
        g, p = g.lower(), p.lower()
        return g == p or g in p or p in g
    if name == "province":
        return province_key(g) == province_key(p)
    if name == "years":
        return (list(map(int, g)) if g else None) == (list(map(int, p)) if p else None)
    return g == p


def match(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """Pairs (gold index, prediction index): overlap, same type, same value; one-to-one."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if overlap > 0 and g["type"] == p["type"] and values_agree(g, p):
                exact = g["start"] == p["start"] and g["end"] == p["end"]
                candidates.append((not exact, -overlap, gi, pi))
    pairs, used_g, used_p = [], set(), set()
    for _, _, gi, pi in sorted(candidates):
        if gi not in used_g and pi not in used_p:
            pairs.append((gi, pi))
            used_g.add(gi)
            used_p.add(pi)
    return sorted(pairs)


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "tp": tp, "predicted": n_pred, "gold": n_gold}


@dataclass
class Score:
    by_type: dict[str, dict] = field(default_factory=dict)
    overall: dict = field(default_factory=dict)
    strict: dict = field(default_factory=dict)
    attributes: dict[str, dict] = field(default_factory=dict)
    misses: list[dict] = field(default_factory=list)
    false_alarms: list[dict] = field(default_factory=list)
    wrong_attributes: list[dict] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"by_type": self.by_type, "overall": self.overall, "strict": self.strict,
                "attributes": self.attributes}


def score(gold_docs: list[dict], predictions: dict[str, list[dict]]) -> Score:
    """Score predictions (doc id -> mention dicts) against gold documents."""
    tp = {t: 0 for t in TYPES}
    n_gold = {t: 0 for t in TYPES}
    n_pred = {t: 0 for t in TYPES}
    strict_tp = 0
    attr_ok = {a: 0 for a in ATTRIBUTES}
    attr_n = {a: 0 for a in ATTRIBUTES}
    result = Score()
    for doc in gold_docs:
        gold = doc["mentions"]
        pred = predictions.get(doc["id"], [])
        for g in gold:
            n_gold[g["type"]] += 1
        for p in pred:
            n_pred[p["type"]] += 1
        pairs = match(gold, pred)
        strict_tp += len({(g["start"], g["end"], g["type"]) for g in gold}
                         & {(p["start"], p["end"], p["type"]) for p in pred})
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            tp[g["type"]] += 1
            for a in ATTRIBUTES:
                if a in APPLIES and g["type"] not in APPLIES[a]:
                    continue
                if a not in g:
                    continue           # gold does not label this attribute
                attr_n[a] += 1
                if attribute_agrees(a, g, p):
                    attr_ok[a] += 1
                else:
                    result.wrong_attributes.append({"doc": doc["id"], "attribute": a, "text": g["text"],
                                                    "gold": g.get(a), "predicted": p.get(a)})
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        text = doc["text"]
        result.misses += [_error(doc["id"], text, g) for i, g in enumerate(gold) if i not in matched_g]
        result.false_alarms += [_error(doc["id"], text, p) for i, p in enumerate(pred) if i not in matched_p]
    result.by_type = {t: prf(tp[t], n_pred[t], n_gold[t]) for t in TYPES}
    result.overall = prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    result.strict = prf(strict_tp, sum(n_pred.values()), sum(n_gold.values()))
    result.attributes = {a: {"accuracy": round(attr_ok[a] / attr_n[a], 4) if attr_n[a] else None, "n": attr_n[a]}
                         for a in ATTRIBUTES}
    return result


def _error(doc_id: str, text: str, m: dict) -> dict:
    start, end = int(m["start"]), int(m["end"])
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    line = text[left:right if right >= 0 else len(text)]
    return {"doc": doc_id, "start": start, "end": end, "text": m["text"], "type": m["type"],
            "value": m["value"], "value_max": m.get("value_max"), "context": _window(line, start - left, end - left)}


def _window(line: str, a: int, b: int, width: int = 70) -> str:
    lo, hi = max(0, a - width), min(len(line), b + width)
    return ("…" if lo else "") + line[lo:a] + "[[" + line[a:b] + "]]" + line[b:hi] + ("…" if hi < len(line) else "")


# dev: the rules are written from it; test: scored when a change is finished; unseen: articles written
# and labeled by annotators who saw neither the corpus nor the extractor (benchmarks/unseen/)
SPLITS = ("dev", "test", "unseen")


def evaluate(gold_path: Path, split: str | None = None) -> Score:
    """Run the extractor on every gold document's text (of one split, if given) and score it."""
    from .extract import extract
    from .records import mention_dict

    docs = load_gold(gold_path)
    if split is not None:
        if split not in SPLITS:
            raise GoldError(f"--split {split!r}: not one of {', '.join(SPLITS)}")
        docs = [d for d in docs if d.get("split") == split]
        if not docs:
            raise GoldError(f"{gold_path}: no document of split {split!r}")
    predictions = {doc["id"]: [mention_dict(m) for m in extract(doc["text"], doc["id"])] for doc in docs}
    return score(docs, predictions)
