"""A proposal blocked: "The senators blocked an attempt by the White House to cut food stamps", "Republicans have
thwarted efforts to raise the minimum wage", "The court blocked the president's plan to end the program". A verb of
stopping a proposal (block, thwart, torpedo, scuttle, derail, stymie, foil) whose object is a noun of proposal is its
subject's opposition to the course, as "rejected" is; the proposer after "by", "from" or before "'s" holds the
other side. A verb of stopping with any other object, or a proposal that names no course, is no position ("Police
blocked the road", "The town blocked access to the beach", "thwarted the Samiti's grandiose plans"); nor is an
infinitive ("instructed the police to thwart the plan to march": the instruction's) or a denied or dated block ("did
not block", "In 2010 the Senate blocked ...")."""
from __future__ import annotations

import re

THWART_VERBS = (r"(?:block|thwart|derail|foil)(?:ed|s|ing)?|torpedo(?:ed|es|ing)?|scuttl(?:ed|es|ing|e)|"
                r"stymie[ds]?|stymying")
# the proposal nouns a stopping verb takes as its object, with up to four words before them ("an attempt", "the
# president's plan", "a Republican bill")
PROPOSAL_OBJECT = (r"(?:[\w’'$.-]+\s+){0,4}?(?:attempts?|bids?|efforts?|plans?|proposals?|push|pushes|moves?|measures?|bills?|"
                   r"legislation|calls?|demands?|schemes?|initiatives?|amendments?|motions?)\b")
# the course the proposal names after it: "to" + a verb, "by X to", "that would X", "for X"
COURSE_AFTER = (r"(?:\s+(?:by|from)\s+[^,;:.!?]{1,60}?(?:,\s+(?:the|a|an|its|his|her|their)\s+[^,;:()]{2,60}?,)?)?\s+"
                r"(?:to\s+[a-z]|(?:that|which)\s+would\s|for\s)")
# a finite verb (not an infinitive: "instructed the police to thwart the plans" is the instruction's)
THWART_RE = re.compile(r"(?<!\bto\s)\b(?P<verb>" + THWART_VERBS + r")\s+(?=" + PROPOSAL_OBJECT + COURSE_AFTER + ")", re.I)
# the sentence's cue words (options/cues.py) and key words: the verbs' stems
THWART_CUES = ("block", "thwart", "torpedo", "scuttl", "derail", "stymi", "foil")

