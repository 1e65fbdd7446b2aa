"""Chinese labels in figures, even when matplotlib's font cache was written before the CJK font was installed."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from reformkg.graph.fonts import fontconfig_cjk_files
from tests.conftest import stale_config

DRAW = """
import warnings
warnings.simplefilter("error")  # a missing glyph would be a warning
from matplotlib import font_manager
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
known = {f.name for f in font_manager.fontManager.ttflist}
from reformkg import use_cjk_font
chosen = use_cjk_font()
fig, ax = plt.subplots()
ax.set_title("深圳市中级人民法院")
fig.savefig(sys.argv[1])
print(json.dumps({"chosen": chosen, "known_before": sorted(known)}))
"""


@pytest.mark.skipif(not fontconfig_cjk_files(), reason="no CJK font installed (scripts/setup-system.sh installs one)")
def test_a_font_installed_after_the_cache_was_written_is_found(tmp_path):
    config = stale_config(tmp_path / "mpl")
    done = subprocess.run(
        [sys.executable, "-c", "import json, sys\n" + DRAW, str(tmp_path / "figure.png")],
        env={"MPLCONFIGDIR": str(config), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found["chosen"] and found["chosen"] not in found["known_before"]
    assert (tmp_path / "figure.png").stat().st_size > 0


def test_without_any_cjk_font_figures_are_drawn_and_one_warning_says_what_to_install(tmp_path, monkeypatch):
    script = (
        "import json, sys, warnings\n"
        "import reformkg.graph.fonts as fonts\n"
        "fonts.fontconfig_cjk_files = lambda: []\n"
        "fonts.fontconfig_cjk_families = lambda: []\n"
        "fonts.CJK_FAMILIES = ('No Such Font',)\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    assert fonts.use_cjk_font() is None and fonts.use_cjk_font() is None\n"
        "import matplotlib\nmatplotlib.use('Agg')\nimport matplotlib.pyplot as plt\n"
        "fig, ax = plt.subplots(); ax.set_title('法院'); fig.savefig(sys.argv[1])\n"
        "print(json.dumps([str(w.message) for w in caught if 'CJK' in str(w.message)]))\n"
    )
    config = stale_config(tmp_path / "mpl")
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "figure.png")],
        env={"MPLCONFIGDIR": str(config), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    messages = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(messages) == 1 and "fonts-wqy-zenhei" in messages[0]
    assert (tmp_path / "figure.png").exists()
