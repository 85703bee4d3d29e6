"""Write kcextract/extract/data/subprovince.csv: districts, towns, wards and communes before the
1 July 2025 reform, each with its province, from the official division list that the
`vietnam-provinces` package shipped up to version 0.6.0 (its later versions only hold the 2025 units).

Usage (from the repository root):
    pip download --no-deps -d /tmp/vp vietnam-provinces==0.6.0 && unzip -o /tmp/vp/*.whl -d /tmp/vp
    python tools/places/build_subprovince.py /tmp/vp/vietnam_provinces/data/nested-divisions.json
"""
import csv
import json
import sys
import unicodedata

import regex

from kcextract.extract.places import canonical
from kcextract.extract.segment import normalize

OUT = "kcextract/extract/data/subprovince.csv"
PROVINCES = "kcextract/extract/data/provinces_2025.csv"
KINDS = ("Thành phố", "Thị xã", "Thị trấn", "Quận", "Huyện", "Phường", "Xã")


def split_kind(name: str) -> tuple[str, str]:
    for kind in KINDS:
        if name.lower().startswith(kind.lower() + " "):      # the list writes "Thành Phố" too
            return kind.lower(), name[len(kind) + 1:]
    raise ValueError(f"no division type in {name!r}")


def main(path: str) -> None:
    rows = []
    for p in json.load(open(path, encoding="utf-8")):
        # the package's old-style tone placement ("Hoà Bình") becomes the gazetteer's ("Hòa Bình")
        province = canonical(normalize(regex.sub(r"^(?:Thành phố|Tỉnh) ", "", unicodedata.normalize("NFC", p["name"]))))
        if province is None:
            raise SystemExit(f"{p['name']!r}: not one of the 63 provinces of {PROVINCES}")
        for d in p["districts"]:
            rows.append((*split_kind(normalize(unicodedata.normalize("NFC", d["name"]))), province))
            for w in d["wards"]:
                rows.append((*split_kind(normalize(unicodedata.normalize("NFC", w["name"]))), province))
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["kind", "name", "province"])
        writer.writerows(sorted(set(rows), key=lambda r: (r[2], r[0], r[1])))
    print(f"{len(rows)} places -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
