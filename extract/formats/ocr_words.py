"""OCR's misread characters mended against the words of court reform.

Tesseract reads a scanned 工作要点 at about 95% of its characters right; the rest are look-alikes (留痕 → 贸痕,
智慧法院 → 智莫法院, 高级人民法院 → 再级人民法耽, 月底前 → 月撒前), and one wrong character in a name loses the name. A
stretch of OCR text that differs from a known word in one character, and does not read as words jieba knows
(提交|审判 stands, though it looks like 提级审判), is that word. Known words are of two kinds:
- the fixed words of official documents (ocr_words.tsv: the courts' levels, the kinds of document, the words of
  ledgers and task tables), of three characters or more, mended wherever the misread character stands;
- names (the courts, places and bodies of the lexicons, the thesaurus's labels), of four characters or more, mended
  only inside: a name's first or last character misread is as likely its neighbour's (生态环境司|法 is no 生态环境部,
  柳州市城中|区 no 城地区).
Where a misread could be two words, the one jieba meets five times as often wins (人民法耽 is 人民法院, not 人民法庭),
but not between places (南村市 may be 南宁市 or 南京市: it stays as read). Mending runs twice, so that a word with two
misreads is mended through a shorter word inside it (人民法耽 → 人民法院, then 再级人民法院 → 高级人民法院). The
brackets of a document number's year, which OCR reads as [ ] or 【 】, are written as GB/T 9704 prints them: 〔2023〕.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

MIN_LENGTH = 3  # a shorter word differs from too many others by one character
MAX_LENGTH = 16
_YEAR = re.compile(r"[\[【(（〔](\d{4})[\]】)）〕](?=第?\d{1,5}号)")


class OcrMender:
    def __init__(
        self, fixed: Iterable[str], names: Iterable[str], counts: dict[str, int], places: Iterable[str] = ()
    ) -> None:
        """`fixed`: the fixed words of documents; `names`: names; `counts`: how often jieba meets a word (a word it
        meets stands as written); `places`: the names that are places."""
        fixed = {word for word in fixed if MIN_LENGTH <= len(word) <= MAX_LENGTH}
        names = {word for word in names if MIN_LENGTH < len(word) <= MAX_LENGTH} - fixed
        places = frozenset(places)
        self.words = frozenset(fixed | names)
        self.known = frozenset(word for word in counts if len(word) >= 2 and word not in self.words)
        self.lengths = sorted({len(word) for word in self.words}, reverse=True)
        masked: dict[str, set[str]] = {}
        for word in self.words:
            for i in range(1, len(word) - 1) if word in names else range(len(word)):
                masked.setdefault(_mask(word, i), set()).add(word)
        self.masked = {
            key: best for key, found in masked.items() if (best := _dominant(found, counts, places)) is not None
        }

    def mend(self, line: str) -> str:
        for _ in range(2):
            mended = self._mend_once(line)
            if mended == line:
                break
            line = mended
        return _YEAR.sub(r"〔\1〕", line)

    def _mend_once(self, line: str) -> str:
        out: list[str] = []
        position = 0
        while position < len(line):
            taken = self._word_at(line, position)
            if taken is None:
                out.append(line[position])
                position += 1
            else:
                out.append(taken)
                position += len(taken)
        return "".join(out)

    def _word_at(self, line: str, position: int) -> str | None:
        """The known or mended word that starts here, the longest; None if none does."""
        for length in self.lengths:
            window = line[position : position + length]
            if len(window) < length:
                continue
            if window in self.words:
                return window
            if self._reads_as_words(window) or not all("\u4e00" <= c <= "\u9fff" for c in window):
                continue
            for i in range(length):
                if (i == 0 and window[1:] in self.words) or (i == length - 1 and window[:-1] in self.words):
                    continue  # the rest reads a word already: the odd character is its neighbour's (市|中级人民法院)
                word = self.masked.get(_mask(window, i))
                if word is not None:
                    return word
        return None

    def _reads_as_words(self, window: str) -> bool:
        """Does the window read as words jieba knows, two characters or more each (提交|审判 is read right, however
        like 提级审判 it looks)? A misread leaves a piece no word (贸痕, 法耽)."""
        readable = [True] + [False] * len(window)
        for end in range(2, len(window) + 1):
            readable[end] = any(
                readable[start] and window[start:end] in self.known
                for start in range(max(0, end - MAX_LENGTH), end - 1)
            )
        return readable[-1]


def _dominant(words: set[str], counts: dict[str, int], places: frozenset[str]) -> str | None:
    """The one word, or the one met five times as often as any other where none is a place; None where the mask
    leaves it open."""
    ranked = sorted(words, key=lambda word: (-counts.get(word, 0), word))
    if len(ranked) == 1:
        return ranked[0]
    if places.isdisjoint(ranked) and counts.get(ranked[0], 0) >= 5 * max(counts.get(ranked[1], 0), 1):
        return ranked[0]
    return None


def _mask(word: str, index: int) -> str:
    return f"{word[:index]}\0{word[index + 1 :]}"


@cache
def ocr_mender() -> OcrMender:
    import jieba

    from reformkg.extract import ledger as ledgers
    from reformkg.extract.lexicon import load_lexicon
    from reformkg.extract.tables import column_words
    from reformkg.extract.thesaurus import load_thesaurus
    from reformkg.ontology import read_table

    lexicon = load_lexicon()
    places = {surface for place in lexicon.places.values() for surface in place.surfaces}
    names = set(places) | set(load_thesaurus().labels())
    for thing in lexicon.named.values():
        names |= {thing.name, *thing.aliases}
    fixed = {row["word"] for row in read_table("ocr_words.tsv")} | set(column_words()) | set(ledgers.field_words())
    jieba.initialize()
    counts = {word: count for word, count in jieba.dt.FREQ.items() if count and 2 <= len(word) <= MAX_LENGTH}
    return OcrMender(fixed, names, counts, places)
