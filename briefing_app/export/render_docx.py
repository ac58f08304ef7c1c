"""Render an ir.Document to Word through the template's memo.docx (docxtpl + python-docx).

The renderer itself is docx_engine.py, imported on first use (a PDF export never loads it).
A built-in template renders in-process; a user's template in a child process with a time
and memory limit (the sandbox stops escapes, not a template that loops for ever).
"""
from __future__ import annotations

import multiprocessing
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING

from briefing_app.core.errors import BriefingError, TemplateError
from briefing_app.export import ir
from briefing_app.export.templates import TemplateSpec

if TYPE_CHECKING:
    from jinja2.sandbox import SandboxedEnvironment

USER_TEMPLATE_TIMEOUT = 30.0  # seconds
CHILD_MEMORY_LIMIT = 1 << 31  # bytes of address space


def make_env() -> SandboxedEnvironment:
    """The sandboxed Jinja environment templates render in."""
    from briefing_app.export.docx_engine import make_env as engine_env

    return engine_env()


def render_docx(doc: ir.Document, spec: TemplateSpec, *, timeout: float = USER_TEMPLATE_TIMEOUT) -> bytes:
    """The memo as .docx bytes. A user's template renders in a child process with a time and
    memory limit (the sandbox stops escapes, not a template that loops for ever)."""
    if spec.builtin:
        return render_in_process(doc, spec)
    return render_in_child(doc, spec, timeout)


def render_in_process(doc: ir.Document, spec: TemplateSpec) -> bytes:
    from briefing_app.export.docx_engine import render_in_process as engine_render

    return engine_render(doc, spec)


def _child_main(conn: Connection, doc: ir.Document, spec: TemplateSpec) -> None:
    try:
        import resource  # POSIX only

        resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY_LIMIT, CHILD_MEMORY_LIMIT))
    except (ImportError, ValueError, OSError):
        pass
    try:
        conn.send(("ok", render_in_process(doc, spec)))
    except BriefingError as exc:
        conn.send(("error", str(exc)))
    except MemoryError:
        conn.send(("error", f"template '{spec.id}' needs too much memory to fill in"))
    except Exception as exc:  # noqa: BLE001 - reported to the user as a template failure
        conn.send(("error", f"template '{spec.id}' failed ({type(exc).__name__}: {exc})"))
    finally:
        conn.close()


def render_in_child(doc: ir.Document, spec: TemplateSpec, timeout: float) -> bytes:
    ctx = multiprocessing.get_context("spawn")  # no fork: the GUI has threads
    receiver, sender = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child_main, args=(sender, doc, spec), daemon=True, name="briefing-docx-render")
    proc.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise TemplateError(f"template '{spec.id}' took longer than {timeout:g} s to fill in and was stopped")
        status, payload = receiver.recv()
    except EOFError:
        raise TemplateError(f"template '{spec.id}' crashed the renderer (too large or too deep?)") from None
    finally:
        receiver.close()
        if proc.is_alive():
            proc.kill()
        proc.join()
    if status != "ok":
        raise TemplateError(payload)
    assert isinstance(payload, bytes)
    return payload
