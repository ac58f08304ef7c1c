"""Synthetic news articles for the benchmarks: deterministic, about 800 words each, with
quotes, speakers, datelines, outlets, dates and genres, and some Korean and Russian ones.

    python benchmarks/synthetic.py OUT_DIR --count 200       # .txt files to import
    python benchmarks/synthetic.py LIB.briefing --count 10000 # a ready library project
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

OUTLETS = ["The Washington Times", "JoongAng Daily", "Reuters", "Associated Press", "Yonhap", "TASS",
           "The Korea Herald", "Financial Times", "The Guardian", "Nikkei Asia"]
CITIES = ["SEOUL", "MOSCOW", "WASHINGTON", "TOKYO", "BEIJING", "KYIV", "PYONGYANG", "BRUSSELS"]
PEOPLE = [("Andrei Rudenko", "Deputy Foreign Minister"), ("Yoon Suk Yeol", "President"),
          ("Antony Blinken", "Secretary of State"), ("Maria Zakharova", "Foreign Ministry spokeswoman"),
          ("Cho Tae-yul", "Foreign Minister"), ("Jens Stoltenberg", "NATO Secretary General"),
          ("Kim Yo Jong", "senior official"), ("Dmitry Peskov", "Kremlin spokesman")]
TOPICS = ["sanctions", "arms supplies", "the defence pact", "nuclear talks", "export controls",
          "missile tests", "humanitarian aid", "shipping routes", "energy prices", "troop deployments"]
VERBS = ["said", "told reporters", "warned", "added", "argued", "told Tass"]
FILLER = ("officials in the region have long debated how to respond to the changing balance of power "
          "while analysts caution that any decision carries risks for trade investment and security "
          "and several governments are weighing options that range from new talks to tighter controls").split()
KOREAN = ("북한은 러시아와의 군사 협력을 강화하고 있으며 한국 정부는 우크라이나에 대한 무기 지원 정책을 "
          "재검토하겠다고 밝혔다 전문가들은 이번 조약이 동북아 안보 지형을 바꿀 수 있다고 분석했다").split()
RUSSIAN = ("Москва предупредила Сеул что поставки оружия Украине разрушат отношения между странами "
           "заявил заместитель министра иностранных дел эксперты считают что санкции не изменят курс").split()


def article(n: int, words: int = 800) -> dict:
    rng = random.Random(n)
    outlet = rng.choice(OUTLETS)
    topic = rng.choice(TOPICS)
    city = rng.choice(CITIES)
    lang = "ko" if n % 20 == 7 else "ru" if n % 20 == 13 else "en"
    date = f"20{rng.randint(20, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    title = f"{city.title()} weighs {topic} as tensions rise ({n})"
    paras: list[str] = []
    count = 0
    while count < words:
        if lang != "en":
            vocab = KOREAN if lang == "ko" else RUSSIAN
            body = " ".join(rng.choice(vocab) for _ in range(rng.randint(25, 45))) + "."
        elif rng.random() < 0.35:
            name, role = rng.choice(PEOPLE)
            quote = " ".join(rng.choice(FILLER) for _ in range(rng.randint(8, 18))).capitalize()
            body = f"“{quote} on {topic},” {role} {name} {rng.choice(VERBS)}."
        else:
            body = " ".join(rng.choice(FILLER) for _ in range(rng.randint(30, 60))).capitalize() + f" over {topic}."
        if not paras:
            body = f"{city} ({outlet}) — {body}"
        paras.append(body)
        count += len(body.split())
    author = f"{rng.choice(['Jane', 'Min-jun', 'Olga', 'David', 'Soo-ah'])} {rng.choice(['Kim', 'Smith', 'Ivanova', 'Lee', 'Park'])}"
    text = f"{title}\n\nBy {author}\n\n" + "\n\n".join(paras) + "\n"
    return {"text": text, "title": title, "author": author, "outlet": outlet, "published": date,
            "genre": "opinion" if n % 5 == 0 else "news", "url": f"https://example.org/{n}"}


def write_files(folder: Path, count: int, words: int = 800) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        p = folder / f"article-{n:05d}.txt"
        p.write_text(article(n, words)["text"], encoding="utf-8")
        paths.append(p)
    return paths


def build_library(path: Path, count: int, *, batch: int = 500) -> None:
    """A project of `count` sources through the real schema (migrations, FTS triggers),
    inserted in batches of rows — analysis is not what this measures."""
    from briefing_app.core.anchoring import normalized_hash
    from briefing_app.core.project import open_project

    with open_project(path) as project:
        start = len(project.list_sources())
        for first in range(start, count, batch):
            with project.transaction():
                for n in range(first, min(count, first + batch)):
                    a = article(n)
                    source_id = project.insert("sources", {
                        "text": a["text"], "title": a["title"], "author": a["author"], "outlet": a["outlet"],
                        "published": a["published"], "genre": a["genre"], "url": a["url"],
                        "media_type": "text/plain", "text_hash": normalized_hash(a["text"])})
                    project.insert("boilerplate", {"source_id": source_id, "start": 0, "end": 10})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--words", type=int, default=800)
    args = ap.parse_args()
    out = Path(args.out)
    if out.suffix == ".briefing":
        build_library(out, args.count)
    else:
        write_files(out, args.count, args.words)
    print(f"wrote {args.count} articles to {out}")


if __name__ == "__main__":
    main()
