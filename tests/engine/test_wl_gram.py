"""WL at dataset scale: sparse features equal the dense ones, the tiled Gram matrix equals
the dense product exactly (float32 and float64 paths, any tile size), block means and
single entries are exact."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from nnlab_gui.engine import wl, wl_gram
from nnlab_gui.engine.wl_synthetic import synthetic_batch


@pytest.fixture(scope="module")
def data():
    batch, classes = synthetic_batch(700, seed=3)
    F = wl.features(batch, 3, sparse=True)
    return batch, classes, F


def test_sparse_features_equal_the_dense_ones_and_the_seed_labels(data):
    batch, _c, F = data
    assert sp.issparse(F) and F.dtype == np.int64 and F.has_sorted_indices
    dense = wl.features(batch, 3)
    assert np.array_equal(F.toarray(), dense)
    # every graph counts each of its nodes once per iteration 0..3
    assert np.array_equal(dense.sum(axis=1), 4 * np.diff(batch.node_offsets))
    g1, g2 = wl.seed_pair()
    assert np.array_equal(wl.features([g1, g2], 2, sparse=True).toarray(), wl.features([g1, g2], 2))


@pytest.mark.parametrize("tile", [7, 64, 5000])
@pytest.mark.parametrize("fraction", [0.0, 3.0, 1e9])     # all sparse, a mix, all dense
def test_tiled_gram_equals_the_dense_product_exactly(data, monkeypatch, tile, fraction):
    F = data[2][:300, :] if fraction < 1e9 else wl.features(data[0], 1, sparse=True)
    monkeypatch.setattr(wl_gram, "DENSE_FRACTION", fraction)
    dense = F.toarray().astype(np.float64)
    K = wl_gram.gram(F, tile=tile)
    assert K.dtype == np.float64 and np.array_equal(K, dense @ dense.T)
    rows = [(r0, r1, blk) for r0, r1, blk in wl_gram.gram_tiles(F, tile=tile)]
    assert rows[0][0] == 0 and rows[-1][1] == F.shape[0]
    assert np.array_equal(np.vstack([blk for *_r, blk in rows]), K)


def test_large_counts_use_float64_and_stay_exact(monkeypatch):
    """Counts whose squares pass 2²⁴: float32 would round (16777217 is not a float32)."""
    F = sp.csr_matrix(np.array([[4097, 1], [4096, 1], [3, 0]], dtype=np.int64))
    monkeypatch.setattr(wl_gram, "DENSE_FRACTION", 1e9)      # every label dense
    K = wl_gram.gram(F)
    assert K[0, 0] == 4097 ** 2 + 1 == 16785410
    assert K[0, 1] == 4097 * 4096 + 1
    assert np.array_equal(K, (F.toarray() @ F.toarray().T).astype(float))
    assert wl_gram._Split(F).dense.dtype == np.float64
    assert wl_gram._Split(sp.csr_matrix(np.array([[3, 1], [2, 2]]))).dense.dtype == np.float32


def test_kernel_matches_features_on_the_synthetic_set(data):
    batch, _c, F = data
    K = wl.kernel(batch, 3)
    dense = F.toarray().astype(float)
    assert np.array_equal(K, dense @ dense.T)


@pytest.mark.parametrize("normalize", [False, True])
def test_block_means_are_the_means_of_the_exact_blocks(data, normalize):
    _b, classes, F = data
    order = np.argsort(classes, kind="stable")
    K = wl.kernel(_b, 3, normalize=normalize)
    Ks = K[np.ix_(order, order)]
    M, edges = wl_gram.block_means(F, order, 37, normalize=normalize)
    assert M.shape == (37, 37) and edges[0] == 0 and edges[-1] == F.shape[0]
    for a, b in [(0, 0), (3, 17), (36, 36), (20, 5)]:
        block = Ks[edges[a]:edges[a + 1], edges[b]:edges[b + 1]]
        assert M[a, b] == pytest.approx(block.mean(), rel=1e-12)
    full, _e = wl_gram.block_means(F, order, 10 ** 6, normalize=normalize)   # one graph per block
    assert full.shape == K.shape and np.allclose(full, Ks, rtol=1e-12, atol=0)


def test_single_entries_are_exact(data):
    batch, _c, F = data
    K = wl.kernel(batch, 3)
    Kn = wl.normalize_gram(K)
    for i, j in [(0, 0), (5, 600), (699, 1), (123, 123)]:
        assert wl_gram.entry(F, i, j) == K[i, j]
        assert wl_gram.entry(F, i, j, normalize=True) == pytest.approx(Kn[i, j], rel=1e-15)
    assert np.array_equal(wl_gram.squared_norms(F), np.diag(K))


def test_synthetic_sets_are_molecule_like_and_repeatable():
    b1, c1 = synthetic_batch(200, seed=9)
    b2, c2 = synthetic_batch(200, seed=9)
    assert np.array_equal(b1.indices, b2.indices) and np.array_equal(c1, c2)
    sizes = np.diff(b1.node_offsets)
    assert sizes.min() >= 20 and sizes.max() <= 40
    assert set(np.unique(b1.labels)) <= set(range(1, 8)) and set(np.unique(c1)) == {0, 1}
    with pytest.raises(ValueError, match="n_graphs"):
        synthetic_batch(0)


def test_repeated_graphs_are_computed_once_and_the_matrix_is_the_same(data, monkeypatch):
    _b, _c, F = data
    idx = np.random.default_rng(0).integers(0, 50, 400)            # 400 rows, at most 50 distinct
    R = F[idx]
    reps, inverse = wl_gram.distinct_rows(R)
    assert len(reps) == len(np.unique(idx)) and np.array_equal(R[reps][inverse].toarray(), R.toarray())
    dense = R.toarray().astype(float)
    assert np.array_equal(wl_gram.gram(R, tile=64), dense @ dense.T)
    assert np.array_equal(wl_gram.gram(R, dedup=False), dense @ dense.T)
    assert wl_gram.distinct_rows(F) is None                          # all distinct: no grouping
    # a hash collision is caught by the entry-by-entry check: no grouping, still exact
    monkeypatch.setattr(np, "unique", lambda h, **k: (h[:1], np.zeros(1, int), np.zeros(len(h), int)))
    assert wl_gram.distinct_rows(R) is None
