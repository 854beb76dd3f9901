"""Charts of a cohort: each returns a ``matplotlib.figure.Figure`` (never through pyplot)."""

from __future__ import annotations

from matplotlib.figure import Figure

from coachkit.figures import plain_text
from coachkit.labels import CATEGORIES, category_label
from coachkit.workshop.cohort import Cohort

__all__ = ["plot_categories", "plot_overall"]

_BLUE, _RED = "#1a73e8", "#d93025"


def _horizontal() -> dict[str, object]:
    import matplotlib

    major, minor = (int(x) for x in matplotlib.__version__.split(".")[:2])
    return {"orientation": "horizontal"} if (major, minor) >= (3, 10) else {"vert": False}


_HORIZONTAL = _horizontal()


def _figure(size: tuple[float, float]) -> Figure:
    return Figure(figsize=size, dpi=80, layout="constrained")


def plot_overall(cohort: Cohort) -> Figure:
    """Histogram of the overall scores in bands of 10, with the room's median."""
    fig = _figure((6.0, 2.8))
    ax = fig.add_subplot()
    scores = cohort.scores("overall")
    if not scores:
        ax.text(0.5, 0.5, "No submissions yet", ha="center", va="center",
                transform=ax.transAxes, color="#555")
        ax.set_axis_off()
        return fig
    low = max(0, min(scores) // 5 * 5 - 5)  # most rooms score between 60 and 100: zoom in
    ax.hist(scores, bins=range(low, 101, 5), color=_BLUE, edgecolor="white")
    middle = cohort.medians()["overall"]
    ax.axvline(middle, color=_RED, linestyle="--", linewidth=1.5)
    ax.text(middle, ax.get_ylim()[1] * 0.95, f" median {middle:g}", color=_RED, va="top",
            fontsize=9)
    ax.set_xlim(low, 100)
    ax.set_xlabel("overall score")
    ax.set_ylabel("participants")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_title(f"Overall scores of {len(scores)} participant{'s' * (len(scores) != 1)}",
                 fontsize=10)
    return fig


def plot_categories(cohort: Cohort) -> Figure:
    """One box per category (with every participant as a dot); categories nobody was
    judged on are named as not judged."""
    fig = _figure((6.0, 2.9))
    ax = fig.add_subplot()
    judged = [c for c in CATEGORIES if cohort.scores(c)]
    if not judged:
        ax.text(0.5, 0.5, "No submissions yet", ha="center", va="center",
                transform=ax.transAxes, color="#555")
        ax.set_axis_off()
        return fig
    data = [cohort.scores(c) for c in judged]
    ax.boxplot(data, widths=0.5, showfliers=False, **_HORIZONTAL,
               medianprops={"color": _RED, "linewidth": 2})
    for i, values in enumerate(data, 1):
        jitter = [i + ((k * 37) % 21 - 10) / 60 for k in range(len(values))]
        ax.scatter(values, jitter, s=10, color=_BLUE, alpha=0.5, zorder=3)
    names = [plain_text(category_label(c, short=True)) for c in judged]
    ax.set_yticks(range(1, len(judged) + 1), names)
    ax.set_xlim(-2, 102)
    ax.set_xlabel("score")
    ax.invert_yaxis()
    missing = [c for c in CATEGORIES if c not in judged]
    title = "Scores by category"
    if missing:
        names = ", ".join(category_label(c, short=True).lower() for c in missing)
        title += f" (not judged: {names})"
    ax.set_title(plain_text(title, limit=None), fontsize=10)
    return fig
