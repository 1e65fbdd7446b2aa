"""Chinese labels in matplotlib figures: find an installed CJK font and use it, whatever matplotlib's font cache says.

matplotlib lists fonts once, in a cache under its config folder, and does not see fonts installed afterwards — a
common state on any machine where matplotlib ran before the font came (it happened on a clean machine here).
fontconfig, which the system keeps current, knows them: fonts it lists for Chinese are registered with matplotlib
when its list lacks them. Where no CJK font exists at all, figures are drawn anyway (with boxes for the
characters) and one warning says how to install one. Nothing is downloaded.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import warnings
from functools import cache
from pathlib import Path

# Preferred first: Debian's fonts-wqy-zenhei and fonts-noto-cjk, then the fonts of other systems.
CJK_FAMILIES = (
    "WenQuanYi Zen Hei",
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "AR PL UMing CN",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Heiti SC",
)
INSTALL_HINT = (
    "no CJK font is installed, so Chinese labels in figures show as boxes; install one, e.g. "
    "`apt-get install fonts-wqy-zenhei` (Debian/Ubuntu) or `brew install --cask font-noto-sans-cjk-sc` (macOS)"
)


@cache
def use_cjk_font() -> str | None:
    """Set matplotlib up for Chinese labels and return the font family chosen (None, with one warning, when
    the machine has none). Safe to call often: it does its work once per process."""
    from matplotlib import font_manager, rcParams

    families = _cjk_families(font_manager)
    if not families:
        for path in fontconfig_cjk_files():
            try:
                font_manager.fontManager.addfont(str(path))
            except (OSError, RuntimeError, ValueError):  # a file matplotlib cannot read
                continue
        families = _cjk_families(font_manager)
    if not families:
        warnings.warn(INSTALL_HINT, stacklevel=2)
        return None
    rcParams["font.family"] = "sans-serif"
    rcParams["font.sans-serif"] = [*families, *rcParams["font.sans-serif"]]
    rcParams["axes.unicode_minus"] = False  # CJK fonts often lack the minus sign
    # WenQuanYi Zen Hei registers its regular face as weight 500, which makes matplotlib log a harmless warning
    # each time it looks the font up.
    logging.getLogger("matplotlib.font_manager").addFilter(
        lambda record: "Failed to find font weight" not in record.getMessage()
    )
    return families[0]


def _cjk_families(font_manager: object) -> list[str]:
    installed = {font.name for font in font_manager.fontManager.ttflist}  # type: ignore[attr-defined]
    known = [family for family in CJK_FAMILIES if family in installed]
    if known:
        return known
    # a CJK font of another name that fontconfig vouches for
    return sorted(installed & set(fontconfig_cjk_families()))


def fontconfig_cjk_files() -> list[Path]:
    """The files of the fonts fontconfig lists as covering Chinese (empty without fontconfig)."""
    return sorted({Path(line.split(":", 1)[0]) for line in _fc_list("file")})


def fontconfig_cjk_families() -> list[str]:
    return sorted({name.strip() for line in _fc_list("family") for name in line.split(",") if name.strip()})


def _fc_list(element: str) -> list[str]:
    command = shutil.which("fc-list")
    if command is None:
        return []
    try:
        done = subprocess.run([command, ":lang=zh", element], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    return [line.strip() for line in done.stdout.splitlines() if line.strip()]
