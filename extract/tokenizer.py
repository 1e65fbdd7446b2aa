"""A jieba tokenizer for spaCy's blank Chinese pipeline that keeps the lexicon's words whole.

spaCy's own `segmenter = "jieba"` uses jieba's global dictionary; this one uses a private jieba.Tokenizer
that also knows the verbs, phrase heads and names under ontology/lexicon/, so that `推动建立` splits as
推动|建立 and 深圳中院 as 深圳|中院, and token boundaries fall where the rules expect them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

import jieba
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import get_words_and_spaces, registry
from spacy.vocab import Vocab

from extract.components.common import remember_text
from extract.lexicon import load_lexicon

# High enough that jieba prefers the lexicon's segmentation over its own compounds (深入推进, 工作机制),
# and only given to words of two or more characters.
LEXICON_WORD_FREQUENCY = 200_000

jieba.setLogLevel(logging.WARNING)


class LexiconJiebaTokenizer:
    def __init__(self, vocab: Vocab, words: Iterable[str]) -> None:
        self.vocab = vocab
        self.segmenter = jieba.Tokenizer()
        self.segmenter.initialize()
        for word in sorted(words):
            self.segmenter.add_word(word, freq=LEXICON_WORD_FREQUENCY)

    def __call__(self, text: str) -> Doc:
        words = [word for word in self.segmenter.cut(text, cut_all=False, HMM=False) if word]
        words, spaces = get_words_and_spaces(words, text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        remember_text(doc, text, words)
        return doc

    def to_disk(self, path: str, **kwargs: object) -> None:  # the lexicon is data of its own; nothing to save
        return None

    def from_disk(self, path: str, **kwargs: object) -> LexiconJiebaTokenizer:
        return self


@registry.tokenizers("reformkg.lexicon_jieba.v1")
def create_lexicon_jieba_tokenizer() -> Callable[[Language], LexiconJiebaTokenizer]:
    def make(nlp: Language) -> LexiconJiebaTokenizer:
        return LexiconJiebaTokenizer(nlp.vocab, load_lexicon().vocabulary())

    return make
