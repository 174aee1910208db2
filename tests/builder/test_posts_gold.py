"""Post F1 on the seeds and the dev set, scored with the scorer's own logic (../shared/eval/score.py)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import DEV_GOLD, DEV_TEXTS, GOLD, SEEDS, SHARED, need_shared
from vnkg.builder.extract import extract
from vnkg.builder.normalise import prepare, split_sentences
from vnkg.builder.read import iter_articles
from vnkg.records import Post, RawArticle


def _scorer() -> ModuleType:
    path = SHARED / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("vnkg_eval_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _predict(folder: Path) -> list[dict[str, object]]:
    """Post records of every article in a folder, in the facts format."""
    out: list[dict[str, object]] = []
    for raw in iter_articles([folder]):
        assert isinstance(raw, RawArticle), raw
        article = prepare(raw)
        facts = extract(article, split_sentences(article.text)).facts
        for f in facts:
            if isinstance(f, Post):
                place = f.place.name if f.place else None
                out.append(
                    {
                        "type": "post",
                        "doc": article.id,
                        "person": f.person,
                        "role": f.role,
                        "org": f.org,
                        "place": place,
                    }
                )
    return out


@pytest.mark.parametrize(("texts", "gold"), [(SEEDS, GOLD), (DEV_TEXTS, DEV_GOLD)], ids=["seeds", "dev"])
def test_post_f1(texts: Path, gold: Path) -> None:
    need_shared()
    scorer = _scorer()
    gold_recs, docs = scorer.load(str(gold))
    result, show = scorer.score(gold_recs, _predict(texts), ["post"], docs)
    misses = "\n".join(json.dumps(r, ensure_ascii=False) for kind, _, r in show)
    assert result["post"]["f1"] >= 0.95, misses


def test_every_post_has_its_sentence_as_evidence() -> None:
    need_shared()
    for raw in iter_articles([SEEDS]):
        assert isinstance(raw, RawArticle)
        article = prepare(raw)
        for f in extract(article, split_sentences(article.text)).facts:
            if isinstance(f, Post):
                assert article.text[f.evidence.start : f.evidence.end] == f.evidence.text
                assert f.person in f.evidence.text or f.person.split()[-1] in f.evidence.text
