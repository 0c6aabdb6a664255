"""Source text of functions and classes for pyx's inspect: getsource's blocks, and what
pyx's code objects do not record (co_flags) read back from a function's `def` line.

A function's block is its first line (co_firstlineno: the first decorator) through the last
line indented deeper than its `def`, as CPython's getsource returns it.
"""

import sys


def _read_lines(filename):
    if not filename or filename.startswith("<"):
        return None
    try:
        with open(filename, encoding="utf-8") as f:
            return f.read().splitlines(True)
    except OSError:
        return None


def _indent(line):
    return len(line) - len(line.lstrip(" \t"))


def block_from(lines, start):
    """The lines of the definition starting at index `start` (decorators included)."""
    i = start
    while i < len(lines) and lines[i].lstrip().startswith("@"):
        i += 1
    if i >= len(lines):
        return None
    base = _indent(lines[i])
    end = i + 1
    # The header may continue over several lines (open brackets); then the body follows.
    depth = _bracket_depth(lines[i])
    while depth > 0 and end < len(lines):
        depth += _bracket_depth(lines[end])
        end += 1
    header_end = end
    if lines[header_end - 1].rstrip().endswith(":"):
        last = header_end
        while end < len(lines):
            text = lines[end]
            if text.strip() == "" or text.lstrip().startswith("#"):
                end += 1
                continue
            if _indent(text) <= base:
                break
            end += 1
            last = end
        end = last
    return lines[start:end]


def _bracket_depth(text):
    depth = 0
    quote = None
    for ch in text:
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "#":
            break
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
    return depth


def function_source(func):
    """(lines, first line number) of a function's block, or None."""
    code = getattr(func, "__code__", None)
    if code is None:
        return None
    lines = _read_lines(code.co_filename)
    if lines is None or code.co_firstlineno < 1 or code.co_firstlineno > len(lines):
        return None
    block = block_from(lines, code.co_firstlineno - 1)
    return None if block is None else (block, code.co_firstlineno)


def class_source(cls):
    module = sys.modules.get(cls.__module__)
    lines = _read_lines(getattr(module, "__file__", None))
    if lines is None:
        return None
    first = getattr(cls, "__firstlineno__", None)
    if first is None:
        header = "class " + cls.__name__
        for i, line in enumerate(lines):
            stripped = line.lstrip()
            if stripped.startswith(header) and stripped[len(header):len(header) + 1] in ("(", ":", " "):
                first = i + 1
                while first > 1 and lines[first - 2].lstrip().startswith("@"):
                    first -= 1
                break
    if first is None:
        return None
    block = block_from(lines, first - 1)
    return None if block is None else (block, first)


def _parameter_texts(func):
    """The texts between a def's parentheses (one) or after each `lambda` of the block up to
    its ':' (several when a line holds several lambdas); [] when the source is unavailable."""
    found = function_source(func)
    if found is None:
        return []
    text = "".join(found[0])
    name = func.__code__.co_name
    starts = []
    if name == "<lambda>":
        at = text.find("lambda")
        while at >= 0:
            starts.append((at + 6, ":"))
            at = text.find("lambda", at + 6)
    else:
        at = text.find("def " + name)
        start = text.find("(", at) if at >= 0 else -1
        if start >= 0:
            starts.append((start + 1, ")"))
    texts = []
    for start, closer in starts:
        depth = 0
        quote = None
        for i in range(start, len(text)):
            ch = text[i]
            if quote:
                if ch == quote:
                    quote = None
            elif ch in "'\"":
                quote = ch
            elif ch in "([{":
                depth += 1
            elif ch in ")]}" and (depth > 0 or ch != closer):
                depth -= 1
            elif ch == closer and depth == 0:
                texts.append(text[start:i])
                break
    return texts


def _split_top(text):
    parts, depth, quote, current = [], 0, None, []
    for ch in text:
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def star_parameters(func):
    """(has *args, has **kwargs) read from the function's source, or None when unavailable.

    A candidate parameter list counts only when its names are the code object's co_varnames
    (named parameters, then *args, then **kwargs), which also picks the right lambda of several.
    """
    code = func.__code__
    named_count = code.co_argcount + code.co_kwonlyargcount
    answers = set()
    for text in _parameter_texts(func):
        named, varargs, varkw = [], None, None
        for part in _split_top(text):
            name = part.lstrip("*").split(":")[0].split("=")[0].strip()
            if part.startswith("**"):
                varkw = name
            elif part.startswith("*"):
                varargs = name or None
            elif part != "/":
                named.append(name)
        expected = named + [n for n in (varargs, varkw) if n]
        # A lambda has no locals of its own, so its names must be all of co_varnames.
        names = code.co_varnames if code.co_name == "<lambda>" else code.co_varnames[:len(expected)]
        if len(named) == named_count and tuple(expected) == tuple(names):
            answers.add((varargs is not None, varkw is not None))
    return answers.pop() if len(answers) == 1 else None


def body_kind(func):
    """'generator', 'coroutine', 'async generator' or 'function' from the source, or None."""
    found = function_source(func)
    if found is None:
        return None
    lines = found[0]
    i = 0
    while i < len(lines) and lines[i].lstrip().startswith("@"):
        i += 1
    header = lines[i].lstrip() if i < len(lines) else ""
    is_async = header.startswith("async ")
    yields = False
    skip_below = None  # the indentation of a nested def/class/lambda-free block being skipped
    for line in lines[i + 1:]:
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        level = _indent(line)
        if skip_below is not None:
            if level > skip_below:
                continue
            skip_below = None
        if stripped.startswith(("def ", "async def ", "class ")):
            skip_below = level
            continue
        if _has_word(stripped, "yield"):
            yields = True
    if len(lines) == i + 1 and _has_word(header.split(":", 1)[-1], "yield"):
        yields = True  # a one-line def: its body follows the colon
    if is_async:
        return "async generator" if yields else "coroutine"
    return "generator" if yields else "function"


def _has_word(text, word):
    start = 0
    while True:
        at = text.find(word, start)
        if at < 0:
            return False
        before = text[at - 1] if at > 0 else " "
        after = text[at + len(word)] if at + len(word) < len(text) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            # Not inside a string literal on this line (an even number of quotes before it).
            if text[:at].count('"') % 2 == 0 and text[:at].count("'") % 2 == 0:
                return True
        start = at + 1
