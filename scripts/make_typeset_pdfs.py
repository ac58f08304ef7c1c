"""Build set T's PDFs (tests/ingest/typeset_set.py) with LibreOffice Writer and write them, with their page
counts (pages.json), to tests/data/typeset/ to be committed: the benchmark reads them without LibreOffice.

    .venv/bin/python scripts/make_typeset_pdfs.py

Needs `soffice` (libreoffice-writer-nogui) and the hyphen-en-us patterns (/usr/share/hyphen/hyph_en_US.dic), without
which LibreOffice does not hyphenate: `scripts/setup.sh --typeset` installs both (`--dev`, which CI runs, does not
install the patterns: only this generator needs them)."""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_ingest_fidelity import editorials  # noqa: E402
from tests.ingest.typeset_set import DATA, fodt, plan  # noqa: E402


def main() -> None:
    if not Path("/usr/share/hyphen/hyph_en_US.dic").exists():
        sys.exit("no hyphenation patterns: scripts/setup.sh --typeset (apt-get install hyphen-en-us)")
    DATA.mkdir(parents=True, exist_ok=True)
    pages = {}
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as profile:
        docs = []
        for _, stem, _, article, st in plan(editorials):
            doc = Path(tmp) / f"{stem}.fodt"
            doc.write_text(fodt(article, st), encoding="utf-8")
            docs.append(doc)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(DATA), *map(str, docs)], check=True, capture_output=True, timeout=900)
    import pypdfium2 as pdfium

    for doc in docs:
        pdf = pdfium.PdfDocument(str(DATA / f"{doc.stem}.pdf"))
        pages[doc.stem] = len(pdf)
        pdf.close()
    (DATA / "pages.json").write_text(json.dumps(pages, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(pages)} PDFs, {sum(pages.values())} pages")


if __name__ == "__main__":
    main()
