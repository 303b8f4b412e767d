"""A safe, vectorised expression of one variable, typed by the user.

The sampling panel lets a student type a density such as ``0.5 + s`` or
``exp(-s) * sin(pi*s)**2``.  The text is parsed with :mod:`ast` and walked against an
allow-list; it is never handed to ``eval``.  Allowed:

* numbers, the variable (``s`` by default), the constants ``pi`` and ``e``;
* ``+ - * / **`` (``^`` is read as ``**``), unary ``+``/``-``, parentheses;
* the one-argument functions ``exp log sqrt sin cos tan abs`` (and a few more, see
  ``FUNCTIONS``).

Anything else -- attribute access, names other than the variable, calls with keywords,
comparisons, subscripts, lambdas -- is refused with a ``ValueError`` naming the
offending part.  Evaluation runs on a NumPy array, element by element.

Limits: at most ``MAX_LENGTH`` = 500 characters, nested at most ``MAX_DEPTH`` = 50 levels
(parentheses do not count; signs, calls and operands do, except that a chain
``a + b + c …`` counts as one level), and every number finite: a
constant that overflows a float (``1e400``, a 400-digit integer) is refused at parse time.
Parsing and checking are iterative or bounded by these limits, so no text can exhaust the
stack or take noticeable time.
"""

from __future__ import annotations

import ast
import math
from dataclasses import dataclass, field

import numpy as np

from nnlab_gui.engine.texts import N_, Problem

__all__ = ["SafeExpr", "parse_expr", "FUNCTIONS", "CONSTANTS"]
# Python's commonest parser messages for a formula, translated where the GUI shows them
_SYNTAX_MESSAGES = {N_("invalid syntax"), N_("'(' was never closed"), N_("unmatched ')'"),
                    N_("invalid decimal literal"), N_("unexpected EOF while parsing")}

FUNCTIONS = {
    "exp": np.exp, "log": np.log, "sqrt": np.sqrt, "sin": np.sin, "cos": np.cos,
    "tan": np.tan, "abs": np.abs, "tanh": np.tanh, "sinh": np.sinh, "cosh": np.cosh,
    "arctan": np.arctan, "atan": np.arctan, "log10": np.log10, "log2": np.log2,
}
CONSTANTS = {"pi": np.pi, "e": np.e}

_BINOPS = {
    ast.Add: np.add, ast.Sub: np.subtract, ast.Mult: np.multiply,
    ast.Div: np.divide, ast.Pow: np.power,
}
_UNARY = {ast.USub: np.negative, ast.UAdd: np.positive}
MAX_LENGTH = 500
MAX_DEPTH = 50
_MAX_LENGTH = MAX_LENGTH


def _describe(node: ast.AST, text: str) -> str:
    seg = ast.get_source_segment(text, node)
    if seg is None:
        try:
            seg = ast.unparse(node)
        except Exception:  # pragma: no cover - unparse handles every parsed node
            seg = type(node).__name__
    return f"'{seg}'"


@dataclass(frozen=True)
class SafeExpr:
    """A parsed expression of ``var``; call it with a NumPy array."""

    text: str
    var: str = "s"
    _tree: ast.Expression = field(repr=False, compare=False, default=None)

    def __call__(self, values) -> np.ndarray:
        x = np.asarray(values, dtype=float)
        with np.errstate(all="ignore"):
            out = _eval(self._tree.body, x, self.var)
        return np.broadcast_to(np.asarray(out, dtype=float), x.shape).copy()


def parse_expr(text: str, var: str = "s") -> SafeExpr:
    """Parse ``text`` into a :class:`SafeExpr`; ``ValueError`` names what is not allowed."""
    if not isinstance(text, str):
        raise Problem(N_("the expression must be text, got {type}"), type=type(text).__name__)
    src = text.strip()
    if not src:
        raise Problem(N_("the expression is empty: type a formula in s, e.g. 0.5 + s"))
    if len(src) > _MAX_LENGTH:
        raise Problem(N_("the expression is too long ({n} characters, at most {most})"), n=len(src), most=_MAX_LENGTH)
    src = src.replace("^", "**")
    if "\0" in src:
        raise Problem(N_("cannot parse the expression: it contains a NUL character"))
    try:
        tree = ast.parse(src, mode="eval")
    except SyntaxError as exc:
        msg = Problem(exc.msg) if exc.msg in _SYNTAX_MESSAGES else exc.msg
        if "nested" in exc.msg or "too many" in exc.msg:
            msg = Problem(N_("{msg} (nested at most {most} deep)"), msg=msg, most=MAX_DEPTH)
        if exc.offset:
            raise Problem(N_("cannot parse '{text}' near column {n}: {msg}"), text=text.strip(), n=exc.offset,
                          msg=msg) from None
        raise Problem(N_("cannot parse '{text}': {msg}"), text=text.strip(), msg=msg) from None
    except (RecursionError, MemoryError, ValueError):
        raise Problem(N_("cannot parse the expression: it is nested too deeply (at most {most} levels)"),
                      most=MAX_DEPTH) from None
    depth = _depth(tree.body)
    if depth > MAX_DEPTH:
        raise Problem(N_("the expression is nested too deeply ({n} levels of operators, signs and calls; "
                         "at most {most})"), n=depth, most=MAX_DEPTH)
    _check(tree.body, src, var)
    return SafeExpr(src, var, tree)


def _depth(root: ast.AST) -> int:
    """The nesting depth of the expression tree, walked without recursion."""
    deepest, stack = 0, [(root, 1)]
    while stack:
        node, d = stack.pop()
        deepest = max(deepest, d)
        if d > MAX_DEPTH:                  # deeper than the limit: no need to look further
            continue
        if isinstance(node, ast.BinOp):    # a chain a + b + c … nests to the left: it counts once
            stack += [(node.left, d if isinstance(node.left, ast.BinOp) else d + 1), (node.right, d + 1)]
        else:
            stack.extend((child, d + 1) for child in ast.iter_child_nodes(node)
                         if not isinstance(child, (ast.operator, ast.unaryop, ast.expr_context)))
    return deepest


def _check(node: ast.AST, text: str, var: str) -> None:
    if isinstance(node, ast.Constant):
        if isinstance(node.value, bool) or not isinstance(node.value, (int, float)):
            raise Problem(N_("{what} is not a number"), what=_describe(node, text))
        try:
            finite = math.isfinite(float(node.value))
        except OverflowError:
            finite = False
        if not finite:
            seg = _describe(node, text)
            seg = seg if len(seg) <= 32 else seg[:29] + "...'"
            raise Problem(N_("the number {seg} is too large: numbers must be finite (at most about 1.8e308)"),
                          seg=seg)
        return
    if isinstance(node, ast.Name):
        if node.id != var and node.id not in CONSTANTS:
            if node.id in FUNCTIONS:
                raise Problem(N_("the function {f} needs an argument, e.g. {f}({var})"), f=node.id, var=var)
            raise Problem(N_("unknown name '{name}': use the variable {var}, pi, e and the functions {functions}"),
                          name=node.id, var=var, functions=", ".join(sorted(FUNCTIONS)))
        return
    if isinstance(node, ast.BinOp):
        if type(node.op) not in _BINOPS:
            raise Problem(N_("the operator in {what} is not allowed (use + - * / ** only)"), what=_describe(node, text))
        _check(node.left, text, var)
        _check(node.right, text, var)
        return
    if isinstance(node, ast.UnaryOp):
        if type(node.op) not in _UNARY:
            raise Problem(N_("the operator in {what} is not allowed"), what=_describe(node, text))
        _check(node.operand, text, var)
        return
    if isinstance(node, ast.Call):
        if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS:
            raise Problem(N_("{what} is not an allowed function (allowed: {functions})"),
                          what=_describe(node.func, text), functions=", ".join(sorted(FUNCTIONS)))
        if node.keywords or len(node.args) != 1 or isinstance(node.args[0], ast.Starred):
            raise Problem(N_("{what}: {f} takes exactly one argument"), what=_describe(node, text), f=node.func.id)
        _check(node.args[0], text, var)
        return
    raise Problem(N_("{what} is not allowed in a formula ({kind}); use numbers, {var}, + - * / ** and functions"),
                  what=_describe(node, text), kind=type(node).__name__.lower(), var=var)


def _eval(node: ast.AST, x: np.ndarray, var: str):
    if isinstance(node, ast.Constant):
        return float(node.value)
    if isinstance(node, ast.Name):
        return x if node.id == var else CONSTANTS[node.id]
    if isinstance(node, ast.BinOp):
        left = _eval(node.left, x, var)
        right = _eval(node.right, x, var)
        return _BINOPS[type(node.op)](np.asarray(left, dtype=float), right)
    if isinstance(node, ast.UnaryOp):
        return _UNARY[type(node.op)](np.asarray(_eval(node.operand, x, var), dtype=float))
    if isinstance(node, ast.Call):
        return FUNCTIONS[node.func.id](np.asarray(_eval(node.args[0], x, var), dtype=float))
    raise Problem(N_("unexpected node {type}"), type=type(node).__name__)  # pragma: no cover - _check refused it
