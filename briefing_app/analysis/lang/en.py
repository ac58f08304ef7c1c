"""English: the speaker sieves of attribution.py and the reported-speech rule table."""
from __future__ import annotations

from briefing_app.analysis import kinds, organisations, reported
from briefing_app.analysis.non_actors import drop_non_actors
from briefing_app.analysis.org_fold import companies_named_like_people, first_word_aliases, fold_first_words, \
    leading_words_aliases
from briefing_app.analysis.attribution import attribute
from briefing_app.analysis.document import Document
from briefing_app.analysis.given_names import sex_of
from briefing_app.analysis.spans import SpanReach
from briefing_app.core.model import Actor, Quote


class English:
    code = "en"

    def applies(self, text: str) -> bool:
        return True

    def kind(self, text: str, start: int, end: int, open_at: int) -> str | None:
        return kinds.classify(text, start, end, open_at)

    def speakers(self, doc: Document) -> None:
        """The English speaker sieves; none in a Russian or Korean text, whose own rule set gives its quotes their
        speakers (they cost a Korean text ~6% of its analysis and gave none of the 419 Russian and Korean texts of
        the analysis snapshot a speaker the later rule set did not). An English text quoting Russian or Korean
        keeps them (Document.language)."""
        if doc.language == "en":
            attribute(doc)

    def reported(self, doc: Document) -> list[Quote]:
        """English reported speech; none in a Russian or Korean text (more Cyrillic or Hangul letters
        than Latin ones), whose own rule set finds it: the English rules cost such a text 10-15% of
        its analysis and found nothing there (1,272 articles of the snapshot set, ~170 of them
        Russian or Korean, came out the same). An English text quoting Russian or Korean keeps them."""
        if doc.language != "en":
            return []
        return reported.find(doc)

    def finish(self, doc: Document) -> None:
        reported.finish(doc)

    def actors(self, doc: Document) -> list[Actor]:
        """People from the name table, places, and organisations; a "person" whose every mention
        sits inside an organisation's name is dropped."""
        table = doc.actor_table
        orgs = organisations.find(doc.actor_text, lambda name: name.lower() in table.by_surname)
        inside = SpanReach((m.start, m.end) for o in orgs for m in o.mentions)
        known: set[str] = set()
        out = []
        text = doc.actor_text
        bodies = {o.name: o for o in orgs}
        for a in doc.actor_table.actors():  # (a name's mention may hold the sentence's full stop: "Arete Research.")
            if a.kind == "person" and a.mentions and all(
                    inside.holds(m.start, m.end - (text[m.end - 1] == ".")) for m in a.mentions):
                continue
            body = bodies.get(a.name) or next((bodies[x] for x in a.aliases if x in bodies and x.endswith(" " + a.name)), None) \
                if a.kind == "person" and not a.title else None  # ("Fairfax County Public Schools, the state's ...,
            # said" read as a person "Public Schools" with the whole name as an alias: the organisation)
            if body is not None and sex_of(a.name.split()[0]) is None:  # "cloud gaming firm Nimbus Play": the
                # organisation, not a person of that name
                body.aliases += [x for x in a.aliases if x not in body.aliases and x != body.name and x not in bodies
                                 and (body.name == a.name or not body.name.endswith(" " + x))]  # (not another body's
                # name: "a trustee of the Fresno Unified School District ... the Kings River Conservation District")
                body.mentions = sorted({*body.mentions, *a.mentions}, key=lambda sp: sp.start)
                continue
            out.append(a)
            known.update([a.name, *a.aliases])
        out.extend(o for o in orgs if o.name not in known and not known.intersection(o.aliases))
        if any(rules.code != "en" for rules in doc.rule_sets):  # "국제원자력기구(IAEA)": the native name's, not ours
            out = [a for a in out if a.kind == "person" or not all(doc.actor_text[m.start - 1:m.start] == "(" for m in a.mentions)]
        companies_named_like_people(out)
        out = fold_first_words(drop_non_actors(text, out))
        first_word_aliases(out, text)
        return leading_words_aliases(out, text)


RULES = English()
