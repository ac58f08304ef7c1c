"""A Korean body's country is its owner only when the country stands bare or in the genitive right
before it ("북한 외교부", "북한의 외교부"); a country with a topic, subject or object particle is what
the sentence is about ("북한은 안보리 결의를 위반"), not the body's owner (issue 15)."""
import pytest

from briefing_app.analysis import analyse


def affiliation(text: str, name: str) -> str | None:
    return next(a for a in analyse(text).actors if a.name == name).affiliation


@pytest.mark.parametrize("country", ["북한은", "북한이", "북한을", "북한도"])
def test_topic_country_is_not_the_owner(country):
    text = f"외교부 대변인은 “{country} 안보리 결의를 위반하는 도발을 중단해야 한다”고 말했다.\n"
    assert affiliation(text, "안보리") is None


@pytest.mark.parametrize("country", ["중국", "중국의"])
def test_bare_or_genitive_country_owns_the_body(country):
    text = f"{country} 외교부는 15일 유감을 표명했다고 밝혔다.\n"
    assert affiliation(text, "외교부") == "중국"
