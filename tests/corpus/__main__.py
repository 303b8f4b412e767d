"""``python -m tests.corpus OUT``: write every bad file of the corpus under OUT."""

import sys
from pathlib import Path

from . import all_files, all_values, sizes

out = Path(sys.argv[1] if len(sys.argv) > 1 else "corpus-out")
for case in all_files():
    case.write(out)
print(f"{len(all_files())} files under {out}; {len(all_values())} bad values; per area: {sizes()}")
