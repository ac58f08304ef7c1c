"""A smaller ICU data library for the frozen build (Linux): 31 MB -> a few MB.

Qt 6 links libQt6Core against ICU 73, whose libicudata.so.73 holds all of ICU's data: every
locale of CLDR, 200 legacy code pages, dictionaries for Thai/Lao/Khmer/Burmese/CJK word breaks,
transliterators. Qt uses ICU for collation, case mapping and its extra text codecs; the app
shows English UI text and reads English, Russian and Korean sources as UTF-8. So this keeps
ICU's core items (properties, normalisation, time zones, the resource pools and indexes) and the
locale data of root, English, Russian and Korean, and drops code pages, break dictionaries,
transliteration and the other locales (ICU falls back to the parent locale, then root, for a
locale whose file is missing).

The data is ICU's common-data package ("CmnD", the format icupkg writes): a header, a table of
contents sorted by name (offsets relative to the table), the names, then the items, each on a
16-byte boundary. The new package is assembled into a shared object exporting the same symbol,
icudt73_dat, with the same soname, by binutils (`as`, `ld`; PyInstaller needs binutils on
Linux anyway).

    trimmed_icudata(original: Path, workdir: Path) -> Path   # the new libicudata.so.N
"""
from __future__ import annotations

import re
import struct
import subprocess
from pathlib import Path

KEEP_LANGUAGES = ("root", "en", "ru", "ko")
DROP_TREES = {"translit"}
DROP_SUFFIXES = (".cnv", ".dict")  # legacy code pages; word-break dictionaries (Thai, Lao, Khmer, Burmese, CJK)
_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$|^root$")


def _symbol(path: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of the data symbol icudtNN_dat in the library."""
    out = subprocess.run(["readelf", "-W", "--dyn-syms", "--section-headers", str(path)], capture_output=True,
                         text=True, check=True).stdout
    m = re.search(r"\s([0-9a-f]+)\s+(\d+|0x[0-9a-f]+)\s+OBJECT\s+GLOBAL\s+DEFAULT\s+\d+\s+(icudt\d+_dat)", out)
    if m is None:
        raise SystemExit(f"icu_trim: no icudtNN_dat symbol in {path}")
    address, size = int(m.group(1), 16), int(m.group(2), 0)
    # the section holding it: file offset = address - section address + section offset
    for sec in re.finditer(r"\]\s+(\S+)\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", out):
        start, offset, length = int(sec.group(2), 16), int(sec.group(3), 16), int(sec.group(4), 16)
        if start <= address < start + length:
            return m.group(3), address - start + offset, size
    raise SystemExit(f"icu_trim: cannot place {m.group(3)} in {path}")


def items(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(name, data)]) of a little-endian common-data package."""
    header_size = struct.unpack_from("<H", package, 0)[0]
    if package[2:4] != b"\xda\x27" or package[12:16] != b"CmnD":
        raise SystemExit("icu_trim: not an ICU common-data package")
    toc = header_size
    count = struct.unpack_from("<I", package, toc)[0]
    entries = [struct.unpack_from("<II", package, toc + 4 + 8 * i) for i in range(count)]
    ends = [toc + offset for _, offset in entries[1:]] + [len(package)]
    out = []
    for (name_at, data_at), end in zip(entries, ends):
        name = package[toc + name_at:package.index(b"\0", toc + name_at)].decode("ascii")
        out.append((name, package[toc + data_at:end]))
    return package[:header_size], out


def wanted(name: str) -> bool:
    """Whether ICU's item `icudtNNl/[tree/]base.ext` stays."""
    parts = name.split("/")[1:]
    tree, base = ("/".join(parts[:-1]), parts[-1])
    if tree in DROP_TREES or base.endswith(DROP_SUFFIXES):
        return False
    stem = base.rsplit(".", 1)[0]
    if not base.endswith(".res") or not _LOCALE.match(stem):
        return True  # pool.res, res_index.res, supplementalData.res, *.icu, *.nrm, *.brk, …
    return stem.split("_")[0] in KEEP_LANGUAGES


def package(header: bytes, kept: list[tuple[str, bytes]]) -> bytes:
    kept = sorted(kept, key=lambda item: item[0].encode("ascii"))  # ICU binary-searches the names
    toc_size = 4 + 8 * len(kept)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in kept)
    pad = lambda n: (-n) % 16  # noqa: E731 - every item starts on a 16-byte boundary of the package
    data_at = toc_size + len(names) + pad(len(header) + toc_size + len(names))
    entries, blobs, name_at = [], [], toc_size
    for name, data in kept:
        entries.append(struct.pack("<II", name_at, data_at))
        name_at += len(name) + 1
        blobs.append(data + b"\0" * pad(len(data)))
        data_at += len(blobs[-1])
    filler = b"\0" * pad(len(header) + toc_size + len(names))
    return header + struct.pack("<I", len(kept)) + b"".join(entries) + names + filler + b"".join(blobs)


def trimmed_icudata(original: Path, workdir: Path) -> Path:
    symbol, offset, size = _symbol(original)
    with open(original, "rb") as f:
        f.seek(offset)
        header, all_items = items(f.read(size))
    kept = [item for item in all_items if wanted(item[0])]
    workdir.mkdir(parents=True, exist_ok=True)
    dat = workdir / f"{symbol}.dat"
    dat.write_bytes(package(header, kept))
    asm = workdir / f"{symbol}.s"
    asm.write_text(f'.section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n{symbol}:\n'
                   f'.incbin "{dat.name}"\n.size {symbol}, . - {symbol}\n.section .note.GNU-stack,"",@progbits\n',
                   encoding="ascii")
    obj, lib = workdir / f"{symbol}.o", workdir / original.name
    subprocess.run(["as", "-o", str(obj), str(asm)], cwd=workdir, check=True)
    subprocess.run(["ld", "-shared", "-soname", original.name, "-z", "noexecstack", "-o", str(lib), str(obj)],
                   check=True)
    print(f"icu_trim: {original.name}: {len(all_items)} -> {len(kept)} items, "
          f"{original.stat().st_size / 1e6:.1f} -> {lib.stat().st_size / 1e6:.1f} MB")
    return lib
