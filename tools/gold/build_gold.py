"""Turn a labeler's draft into a gold line with offsets, and validate it.

Usage: python tools/gold/build_gold.py DRAFT.json OUT.jsonl [TEXT.txt [SPLIT]]   (from the repository root)

DRAFT.json = {"id": "<doc id>", "mentions": [ {"text": "7.968,6 triệu đồng",
   "anchor": "tổng kinh phí 7.968,6 triệu đồng",   # a longer substring of the document
   "nth": 0,               # optional: which occurrence of the anchor (0-based), default: anchor must be unique
   "type": ..., "value": ..., "value_max": ..., "unit": ..., "qualifier": ..., "per": ...,
   "status": ..., "relation": ..., "funding": ..., "province": ..., "years": ...}, ...]}
The document text is read from corpus/<id>.txt (NFC), or from TEXT.txt when given; SPLIT, when given,
is written as the line's `split`.
"""
import json, sys, unicodedata
from decimal import Decimal

TYPES = {"money", "percent", "count"}
QUALS = {"exact", "approx", "over", "under"}
STATUS = {"actual", "plan", None}
REL = {"of_plan", "share", "change", "other", None}
FUND = {"national", "local", "enterprise", "total", "other", None}


def main(draft_path, out_path, text_path=None, split=None):
    draft = json.load(open(draft_path, encoding="utf-8"))
    doc_id = draft["id"]
    text_path = text_path or f"corpus/{doc_id}.txt"
    raw = open(text_path, encoding="utf-8-sig").read()
    text = unicodedata.normalize("NFC", raw)
    out, errors = [], []
    for i, m in enumerate(draft["mentions"]):
        anchor = m.get("anchor") or m["text"]
        positions, p = [], text.find(anchor)
        while p >= 0:
            positions.append(p)
            p = text.find(anchor, p + 1)
        nth = m.get("nth")
        if not positions:
            errors.append(f"#{i} anchor not found: {anchor!r}")
            continue
        if nth is None and len(positions) > 1:
            errors.append(f"#{i} anchor occurs {len(positions)} times, give nth: {anchor!r}")
            continue
        a = positions[nth or 0]
        k = anchor.find(m["text"])
        if k < 0:
            errors.append(f"#{i} text {m['text']!r} not inside anchor {anchor!r}")
            continue
        start = a + k
        end = start + len(m["text"])
        t = m["type"]
        if t not in TYPES:
            errors.append(f"#{i} bad type {t}")
        if m.get("qualifier", "exact") not in QUALS:
            errors.append(f"#{i} bad qualifier {m.get('qualifier')}")
        if m.get("status") not in STATUS:
            errors.append(f"#{i} bad status {m.get('status')}")
        if m.get("relation") not in REL or (t != "percent" and m.get("relation")):
            errors.append(f"#{i} bad relation {m.get('relation')}")
        if m.get("funding") not in FUND or (t != "money" and m.get("funding")):
            errors.append(f"#{i} bad funding {m.get('funding')}")
        Decimal(str(m["value"]))
        rec = {
            "start": start, "end": end, "text": m["text"], "type": t,
            "value": m["value"], "value_max": m.get("value_max"), "unit": m["unit"],
            "qualifier": m.get("qualifier", "exact"), "per": m.get("per"),
            "status": m.get("status"), "relation": m.get("relation"),
            "funding": m.get("funding"), "province": m.get("province"),
            "years": m.get("years"),
        }
        if "note" in m:
            rec["note"] = m["note"]
        out.append(rec)
    out.sort(key=lambda r: r["start"])
    for a, b in zip(out, out[1:]):
        if b["start"] < a["end"]:
            errors.append(f"overlap: {a['text']!r}@{a['start']} and {b['text']!r}@{b['start']}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    line = {"id": doc_id, "source": text_path, "text": text, "mentions": out}
    if split:
        line = {"id": doc_id, "source": text_path, "split": split, "text": text, "mentions": out}
    # the checks `kcextract eval` makes of every gold line (values written, fields, offsets)
    from kcextract.evaluate import validate_gold

    problems = validate_gold({**line, "split": split or "dev"})
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"ok: {len(out)} mentions -> {out_path}")


if __name__ == "__main__":
    main(*sys.argv[1:5])
