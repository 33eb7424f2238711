"""Ids: every page's file name and URL is made from one slug function."""

from __future__ import annotations

from dossier.structure import SLUG_LENGTH, slugify


def test_slugs_are_ascii_words_joined_by_hyphens() -> None:
    assert slugify("Álvaro Alemán Healy", "entity") == "alvaro-aleman-healy"
    assert slugify("Zelensky’s office", "entity") == "zelenskys-office"
    assert slugify("<script>", "entity") == "script"
    assert slugify("¿¿!!", "entity") == "entity"


def test_a_long_name_gives_a_bounded_slug_cut_at_a_word() -> None:
    names = " ".join(f"Name{n} Surname{n}" for n in range(40))
    slug = slugify(names, "entity")
    assert len(slug) <= SLUG_LENGTH
    assert names.lower().replace(" ", "-").startswith(slug + "-")
