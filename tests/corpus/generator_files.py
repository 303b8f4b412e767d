"""Bad inputs: generator_files — generators (.npz, course .mat), course images, course weights.

Every file is built here in memory (numpy, zipfile, scipy.io.savemat into a BytesIO, or
bytes patched by hand); no course file is copied.  Names start with ``gen_`` (generators),
``img_`` (data22 / data23), ``w_`` (ex4weights) or ``mat_`` (any .mat); values with ``genv_``.

Pages: a ``.npz`` goes to the Samples and Inpainting pages (Inpainting also opens "All
files"); a ``.mat`` to those two and to Course weights (all three open ``*.mat``).
"""

from __future__ import annotations

import io
import struct
import zipfile

import numpy as np
import scipy.io
import scipy.sparse

from nnlab_gui.engine import course_files as cf
from nnlab_gui.engine import datasets, matfile
from nnlab_gui.engine.generator import Generator, column_major_permutation, load_generator

from . import BadFile, BadValue

SAMPLES, INPAINT, WEIGHTS = "Generator:Samples", "Inpainting:Inpainting", "Hidden units (λ):Course weights"
NPZ_PAGES = (SAMPLES, INPAINT)
MAT_PAGES = (SAMPLES, INPAINT, WEIGHTS)
GEN = (load_generator, cf.read_course_file)
IMG = (cf.read_course_file, datasets.load_course_images)
W = (cf.read_course_weights,)

FILES: list[BadFile] = []
VALUES: list[BadValue] = []


# ---------------------------------------------------------------- builders
def npz(compress: bool = True, **arrays) -> bytes:
    buf = io.BytesIO()
    (np.savez_compressed if compress else np.savez)(buf, **arrays)
    return buf.getvalue()


def mat(**arrays) -> bytes:
    buf = io.BytesIO()
    scipy.io.savemat(buf, arrays)
    return buf.getvalue()


def zipped(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def npy_header(shape, descr: str = "<f8", version: bytes = b"\x01\x00", fortran: bool = False) -> bytes:
    text = f"{{'descr': '{descr}', 'fortran_order': {fortran}, 'shape': {tuple(shape)!r}, }}".encode()
    text += b" " * (-(len(text) + 11) % 64) + b"\n"
    return b"\x93NUMPY" + version + struct.pack("<H", len(text)) + text


def npy(arr) -> bytes:
    buf = io.BytesIO()
    np.save(buf, np.asarray(arr), allow_pickle=True)
    return buf.getvalue()


def arrays(d: int = 3, h: int = 5, seed: int = 0) -> dict[str, np.ndarray]:
    """A small working generator in the lab's convention (A1, b1, A2, b2)."""
    rng = np.random.default_rng(seed)
    return {"A1": rng.normal(0, 0.5, (h, d)), "b1": rng.normal(0, 0.1, h),
            "A2": rng.normal(0, 0.3, (784, h)), "b2": rng.normal(0, 0.1, 784)}


def course(d: int = 3, h: int = 5) -> dict[str, np.ndarray]:
    """The same generator in the course's .mat layout (A_1, B_1, A_2, B_2)."""
    a = arrays(d, h)
    return {"A_1": a["A1"], "B_1": a["b1"][:, None], "A_2": a["A2"], "B_2": a["b2"][:, None]}


def images(rows: int = 784, n: int = 3, seed: int = 1) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    return {"X_i": rng.random((784, n)), "X_n": rng.random((rows, n))}


def weights() -> dict[str, np.ndarray]:
    rng = np.random.default_rng(2)
    return {"Theta1": rng.normal(0, 0.1, (25, 401)), "Theta2": rng.normal(0, 0.1, (10, 26))}


def with_(base: dict, **changes) -> dict:
    out = {k: v for k, v in base.items() if k not in changes or changes[k] is not None}
    out.update({k: v for k, v in changes.items() if v is not None})
    return out


def without(base: dict, *keys: str) -> dict:
    return {k: v for k, v in base.items() if k not in keys}


def poke(a: np.ndarray, value) -> np.ndarray:
    a = np.array(a, dtype=float)
    a.flat[a.size // 2] = value
    return a


def patched(data: bytes, offset: int, new: bytes) -> bytes:
    return data[:offset] + new + data[offset + len(new):]


def deflate_broken() -> bytes:
    good = npz(**arrays())
    info = zipfile.ZipFile(io.BytesIO(good)).infolist()[0]
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    return good[:start + 4] + bytes(b ^ 0xFF for b in good[start + 4:start + 40]) + good[start + 40:]


def stored_bad_crc() -> bytes:
    good = npz(compress=False, **arrays())
    info = zipfile.ZipFile(io.BytesIO(good)).infolist()[0]
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    return patched(good, start + 200, b"\x00\x11\x22\x33\x44\x55\x66\x77")


def flag_member(data: bytes, flag: int = 0, method: int | None = None) -> bytes:
    """Patch the first member's flag bits (1 = encrypted) or compression method, local and central."""
    info = zipfile.ZipFile(io.BytesIO(data)).infolist()[0]
    central = data.index(b"PK\x01\x02")
    out = bytearray(data)
    for pos in (info.header_offset + 6, central + 8):
        if flag:
            out[pos:pos + 2] = struct.pack("<H", flag)
        if method is not None:
            out[pos + 2:pos + 4] = struct.pack("<H", method)
    return bytes(out)


def huge_claim_npz(key: str = "A2", shape=(784, 10 ** 13 // 784)) -> bytes:
    members = {f"{k}.npy": npy(v) for k, v in arrays().items() if k != key}
    members[f"{key}.npy"] = npy_header(shape) + b"\0" * 64
    return zipped(members)


def header_npz(key: str, header: bytes, body: bytes = b"\0" * 64) -> bytes:
    members = {f"{k}.npy": npy(v) for k, v in arrays().items() if k != key}
    members[f"{key}.npy"] = header + body
    return zipped(members)


def mat_dims(data: bytes, rows: int, cols: int) -> bytes:
    """A single-variable uncompressed v5 file whose dims claim rows × cols."""
    return patched(data, 160, struct.pack("<ii", rows, cols))


V73_HEAD = (b"MATLAB 7.3 MAT-file, Platform: GLNXA64, Created on: Mon Jan  1 00:00:00 2024 HDF5 schema 1.00 ."
            .ljust(116) + b"\0" * 8 + b"\x00\x02IM")
V73 = V73_HEAD.ljust(512, b"\0") + b"\x89HDF\r\n\x1a\n" + bytes(range(256)) * 4
HDF5 = b"\x89HDF\r\n\x1a\n" + b"\0" * 600
TEXT = b"hello, not a generator\n"
HUGE_TEXT = b"0.5 0.25 0.125 1 2 3 4 5 6 7 8 9\n" * 250_000          # ~8 MB of numbers


def add(name, filename, content, pages, loaders, why):
    FILES.append(BadFile(name, filename, content, pages=pages, loaders=loaders, why=why))


# ----------------------------------------------------------- .npz generators
A = arrays()
GOOD_NPZ = npz(**A)
_npz = [
    ("gen_npz_text", TEXT, "a text file, not a zip"),
    ("gen_npz_empty", b"", "an empty file"),
    ("gen_npz_truncated", GOOD_NPZ[: len(GOOD_NPZ) // 2], "a zip cut in half (no central directory)"),
    ("gen_npz_truncated_tail", GOOD_NPZ[:-10], "the end-of-archive record cut"),
    ("gen_npz_zip_magic_only", b"PK\x03\x04" + b"\0" * 40, "a zip signature and nothing else"),
    ("gen_npz_deflate_broken", deflate_broken(), "a broken deflate stream inside a member (zlib.error)"),
    ("gen_npz_bad_crc", stored_bad_crc(), "a stored member whose bytes do not match its CRC"),
    ("gen_npz_encrypted", flag_member(npz(**A), flag=1), "a member flagged as encrypted"),
    ("gen_npz_unknown_method", flag_member(npz(**A), method=99), "compression method 99"),
    ("gen_npz_huge_header", huge_claim_npz(), "a .npy header claiming 10¹³ floats (MemoryError)"),
    ("gen_npz_huge_1d", huge_claim_npz("b2", (10 ** 13,)), "b2 claiming 10¹³ floats"),
    ("gen_npz_over_limit", huge_claim_npz("A2", (784, 60_000)), "A2 of 376 MB: over the size limit"),
    ("gen_npz_header_short_data", header_npz("A1", npy_header((5, 3)), b"\0" * 16),
     "A1's header says 5×3 floats, the member holds 16 bytes"),
    ("gen_npz_header_garbage", header_npz("A1", b"\x93NUMPY\x01\x00\x10\x00not a dict!!!!\n"),
     "a .npy header that is not a dict"),
    ("gen_npz_header_version", header_npz("A1", b"\x93NUMPY\x09\x00" + npy_header((5, 3))[8:]),
     "a .npy format version 9.0"),
    ("gen_npz_header_negative", header_npz("A1", npy_header((-5, 3))), "a negative dimension"),
    ("gen_npz_header_bad_descr", header_npz("A1", npy_header((5, 3), descr="<q9")), "an unknown dtype"),
    ("gen_npz_pickle_member", zipped({**{f"{k}.npy": npy(v) for k, v in A.items() if k != "A1"},
                                      "A1.npy": b"\x80\x04\x95" + b"cos\nsystem\n(S'echo hi'\ntR."}),
     "a raw pickle where A1.npy should be (must never be unpickled)"),
    ("gen_npz_object_array", npz(**with_(A, A1=np.array([[1, "x"], [None, 2.0]], dtype=object))),
     "A1 an object array (pickled; allow_pickle=False)"),
    ("gen_npz_object_name", npz(**A, name=np.array({"evil": 1}, dtype=object)), "a pickled name"),
    ("gen_npz_member_not_npy", zipped({**{f"{k}.npy": npy(v) for k, v in A.items()}, "notes.txt": b"hi"}),
     "a zip member that is not a .npy"),
    ("gen_npz_many_members", zipped({f"x{i}.npy": npy(np.zeros(1)) for i in range(300)}),
     "300 members: over the member limit"),
    ("gen_npz_no_arrays", zipped({}), "an empty zip archive"),
    ("gen_npz_wrong_keys", npz(x=np.ones(3), y=np.ones(4)), "keys x, y instead of A1, b1, A2, b2"),
    ("gen_npz_missing_A1", npz(**without(A, "A1")), "A1 missing"),
    ("gen_npz_missing_b2", npz(**without(A, "b2")), "b2 missing"),
    ("gen_npz_course_keys", npz(**course()), "the course's key names in a .npz"),
    ("gen_npz_A1_1d", npz(**with_(A, A1=np.ones(5))), "A1 one-dimensional"),
    ("gen_npz_A1_3d", npz(**with_(A, A1=np.ones((5, 3, 2)))), "A1 three-dimensional"),
    ("gen_npz_A1_scalar", npz(**with_(A, A1=np.float64(2.0))), "A1 a scalar"),
    ("gen_npz_b1_wrong", npz(**with_(A, b1=np.ones(4))), "b1 of 4 for a hidden size 5"),
    ("gen_npz_A2_rows", npz(**with_(A, A2=np.ones((700, 5)))), "A2 with 700 rows, not 784"),
    ("gen_npz_A2_cols", npz(**with_(A, A2=np.ones((784, 6)))), "A2's hidden size 6 against A1's 5"),
    ("gen_npz_A2_transposed", npz(**with_(A, A2=A["A2"].T)), "A2 transposed"),
    ("gen_npz_b2_wrong", npz(**with_(A, b2=np.ones(783))), "b2 of 783"),
    ("gen_npz_b2_column", npz(**with_(A, b2=A["b2"][:, None])), "b2 a 784×1 column"),
    ("gen_npz_latent_zero", npz(**with_(A, A1=np.zeros((5, 0)))), "latent size 0"),
    ("gen_npz_hidden_zero", npz(A1=np.zeros((0, 3)), b1=np.zeros(0), A2=np.zeros((784, 0)), b2=np.zeros(784)),
     "hidden size 0"),
    ("gen_npz_latent_huge", npz(**with_(A, A1=np.zeros((5, 5000)))), "latent size 5000: over the limit"),
    ("gen_npz_nan_A1", npz(**with_(A, A1=poke(A["A1"], np.nan))), "NaN in A1"),
    ("gen_npz_inf_b1", npz(**with_(A, b1=poke(A["b1"], np.inf))), "inf in b1"),
    ("gen_npz_nan_A2", npz(**with_(A, A2=poke(A["A2"], np.nan))), "NaN in A2"),
    ("gen_npz_ninf_b2", npz(**with_(A, b2=poke(A["b2"], -np.inf))), "−inf in b2"),
    ("gen_npz_huge_weight", npz(**with_(A, A2=poke(A["A2"], 1e300))), "1e300 in A2: decoding overflows"),
    ("gen_npz_string_A1", npz(**with_(A, A1=np.array([["a", "b"]] * 5))), "A1 of strings"),
    ("gen_npz_bytes_b1", npz(**with_(A, b1=np.array([b"x"] * 5))), "b1 of bytes"),
    ("gen_npz_complex_A1", npz(**with_(A, A1=A["A1"] + 1j)), "A1 complex"),
    ("gen_npz_datetime_b1", npz(**with_(A, b1=np.arange(5).astype("datetime64[D]"))), "b1 of dates"),
    ("gen_npz_structured_A1", npz(**with_(A, A1=np.zeros((5, 3), dtype=[("x", "<f8"), ("y", "<i4")]))),
     "A1 a structured array"),
    ("gen_npz_encoder_shape", npz(**A, enc_W1=np.ones((4, 700)), enc_b1=np.ones(4), enc_Wmu=np.ones((3, 4)),
                                  enc_bmu=np.ones(3)), "an encoder W1 of 4×700"),
    ("gen_npz_encoder_nan", npz(**A, enc_W1=np.full((4, 784), np.nan), enc_b1=np.ones(4),
                                enc_Wmu=np.ones((3, 4)), enc_bmu=np.ones(3)), "NaN in the encoder"),
    ("gen_npz_encoder_partial", npz(**A, enc_W1=np.ones((4, 784))), "an encoder without b1, Wmu, bmu"),
]
for name, content, why in _npz:
    add(name, "gen.npz", content, NPZ_PAGES, GEN, why)
for name, filename in (("gen_txt_suffix", "gen.txt"), ("gen_no_suffix", "generator")):
    add(name, filename, TEXT, (INPAINT,), GEN, "not a .mat or .npz (the Inpainting page opens all files)")
add("gen_npz_directory", "gen.npz", {"A1.npy": npy(A["A1"])}, NPZ_PAGES, GEN, "a folder named gen.npz")

# ------------------------------------------------------------- any .mat file
GOOD_MAT = mat(**course())
_any_mat = [
    ("mat_text", TEXT, "a text file with a .mat suffix"),
    ("mat_empty", b"", "an empty file"),
    ("mat_truncated", GOOD_MAT[: len(GOOD_MAT) * 3 // 5], "a course generator cut at 60 %"),
    ("mat_header_only", GOOD_MAT[:128], "a MATLAB header and nothing else"),
    ("mat_v73", V73, "a MATLAB v7.3 (HDF5) file: scipy cannot read it"),
    ("mat_hdf5", HDF5, "a bare HDF5 file"),
    ("mat_version_9", patched(GOOD_MAT, 124, b"\x00\x09IM"), "an unknown MATLAB version"),
    ("mat_huge_text", HUGE_TEXT, "8 MB of text with a .mat suffix"),
    ("mat_binary_junk", bytes(range(256)) * 64, "binary noise"),
    ("mat_npz_inside", GOOD_NPZ, "a .npz renamed .mat"),
    ("mat_no_variables", mat(), "a valid .mat with no variables"),
]
for name, content, why in _any_mat:
    add(name, "data21.mat", content, MAT_PAGES, GEN + IMG + W, why)
add("mat_directory", "data21.mat", {"A_1.txt": b"1"}, MAT_PAGES, GEN + IMG + W, "a folder named data21.mat")

# ------------------------------------------------------- course .mat generators
C = course()
BIG = mat_dims(mat(A_1=np.zeros((2, 2))), 100_000, 100_000)
_course = [
    ("gen_mat_missing_B_2", without(C, "B_2"), "B_2 missing"),
    ("gen_mat_missing_A_2", without(C, "A_2"), "A_2 missing"),
    ("gen_mat_A_1_3d", with_(C, A_1=np.ones((5, 3, 2))), "A_1 three-dimensional"),
    ("gen_mat_B_1_wrong", with_(C, B_1=np.ones((4, 1))), "B_1 of 4 for a hidden size 5"),
    ("gen_mat_B_1_row", with_(C, B_1=np.ones((1, 5))), "B_1 a row"),
    ("gen_mat_A_2_rows", with_(C, A_2=np.ones((700, 5))), "A_2 with 700 rows"),
    ("gen_mat_A_2_hidden", with_(C, A_2=np.ones((784, 6))), "A_2's hidden size 6 against A_1's 5"),
    ("gen_mat_B_2_wrong", with_(C, B_2=np.ones((783, 1))), "B_2 of 783"),
    ("gen_mat_latent_zero", with_(C, A_1=np.zeros((5, 0))), "latent size 0"),
    ("gen_mat_latent_huge", with_(C, A_1=np.zeros((5, 3000))), "latent size 3000: over the limit"),
    ("gen_mat_nan_A_1", with_(C, A_1=poke(C["A_1"], np.nan)), "NaN in A_1"),
    ("gen_mat_inf_B_1", with_(C, B_1=poke(C["B_1"], np.inf)), "inf in B_1"),
    ("gen_mat_nan_A_2", with_(C, A_2=poke(C["A_2"], np.nan)), "NaN in A_2"),
    ("gen_mat_huge_weight", with_(C, B_2=poke(C["B_2"], -1e300)), "−1e300 in B_2"),
    ("gen_mat_char_A_1", with_(C, A_1="not numbers"), "A_1 a string"),
    ("gen_mat_cell_A_1", with_(C, A_1=np.array([np.ones(2), "x"], dtype=object)), "A_1 a cell array"),
    ("gen_mat_struct_A_2", with_(C, A_2={"w": np.ones(3)}), "A_2 a struct"),
    ("gen_mat_complex_A_1", with_(C, A_1=C["A_1"] + 2j), "A_1 complex"),
]
for name, content, why in _course:
    add(name, "data21.mat", mat(**content), MAT_PAGES, GEN, why)
add("gen_mat_sparse_A_2", "data21.mat", mat(**with_(C, A_2=scipy.sparse.csc_matrix(C["A_2"]))),
    MAT_PAGES, GEN, "A_2 a sparse matrix")
add("gen_mat_huge_dims", "data21.mat", BIG, MAT_PAGES, GEN, "A_1 claiming 100000×100000 doubles (80 GB)")

# --------------------------------------------------- course images (data22 / 23)
I = images()
_img = [
    ("img_X_i_empty", {"X_i": np.zeros((784, 0)), "X_n": np.zeros((784, 0))}, "X_i 784×0: no images"),
    ("img_X_i_empty_X_n_not", {"X_i": np.zeros((784, 0)), "X_n": np.zeros((784, 3))}, "X_i 784×0, X_n 784×3"),
    ("img_count_mismatch", with_(I, X_n=np.zeros((784, 2))), "3 ideal images, 2 observations"),
    ("img_count_mismatch_49", with_(I, X_n=np.zeros((49, 4))), "3 ideal images, 4 block averages"),
    ("img_X_i_rows", with_(I, X_i=np.zeros((400, 3))), "X_i with 400 rows"),
    ("img_X_i_transposed", with_(I, X_i=I["X_i"].T), "X_i transposed (3×784)"),
    ("img_X_n_rows", with_(I, X_n=np.zeros((400, 3))), "X_n with 400 rows (neither 784 nor 49)"),
    ("img_X_n_rows_over", with_(I, X_n=np.zeros((800, 3))), "X_n with 800 rows"),
    ("img_X_n_rows_1", with_(I, X_n=np.zeros((1, 3))), "X_n with one row"),
    ("img_X_i_3d", with_(I, X_i=np.zeros((784, 3, 2))), "X_i three-dimensional"),
    ("img_missing_X_n", without(I, "X_n"), "X_n missing"),
    ("img_nan_X_i", with_(I, X_i=poke(I["X_i"], np.nan)), "NaN in X_i"),
    ("img_inf_X_n", with_(I, X_n=poke(I["X_n"], np.inf)), "inf in X_n"),
    ("img_huge_X_n", with_(I, X_n=poke(I["X_n"], 1e300)), "1e300 in X_n: the cost overflows"),
    ("img_char_X_i", with_(I, X_i="abc"), "X_i a string"),
    ("img_cell_X_n", with_(I, X_n=np.array([np.ones(3), np.ones(2)], dtype=object)), "X_n a cell array"),
    ("img_complex_X_n", with_(I, X_n=I["X_n"] + 1j), "X_n complex"),
]
for name, content, why in _img:
    add(name, "data22.mat", mat(**content), (INPAINT, WEIGHTS), IMG, why)
add("img_huge_dims", "data22.mat", mat_dims(mat(X_i=np.zeros((784, 2))), 784, 10 ** 8),
    (INPAINT, WEIGHTS), IMG, "X_i claiming 10⁸ images")

# --------------------------------------------------------- ex4weights (Θ1, Θ2)
T = weights()
_w = [
    ("w_missing_Theta2", without(T, "Theta2"), "Theta2 missing"),
    ("w_Theta1_400", with_(T, Theta1=np.zeros((25, 400))), "Θ1 25×400 (no bias column)"),
    ("w_Theta1_transposed", with_(T, Theta1=T["Theta1"].T), "Θ1 transposed"),
    ("w_Theta2_25", with_(T, Theta2=np.zeros((10, 25))), "Θ2 10×25"),
    ("w_Theta2_9", with_(T, Theta2=np.zeros((9, 26))), "Θ2 with 9 output units"),
    ("w_nan_Theta1", with_(T, Theta1=poke(T["Theta1"], np.nan)), "NaN in Θ1"),
    ("w_inf_Theta2", with_(T, Theta2=poke(T["Theta2"], np.inf)), "inf in Θ2"),
    ("w_huge_Theta2", with_(T, Theta2=poke(T["Theta2"], 1e300)), "1e300 in Θ2: the cost overflows"),
    ("w_char_Theta1", with_(T, Theta1="weights"), "Θ1 a string"),
]
for name, content, why in _w:
    add(name, "ex4weights.mat", mat(**content), (WEIGHTS, INPAINT), W, why)
add("w_generator_instead", "ex4weights.mat", mat(**C), (WEIGHTS,), W, "a (good) generator where weights are expected")


# ------------------------------------------------------------- engine values
def _g(**changes):
    return lambda: Generator(**with_(arrays(), **changes))


def _decode(Z):
    g = Generator(**arrays())
    return lambda: g.decode(Z)


_values = [
    ("genv_latent_zero", _g(A1=np.zeros((5, 0))), "a generator with latent size 0"),
    ("genv_hidden_zero", lambda: Generator(np.zeros((0, 3)), np.zeros(0), np.zeros((784, 0)), np.zeros(784)),
     "hidden size 0"),
    ("genv_A1_1d", _g(A1=np.ones(5)), "A1 one-dimensional"),
    ("genv_A1_strings", _g(A1=np.array([["a"] * 3] * 5)), "A1 of strings"),
    ("genv_A1_nan", _g(A1=np.full((5, 3), np.nan)), "NaN weights"),
    ("genv_A2_inf", _g(A2=np.full((784, 5), np.inf)), "inf weights"),
    ("genv_b2_huge", _g(b2=np.full(784, 1e300)), "weights over the magnitude limit"),
    ("genv_A1_object", _g(A1=object()), "A1 not an array"),
    ("genv_decode_nan", _decode(np.full((2, 3), np.nan)), "NaN latent vectors"),
    ("genv_decode_inf", _decode(np.array([0.0, np.inf, 0.0])), "an inf latent entry"),
    ("genv_decode_huge", _decode(np.full(3, 1e300)), "a latent entry of 1e300"),
    ("genv_decode_3d", _decode(np.zeros((2, 2, 3))), "latent vectors of three dimensions"),
    ("genv_decode_text", _decode("zero"), "text as latent vectors"),
    ("genv_decode_wrong_d", _decode(np.zeros((2, 4))), "4 latent entries for a latent size 3"),
    ("genv_encode_none", lambda: Generator(**arrays()).encode(np.zeros((1, 28, 28))), "no encoder"),
    ("genv_load_none", lambda: load_generator(None), "None as a path"),
    ("genv_load_int", lambda: load_generator(123), "a number as a path"),
    ("genv_read_course_none", lambda: cf.read_course_file(None), "None as a path"),
    ("genv_load_images_none", lambda: datasets.load_course_images(None), "None as a path"),
    ("genv_weights_none", lambda: cf.read_course_weights(None), "None as a path"),
    ("genv_digits_missing", lambda: datasets.load_digits("/nonexistent/digits.npz"), "a missing digits file"),
    ("genv_perm_zero", lambda: column_major_permutation(0), "side 0"),
    ("genv_perm_huge", lambda: column_major_permutation(10 ** 6), "side 10⁶ (10¹² pixels)"),
    ("genv_check_text", lambda: matfile.check_array("A", "abc"), "text is not an array of numbers"),
    ("genv_check_nan", lambda: matfile.check_array("A", [[1.0, np.nan]]), "NaN"),
    ("genv_check_ragged", lambda: matfile.check_array("A", [[1.0], [1.0, 2.0]]), "a ragged list"),
    ("genv_check_huge_int", lambda: matfile.check_array("A", [10 ** 400]), "an integer beyond float"),
    ("genv_col_major_rows", lambda: matfile.col_major_to_images(np.zeros((700, 2))), "700-row columns"),
    ("genv_col_major_nan", lambda: matfile.col_major_to_images(np.full((784, 1), np.nan)), "NaN columns"),
    ("genv_to_col_major_2d", lambda: matfile.images_to_col_major(np.zeros((2, 28))), "2-D images"),
    ("genv_to_col_major_rect", lambda: matfile.images_to_col_major(np.zeros((2, 28, 27))), "non-square images"),
    ("genv_pairs_empty", lambda: cf.course_pairs(datasets.CourseImages(np.zeros((0, 28, 28)), np.zeros((0, 784)),
                                                                        "x")), "no images"),
    ("genv_pairs_rows", lambda: cf.course_pairs(datasets.CourseImages(np.zeros((2, 28, 28)), np.zeros((2, 100)),
                                                                       "x")), "100-row observations"),
]
for name, call, why in _values:
    VALUES.append(BadValue(name, call, why))
