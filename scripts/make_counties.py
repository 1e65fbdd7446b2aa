"""Write ontology/lexicon/counties.tsv, the gazetteer of county-level divisions, from the administrative division
codes that the `cpca` package ships (resources/adcodes.csv; MIT licence, copyright (c) 2018 QinYuan Du).

Run it when the divisions change: `pip download cpca==0.5.5 --no-deps -d /tmp/cpca`, unzip the wheel, then
`python scripts/make_counties.py /tmp/cpca/cpca/resources/adcodes.csv`. Each row is a district, county, banner or
county-level city, with the city (or, where it lies directly under its province, the province) it lies in, by
their full names as the codes give them; how the extractor uses them is extract/lexicon.py's business.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "ontology" / "lexicon" / "counties.tsv"
# rows that group a province's or a city's divisions without being one (110100 市辖区, 429000 省直辖县级行政区划)
PLACEHOLDERS = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")
# what a short name leaves out (张家川回族自治县 → 张家川, 神农架林区 → 神农架, 秦州区 → 秦州), longest first
SUFFIXES = ("自治县", "自治旗", "林区", "特区", "矿区", "区", "县", "市", "旗")
# endings whose nations a short name leaves out too (管城回族区 → 管城); texts write such a division as its short name
# and its kind (管城区法院, 孟村县), which is then an alias
NATION_ENDINGS = ("自治县", "自治旗", "区")
# What a county-level division may have become since the codes were taken: a county a city or a district, a city a
# district (宁乡县 became 宁乡市 in 2017). Those names are its aliases — unless its short name is an ordinary word,
# which text runs into such a suffix (会同|市司法局: "together with the city's bureau of justice").
RENAMED = {"县": ("市", "区"), "市": ("区",)}
ORDINARY_WORD_FREQUENCY = 100  # in jieba's dictionary: 会同 859, 平安 1438; 宁乡 32, 浏阳 80
HEADER = """\
# County-level divisions (districts, counties, banners, county-level cities), written by their full names, with the
# city (or the province) they lie in. Made by scripts/make_counties.py from the administrative division codes of
# the cpca package (resources/adcodes.csv, MIT licence, copyright (c) 2018 QinYuan Du); extend by hand as needed.
# The extractor knows a division only by its full name (秦州区, not 秦州: short names are often ordinary words) and
# only when no other division or place bears the same name; `name` is its short name, as the gazetteer of places
# (places.tsv) keys places, or its full name where the short one would be a single character (沛县). aliases: the
# names it would bear had it become a city or a district since (宁乡县 became 宁乡市 in 2017), or the name texts
# write it by without its nations (管城回族区 → 管城区), where its short name is no ordinary word (会同|市司法局).
name\tfull_name\twithin\taliases\tadcode
"""


def short_name(full_name: str, nations: list[str]) -> str:
    for suffix in SUFFIXES:
        if full_name.endswith(suffix):
            short = full_name[: -len(suffix)]
            if suffix in NATION_ENDINGS:  # 长阳土家族自治县, 双江拉祜族佤族布朗族傣族自治县, 管城回族区
                while short.endswith(tuple(nations)):
                    short = short[: -len(next(n for n in nations if short.endswith(n)))]
            if len(short) >= 2:
                return short
            # a single character left: a shorter suffix may be the one (碑林区 is 碑林's district, no 林区)
    return full_name


def renamed(full_name: str, short: str, frequency: dict[str, int]) -> list[str]:
    if short == full_name or frequency.get(short, 0) >= ORDINARY_WORD_FREQUENCY:
        return []
    if "族" in full_name[len(short) :]:  # nations left out
        return [short + full_name[-1]]  # 管城回族区 → 管城区, 孟村回族自治县 → 孟村县
    return [full_name[:-1] + ending for ending in RENAMED.get(full_name[-1], ())]


def main(adcodes: Path) -> None:
    import jieba

    jieba.initialize()
    frequency = jieba.dt.FREQ
    nations_file = adcodes.with_name("56_nations.csv")
    nations = sorted(nations_file.read_text(encoding="utf-8").split(), key=len, reverse=True)
    names: dict[str, str] = {}
    with adcodes.open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            names[row["adcode"][:6]] = row["name"]
    lines = []
    for code, name in sorted(names.items()):
        if code.endswith("00") or name in PLACEHOLDERS:
            continue  # a province, a city, or a placeholder
        city = names.get(code[:4] + "00", "")
        within = city if city and city not in PLACEHOLDERS else names[code[:2] + "0000"]
        short = short_name(name, nations)
        aliases = "|".join(renamed(name, short, frequency))
        lines.append(f"{short}\t{name}\t{within}\t{aliases}\t{code}\n")
    OUT.write_text(HEADER + "".join(lines), encoding="utf-8")
    print(f"{len(lines)} divisions written to {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
