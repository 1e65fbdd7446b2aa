"""A jieba tokenizer for spaCy's blank Chinese pipeline that keeps the lexicon's words whole.

spaCy's own `segmenter = "jieba"` uses jieba's global dictionary; this one uses a private jieba.Tokenizer
that also knows the verbs, phrase heads and names under ontology/lexicon/, so that `推动建立` splits as
推动|建立 and 深圳中院 as 深圳|中院, and token boundaries fall where the rules expect them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable

import jieba
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from reformkg.extract.components.common import POINT_MARKER, WHITESPACE, remember_text
from reformkg.extract.lexicon import DIVISION_ENDINGS, load_lexicon

# High enough that jieba prefers the lexicon's segmentation over its own compounds (深入推进, 工作机制),
# and only given to words of two or more characters.
LEXICON_WORD_FREQUENCY = 200_000
# how often jieba's dictionary counts a word that is common: 会同 859, 城区 1,517; county names 珲春 34, 格尔木 80
COMMON_WORD_FREQUENCY = 200

jieba.setLogLevel(logging.WARNING)


class LexiconJiebaTokenizer:
    def __init__(
        self, vocab: Vocab, words: Iterable[str], divisions: Iterable[str] = (), name_endings: Iterable[str] = ()
    ) -> None:
        """`divisions`: full names of county-level divisions that jieba is not taught (see extract/lexicon.py); a
        word that opens with the last character of one, after the rest of it, gives that character back to it:
        宁乡|市法院 → 宁乡市|法院. `name_endings`: how the names of courts and bodies after a place end (法院,
        证券交易所), which jieba must not hold whole with their places."""
        self.vocab = vocab
        self.divisions = frozenset(divisions)
        self.segmenter = jieba.Tokenizer()
        self.segmenter.initialize()
        words = set(words)
        for word in _whole_names(self.segmenter.FREQ, words | self.divisions, tuple(name_endings)):
            self.segmenter.del_word(word)
        for word in sorted(words):
            self.segmenter.add_word(word, freq=LEXICON_WORD_FREQUENCY)

    def common_word(self, word: str) -> bool:
        """Is `word` a common word of jieba's dictionary (会同 "together with", 城区 "urban district"), rather than
        a name it hardly knows (珲春, 格尔木) or not at all?"""
        return self.segmenter.FREQ.get(word, 0) >= COMMON_WORD_FREQUENCY

    def segment(self, text: str) -> tuple[list[str], list[bool]]:
        """The words of the Doc that __call__ would make, and whether a space follows each. A point's number
        (1. 2、 ③ opening a line or a sentence) is one token of its own, which the components read as a break."""
        if _POINT_AT_START.search(text) is None:
            words = self._cut(text)
        else:
            words = []
            position = 0
            for match in _POINT_AT_START.finditer(text):
                words += self._cut(text[position : match.start(1)])
                words.append(match.group(1))
                position = match.end(1)
            words += self._cut(text[position:])
        if WHITESPACE.search(text) is None:  # most work points: nothing to align
            return words, [False] * len(words)
        return words_and_spaces(words, text)

    def _cut(self, text: str) -> list[str]:
        if not text:
            return []
        words = [word for word in self.segmenter.cut(text, cut_all=False, HMM=False) if word]
        cut: list[str] = []
        for word in words:
            if len(word) > 1 and word[0] in DIVISION_ENDINGS:
                # the rest of the division's name may be cut into single characters too (横|州|市法院)
                size = next((n for n in (1, 2, 3) if "".join(cut[-n:]) + word[0] in self.divisions), 0)
                if size and len(cut) >= size:
                    cut[-size:] = ["".join(cut[-size:]) + word[0]]
                    word = word[1:]
            cut.append(word)
        return cut

    def __call__(self, text: str) -> Doc:
        words, spaces = self.segment(text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        remember_text(doc, text, words, spaces)
        return doc

    def to_disk(self, path: str, **kwargs: object) -> None:  # the lexicon is data of its own; nothing to save
        return None

    def from_disk(self, path: str, **kwargs: object) -> LexiconJiebaTokenizer:
        return self


_POINT_AT_START = re.compile(rf"(?:^|(?<=[\n。；：]))({POINT_MARKER.pattern})")


def words_and_spaces(words: list[str], text: str) -> tuple[list[str], list[bool]]:
    """spacy.util.get_words_and_spaces for words that tile the text, as jieba's do, in linear time: that one
    slices the rest of the text for every word. Same result: a single space after a word becomes the word's
    trailing space, any other run of whitespace one token."""
    out_words: list[str] = []
    spaces: list[bool] = []
    position = 0
    for word in words:
        if word.isspace():
            continue
        start = text.find(word, position)
        if start == -1:
            raise ValueError(f"the segmenter's words do not tile the text: {word!r} in {text!r}")
        if start > position:
            out_words.append(text[position:start])
            spaces.append(False)
        out_words.append(word)
        position = start + len(word)
        trailing = position < len(text) and text[position] == " "
        spaces.append(trailing)
        position += trailing
    if position < len(text):
        out_words.append(text[position:])
        spaces.append(False)
    return out_words, spaces


def _whole_names(frequencies: dict[str, int], words: set[str], endings: tuple[str, ...]) -> list[str]:
    """Names of courts and bodies that jieba's dictionary holds as one word (深圳市中级人民法院, 上海证券交易所): the
    courts component reads them as a place and a name's ending (深圳市|中级人民法院), so they are cut like any other.
    Those that open with a word of the lexicon or a division's full name (a place: 南关区|法院) and that the lexicon
    does not hold whole itself. Every
    pipeline that loads reads jieba's half a million words here: the last character is tested first."""
    last = frozenset(ending[-1] for ending in endings)
    return sorted(
        word
        for word, frequency in frequencies.items()
        if word[-1] in last
        and frequency
        and word.endswith(endings)
        and word not in words
        and any(word[:size] in words for size in range(2, len(word) - 1))
    )


@registry.tokenizers("reformkg.lexicon_jieba.v1")
def create_lexicon_jieba_tokenizer() -> Callable[[Language], LexiconJiebaTokenizer]:
    def make(nlp: Language) -> LexiconJiebaTokenizer:
        lexicon = load_lexicon()
        endings = {"法院", "法庭", *(s.suffix for s in lexicon.court_suffixes if "{" not in s.suffix)}
        return LexiconJiebaTokenizer(nlp.vocab, lexicon.vocabulary(), lexicon.divisions, sorted(endings))

    return make
