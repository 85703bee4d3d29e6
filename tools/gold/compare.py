"""Compare two annotators' gold folders: python tools/gold/compare.py DIR_A DIR_B [doc ids...]."""
import json, sys, glob, os

FIELDS = ["type", "value", "value_max", "unit", "qualifier", "per", "status", "relation", "funding", "province", "years"]


def load(d, doc):
    p = f"{d}/{doc}.jsonl"
    if not os.path.exists(p):
        return None, None
    line = json.loads(open(p).read())
    return line["text"], line["mentions"]


def ctx(text, m, w=60):
    a, b = m["start"], m["end"]
    return text[max(0, a - w):a].replace("\n", " ") + "[[" + text[a:b] + "]]" + text[b:b + w].replace("\n", " ")


def main(a, b, docs):
    n_agree = n_dis = 0
    out = []
    for doc in docs:
        text, ma = load(a, doc)
        _, mb = load(b, doc)
        if ma is None or mb is None:
            out.append(f"## {doc}: missing file ({a}: {ma is not None}, {b}: {mb is not None})")
            continue
        out.append(f"## {doc}")
        used = set()
        for x in ma:
            best = None
            for j, y in enumerate(mb):
                if j in used:
                    continue
                if min(x["end"], y["end"]) > max(x["start"], y["start"]):
                    best = j
                    break
            if best is None:
                n_dis += 1
                out.append(f"- ONLY {a}: {x['text']!r} {x['type']} {x['value']} | {ctx(text, x)}")
                continue
            used.add(best)
            y = mb[best]
            diffs = []
            if (x["start"], x["end"]) != (y["start"], y["end"]):
                diffs.append(f"span {a}={x['text']!r} {b}={y['text']!r}")
            for f in FIELDS:
                if x.get(f) != y.get(f):
                    diffs.append(f"{f} {a}={x.get(f)!r} {b}={y.get(f)!r}")
            if diffs:
                n_dis += 1
                out.append(f"- DIFF {x['text']!r}: " + "; ".join(diffs) + f" | {ctx(text, x)}")
            else:
                n_agree += 1
        for j, y in enumerate(mb):
            if j not in used:
                n_dis += 1
                out.append(f"- ONLY {b}: {y['text']!r} {y['type']} {y['value']} | {ctx(text, y)}")
    print("\n".join(out))
    print(f"\nagree {n_agree}, disagreements {n_dis}")


if __name__ == "__main__":
    a, b, *docs = sys.argv[1:]
    if not docs:
        docs = sorted({os.path.basename(p)[:-6] for p in glob.glob(f"{a}/*.jsonl")})
    main(a, b, docs)
