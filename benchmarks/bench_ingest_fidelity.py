"""Ingest fidelity: the same news articles as saved web pages (several publishing systems),
Word files and PDFs (several page layouts), each read and checked exactly: the headline and
every paragraph visible and whole, in order, nothing else visible but the byline and date, and
every piece of site furniture (menus, breadcrumbs, share bars, related links, running
headers/footers, page numbers) hidden as boilerplate or absent.

    .venv/bin/python benchmarks/bench_ingest_fidelity.py [-v]

Figures are printed separately for the tuning set (the articles and layouts the readers were
tuned on) and the held-out set (held-out articles in every layout, and every article in the
held-out layouts), which was never looked at while tuning; then for real editorials: set A
(failures looked at), set B (never looked at) and, with --set-c, set C (other articles in
layouts written after the tuning: three columns, A5/A4/Letter/landscape pages, small capitals
and left/right running headers, pull quotes; AMP, bare-div and magazine-CMS web pages; tuned on
since), --set-d and --set-e (held: PDF layouts written before the tuning that followed them,
each evaluated once; set E adds spreads, drop capitals, captions, footnotes, TrueType faces,
word-by-word browser print and LibreOffice's own PDFs), --set-g (held: web, PDF and LibreOffice
layouts written in session 10 by the held-data helper, aggregate only), --dev-web (web layouts
of set H's kinds written in session 11: WordPress comments, Next.js, Drupal views, Substack, AMP with
consent and captions, live blog, think tank, "Read more" forms; tuned on) and --dev-web-held (its
part kept aside: other articles in every set H layout, and the two held set H layouts; aggregate only);
each for set H's five batches (html_layouts_h.py, _h2.py, _h3.py, _h4.py, _h5.py: editorials 64-72,
19-27, 28-36, 37-39 and 10-12, set A's and Al Jazeera's 73-78); and set I (html_layouts_i.py, written in
session 12: block components, <font> soup, print versions, archive and cache wrappers, wire <div>
paragraphs, lists and quotes that are text, English editions of Korean and Russian outlets): set F's
editorials 13-18 tuned on, Al Jazeera's 79-83 in every layout and set C's in its held layouts kept aside;
its second batch (html_layouts_i2.py: ad slots and gift bars of national papers, taglines, CMS template
placeholders, magazine slots and cards, rich links and sign-in gates, Russian and Korean portal frames,
syndicated copies): set A's editorials tuned on, Al Jazeera's 79-83 and set A's in its held layouts kept aside;
its third batch (html_layouts_i3.py: the next story loaded below, reader view, a newsletter's web version,
pagers, a reader poll, a word processor's web page; kept aside: stories streamed in <div>s, a wire in <pre>):
editorials 28-30 tuned on, Al Jazeera's 79-83 and editorials 19-21 in its held layouts kept aside; its
fourth batch (html_layouts_i4.py: a label inside the h1, headline and byline split by one <br>, a dek
repeating the lede, a pull quote in a plain div, a two-column layout table; kept aside: a pull quote in a
<figure>, a label after the headline): editorials 31-33 tuned on, Al Jazeera's 79-83 and 22-24 kept aside; its
fifth (html_layouts_i5.py: archive captures stripped to styled <div>s, <span> soup, AMP custom elements, bullets
with bold lead-ins): editorials 64-66 tuned on, Al Jazeera's 79-83 and 67-69 in its held layouts kept aside.
Set J (html_layouts_j.py, written in session 13: newsletter platforms, regional dailies with consent notices,
meters, ad labels and trending lists, "Read more:" lines, topic rows and follow buttons, in several variants each):
editorials 40-42 tuned on (--dev-web-j), 43-45 in every layout and 40-42 in its held layouts kept aside; its
second batch (html_layouts_j2.py: the same kinds of widget set inside the article's container between paragraphs,
in bare markup) and its third (html_layouts_j3.py: my own layouts of the kinds sets H's and I's kept-aside
layouts name: a nonprofit newsroom, a broadcaster, a forum thread, a cache wrapper, a foreign outlet's English
edition, stories in <div>s, a wire in <pre>, a pull quote in a <figure>) the same way.
Set N (html_layouts_n.py, written in session 15 and committed before tuning: the furniture today's systems set inside
the article's container: reading times, desk lines, stamps, pull quotes, inline related links, newsletter and podcast
promos, credits, ad labels, disclaimers and notes; a WordPress theme, an Arc-like daily, a Russian and a Korean portal,
a Brightspot-like daily kept aside): set F's editorials 13-15 tuned on (--dev-web-n), 16-18 in every layout and 13-15
in the kept-aside layout kept aside (--dev-web-n-aside, aggregate only). Fresh (its one run, the readers of 757af31): 9/36 tuned,
27/54 kept aside.
Set O (html_layouts_o.py, written in session 16 and committed before the readers ran on it: site kinds no dev set had,
furniture worded differently from article to article: a WordPress news theme with widgets and comments inside
<article>, a live blog with stamps per entry, a wire story page, a gov.uk-like press release, a Russian agency page, a
Naver-like Korean portal view, a Medium/Substack-like post, an AMP page with consent and meter prompts; kept aside: a
state.gov-like statement, a legacy table layout, a Korean daily's own site): set F's editorials 13-15 tuned on
(--dev-web-o), 16-18 in every layout and 13-15 in the kept-aside layouts kept aside (--dev-web-o-aside, aggregate only).
Fresh (its one run, the readers of main at d88715e): 36/72 tuned, 70/126 kept aside; after the label correction that
followed the convention (a stamp with a year is the story's date, shown or hidden; a name inside a dateline line that may
show is not asked hidden), scored again on the same readers: 46/72 tuned, 79/126 kept aside (the figures to compare with).
Tuned since: live posts with tool buttons, comment heads, label-and-link boxes, appeals with no link, wire credit lines:
72/72 tuned. Kept aside at the session's end (its third run, aggregate): 108/126 (79 after the label correction).
Its second batch (html_layouts_o2.py, written after that tuning and committed before the readers ran on it: a print
view, a site of hashed-class <div>s, a Russian independent outlet, a Korean wire, a "Newspaper"-like theme, a paywall
prompt in the body; kept aside: live updates, a newsletter's web page, a Russian agency): editorials 13-15 tuned on
(--dev-web-o2), 16-18 in every layout and 13-15 in its kept-aside layouts kept aside (--dev-web-o2-aside). Fresh (its one
run, the readers of 8523a4a, after the first batch's tuning): 27/54 tuned, 63/108 kept aside (27/54 tuned also after its
one label correction: the wire's name in a dateline that may show is not asked hidden). Tuned since (source lines,
rights notices, paywall boxes and offers): 54/54. Kept aside at the session's end (its second run): 90/108 (fresh 63).
The other kept-aside parts at the session's end (--dev-web-held, --dev-web-n-aside): unchanged but set H's fourth batch
36 -> 54/54 (the broadcaster layout).
Set K (--set-k; html_layouts_k.py, written in session 14 by the held-data writer to replace set G's web part,
seen in session 13): four site kinds (a national daily's CMS, a regional TV station, a portal's syndicated wire
story, a magazine long-read) over 15 editorials no web layout had carried (set_k_editorials(): 5 per outlet of
sets D's and E's positions 46-57, by CRC-32 of "set-k:" + file name); 60 pages. HELD: aggregate only, never -v.
Fresh (its one run, readers of d7de6a2): 36/60 fully right.
Its second batch (--set-k2; html_layouts_k2.py: a local newspaper's CMS, a government press office, a tabloid, a
policy institute's commentary) over the next 5 editorials of each outlet by the same order; 60 pages; held the same way.
Fresh (its one run, readers of main at 0a57146): 15/60 fully right.

Set P (--dev-web-p, --dev-web-p-aside; tests/ingest/html_layouts_p.py, written in session 28 and committed before the
readers ran on it): twelve page kinds no web set had (Blogspot, Ghost cards, a consent centre's prose, jump-link contents,
a professional network's article, a university newsroom, a translated edition, an accessibility toolbar, an aggregator's
partner copy, a site builder, an e-edition reader, a video player) over six articles written for it
(tests/ingest/articles_p.py, not editorials); kept aside by a fixed rule (CRC-32 of "s28-web:" + name): four layouts
whole and two articles in every layout. Fresh (its one run, the readers of main at c14af161): 30/32 tuned, 27/40 kept
aside. Tuned since (a jump link after each section is no call box): 32/32 tuned; kept aside at the session's end (its
second run, readers of main at 7d346e4d: also subheads the extractor drops, and lines opening "Related"/"Copyright" that
go on as sentences shown): 39/40. Held set K 36/60 and K2 15/60 at the same readers: unchanged.

Set Q (--dev-web-q, --dev-web-q-aside; tests/ingest/html_layouts_q.py, written in session 29 and committed before the
readers ran on it): twelve page kinds whose furniture is closing furniture written as sentences (a press office's
release, a TV station's tip and app lines, a wire's rights sentence, a tabloid's calls, a think tank's disclaimer, a local
paper's letters policy, a magazine's print note, public radio, a republishing box, "press Ctrl+Enter", closed comments,
promos between paragraphs) over five articles written for it (tests/ingest/articles_q.py); kept aside by a fixed rule
(CRC-32 of "s29-web:" + name): four layouts whole and one article in every layout. Fresh (its one run, main at
d270cdda): 9/32 tuned, 8/28 kept aside. Tuned since (the site's words to its reader hidden, ingest/htmlcalls.py):
32/32 tuned, 17/28 kept aside at the session's end (aggregate only); held K 36/60 -> 36/60, K2 15/60 -> 29/60 at the same readers.

--kinds (session 29) counts, after each figure, the failing files' mistakes by kind (tests/ingest/failure_kinds.py:
title hidden/joined/missing, paragraph hidden/split/joined/missing/changed/out of order, listed furniture shown with its
shape, its paragraph and its place in the page, unlisted text shown): counts only, no text, so held sets may be run
with it. Held K and K2 at main 4cca0ac7: every failing file fails only by listed furniture shown (K 24 files, 49
pieces; K2 41 of 45 files, 81 pieces, 4 also show unlisted text), all of it the layouts' own furniture, nearly all
after the article's last paragraph and as a paragraph of its own; by shape, sentences (K 21 files, K2 41), lines of
4+ words with no sentence end (K 15, K2 7), labels of 1-3 words (K 10, K2 9), lists (K 3, K2 4). No article text is
hidden, split, joined or lost in either set.

Set T (--set-t, --set-t-aside; tests/ingest/typeset_set.py, written in session 17, PDFs committed in tests/data/typeset/
before the readers ran on them): real editorials typeset by LibreOffice Writer, not our test typesetter: widow and orphan
control, justified and hyphenated text, headings kept with the next paragraph, running heads on left and right pages,
page numbers, one- and two-column sections, block quotes, footnotes with their marks, subheads. Editorials 19-21 of
each outlet in five layouts tuned on; kept aside (aggregate only): editorial 22 in every layout and 19-21 in the
three-column layout. Fresh (its one run, the readers of main at ad93f31d): 16/45 tuned, 4/27 kept aside. Tuned since
(note marks, a paragraph across the page over two columns, block quotes, a space guessed before a close hyphen, a
word in capitals cut before its plural's "s"): 36/45 tuned, 14/27 kept aside (its second run); every older set's -v
output identical. Page and column breaks in the tuned part: 120 decisions, 7 wrong (all a byline over text across
the page) -> 103, 0 wrong: LibreOffice's widow and orphan control leaves the cues the test typesetter did not.

The checker (tests/ingest/fidelity.py) counts no difference a reader of the file cannot see (session 15, the
coordinator's decision; a measurement change for every set, held included): in a PDF a space after a hyphen
(the corpus's "well- known": at a line end it cannot be told from a hyphenated line end); a running head's word
inside the byline ("Editorial" in "By the Editorial Board"); a pull quote that repeats a whole paragraph leaves
that paragraph expected once (it was dropped from what the checker expected). Every set before -> after (757af31's
readers; PDF files fully right; web sets: all files):
    tuned: tuning 47/48 -> 47/48, A 181/204 -> 203/204, C 65/72 -> 69/72, F 282/306 -> 298/306, dev-D 181/208 ->
    202/208 (tuning 16/16, A 40 -> 45/48, C 59 -> 69/72, F 66 -> 72/72), dev (set E's kinds) 168/204 -> 196/204
    (tuning 24/24, A 57 -> 69/72, C 87 -> 103/108), random seed 3 64 -> 66/68, M 129 -> 136/144, M2 73 -> 92/96;
    web tuned (--dev-web, -j, -l): all unchanged (full marks).
    held (aggregate): B 268 -> 292/306, G PDF 113 -> 122/126 (all files 185 -> 194/198), D 65 -> 69/72, E 96 -> 104/108,
    held-out 87/88 -> 87/88; aside: M 106 -> 119/126, M2 61 -> 71/72; web kept aside (--dev-web-held) unchanged but
    set I's fourth batch 49 -> 53/53.
A closing author bio is article text (the coordinator's web convention, session 18): the layouts that listed an author
box's bio as furniture let it show (a note: H drupal-views, think-tank; H5 named-bio; I2 magazine-slots; O wp-news; kept
aside: H2 arc-fusion, edited blind), and the checker counts a furniture string inside a note as the note's (an author
box's name link beside the bio that opens with the name). With the reader that shows such bios: every tuned web set's -v
output and every kept-aside aggregate identical to before with the new gold (with the old: O tuned 72 -> 67/72, H2 kept
aside 115 -> 88/117).
Every run prints a second figure (session 21, the coordinator's decision; the strict one stays first): a source's own
"xx- yy" (a letter, a hyphen, a space, a lower-case letter: a site's line-end hyphen kept in the corpus text) read "xxyy"
or "xx-yy" from a PDF is accepted (tests/ingest/fidelity.check_both). Main at c975b211 (strict / accepted): set T tuned
38/45 / 38/45; held set B PDF files 292/306 / 295/306. With the line-end hyphen rules c1, c2, d, b of sessions 20-21
(pdf_hyphens.py, pdf_paragraphs.py): set T tuned 40/45 / 40/45; set B 288/306 / 295/306 (c1 alone the same); tuning
47/48 / 47/48, A 203/204 / 203/204, set M tuned 138/144 / 140/144 (its two forgiven misses: the source's "non- existent").
Session 22: the same artefact after a double hyphen, a source's "xx-- yy" read "xx--yy", is accepted too (set M's
"homebuyers-- so"), and two words join where the rarer list writes another form of them closed ("up-turn": upturned):
set T tuned 41/45 / 41/45, set M tuned 139/144 / 142/144; held set B 288/306 / 295/306 with and without that rule.
Session 23: small print inside a framed box is furniture (a fact box), and at a break where the lines show the next
paragraph's end, paragraphs of n and k lines are weighed against one of n + k (pdf_breaks.py): tuning 47/48 -> 48/48,
set F 298/306 -> 299/306, set M2 95/96 -> 96/96, other tuned sets unchanged; held set B 288/306 / 295/306 -> 290/306 /
297/306. With a table in small print also furniture (pdf_tables.py; tuned -v output unchanged), held (aggregate, one run
each, PDF files): set D 69/72 / 71/72 -> 70/72 / 72/72, set E 104/108 / 104/108 unchanged.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.ingest.articles import HELD_OUT, TUNING, Article  # noqa: E402
from tests.ingest.docx_builder import build_docx  # noqa: E402
from tests.ingest.fidelity import check_kinds  # noqa: E402
from tests.ingest.html_layouts import HELD_OUT_LAYOUTS, LAYOUTS  # noqa: E402
from tests.ingest.html_layouts_c import SET_C_LAYOUTS  # noqa: E402
from tests.ingest.html_layouts_f import SET_F_LAYOUTS  # noqa: E402
from tests.ingest.html_layouts_g import SET_G_LAYOUTS  # noqa: E402
from tests.ingest.html_layouts_h import H_HELD_LAYOUTS, H_LAYOUTS  # noqa: E402
from tests.ingest.html_layouts_h2 import H2_HELD_LAYOUTS, H2_LAYOUTS  # noqa: E402
from tests.ingest.html_layouts_h3 import H3_HELD_LAYOUTS, H3_LAYOUTS  # noqa: E402
from tests.ingest.html_layouts_h4 import H4_HELD_LAYOUTS, H4_LAYOUTS  # noqa: E402
from tests.ingest.html_layouts_h5 import H5_HELD_LAYOUTS, H5_LAYOUTS  # noqa: E402
from tests.ingest.html_layouts_i import I_HELD_LAYOUTS, I_LAYOUTS  # noqa: E402
from tests.ingest.html_layouts_i2 import I2_HELD_LAYOUTS, I2_LAYOUTS  # noqa: E402
from tests.ingest.html_layouts_i3 import I3_HELD_LAYOUTS, I3_LAYOUTS  # noqa: E402
from tests.ingest.html_layouts_i4 import I4_HELD_LAYOUTS, I4_LAYOUTS  # noqa: E402
from tests.ingest.html_layouts_i5 import I5_HELD_LAYOUTS, I5_LAYOUTS  # noqa: E402
from tests.ingest.html_layouts_j import J_HELD_LAYOUTS, J_LAYOUTS  # noqa: E402
from tests.ingest.html_layouts_j2 import J2_HELD_LAYOUTS, J2_LAYOUTS  # noqa: E402
from tests.ingest.html_layouts_j3 import J3_HELD_LAYOUTS, J3_LAYOUTS  # noqa: E402
from tests.ingest.html_layouts_k import K_LAYOUTS  # noqa: E402
from tests.ingest.html_layouts_k2 import K2_LAYOUTS  # noqa: E402
from tests.ingest.html_layouts_l import L2_HELD_LAYOUTS, L2_LAYOUTS, L_HELD_LAYOUTS, L_LAYOUTS  # noqa: E402
from tests.ingest.html_layouts_n import N_HELD_LAYOUTS, N_LAYOUTS  # noqa: E402
from tests.ingest.html_layouts_o import O_HELD_LAYOUTS, O_LAYOUTS  # noqa: E402
from tests.ingest.html_layouts_o2 import O2_HELD_LAYOUTS, O2_LAYOUTS  # noqa: E402
from tests.ingest.html_layouts_more import MORE_HELD_OUT_LAYOUTS, MORE_LAYOUTS  # noqa: E402
from tests.ingest.pdf_builder import build_pdf  # noqa: E402
from tests.ingest.pdf_styles_dev import dev_d_styles, dev_office_styles, dev_styles  # noqa: E402
from tests.ingest.pdf_styles_e import layout_files, set_e_files  # noqa: E402
from tests.ingest.pdf_styles_random import random_styles  # noqa: E402
from tests.ingest.pdf_styles_g import set_g_files  # noqa: E402
from tests.ingest.pdf_styles import (  # noqa: E402
    held_out_styles, more_held_out_styles, more_styles, newer_styles, printed_furniture, set_c_styles, set_d_styles,
    styles)

CORPUS = ROOT.parent / "shared" / "corpora" / "editorials"
# the web dev sets' tuned batches: (label, (first editorial, count), layouts); --dev-web runs H's and I's, --dev-web-i I's
H_TUNED = (
    ("real editorials 64-69 in the set H web layouts (tuned on)", (64, 6), H_LAYOUTS),
    ("real editorials 19-24 in the set H second-batch web layouts (tuned on)", (19, 6), H2_LAYOUTS),
    ("real editorials 28-33 in the set H third-batch web layouts (tuned on)", (28, 6), H3_LAYOUTS),
    ("real editorials 37-39 in the set H fourth-batch web layouts (tuned on)", (37, 3), H4_LAYOUTS),
    ("set A's editorials in the set H fifth-batch web layouts (tuned on)", (0, 4), H5_LAYOUTS),
)
I_TUNED = (
    ("set F's editorials 13-18 in the set I web layouts (tuned on)", (13, 6), I_LAYOUTS),
    ("set A's editorials in the set I second-batch web layouts (tuned on)", (0, 4), I2_LAYOUTS),
    ("editorials 28-30 in the set I third-batch web layouts (tuned on)", (28, 3), I3_LAYOUTS),
    ("editorials 31-33 in the set I fourth-batch web layouts (tuned on)", (31, 3), I4_LAYOUTS),
    ("editorials 64-66 in the set I fifth-batch web layouts (tuned on)", (64, 3), I5_LAYOUTS),
)
J_TUNED = (("editorials 40-42 in the set J web layouts (tuned on)", (40, 3), J_LAYOUTS),
           ("editorials 40-42 in the set J second-batch web layouts (tuned on)", (40, 3), J2_LAYOUTS),
           ("editorials 40-42 in the set J third-batch web layouts (tuned on)", (40, 3), J3_LAYOUTS))
L_TUNED = (("editorials 28-30 in the set L web layouts (tuned on)", (28, 3), L_LAYOUTS),
           ("editorials 28-30 in the set L second-batch web layouts (tuned on)", (28, 3), L2_LAYOUTS))
# their kept-aside parts (--dev-web-held): (label, editorials in every layout, the tuned and held layouts, editorials in
# the held layouts only); only Al Jazeera has editorials past 72: editorials(73, 6) is its 73-78, (79, 5) its 79-83
WEB_KEPT_ASIDE = (
    ("set H kept aside (editorials 70-72 in every set H layout, 64-69 in the held set H layouts)",
     (70, 3), H_LAYOUTS, H_HELD_LAYOUTS, (64, 6)),
    ("set H second batch kept aside (editorials 25-27 in every layout, 19-24 in its held layouts)",
     (25, 3), H2_LAYOUTS, H2_HELD_LAYOUTS, (19, 6)),
    ("set H third batch kept aside (editorials 34-36 in every layout, 28-33 in its held layout)",
     (34, 3), H3_LAYOUTS, H3_HELD_LAYOUTS, (28, 6)),
    ("set H fourth batch kept aside (editorials 10-12 in every layout, 37-39 in its held layout)",
     (10, 3), H4_LAYOUTS, H4_HELD_LAYOUTS, (37, 3)),
    ("set H fifth batch kept aside (Al Jazeera editorials 73-78 in every layout, set A in its held layout)",
     (73, 6), H5_LAYOUTS, H5_HELD_LAYOUTS, (0, 4)),
    ("set I kept aside (Al Jazeera editorials 79-83 in every layout, set C in its held layouts)",
     (79, 5), I_LAYOUTS, I_HELD_LAYOUTS, (40, 6)),
    ("set I second batch kept aside (Al Jazeera editorials 79-83 in every layout, set A in its held layouts)",
     (79, 5), I2_LAYOUTS, I2_HELD_LAYOUTS, (0, 4)),
    ("set I third batch kept aside (Al Jazeera editorials 79-83 in every layout, 19-21 in its held layouts)",
     (79, 5), I3_LAYOUTS, I3_HELD_LAYOUTS, (19, 3)),
    ("set I fourth batch kept aside (Al Jazeera editorials 79-83 in every layout, 22-24 in its held layouts)",
     (79, 5), I4_LAYOUTS, I4_HELD_LAYOUTS, (22, 3)),
    ("set I fifth batch kept aside (Al Jazeera editorials 79-83 in every layout, 67-69 in its held layouts)",
     (79, 5), I5_LAYOUTS, I5_HELD_LAYOUTS, (67, 3)),
    ("set J kept aside (editorials 43-45 in every layout, 40-42 in its held layouts)",
     (43, 3), J_LAYOUTS, J_HELD_LAYOUTS, (40, 3)),
    ("set J second batch kept aside (editorials 43-45 in every layout, 40-42 in its held layouts)",
     (43, 3), J2_LAYOUTS, J2_HELD_LAYOUTS, (40, 3)),
    ("set J third batch kept aside (editorials 43-45 in every layout, 40-42 in its held layouts)",
     (43, 3), J3_LAYOUTS, J3_HELD_LAYOUTS, (40, 3)),
    ("set L kept aside (editorials 34-36 in every layout, 28-30 in its held layouts)",
     (34, 3), L_LAYOUTS, L_HELD_LAYOUTS, (28, 3)),
    ("set L second batch kept aside (editorials 34-36 in every layout, 28-30 in its held layout)",
     (34, 3), L2_LAYOUTS, L2_HELD_LAYOUTS, (28, 3)),
)
# sets N, O and O2 (--dev-web-<name>, --dev-web-<name>-aside): editorials 13-15 tuned on in the tuned layouts; kept
# aside, 16-18 in every layout and 13-15 in the kept-aside layouts. (name, tuned label, kept-aside label, tuned help,
# kept-aside help, tuned layouts, kept-aside layouts)
WEB_DEV_SETS = (
    ("n", "editorials 13-15 in the set N web layouts (tuned on)",
     "set N kept aside (editorials 16-18 in every set N layout, 13-15 in its kept-aside layout)",
     "only set N's tuned part: editorials 13-15 in the set N web layouts (html_layouts_n.py: furniture inside the "
     "article's container: reading times, desk lines, stamps, pull quotes, inline related links, promos, credits, ad "
     "labels, disclaimers; WordPress, Arc-like, Russian and Korean portals); -v shows the misses",
     "set N's part kept aside: editorials 16-18 in every set N layout and 13-15 in its kept-aside layout "
     "(Brightspot-like); aggregate only",
     N_LAYOUTS, N_HELD_LAYOUTS),
    ("o", "editorials 13-15 in the set O web layouts (tuned on)",
     "set O kept aside (editorials 16-18 in every set O layout, 13-15 in its kept-aside layouts)",
     "only set O's tuned part: editorials 13-15 in the set O web layouts (html_layouts_o.py: news themes with widgets "
     "and comments, live blog, wire, gov.uk-like, Russian agency, Naver-like, blog platform, AMP with consent); -v "
     "shows the misses",
     "set O's part kept aside: editorials 16-18 in every set O layout and 13-15 in its kept-aside layouts "
     "(state.gov-like, legacy table, Korean daily); aggregate only",
     O_LAYOUTS, O_HELD_LAYOUTS),
    ("o2", "editorials 13-15 in the set O second-batch web layouts (tuned on)",
     "set O second batch kept aside (editorials 16-18 in every layout, 13-15 in its kept-aside layouts)",
     "only set O's second batch, tuned part: editorials 13-15 in html_layouts_o2.py's layouts (print view, "
     "hashed-class divs, Russian independent outlet, Korean wire, news theme, paywall); -v shows the misses",
     "set O's second batch kept aside: editorials 16-18 in every layout and 13-15 in its kept-aside layouts (live "
     "updates, newsletter web page, Russian agency); aggregate only",
     O2_LAYOUTS, O2_HELD_LAYOUTS),
)


def web_set(name: str) -> tuple[dict, dict, list[Article], list[Article]]:
    """A web set of articles written for it (P, Q): its tuned and kept-aside layouts, its tuned and kept-aside
    articles (html_layouts_<name>.py's <NAME>_LAYOUTS, _HELD_LAYOUTS, _TUNED_ARTICLES, _ASIDE_ARTICLES)."""
    import importlib

    module = importlib.import_module(f"tests.ingest.html_layouts_{name}")
    big = name.upper()
    return (getattr(module, f"{big}_LAYOUTS"), getattr(module, f"{big}_HELD_LAYOUTS"),
            getattr(module, f"{big}_TUNED_ARTICLES"), getattr(module, f"{big}_ASIDE_ARTICLES"))


def editorials(start: int, count: int) -> list[Article]:
    """Real editorials (the Webis corpus in ../shared, research use only, never shipped): of each
    outlet, `count` from the `start`-th by file name, as (headline, byline, paragraphs)."""
    return [_editorial(path) for outlet in ("aljazeera", "foxnews", "guardian")
            for path in sorted((CORPUS / outlet).glob("*.json"))[start:start + count]]


def _editorial(path: Path) -> Article:
    import json

    paras = []
    for units in json.loads(path.read_text(encoding="utf-8"))["paragraphs"]:
        text = ""
        for unit in units:
            piece = unit["text"]
            if text and re.search(r"[\w.!?;:,)”’\"]$", text) and re.match(r"[\w“‘\"(]", piece):
                text += " "
            text += piece
        paras.append(" ".join(text.split()))
    return Article(paras[0], "By the Editorial Board", [p for p in paras[1:] if p])


def set_k_editorials(batch: int = 1) -> list[Article]:
    """Set K's articles (rule in tests/ingest/html_layouts_k.py's docstring, written before any was chosen): every
    editorial is already in some ingest set, so of those no web layout has carried (sets D's and E's, positions
    46-57 of each outlet: held PDF and Word sets), the first 5 of each outlet in ascending CRC-32 of "set-k:" + file
    name; batch 2 (html_layouts_k2.py) the next 5."""
    import zlib

    out = []
    for outlet in ("aljazeera", "foxnews", "guardian"):
        pool = sorted((CORPUS / outlet).glob("*.json"))[46:58]
        pool.sort(key=lambda p: zlib.crc32(f"set-k:{p.name}".encode()))
        out += [_editorial(path) for path in pool[5 * (batch - 1):5 * batch]]
    return out


# Paragraphs of the editorials that are site furniture, not the article, by a reader's judgment
# (checked by hand): social-media promos and the author's contact line. They are in the pages
# as printed, and must come in hidden. So must a photo's caption set as a paragraph (a wire photo's
# credit ends it: "... REUTERS/Larry Downing (UNITED STATES - Tags: POLITICS) - RTR41Q8N.", "(AP Photo/
# Evan Vucci)"): the reader shows no picture, and the readers hide figure captions in every format
# (the convention of session 14: see CHANGELOG; an editor's note about the piece is the article's text).
PROMO = re.compile(r"^(?:CLICK HERE|Click here) to (?:follow|join)\b|\bcan be reached at\b", re.I)
CAPTION = re.compile(r"(?:\b(?:REUTERS|AFP|EPA|AP Photo|Getty Images)/[^/]{2,60}?(?:\([A-Z .,-]+ - Tags:[^)]*\))?(?: - "
                     r"[A-Z0-9]{6,12})?|\((?:AP|AFP|Reuters|EPA) Photo/[^)]{2,60}\))\W*$")


def promos(article: Article) -> list[str]:
    return [p for p in article.paragraphs if PROMO.search(p) or CAPTION.search(p)]


def page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def files(folder: Path, articles: list[Article], html: dict, pdf_styles, with_docx: bool):
    folder = Path(tempfile.mkdtemp(dir=folder))
    for n, article in enumerate(articles):
        for name, layout in html.items():
            page, furniture, *notes = layout(article)  # set N's layouts give notes too (lines that may show)
            furniture = furniture + promos(article)
            path = folder / f"{n}-{name}.html"
            path.write_text(page, encoding="utf-8")
            yield (f"html/{name}", path, article, furniture, *notes)
        for name, style in pdf_styles(article).items():
            path = build_pdf(folder / f"{n}-{name}.pdf", article, style)
            pages = page_count(path)
            yield f"pdf/{name}", path, article, promos(article) + printed_furniture(style, pages)
        if with_docx:
            path, furniture = build_docx(folder / f"{n}.docx", article)
            yield "docx", path, article, furniture + promos(article)


def with_promos(items):
    """Set E's and the dev layouts' files with the editorials' promo paragraphs counted as
    furniture, as files() counts them (they must come in hidden in every format)."""
    for kind, path, article, furniture, *rest in items:
        yield (kind, path, article, furniture + promos(article), *rest)


KINDS = {"on": False}  # --kinds: also count the failing files' mistakes by kind (tests/ingest/failure_kinds.py)


def run(label: str, items, verbose: bool) -> None:
    by_kind: dict[str, list[bool]] = {}
    accepted: dict[str, list[bool]] = {}  # with a source's "xx- yy" read "xxyy" or "xx-yy" in a PDF
    mistakes: Counter[str] = Counter()  # mistakes of each kind, over the failing files
    files_with: Counter[str] = Counter()  # failing files with a mistake of each kind
    only: Counter[str] = Counter()  # failing files whose every mistake is of one kind
    for kind, path, article, furniture, *rest in items:
        notes = rest[0] if rest else []  # small print that may stay visible as a paragraph (set E's footnotes)
        problems, loose, found = check_kinds(path, article, furniture, notes=notes, with_kinds=KINDS["on"])
        mistakes.update(found)
        files_with.update(found.keys())
        main_kinds = [k for k in found if not k.startswith(("furniture: ", "markup: "))]  # the rest are facets
        if len(main_kinds) == 1:
            only.update(main_kinds)
        by_kind.setdefault(kind.split("/")[0], []).append(not problems)
        accepted.setdefault(kind.split("/")[0], []).append(not loose)
        if problems and verbose:
            print(f"  {kind} {path.name}: " + ("" if loose else "[accepted as the source's 'xx- yy'] ")
                  + "; ".join(problems[:4]))
    for name, oks in (("", by_kind), ("  accepting a source's 'xx- yy' as 'xxyy'/'xx-yy' ('xx-- yy' as 'xx--yy')", accepted)):
        total = [ok for oks_ in oks.values() for ok in oks_]
        print(f"{name or label}: {sum(total)}/{len(total)} fully right  (" +
              ", ".join(f"{k} {sum(v)}/{len(v)}" for k, v in sorted(oks.items())) + ")")
    if KINDS["on"]:
        print_kinds(mistakes, files_with, only)


def print_kinds(mistakes: Counter[str], files_with: Counter[str], only: Counter[str]) -> None:
    """The failing files' mistakes by kind: counts only, no text (safe on held sets)."""
    print("  kinds of mistake (kind: failing files with it / of them, files with only this kind / mistakes):")
    for name, n in sorted(files_with.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"    {name}: {n} / {only[name]} / {mistakes[name]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-v", "--verbose", action="store_true", help="print what is wrong with each file")
    ap.add_argument("--tuning-only", action="store_true")
    ap.add_argument("--skip-fresh", action="store_true", help="leave out the never-looked-at set B")
    ap.add_argument("--set-c", action="store_true",
                    help="only set C: real editorials 40-45 of each outlet (18) in the set C layouts (web and PDF, "
                         "written after tuning), and as Word files; evaluated once in its session, tuned on since "
                         "(its failures may be looked at with -v)")
    ap.add_argument("--set-d", action="store_true",
                    help="only set D: real editorials 46-51 of each outlet (18) in the set D PDF layouts (written after "
                         "set C was evaluated) and as Word files; evaluated once, never looked at")
    ap.add_argument("--dev", action="store_true",
                    help="the tuning articles, set A and set C in layouts of set E's kinds with other parameters "
                         "(tests/ingest/pdf_styles_dev.py; tuned on, -v shows the misses)")
    ap.add_argument("--dev-d", action="store_true",
                    help="the tuning articles, set A, set C and set F in layouts of set D's kinds with other parameters "
                         "(tests/ingest/pdf_styles_dev.dev_d_styles; tuned on, -v shows the misses)")
    ap.add_argument("--random", type=int, metavar="SEED",
                    help="the tuning articles and sets A and F, each in two page layouts drawn at random with this seed "
                         "(tests/ingest/pdf_styles_random.py; tuned on, -v shows the misses)")
    ap.add_argument("--set-e", action="store_true",
                    help="only set E: real editorials 52-57 of each outlet (18) in the set E PDF layouts "
                         "(tests/ingest/pdf_styles_e.py: written and committed before the session's tuning, "
                         "evaluated once at its end, never looked at)")
    ap.add_argument("--set-f", action="store_true",
                    help="only set F: real editorials 13-18 of each outlet (18) in every PDF layout of sets A and B and "
                         "the set F web layouts (tests/ingest/html_layouts_f.py; written in session 9 to tune on the "
                         "kinds of file set B holds; -v shows the misses)")
    ap.add_argument("--set-g", action="store_true",
                    help="only set G: real editorials 58-63 of each outlet (18) in the set G web, PDF and LibreOffice "
                         "layouts (tests/ingest/html_layouts_g.py, pdf_styles_g.py: written in session 10 by the held-data "
                         "helper, committed before any reader change was tuned with them in view) and as Word files; "
                         "held: aggregate only, never looked at")
    ap.add_argument("--set-k", action="store_true",
                    help="only set K: 15 editorials no web layout had carried (set_k_editorials()) in the set K web "
                         "layouts (tests/ingest/html_layouts_k.py: a national daily, a regional TV station, a portal's "
                         "wire story, a magazine long-read; written in session 14 by the held-data writer, committed "
                         "before its first score); held: aggregate only, never looked at (-v is ignored)")
    ap.add_argument("--set-k2", action="store_true",
                    help="only set K's second batch: the next 15 editorials by set K's rule (set_k_editorials(2)) in "
                         "the html_layouts_k2.py layouts (a local newspaper, a government press office, a tabloid, a "
                         "policy institute); held: aggregate only, never looked at (-v is ignored)")
    ap.add_argument("--set-m", action="store_true",
                    help="only set M's tuned part: real editorials 19-24 of each outlet (18) in the set M PDF layouts "
                         "(tests/ingest/pdf_styles_m.py: written in session 14 in the kinds of held sets B and E, "
                         "committed before tuning; -v shows the misses)")
    ap.add_argument("--set-m-aside", action="store_true",
                    help="set M's part kept aside: editorials 25-27 in every set M layout and 19-24 in its two "
                         "kept-aside layouts; aggregate only")
    ap.add_argument("--set-m2", action="store_true",
                    help="only set M's second batch, tuned part: real editorials 28-31 of each outlet (12) in the "
                         "set_m2_styles layouts (tests/ingest/pdf_styles_m.py; -v shows the misses)")
    ap.add_argument("--set-m2-aside", action="store_true",
                    help="set M's second batch kept aside: editorials 32-34 in every set_m2_styles layout; aggregate only")
    ap.add_argument("--set-t", action="store_true",
                    help="only set T's tuned part: real editorials 19-21 of each outlet (9) in the set T layouts typeset by "
                         "LibreOffice (tests/ingest/typeset_set.py: widow/orphan control, hyphenation, running heads, "
                         "columns, block quotes, footnotes; PDFs committed in tests/data/typeset); -v shows the misses")
    ap.add_argument("--set-t-aside", action="store_true",
                    help="set T's part kept aside: editorial 22 of each outlet in every set T layout and 19-21 in its "
                         "kept-aside layout; aggregate only")
    ap.add_argument("--dev-web-i", action="store_true",
                    help="only set I's tuned part: set F's editorials 13-18 in the set I web layouts (html_layouts_i.py) "
                         "set A's in its second batch (html_layouts_i2.py), editorials 28-30 in its third (html_layouts_i3.py), "
                         "31-33 in its fourth (html_layouts_i4.py), 64-66 in its fifth (html_layouts_i5.py); "
                         "-v shows the misses")
    ap.add_argument("--dev-web-j", action="store_true",
                    help="only set J's tuned part: editorials 40-42 in the set J web layouts (html_layouts_j.py: "
                         "furniture of the kinds set G's docstring names, several variants each) and its second batch "
                         "(html_layouts_j2.py: such widgets inside the article's container) and third (html_layouts_j3.py); "
                         "-v shows the misses")
    ap.add_argument("--dev-web-l", action="store_true",
                    help="only set L's tuned part: editorials 28-30 in the set L web layouts (html_layouts_l.py: paginated, "
                         "print-friendly, AMP story, JSON-LD articleBody only, gallery, liveblog, Russian and Korean "
                         "portals); -v shows the misses")
    for name, _, _, tuned_help, aside_help, _, _ in WEB_DEV_SETS:
        ap.add_argument(f"--dev-web-{name}", action="store_true", help=tuned_help)
        ap.add_argument(f"--dev-web-{name}-aside", action="store_true", help=aside_help)
    for flag, text in (("--dev-web-p", "only set P's tuned part: the four tuned articles of tests/ingest/articles_p.py "
                                       "in its eight tuned web layouts (html_layouts_p.py, session 28); -v shows the misses"),
                       ("--dev-web-p-aside", "set P's part kept aside: its two kept-aside articles in every layout and its "
                                             "four tuned ones in the four kept-aside layouts; aggregate only"),
                       ("--dev-web-q", "only set Q's tuned part: the four tuned articles of tests/ingest/articles_q.py "
                                       "in its eight tuned web layouts (html_layouts_q.py, session 29: closing furniture "
                                       "written as sentences); -v shows the misses"),
                       ("--dev-web-q-aside", "set Q's part kept aside: its kept-aside article in every layout and its "
                                             "four tuned ones in the four kept-aside layouts; aggregate only")):
        ap.add_argument(flag, action="store_true", help=text)
    ap.add_argument("--dev-web", action="store_true",
                    help="real editorials 64-69 of each outlet (18) in the set H web layouts (tests/ingest/html_layouts_h.py, "
                         "written in session 11), 19-24 in its second batch (html_layouts_h2.py), 28-33 in its third "
                         "(html_layouts_h3.py), 37-39 in its fourth (html_layouts_h4.py) and set A's in its fifth "
                         "(html_layouts_h5.py); tuned on, -v shows the misses")
    ap.add_argument("--dev-web-held", action="store_true",
                    help="set H's part kept aside: editorials 70-72 of each outlet (9) in every set H layout, and "
                         "editorials 64-69 in the held set H layouts (medium, paywall); the same for the second batch "
                         "(editorials 25-27, and 19-24 in its held layouts video, arc-fusion) and the third (34-36, and 28-33 "
                         "in its held layout nonprofit), the fourth (10-12, and 37-39 in its held layout broadcaster) and "
                         "the fifth (Al Jazeera 73-78, and set A in its held layout forum); aggregate only")
    ap.add_argument("--looked-at", action="store_true",
                    help="only the sets whose failures may be looked at: the tuning set and set A")
    ap.add_argument("--show-fresh", action="store_true", help="with -v, also list the held-out set's and set B's failures")
    ap.add_argument("--original-layouts", action="store_true",
                    help="leave out the layouts added later (PDF: more_styles, more_held_out_styles; web: "
                         "html_layouts_more), for figures comparable with earlier ones")
    ap.add_argument("--without-newest", action="store_true",
                    help="leave out the layouts added in the session that wrote set C (PDF: newer_styles; web: "
                         "html_layouts_more), for figures comparable with the session before")
    ap.add_argument("--kinds", action="store_true",
                    help="after each figure, count the failing files' mistakes by kind (title hidden, paragraph "
                         "hidden, split, joined, listed furniture shown, unlisted text shown, ...: "
                         "tests/ingest/failure_kinds.py); counts only, no text, so also on held sets")
    args = ap.parse_args()
    KINDS["on"] = args.kinds
    newest = not (args.original_layouts or args.without_newest)
    pages = {**LAYOUTS, **(MORE_LAYOUTS if newest else {})}
    kept_pages = {**HELD_OUT_LAYOUTS, **(MORE_HELD_OUT_LAYOUTS if newest else {})}

    def tuned(a: Article) -> dict:
        return {**styles(a), **({} if args.original_layouts else more_styles(a)), **(newer_styles(a) if newest else {})}

    def kept(a: Article) -> dict:
        return {**held_out_styles(a), **({} if args.original_layouts else more_held_out_styles(a))}

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.set_c:
            run("real editorials, set C (18, set C layouts: tuned on since the session after it was written)",
                files(folder, editorials(40, 6), SET_C_LAYOUTS, set_c_styles, True), args.verbose)
            return
        if args.dev:
            for label, arts in (("tuning articles", TUNING), ("set A", editorials(0, 4)), ("set C", editorials(40, 6))):
                run(f"{label} in the dev layouts of set E's kinds (tuned on)",
                    with_promos(layout_files(folder, arts, dev_styles, dev_office_styles(), "dev")), args.verbose)
            return
        if args.dev_d:
            for label, arts in (("tuning articles", TUNING), ("set A", editorials(0, 4)), ("set C", editorials(40, 6)),
                                ("set F", editorials(13, 6))):
                run(f"{label} in the dev layouts of set D's kinds (tuned on)",
                    files(folder, arts, {}, dev_d_styles, False), args.verbose)
            return
        if args.random is not None:
            arts = TUNING + editorials(0, 4) + editorials(13, 6)
            run(f"tuning articles, set A and set F in random layouts (seed {args.random}; tuned on)",
                with_promos(layout_files(folder, arts, random_styles(args.random), {}, "random")), args.verbose)
            return
        if args.set_m or args.set_m_aside:
            from tests.ingest.pdf_styles_m import set_m_files

            label = ("set M's tuned part (editorials 19-24, set M PDF layouts: tuned on)" if args.set_m else
                     "set M kept aside (editorials 25-27 in every set M layout, 19-24 in its kept-aside layouts)")
            run(label, with_promos(set_m_files(folder, args.set_m, editorials)), args.verbose and args.set_m)
            return
        if args.set_m2 or args.set_m2_aside:
            from tests.ingest.pdf_styles_m import set_m2_files

            label = ("set M second batch, tuned part (editorials 28-31: tuned on)" if args.set_m2 else
                     "set M second batch kept aside (editorials 32-34 in every layout)")
            run(label, with_promos(set_m2_files(folder, args.set_m2, editorials)), args.verbose and args.set_m2)
            return
        if args.set_t or args.set_t_aside:
            from tests.ingest.typeset_set import set_t_files

            label = ("set T's tuned part (editorials 19-21, LibreOffice-typeset PDFs: tuned on)" if args.set_t else
                     "set T kept aside (editorial 22 in every set T layout, 19-21 in its kept-aside layout)")
            run(label, with_promos(set_t_files(editorials, args.set_t)), args.verbose and args.set_t)
            return
        if args.set_f:
            run("real editorials, set F (18, every PDF layout of sets A and B, set F web layouts: tuned on)",
                files(folder, editorials(13, 6), SET_F_LAYOUTS, lambda a: {**tuned(a), **kept(a)}, False), args.verbose)
            return
        for name, tuned_label, aside_label, _, _, set_layouts, set_held in WEB_DEV_SETS:
            if getattr(args, f"dev_web_{name}"):
                run(tuned_label, files(folder, editorials(13, 3), set_layouts, lambda a: {}, False), args.verbose)
                return
            if getattr(args, f"dev_web_{name}_aside"):
                run(aside_label,
                    [*files(folder, editorials(16, 3), {**set_layouts, **set_held}, lambda a: {}, False),
                     *files(folder, editorials(13, 3), set_held, lambda a: {}, False)], False)
                return
        for name in ("p", "q"):  # sets P and Q: articles written for them, layouts in html_layouts_<name>.py
            if getattr(args, f"dev_web_{name}") or getattr(args, f"dev_web_{name}_aside"):
                layouts, held_layouts, tuned_arts, aside_arts = web_set(name)
                if getattr(args, f"dev_web_{name}"):
                    run(f"set {name.upper()}'s articles in its web layouts (tuned on)",
                        files(folder, tuned_arts, layouts, lambda a: {}, False), args.verbose)
                    return
                run(f"set {name.upper()} kept aside (its kept-aside articles in every layout, the others in its "
                    "kept-aside layouts)",
                    [*files(folder, aside_arts, {**layouts, **held_layouts}, lambda a: {}, False),
                     *files(folder, tuned_arts, held_layouts, lambda a: {}, False)], False)
                return
        if args.dev_web_l:
            for label, (first, count), layouts in L_TUNED:
                run(label, files(folder, editorials(first, count), layouts, lambda a: {}, False), args.verbose)
            return
        if args.dev_web_j:
            for label, (first, count), layouts in J_TUNED:
                run(label, files(folder, editorials(first, count), layouts, lambda a: {}, False), args.verbose)
            return
        if args.dev_web_i or args.dev_web:  # --dev-web: set H's batches, then set I's and J's
            for label, (first, count), layouts in ((() if args.dev_web_i else H_TUNED) + I_TUNED + J_TUNED
                                                   + (() if args.dev_web_i else L_TUNED)):
                run(label, files(folder, editorials(first, count), layouts, lambda a: {}, False), args.verbose)
            return
        if args.dev_web_held:
            for label, (first, count), layouts, held_layouts, (held_first, held_count) in WEB_KEPT_ASIDE:
                run(label, [*files(folder, editorials(first, count), {**layouts, **held_layouts}, lambda a: {}, False),
                            *files(folder, editorials(held_first, held_count), held_layouts, lambda a: {}, False)], False)
            return
        if args.set_e:
            run("real editorials, set E (18, set E PDF layouts: never looked at)",
                with_promos(set_e_files(folder, editorials(52, 6))), False)
            return
        if args.set_g:
            arts = editorials(58, 6)
            run("real editorials, set G (18, set G web, PDF and LibreOffice layouts, Word: never looked at)",
                [*files(folder, arts, SET_G_LAYOUTS, lambda a: {}, True), *with_promos(set_g_files(folder, arts))],
                False)
            return
        if args.set_k:
            run("real editorials, set K (15, set K web layouts: never looked at)",
                files(folder, set_k_editorials(), K_LAYOUTS, lambda a: {}, False), False)
            return
        if args.set_k2:
            run("real editorials, set K second batch (15, set K2 web layouts: never looked at)",
                files(folder, set_k_editorials(2), K2_LAYOUTS, lambda a: {}, False), False)
            return
        if args.set_d:
            run("real editorials, set D (18, set D layouts: never looked at)",
                files(folder, editorials(46, 6), {}, set_d_styles, True), False)
            return
        run("tuning set (tuning articles x tuning layouts)", files(folder, TUNING, pages, tuned, True), args.verbose)
        if args.tuning_only:
            return
        if args.looked_at:
            if CORPUS.is_dir():
                run("real editorials, set A (12: failures looked at once)", files(
                    folder, editorials(0, 4), {**pages, **kept_pages}, lambda a: {**tuned(a), **kept(a)}, True),
                    args.verbose)
            return
        held = list(files(folder, HELD_OUT, {**pages, **kept_pages}, lambda a: {**tuned(a), **kept(a)}, True))
        held += list(files(folder, TUNING, kept_pages, kept, False))
        run("held-out set (held-out articles in every layout, every article in held-out layouts)", held,
            args.verbose and args.show_fresh)
        if CORPUS.is_dir():
            every = ({**pages, **kept_pages}, lambda a: {**tuned(a), **kept(a)})
            seen = list(files(folder, editorials(0, 4), *every, True))
            run("real editorials, set A (12: failures looked at once)", seen, args.verbose)
            if not args.skip_fresh:
                fresh = list(files(folder, editorials(4, 6), *every, True))
                run("real editorials, set B (18: never looked at)", fresh, args.verbose and args.show_fresh)


if __name__ == "__main__":
    main()
