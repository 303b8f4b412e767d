"""What kind of file the user gave the lab: a session, a generator, course images, …

``kind_of(path)`` decides from the name and, where the name is not enough, from the
content, so that a file dropped on the window (or named on the command line) goes to
the page that opens it:

========================  ===============================================
kind                      files
========================  ===============================================
``SESSION``               ``*.nnlab``
``GENERATOR``             a lab ``.npz``; a ``.mat`` with ``A_1`` (data21)
``COURSE_IMAGES``         a ``.mat`` with ``X_i`` / ``X_n`` (data22, data23)
``COURSE_WEIGHTS``        a ``.mat`` with ``Theta1`` (ex4weights)
``TU_DATASET``            a folder holding ``NAME_A.txt``, or that file
``GRAPH``                 ``.gml``, ``.graphml``, ``.edgelist``, ``.edges``; a ``.txt`` edge list
``CNN_TEXT``              ``.cnn``; a ``.txt`` whose first word is ``input``
========================  ===============================================

Anything else raises ``ValueError`` naming the file and what the lab opens.  Qt-free.
"""

from __future__ import annotations

from pathlib import Path

from nnlab_gui.engine.texts import N_, Problem

SESSION, GENERATOR, COURSE_IMAGES, COURSE_WEIGHTS = "session", "generator", "course images", "course weights"
TU_DATASET, GRAPH, CNN_TEXT = "TU dataset", "graph", "CNN text"
GRAPH_SUFFIXES = (".gml", ".graphml", ".edgelist", ".edges")
KNOWN = N_("a session (.nnlab), a generator (.npz, data21.mat), course images (data22/23.mat), "
         "network weights (ex4weights.mat), a TU dataset folder, a graph file or a CNN text file")


def _mat_kind(path: Path) -> str:
    import scipy.io

    try:
        keys = {k for k, *_ in scipy.io.whosmat(str(path))}
    except Exception as exc:  # noqa: BLE001 - scipy raises many kinds for a file that is not a .mat
        raise Problem(N_("{name} is not a readable MATLAB .mat file ({why})"), name=path.name, why=exc) from None
    if "A_1" in keys:
        return GENERATOR
    if "X_i" in keys or "X_n" in keys:
        return COURSE_IMAGES
    if "Theta1" in keys:
        return COURSE_WEIGHTS
    raise Problem(N_("{name} is a .mat file the lab does not know (keys: {keys}); it opens {known}"), name=path.name,
                  keys=", ".join(sorted(keys)) or Problem(N_("none")), known=Problem(KNOWN))


def _txt_kind(path: Path) -> str:
    head = path.read_bytes()[:4096]
    if b"\x00" in head:
        raise Problem(N_("{name} is not a text file"), name=path.name)
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        raise Problem(N_("{name} is not UTF-8 text"), name=path.name) from None
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            return CNN_TEXT if line.split()[0].lower().rstrip(";") == "input" else GRAPH
    raise Problem(N_("{name} is empty"), name=path.name)


def kind_of(path: str | Path) -> str:
    """The kind of file at ``path`` (one of the module's constants)."""
    p = Path(path)
    if not p.exists():
        raise Problem(N_("{name} does not exist"), name=p.name or str(p))
    if p.is_dir():
        if any(p.glob("*_A.txt")):
            return TU_DATASET
        raise Problem(N_("the folder {name} holds no TU dataset (no NAME_A.txt); the lab opens {known}"), name=p.name,
                      known=Problem(KNOWN))
    name, suffix = p.name.lower(), p.suffix.lower()
    if suffix == ".nnlab":
        return SESSION
    if name.endswith("_a.txt"):
        return TU_DATASET
    if suffix == ".npz":
        return GENERATOR
    if suffix == ".mat":
        return _mat_kind(p)
    if suffix in GRAPH_SUFFIXES:
        return GRAPH
    if suffix == ".cnn":
        return CNN_TEXT
    if suffix == ".txt":
        return _txt_kind(p)
    raise Problem(N_("{name}: the lab does not open {suffix}; it opens {known}"), name=p.name,
                  suffix=suffix or Problem(N_("files without a suffix")), known=Problem(KNOWN))
