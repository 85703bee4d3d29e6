"""underthesea's models, loaded fast.

Start-up cost a whole second per process, and a run with `--jobs N` pays it in every worker:
- underthesea's package `__init__` imports every pipeline it has (NER, chunking, classifiers,
  translation, ...): 0.3 s. We need three of them, so the package is entered without running
  its `__init__`; the first attribute anybody else asks of `underthesea` runs it then
  (`_LazyPackage`), so `import underthesea; underthesea.ner(...)` still works.
- its CRF models' features and dictionaries are loaded with joblib, whose unpickler is written
  in Python: 0.7 s for two copies of one 72,000-word set. They are plain pickles, read here
  with the C unpickler, the dictionary once for both models (joblib is the fallback). Its text
  normaliser's tables are read the same way (`_seed_text_normalizer`).
"""
from __future__ import annotations

import importlib.util
import os
import pickle
import sys
import types
from functools import lru_cache


def _enter_package() -> None:
    """Put `underthesea` in sys.modules without running its __init__ (if nobody has yet)."""
    if "underthesea" in sys.modules:
        return
    spec = importlib.util.find_spec("underthesea")
    if spec is None or spec.loader is None:
        raise ImportError("underthesea is not installed")
    package = importlib.util.module_from_spec(spec)

    def __getattr__(name: str):
        # somebody wants more of underthesea than we loaded: run its __init__ now, once
        if name.startswith("__"):
            raise AttributeError(name)
        del package.__dict__["__getattr__"]
        spec.loader.exec_module(package)
        return getattr(package, name)

    package.__getattr__ = __getattr__
    sys.modules["underthesea"] = package
    _seed_text_normalizer(os.path.dirname(spec.origin))


RULES = "tn_rules_2023_07_14.bin"


def _seed_text_normalizer(root: str) -> None:
    """underthesea's text_normalizer module (its tables, read by joblib twice), built here with the C
    unpickler; if underthesea's files differ from what this expects, its own module is used."""
    name = "underthesea.pipeline.text_normalize.text_normalizer"
    folder = os.path.join(root, "pipeline", "text_normalize")
    rules = os.path.join(folder, RULES)
    if name in sys.modules or not os.path.exists(rules):
        return
    data = _unpickle(rules)
    if not isinstance(data, dict) or not {"character", "token"} <= data.keys():
        return

    class TextNormalizer:
        def __init__(self, binary_file):
            table = data if binary_file == rules else _unpickle(binary_file)
            self.character_map = table["character"]
            self.token_map = table["token"]

    module = types.ModuleType(name)
    module.__file__ = os.path.join(folder, "text_normalizer.py")
    module.TextNormalizer = TextNormalizer
    module.rule_file = RULES
    module.text_normalizer = TextNormalizer(rules)
    module.character_map = module.text_normalizer.character_map
    module.token_map = module.text_normalizer.token_map
    sys.modules[name] = module


def package_dir() -> str:
    _enter_package()
    return os.path.dirname(sys.modules["underthesea"].__file__)


def _unpickle(path: str):
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except Exception:
        import joblib   # a joblib file that is not a plain pickle (compressed, numpy arrays)

        return joblib.load(path)


@lru_cache(maxsize=None)
def _dictionary(path: str, size: int, mtime: float):
    return _unpickle(path)


class CRFSequenceTagger:
    """What underthesea's FastCRFSequenceTagger does when predicting (its module imports joblib)."""

    def __init__(self, folder: str):
        from underthesea_core import CRFFeaturizer, CRFTagger

        self.estimator = CRFTagger()
        self.estimator.load(os.path.join(folder, "models.bin"))
        features = _unpickle(os.path.join(folder, "features.bin"))
        dict_path = os.path.join(folder, "dictionary.bin")
        st = os.stat(dict_path)
        self.featurizer = CRFFeaturizer(features, _dictionary(dict_path, st.st_size, st.st_mtime))

    def predict(self, tokens):
        return self.estimator.tag(self.featurizer.process([tokens])[0])


@lru_cache(maxsize=None)
def crf_tagger(folder: str) -> CRFSequenceTagger:
    return CRFSequenceTagger(folder)


def word_tokenize():
    """underthesea's word_tokenize, its model loaded by crf_tagger."""
    _enter_package()
    import underthesea.pipeline.text_normalize  # noqa: F401  (before word_tokenize: their imports are circular)
    import underthesea.pipeline.word_tokenize as ws

    if ws.word_tokenize_model is None:
        ws.word_tokenize_model = crf_tagger(os.path.join(os.path.dirname(ws.__file__), "models",
                                                         "ws_crf_vlsp2013_20230727"))
    return ws.word_tokenize


def pos_tagger():
    return crf_tagger(os.path.join(package_dir(), "pipeline", "pos_tag", "models", "pos_crf_vlsp2013_20230303"))


def sent_tokenize():
    _enter_package()
    from underthesea.pipeline.sent_tokenize import sent_tokenize as split

    return split


@lru_cache(maxsize=1)
def token_map() -> dict:
    """underthesea's token normalisation table (old-style tone placement -> new)."""
    _enter_package()
    from underthesea.pipeline.text_normalize.text_normalizer import token_map as table

    return table


def skip_spacy_cli() -> None:
    """In kcextract's own worker and command processes, which never use spaCy's command line:
    `import spacy` imports its whole CLI (typer, wasabi, every command module; a seventh of a
    worker's start-up) only for `spacy.info`. A placeholder stands in for it, and imports the
    real one if anything asks for it after all. Does nothing once spaCy is imported."""
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return
    import importlib

    def real():
        for name in ("spacy.cli.info", "spacy.cli"):
            sys.modules.pop(name, None)
        return importlib.import_module("spacy.cli.info")

    def lazily(module):
        def __getattr__(attr):
            if attr.startswith("__"):       # the import system asking (`__path__`): not a use
                raise AttributeError(attr)
            return getattr(module(), attr)
        return __getattr__

    placeholder = types.ModuleType("spacy.cli")
    placeholder.__path__ = []
    placeholder.__getattr__ = lazily(lambda: real() and sys.modules["spacy.cli"])
    info = types.ModuleType("spacy.cli.info")
    info.info = lambda *args, **kwargs: real().info(*args, **kwargs)
    info.__getattr__ = lazily(real)
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = placeholder, info
    import spacy

    spacy.cli = placeholder             # `spacy.cli.x` works as before, importing the real one
