"""Common English given names by sex, so "Mrs. Clinton" goes to Hillary rather than Bill and
"she" to the woman (Citron and GGT use name lists the same way). Names not listed give no sex."""
from __future__ import annotations

FEMALE_NAMES = frozenset("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen
amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan
cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail
julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte
rose alexis kayla hillary nikki condoleezza sonia ruth elena kamala nancy elizabeth maxine tulsi kellyanne huma
hope katie megyn oprah michele madeleine loretta janet susana jeanne dianne marsha gina priya lina sarah jennifer
carla leah anita melania ivanka chelsea sabrina sheryl ursula angela theresa marine christine kirsten tammy debbie
""".split())
MALE_NAMES = frozenset("""
james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony mark donald
steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric
jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry
gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie
alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis bill barack bernie ted marco
jeb mitt mike chris rand newt rick ben reince mitch harry chuck lindsey rudy dick al joe hunter vladimir xi kim
boris emmanuel justin volodymyr benjamin antony lloyd roger jack howard kevin robert jensen omar dave leo kirk
""".split())


def sex_of(first_name: str) -> str | None:
    low = first_name.lower().rstrip(".")
    if low in FEMALE_NAMES and low not in MALE_NAMES:
        return "f"
    if low in MALE_NAMES and low not in FEMALE_NAMES:
        return "m"
    return None


__all__ = ["FEMALE_NAMES", "MALE_NAMES", "sex_of"]
