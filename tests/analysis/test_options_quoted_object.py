"""A call's object ends where a quotation ends or begins: 'called for "a complete review of the tax code," saying the
system was broken' gave the summary 'Hold "a complete review of the tax code," saying the system was broken'; 'called for
a ban on overtime, "because ...," its leader said' ran into the quotation too."""
import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, expected", [
    ('The senator called for "a complete review of the tax code," saying the system was broken.',
     'Hold "a complete review of the tax code"'),
    ('The union called for a ban on overtime, "because our members are exhausted," its leader said.',
     "Impose a ban on overtime"),
    ('Farmers have called for "a cap on fertiliser prices," arguing that costs doubled in a year.',
     'Impose "a cap on fertiliser prices"'),
    # a quoted word inside the object, closed with no comma: the object goes on
    ('Critics called for a "fair and open" inquiry into the deal.', 'Hold a "fair and open" inquiry into the deal'),
])
def test_object_ends_at_the_quotation(text, expected):
    assert one_option(text).summary == expected
