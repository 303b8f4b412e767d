"""Bad inputs: text_inputs -- CNN text files, matrix text, density expressions, CNN layers.

Files: networks in the text form (``engine.cnn_rows.read_text_form``, the CNN calculator's
File → Open / Import) that are binary, not UTF-8, too large, or state an impossible or
over-limit network.  Values: ``matrix_text`` (parse_matrix / parse_number / format_matrix),
``safe_expr.parse_expr``, ``sampling.make_density`` and the samplers, ``cnn_text`` parsing,
``cnn.summarize`` and the layer constructors, and ``cnn_rows`` cell parsing.

The limits these cases probe (stated in the engine modules): a CNN dimension, stride,
padding, kernel, dilation, filters or units at most 10⁶ and at most 1,000 layers
(``cnn_layers.MAX_SIZE`` / ``MAX_LAYERS``); a text-form file at most 1 MB; a matrix at
most 10,000 entries (``matrix_text.MAX_ENTRIES``) and a number at most 100 characters; a
density expression at most 500 characters nested at most 50 deep, its values at most
1e200 on an interval inside ±10⁶ (``sampling.MAX_DENSITY`` / ``MAX_END``).
"""

from __future__ import annotations

import gzip
import io
import zipfile

import numpy as np

from nnlab_gui.engine import cnn, cnn_rows, cnn_text, matrix_text, safe_expr, sampling
from nnlab_gui.engine import sampling_jobs

from . import BadFile, BadValue

FILES: list[BadFile] = []
VALUES: list[BadValue] = []

CNN_PAGE = ("CNN calculator:CNN calculator",)
LOADERS = (cnn_rows.read_text_form,)


# ----------------------------------------------------------------------------- helpers
def _file(name: str, content: bytes | str, why: str, filename: str = "network.txt") -> None:
    data = content.encode("utf-8") if isinstance(content, str) else content
    FILES.append(BadFile(f"text_cnn_{name}", filename, data, pages=CNN_PAGE, loaders=LOADERS, why=why))


def _value(name: str, call, why: str) -> None:
    VALUES.append(BadValue(f"text_{name}", call, why))


def _npz() -> bytes:
    buf = io.BytesIO()
    np.savez(buf, A_1=np.ones((3, 3)))
    return buf.getvalue()


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("network.txt", "input 28x28x1; conv 6 5")
    return buf.getvalue()


def _mat() -> bytes:
    from scipy.io import savemat

    buf = io.BytesIO()
    savemat(buf, {"X": np.ones((4, 4))})
    return buf.getvalue()


def _png() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    raw = b"".join(b"\0" + bytes(range(16)) * 3 for _ in range(16))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _noise_without_nul(n: int = 2048) -> bytes:
    return np.random.default_rng(14).integers(1, 256, n, dtype=np.uint8).tobytes()


# ----------------------------------------------------------------------------- CNN text files
# the hang: a stride or padding of 10⁹ (the hint search looped over the whole range)
_file("stride_1e9", "input 227x227x3; conv 1 3 s1000000000\n", "stride 10⁹ (> 10⁶): used to hang")
_file("padding_1e9", "input 227x227x3; conv 1 3 p1000000000\n", "padding 10⁹ (> 10⁶): used to hang")
_file("pool_stride_1e9", "input 227x227x3\npool 2 s1000000000\n", "pool stride beyond the limit")
_file("kernel_1e9", "input 227x227x3; conv 1 1000000000", "kernel beyond the limit")
_file("dilation_1e9", "input 227x227x3; conv 1 3 d1000000000", "dilation beyond the limit")
_file("filters_1e9", "input 227x227x3; conv 1000000000 3", "filters beyond the limit")
_file("units_1e7", "input 227x227x3; fc 10000000", "units beyond the limit")
_file("outpad_1e9", "input 8x8x1; deconv 1 3 s2 op1000000000", "output padding beyond the limit")
_file("stride_400_digits", "input 8x8x1; conv 1 3 s" + "9" * 400, "a 400-digit stride")
_file("input_5000_digits", "input " + "9" * 5000 + "x2x1", "a 5000-digit input size (beyond int() text limits)")
_file("input_too_large", "input 9999999x9999999x3", "input beyond 10⁶")
_file("vector_too_large", "input 2000000; fc 10", "a vector input beyond 10⁶")
_file("deconv_output_too_large", "input 1000000x1000000x1; deconv 1 3 s2",
      "the transposed convolution's output exceeds 10⁶ pixels per side")
_file("conv_output_too_large", "input 1000000x4x1; conv 1 1 p1000000",
      "padding makes the output exceed 10⁶ pixels per side")
# binary content, identified before parsing
_file("png", _png(), "a PNG image", "picture.png")
_file("png_named_txt", _png(), "a PNG image named .txt")
_file("noise_no_nul", _noise_without_nul(), "random bytes without a NUL: not UTF-8")
_file("control_chars", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 27]) * 40,
      "ASCII control characters only: valid UTF-8 but not text")
_file("zip", _zip(), "a ZIP archive", "network.cnn")
_file("npz", _npz(), "a NumPy .npz archive", "network.npz")
_file("gzip", gzip.compress(b"input 28x28x1; conv 6 5\n"), "a gzip-compressed text form")
_file("mat", _mat(), "a MATLAB .mat file", "network.mat")
_file("utf16", "input 28x28x1; conv 6 5\n".encode("utf-16"), "UTF-16 text (NUL bytes)")
_file("utf32", "input 28x28x1; conv 6 5\n".encode("utf-32"), "UTF-32 text (NUL bytes)")
_file("latin1", "input 28x28x1; conv 6 5  # Größe\n".encode("latin-1"), "Latin-1, not UTF-8")
_file("nul_in_text", b"input 28x28x1;\0 conv 6 5\n", "a NUL byte inside the text")
_file("overlong_utf8", b"input 28x28x1; conv 6 5 \xc0\xaf\n", "an overlong UTF-8 sequence")
_file("surrogate_utf8", b"input 28x28x1; \xed\xa0\x80 conv 6 5\n", "an encoded surrogate (invalid UTF-8)")
_file("pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n", "a PDF", "net.pdf")
_file("elf", b"\x7fELF\x02\x01\x01" + b"\0" * 9 + b"\x02\0>\0", "an executable")
_file("too_large", b"input 8x8x1\n" + b"# " + b"x" * 1_100_000 + b"\n", "more than 1 MB")
_file("too_many_layers", "input 8x8x1\n" + "relu\n" * 1500, "more than 1,000 layers")
# text that is not a network in the lab's grammar
_file("empty", b"", "an empty file")
_file("blank", "  \n\n\t\n", "only white space")
_file("comments_only", "# a network\n# nothing else\n;;\n", "comments only")
_file("no_input", "conv 96 11 s4 p0; pool 3 s2", "no input statement")
_file("input_twice", "input 8x8x1; input 4x4x1; fc 3", "two input statements")
_file("unknown_kind", "input 28x28x1; warp 3", "an unknown layer kind")
_file("bad_token", "input 28x28x1; conv 6 five", "a word where a number belongs")
_file("input_zero", "input 0x28x1; fc 3", "a zero input size")
_file("input_four_axes", "input 28x28x1x1; fc 3", "four input sizes")
_file("input_negative", "input -28x28x1; fc 3", "a negative input size")
_file("input_missing", "input; fc 3", "an input with no shape")
_file("stride_zero", "input 28x28x1; conv 6 5 s0", "stride 0")
_file("dilation_zero", "input 28x28x1; conv 6 5 d0", "dilation 0")
_file("kernel_zero", "input 28x28x1; pool 0", "kernel 0")
_file("filters_zero", "input 28x28x1; conv 0 5", "no filters")
_file("units_zero", "input 28x28; fc 0", "no units")
_file("padding_word", "input 28x28x1; conv 6 5 pfull", "padding 'full'")
_file("stride_twice", "input 28x28x1; conv 6 5 s1 s2", "the stride given twice")
_file("unknown_option", "input 28x28x1; conv 6 5 q5", "an unknown option")
_file("missing_kernel", "input 28x28x1; conv 96", "a convolution without a kernel")
_file("number_too_many", "input 28x28x1; pool 2 2 2", "one number too many")
_file("dropout_one", "input 28x28x1; dropout 1.5", "a dropout rate ≥ 1")
_file("kernel_larger_than_input", "input 5x5x1; conv 1 7", "the window is larger than the input")
_file("pool_larger_than_input", "input 2x2x1; pool 3", "the pooling window is larger than the input")
_file("dilated_kernel_too_large", "input 28x28x1; conv 1 3 d100000", "the dilated kernel is larger than the input")
_file("deconv_same_stride", "input 28x28x1; deconv 1 3 psame s9", "'same' needs F' + OP ≥ S")
_file("wl_edge_list", "1 2\n2 3\n3 1\n", "a WL edge list, not a network")
_file("session_json", '{"version": 1, "tabs": {"CNN calculator": {}}}', "a session file (JSON)")
_file("html", "<!DOCTYPE html><html><body>input 28x28x1</body></html>", "an HTML page")
_file("matrix_text", "[[1, 0], [0, 1]]", "a matrix, not a network")


# ----------------------------------------------------------------------------- matrix text
def _pm(name, text, why):
    _value(f"matrix_{name}", lambda t=text: matrix_text.parse_matrix(t), why)


_pm("int_400_digits_nested", "[[" + "1" * 400 + ", 2]]", "a 400-digit integer: OverflowError before")
_pm("int_400_digits_rows", "1" * 400 + " 2; 3 4", "a 400-digit entry in MATLAB rows: inf before")
_pm("1e309", "1e309 1", "1e309 overflows to inf")
_pm("minus_1e309", "[-1e309, 1]", "−1e309 overflows to −inf")
_pm("1e400_nested", "[[1e400]]", "1e400 literal is inf")
_pm("fraction_overflow", "1e300/1e-300 2", "a fraction that overflows")
_pm("nan", "nan 1", "nan is not a number")
_pm("inf", "[[inf, 1]]", "inf is not a finite number")
_pm("ragged_rows", "1 2; 3", "rows of unequal length")
_pm("ragged_nested", "[[1, 2], [3]]", "rows of unequal length")
_pm("empty", "", "empty text")
_pm("blank", "  \n\t ", "white space only")
_pm("not_text", 42, "not a string")
_pm("bytes", b"1 2", "bytes, not a string")
_pm("none", None, "None")
_pm("word", "[[1, 'a']]", "a string entry")
_pm("bool", "[[True, 1]]", "a boolean entry")
_pm("complex", "[[1j, 2]]", "a complex entry")
_pm("unbalanced", "[1 2 3", "an unclosed bracket")
_pm("nested_3d", "[[[1]]]", "three levels of nesting")
_pm("empty_rows", "[[]]", "an empty row")
_pm("empty_list", "[]", "an empty list")
_pm("deep_brackets", "[" * 5000 + "]" * 5000, "5000 nested brackets")
_pm("too_long", "1 " * 150_000, "text beyond 200,000 characters")
_pm("too_many_entries", "; ".join([" ".join(["1"] * 120)] * 120), "120×120 = 14,400 entries > 10,000")
_pm("too_many_nested", "[" + ", ".join(["[" + ", ".join(["0"] * 200) + "]"] * 60) + "]", "12,000 entries")
_pm("long_token", "1" * 50_000 + "x", "a 50,000-character token (quadratic regex before)")
_pm("transpose_unbracketed", "1 2 3'", "a transpose mark without brackets")
_pm("division_by_zero", "1/0 2", "division by zero")
_pm("code", "__import__('os').system('true')", "code, not a matrix")
_value("matrix_number_1e309", lambda: matrix_text.parse_number("1e309"), "a cell of 1e309")
_value("matrix_number_400_digits", lambda: matrix_text.parse_number("9" * 400), "a 400-digit cell")
_value("matrix_number_double_fraction", lambda: matrix_text.parse_number("1/2/3"), "two fraction bars")
_value("matrix_number_empty", lambda: matrix_text.parse_number(" "), "an empty cell")
_value("matrix_number_word", lambda: matrix_text.parse_number("two"), "a word")
_value("matrix_format_style", lambda: matrix_text.format_matrix([[1]], style="latex"), "unknown style")
_value("matrix_format_3d", lambda: matrix_text.format_matrix(np.ones((2, 2, 2))), "a 3-D array")
_value("matrix_format_words", lambda: matrix_text.format_matrix([["a"]]), "not numbers")
_value("matrix_format_objects", lambda: matrix_text.format_matrix([[object()]]), "objects, not numbers")


# ----------------------------------------------------------------------------- density expressions
def _pe(name, text, why):
    _value(f"expr_{name}", lambda t=text: safe_expr.parse_expr(t), why)


_pe("int_400_digits", "1" * 400 + " + s", "a 400-digit constant: OverflowError before")
_pe("float_inf_literal", "1e400 * s", "a literal that overflows to inf")
_pe("too_long", "s + " * 200 + "s", "more than 500 characters")
_pe("nested_parentheses", "(" * 240 + "s" + ")" * 240, "240 nested parentheses")
_pe("nested_unary", "-" * 400 + "s", "400 nested unary minus signs")
_pe("nested_calls", "exp(" * 90 + "s" + ")" * 90, "90 nested calls")
_pe("import", "__import__('os').system('ls')", "code")
_pe("attribute", "s.real", "attribute access")
_pe("unknown_name", "x + 1", "an unknown name")
_pe("lambda", "(lambda: 1)()", "a lambda")
_pe("subscript", "s[0]", "a subscript")
_pe("compare", "s < 1", "a comparison")
_pe("string", "'abc'", "a string")
_pe("bool", "True", "a boolean")
_pe("complex", "1j * s", "a complex literal")
_pe("keyword", "exp(x=s)", "a keyword argument")
_pe("nul", "s\0", "a NUL character")
_pe("matmul", "s @ s", "matrix product")
_pe("empty", "   ", "empty")
_pe("not_text", 3.0, "a number, not text")


def _md(name, *args, why, **kw):
    _value(f"density_{name}", lambda: sampling.make_density(*args, **kw), why)


_md("1e308", "1e308", why="p(s) = 1e308: NaN CDF before (too large on the interval)")
_md("1e308_s", "1e308*s + 1e308", why="too large on the interval")
_md("int_400_digits", "9" * 400, why="a 400-digit constant: OverflowError before")
_md("negative", "-s", why="negative")
_md("zero_mass", "0*s", why="zero total mass")
_md("log_at_zero", "log(s)", why="−inf at s = 0")
_md("pole", "1/s", why="inf at s = 0")
_md("nan", "sqrt(s - 2)", why="NaN on [0, 1]")
_md("exp_overflow", "exp(1000*s)", why="overflows to inf")
_md("empty_interval", "s", 1.0, 1.0, why="a = b")
_md("reversed_interval", "s", 2.0, 1.0, why="a > b")
_md("nan_end", "s", float("nan"), 1.0, why="NaN end")
_md("inf_end", "s", 0.0, float("inf"), why="infinite end")
_md("huge_interval", "1 + 0*s", -1e308, 1e308, why="beyond ±10⁶: the grid overflowed")
_md("text_end", "s", "a", 1.0, why="an end that is not a number")
_md("grid_one", "s", n_grid=1, why="a grid of one point")
_md("grid_huge", "s", n_grid=10**12, why="a grid of 10¹² points: MemoryError before")
_md("not_an_expression", None, why="None")
_value("sampling_n_zero", lambda: list(sampling.iter_inverse_cdf(sampling.make_density("s"), 0)), "N = 0")
_value("sampling_n_huge", lambda: list(sampling.iter_inverse_cdf(sampling.make_density("s"), 10**12)),
       "N = 10¹²: MemoryError before")
_value("sampling_gibbs_nan_start", lambda: sampling.sample_gibbs_disk(10, start=(float("nan"), 0.0)),
       "a NaN start point gave a NaN chain")
_value("sampling_gibbs_outside", lambda: sampling.sample_gibbs_disk(10, start=(2.0, 0.0)), "outside the disk")
_value("sampling_gibbs_huge", lambda: sampling.sample_gibbs_disk(10**12), "10¹² steps: MemoryError before")
_value("sampling_laplace_nan", lambda: sampling.laplace_noise((2, 2), float("nan")), "b = NaN")
_value("sampling_laplace_inf", lambda: sampling.laplace_noise((2, 2), float("inf")), "b = inf")
_value("sampling_laplace_pdf_zero", lambda: sampling.laplace_pdf([0.0], 0.0), "b = 0")
_value("sampling_laplace_pdf_text", lambda: sampling.laplace_pdf([0.0], "one"), "b is text: TypeError before")
_value("sampling_laplace_huge", lambda: sampling.laplace_noise((10**6, 10**6), 1.0), "10¹² values")
_value("sampling_closed_form_outside", lambda: sampling.closed_form_inverse([2.0]), "x outside [0, 1]: NaN")
_value("sampling_autocorr_nan", lambda: sampling.autocorrelation([1.0, float("nan"), 2.0]), "NaN in the chain")
_value("sampling_r2_nan", lambda: sampling.r2_uniformity([[float("nan"), 0.0]] * 30), "NaN points")
_value("sampling_hist_nan", lambda: sampling_jobs.density_histogram([float("nan")], np.linspace(0, 1, 5)),
       "NaN samples")
_value("sampling_hist_edges", lambda: sampling_jobs.density_histogram([0.5], [1.0]), "one edge")
_value("sampling_syntax", lambda: sampling_jobs.density_syntax("1" * 400), "a 400-digit constant")


# ----------------------------------------------------------------------------- CNN text and layers
def _pt(name, text, why):
    _value(f"cnn_text_{name}", lambda t=text: cnn_text.parse_text(t), why)


_pt("stride_1e9", "input 227x227x3; conv 1 3 s1000000000", "the issue's hang")
_pt("padding_1e9", "input 227x227x3; conv 1 3 p1000000000", "the issue's hang")
_pt("none", None, "None, not text")
_pt("bytes", b"input 8x8x1", "bytes, not text")
_pt("too_long", "input 8x8x1;" + " " * 2_000_000, "more than 1,000,000 characters")
_pt("filters_400_digits", "input 8x8x1; conv " + "9" * 400 + " 3", "a 400-digit filter count")
_pt("input_5000_digits", "input " + "9" * 5000, "5000 digits (int() refuses beyond 4300)")
_pt("units_5000_digits", "input 8; fc " + "9" * 5000, "5000 digits")
_pt("too_many_layers", "input 8x8x1" + "; relu" * 1001, "1,001 layers")
_value("cnn_layer_empty", lambda: cnn_text.parse_layer("   "), "an empty statement")
_value("cnn_layer_kernel_1e9", lambda: cnn_text.parse_layer("pool 1000000000"), "kernel beyond 10⁶")


def _layer(name, make, why):
    _value(f"cnn_layer_{name}", make, why)


_layer("conv_stride_1e9", lambda: cnn.Conv2d(1, 3, stride=10**9), "stride beyond 10⁶")
_layer("conv_padding_1e9", lambda: cnn.Conv2d(1, 3, padding=10**9), "padding beyond 10⁶")
_layer("conv_filters_0", lambda: cnn.Conv2d(0, 3), "no filters")
_layer("conv_kernel_0", lambda: cnn.Conv2d(1, 0), "kernel 0")
_layer("conv_stride_0", lambda: cnn.Conv2d(1, 3, stride=0), "stride 0")
_layer("conv_padding_full", lambda: cnn.Conv2d(1, 3, padding="full"), "padding 'full'")
_layer("conv_padding_negative", lambda: cnn.Conv2d(1, 3, padding=-1), "negative padding")
_layer("conv_filters_fraction", lambda: cnn.Conv2d(1.5, 3), "1.5 filters")
_layer("conv_filters_bool", lambda: cnn.Conv2d(True, 3), "a boolean")
_layer("conv_kernel_triple", lambda: cnn.Conv2d(1, (3, 3, 3)), "three kernel sizes")
_layer("conv_kernel_nan", lambda: cnn.Conv2d(1, float("nan")), "NaN kernel")
_layer("conv_kernel_inf", lambda: cnn.Conv2d(1, float("inf")), "infinite kernel")
_layer("conv_kernel_1e300", lambda: cnn.Conv2d(1, 1e300), "a kernel of 1e300")
_layer("conv_kernel_text", lambda: cnn.Conv2d(1, "3"), "a kernel given as text")
_layer("conv_dilation_1e7", lambda: cnn.Conv2d(1, 3, dilation=10**7), "dilation beyond 10⁶")
_layer("conv_filters_1e7", lambda: cnn.Conv2d(10**7, 3), "filters beyond 10⁶")
_layer("deconv_outpad_1e9", lambda: cnn.ConvTranspose2d(1, 3, output_padding=10**9), "output padding beyond 10⁶")
_layer("dense_0", lambda: cnn.Dense(0), "no units")
_layer("dense_1e7", lambda: cnn.Dense(10**7), "units beyond 10⁶")
_layer("dense_text", lambda: cnn.Dense("10"), "units as text")
_layer("dropout_one", lambda: cnn.Dropout(1.0), "rate 1")
_layer("dropout_nan", lambda: cnn.Dropout(float("nan")), "rate NaN")
_layer("dropout_text", lambda: cnn.Dropout("half"), "rate as a word")
_layer("pool_kernel_0", lambda: cnn.MaxPool2d(0), "kernel 0")
_layer("pool_stride_1e9", lambda: cnn.MaxPool2d(2, stride=10**9), "stride beyond 10⁶")
_layer("avgpool_padding_1e9", lambda: cnn.AvgPool2d(2, padding=10**9), "padding beyond 10⁶")


def _sm(name, shape, layers, why):
    _value(f"cnn_summarize_{name}", lambda: cnn.summarize(shape, layers() if callable(layers) else layers), why)


_sm("input_zero", (0, 3, 3), [], "a zero input size")
_sm("input_too_large", (10**7, 3, 3), [], "input beyond 10⁶")
_sm("input_four_axes", (1, 2, 3, 4), [], "four sizes")
_sm("input_int", 5, [], "an int, not a shape: TypeError before")
_sm("input_none", None, [], "None: TypeError before")
_sm("input_nan", (float("nan"), 3, 3), [], "a NaN size")
_sm("not_a_layer", (227, 227, 3), ["conv 96 11"], "a string, not a layer")
_sm("layers_none", (227, 227, 3), None, "None: TypeError before")
_sm("kernel_larger", (5, 5, 1), lambda: [cnn.Conv2d(1, 7)], "window larger than the input")
_sm("deconv_too_large", (10**6, 10**6, 1), lambda: [cnn.ConvTranspose2d(1, 3, stride=2)],
    "output beyond 10⁶ pixels per side")
_sm("padding_too_large", (10**6, 8, 1), lambda: [cnn.Conv2d(1, 1, padding=10**6)], "output beyond 10⁶")
_sm("deconv_same", (28, 28, 1), lambda: [cnn.ConvTranspose2d(1, 3, stride=9, padding="same")],
    "'same' needs F' + OP ≥ S")
_sm("too_many_layers", (28, 28, 1), lambda: [cnn.ReLU()] * 1001, "1,001 layers")
_value("cnn_code_size_none", lambda: cnn.code_size(cnn.summarize((28, 28, 1), [cnn.ReLU()])), "no units")


def _row(kind, **cells):
    row = cnn_rows.new_row(kind)
    for col, text in cells.items():
        row[getattr(cnn_rows, col)] = text
    return row


def _cell(name, row, why):
    _value(f"cnn_row_{name}", lambda r=row: cnn_rows.row_to_layer(r), why)


_cell("stride_1e9", _row("conv", COL_STRIDE="1000000000"), "stride beyond 10⁶ in a cell")
_cell("padding_1e9", _row("conv", COL_PAD="1000000000"), "padding beyond 10⁶ in a cell")
_cell("kernel_5000_digits", _row("pool", COL_KERNEL="9" * 5000), "5000 digits in a cell")
_cell("filters_superscript", _row("conv", COL_SIZE="²"), "'²' passed isdigit() and int() raised")
_cell("units_1e7", _row("fc", COL_SIZE="10000000"), "units beyond 10⁶ in a cell")
_cell("filters_1e9", _row("deconv", COL_SIZE="1000000000"), "filters beyond 10⁶ in a cell")
_cell("dropout_1e309", _row("dropout", COL_SIZE="1e309"), "rate 1e309 (inf)")
_cell("dropout_nan", _row("dropout", COL_SIZE="nan"), "rate NaN")
_cell("unknown_kind", ["warp"] + [""] * (cnn_rows.ROW_LENGTH - 1), "unknown kind")
_cell("short_row", ["conv", "3"], "a row of two cells: IndexError before")
_cell("number_cell", ["conv", 3, 3, 1, 0, 1, "", ""], "cells that are not text: TypeError before")
_cell("not_a_row", None, "None, not a row")
_value("cnn_rows_too_many", lambda: cnn_rows.rows_from_value([["relu"]] * 1001), "1,001 rows")
_value("cnn_rows_input_too_large", lambda: cnn_rows.check_input([10**7, 1, 1]), "input beyond 10⁶")
_value("cnn_rows_pair_5000_digits", lambda: cnn_rows.pair_cell("9" * 5000, cnn_rows.COL_KERNEL, 1),
       "5000 digits")
