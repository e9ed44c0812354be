"""natasha's NewsNERTagger with diplograph's `mentions` contract, for a side-by-side evaluation.

Reads JSONL {"id", "text"} on stdin and writes JSONL {"id", "mentions": [{"start", "end", "text", "kind",
"entity", "name"}]} with UTF-16 offsets (as JavaScript counts them). PER -> Person, ORG -> Organization,
LOC -> Location (natasha does not tell states from places).

    .diplograph/venv/bin/python test/eval/natasha.py [--normalize] < docs.jsonl

With --normalize, natasha also tags morphology and puts each span into its normal form (name), as diplograph
does ("Лаврова" -> "Лавров"): the like-for-like pipeline for a speed comparison.
"""

import json
import os
import re
import sys

# This file is named like the package: keep its own folder off the import path.
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != HERE]

from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter  # noqa: E402

KINDS = {"PER": "Person", "ORG": "Organization", "LOC": "Location"}
PREFIX = {"Person": "person", "Organization": "org", "Location": "location"}


def utf16_offsets(text):
    """Maps Python code-point offsets to UTF-16 offsets; None when they are the same (no astral characters)."""
    if all(ord(ch) <= 0xFFFF for ch in text):
        return None
    table, n = [], 0
    for ch in text:
        table.append(n)
        n += 2 if ord(ch) > 0xFFFF else 1
    table.append(n)
    return table


def mentions(text, segmenter, tagger, normalizer):
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_ner(tagger)
    if normalizer:
        morph, vocab = normalizer
        doc.tag_morph(morph)
        for span in doc.spans:
            span.normalize(vocab)
    table = utf16_offsets(text)
    out = []
    for span in doc.spans:
        kind = KINDS.get(span.type)
        if kind is None:
            continue
        surface = text[span.start:span.stop]
        slug = re.sub(r"\W+", "-", surface.lower()).strip("-")
        start, end = (span.start, span.stop) if table is None else (table[span.start], table[span.stop])
        out.append({"start": start, "end": end, "text": surface, "kind": kind,
                    "entity": f"{PREFIX[kind]}:{slug}", "name": span.normal or surface})
    return out


def main():
    segmenter = Segmenter()
    embedding = NewsEmbedding()
    tagger = NewsNERTagger(embedding)
    normalizer = (NewsMorphTagger(embedding), MorphVocab()) if "--normalize" in sys.argv[1:] else None
    for line in sys.stdin:
        if not line.strip():
            continue
        record = json.loads(line)
        result = {"id": record["id"], "mentions": mentions(record["text"], segmenter, tagger, normalizer)}
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
