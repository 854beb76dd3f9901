"""Statistics of an application log, each a pure function returning a tidy table.

A response rate is replies / (replies + silences): applications still waiting
(pending) and withdrawn ones without an answer are counted in their own columns,
never as failures. Intervals are 95% Wilson score intervals (statsmodels). Time
to response is a Kaplan–Meier estimate (statsmodels ``SurvfuncRight``) in which
applications without an answer are censored at ``as_of``.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
import pandas as pd

from coachkit.outcomes.derive import STATUSES
from coachkit.outcomes.model import Applications, ResponseTiming

__all__ = ["GROUPINGS", "MIN_GROUP", "SILENCE_BOUNDS", "SILENCE_MIN_ANSWERS", "Z95",
           "ResponseTiming", "SilenceRule", "answered_by", "apply_silence",
           "default_silence", "filter_applications", "funnel", "response_rates",
           "stage_names", "time_to_response", "waited_days", "weekly_activity",
           "wilson_interval"]

SILENCE_BOUNDS = (30, 90)  # the derived default never calls a month of silence a no
SILENCE_MIN_ANSWERS = 5  # fewer answers say too little about this log's usual wait
MIN_GROUP = 10  # a group with fewer decided applications is "too few to judge"
Z95 = 1.959963984540054
GROUPINGS = {
    "delay_band": "Follow-up delay after the interview",
    "followed_up": "Follow-up sent after the interview",
    "score_band": "Follow-up score",
    "channel": "Channel",
    "role_kind": "Kind of role",
}


def _frame(apps: Applications | pd.DataFrame) -> pd.DataFrame:
    return apps.frame if isinstance(apps, Applications) else apps


def wilson_interval(successes: np.ndarray | int, n: np.ndarray | int
                    ) -> tuple[np.ndarray, np.ndarray]:
    """95% Wilson score interval for successes out of n (NaN where n is 0)."""
    from statsmodels.stats.proportion import proportion_confint

    s = np.asarray(successes, dtype=float)
    total = np.asarray(n, dtype=float)
    safe = np.where(total > 0, total, 1)
    low, high = proportion_confint(s, safe, alpha=0.05, method="wilson")
    nan = np.full(np.shape(low), np.nan)
    return np.where(total > 0, low, nan), np.where(total > 0, high, nan)


def response_rates(apps: Applications | pd.DataFrame, by: str | None = None) -> pd.DataFrame:
    """Response rate with counts and a 95% Wilson interval, overall or for each group.

    ``by`` is None (one row, "all") or one of GROUPINGS. Columns: group, applications,
    responded, silent, waiting, withdrew, decided, rate, ci_low, ci_high, too_few.
    """
    frame = _frame(apps)
    if by is None:
        key = pd.Series("all", index=frame.index)
    elif by in GROUPINGS:
        key = frame[by]
    else:
        raise ValueError(f"by must be None or one of {', '.join(GROUPINGS)}, not {by!r}")
    counts = pd.crosstab(key, pd.Categorical(frame["status"], categories=STATUSES),
                         dropna=False)
    counts = counts.reindex(columns=list(STATUSES), fill_value=0)
    if isinstance(key.dtype, pd.CategoricalDtype):
        counts = counts.reindex(list(key.cat.categories), fill_value=0)
    else:
        counts = counts.loc[counts.sum(axis=1).sort_values(ascending=False, kind="stable").index]
    table = counts.rename_axis(index="group", columns=None).reset_index()
    table["group"] = table["group"].astype(str)
    table.insert(1, "applications", counts.sum(axis=1).to_numpy())
    table["decided"] = table["responded"] + table["silent"]
    with np.errstate(invalid="ignore", divide="ignore"):
        table["rate"] = np.where(table["decided"] > 0, table["responded"] / table["decided"].where(
            table["decided"] > 0, 1), np.nan)
    table["ci_low"], table["ci_high"] = wilson_interval(table["responded"], table["decided"])
    table["too_few"] = table["decided"] < MIN_GROUP
    return table.astype({c: "int64" for c in ("applications", *STATUSES, "decided")})


def _start(frame: pd.DataFrame) -> pd.Series:
    return frame["interviewed_at"].fillna(frame["applied_on"])


@dataclass(frozen=True)
class SilenceRule:
    """"Treat more than ``days`` days of silence as no answer", and where ``days`` came from.

    ``derived`` is False when the user chose the number; ``answers`` and ``p90`` are the
    log's answers with a usable wait and the 90th percentile of those waits (NaN when
    there are fewer than SILENCE_MIN_ANSWERS).
    """

    days: int
    derived: bool
    answers: int
    p90: float


def waited_days(apps: Applications | pd.DataFrame, as_of: pd.Timestamp) -> pd.Series:
    """Days from the last step (interview, else application) to as_of, per application."""
    frame = _frame(apps)
    return (pd.Timestamp(as_of) - _start(frame)).dt.total_seconds() / 86400


def default_silence(apps: Applications | pd.DataFrame, as_of: pd.Timestamp,
                    days: int | None = None) -> SilenceRule:
    """The silence assumption: ``days`` when given, else derived from the log's answer times.

    The default is the 90th percentile of the observed waits for an answer, rounded up
    and kept within SILENCE_BOUNDS: the waits seen so far are biased short (slow answers
    to recent applications have not come yet), so the default never goes under a month.
    With fewer than SILENCE_MIN_ANSWERS answers it is the lower bound.
    """
    waits, answered = durations(_frame(apps), pd.Timestamp(as_of))
    observed = waits[answered]
    p90 = float(np.quantile(observed, 0.9)) if len(observed) >= SILENCE_MIN_ANSWERS \
        else float("nan")
    if days is not None:
        if int(days) < 1:
            raise ValueError(f"silence_days must be at least 1, not {days!r}")
        return SilenceRule(int(days), False, len(observed), p90)
    low, high = SILENCE_BOUNDS
    derived = low if np.isnan(p90) else min(max(int(np.ceil(p90)), low), high)
    return SilenceRule(derived, True, len(observed), p90)


def apply_silence(apps: Applications | pd.DataFrame, as_of: pd.Timestamp,
                  days: int) -> pd.DataFrame:
    """A copy whose applications waiting more than ``days`` days count as no answer.

    Their status becomes "silent" and the column ``assumed_no_answer`` marks them, so
    response rates count them as unanswered instead of leaving them out as waiting.
    """
    frame = _frame(apps).copy()
    past = frame["status"].eq("waiting") & frame["response_at"].isna() \
        & (waited_days(frame, as_of) > days)
    frame["assumed_no_answer"] = past.to_numpy(dtype=bool)
    if past.any():
        frame.loc[past, "status"] = "silent"
    return frame


def answered_by(timing: ResponseTiming, day: float) -> tuple[float, float, float]:
    """The Kaplan–Meier share answered by ``day`` with its 95% interval (low, high)."""
    curve = timing.curve[timing.curve["day"] <= day]
    if curve.empty:
        return 0.0, float("nan"), float("nan")
    last = curve.iloc[-1]
    return (float(last["answered_share"]), float(1 - last["ci_high"]),
            float(1 - last["ci_low"]))


def durations(frame: pd.DataFrame, as_of: pd.Timestamp) -> tuple[np.ndarray, np.ndarray]:
    """Days from the last step (interview, else application) to the answer or to as_of.

    Returns (days, answered); rows with no usable time are left out.
    """
    start = _start(frame)
    answered = frame["response_at"].notna() & (frame["response_at"] >= start)
    waiting = frame["status"].isin(["silent", "waiting"]) & frame["response_at"].isna()
    last_step = frame[["applied_on", "interviewed_at", "follow_up_sent_at"]].max(axis=1)
    end = frame["response_at"].where(answered, pd.NaT)
    end = end.where(~waiting, as_of)
    end = end.where(~(frame["status"].eq("withdrew") & end.isna()), last_step)
    days = (end - start).dt.total_seconds().to_numpy() / 86400
    ok = np.isfinite(days) & (days >= 0)
    return days[ok], answered.to_numpy()[ok]


def time_to_response(apps: Applications | pd.DataFrame, as_of: pd.Timestamp) -> ResponseTiming:
    """Kaplan–Meier wait for an answer; unanswered applications are censored at as_of."""
    from statsmodels.duration.survfunc import SurvfuncRight

    frame = _frame(apps)
    days, answered = durations(frame, pd.Timestamp(as_of))
    empty = pd.DataFrame({c: pd.Series(dtype=float) for c in
                          ("day", "at_risk", "answered", "waiting", "ci_low", "ci_high",
                           "answered_share")})
    if len(days) == 0 or not answered.any():
        return ResponseTiming(empty, float("nan"), (float("nan"), float("nan")), len(days),
                              int(answered.sum()), int((~answered).sum()), days[answered],
                              pd.Timestamp(as_of), _longest(days))
    sf = SurvfuncRight(days, answered.astype(int))
    surv, se = np.asarray(sf.surv_prob), np.asarray(sf.surv_prob_se)
    with np.errstate(divide="ignore", invalid="ignore"):
        log_s = np.log(surv)
        spread = Z95 * se / (surv * np.abs(log_s))
        low = surv ** np.exp(spread)
        high = surv ** np.exp(-spread)
    defined = (surv > 0) & (surv < 1) & np.isfinite(spread)
    curve = pd.DataFrame({"day": sf.surv_times, "at_risk": sf.n_risk, "answered": sf.n_events,
                          "waiting": surv, "ci_low": np.where(defined, low, surv),
                          "ci_high": np.where(defined, high, surv)})
    curve["answered_share"] = 1 - curve["waiting"]
    # the smallest day at which at most half are still waiting (as lifelines and R report it)
    below = np.flatnonzero(surv <= 0.5 + 1e-12)
    median = float(sf.surv_times[below[0]]) if len(below) else float("nan")
    try:
        with warnings.catch_warnings(), np.errstate(all="ignore"):
            warnings.simplefilter("ignore", RuntimeWarning)
            lo, hi = sf.quantile_ci(0.5)
        median_ci = (float(lo), float(hi))
    except (ValueError, IndexError, FloatingPointError):
        median_ci = (float("nan"), float("nan"))
    median_ci = tuple(x if np.isfinite(x) else float("nan") for x in median_ci)
    return ResponseTiming(curve, median, median_ci, len(days), int(answered.sum()),
                          int((~answered).sum()), days[answered], pd.Timestamp(as_of),
                          _longest(days))


def _longest(days: np.ndarray) -> float:
    return float(days.max()) if len(days) else float("nan")


def stage_names(frame: pd.DataFrame) -> tuple[str, ...]:
    """The interview stages named in the ``stages`` column, in the order they first appear."""
    return tuple(pd.unique(_stage_pairs(frame)["name"]))


def _stage_pairs(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per (application, stage reached): the frame's index as ``row``, ``name``."""
    if "stages" not in frame.columns or frame.empty:
        return pd.DataFrame({"row": pd.Series(dtype=object), "name": pd.Series(dtype=str)})
    pairs = frame["stages"].map(lambda v: v if isinstance(v, tuple | list) else ()).explode()
    pairs = pairs.dropna()
    names = pairs.map(lambda pair: str(pair[0]) if isinstance(pair, tuple | list) and pair
                      else None).dropna()
    return pd.DataFrame({"row": names.index, "name": names.to_numpy()})


def funnel(apps: Applications | pd.DataFrame) -> pd.DataFrame:
    """Counts at each step from application to offer.

    Without a ``stages`` column: applied, interviewed, followed up, answered after the
    interview, offer. With one: applied, answered (any answer or any stage reached),
    each interview stage a row reached (listed in the row's ``stages``), offer.
    """
    frame = _frame(apps)
    offer = frame["outcome"].eq("offer")
    names = stage_names(frame) if "stages" in frame.columns else ()
    if names:
        pairs = _stage_pairs(frame).drop_duplicates()
        reached = pairs["name"].value_counts()
        answered = frame["status"].eq("responded") | frame.index.isin(pairs["row"])
        stages = ["applied", "answered", *names, "offer"]
        counts = [len(frame), int(answered.sum()), *(int(reached[name]) for name in names),
                  int(offer.sum())]
    else:
        interviewed = frame["interviewed_at"].notna()
        followed = interviewed & frame["follow_up_sent_at"].notna()
        answered_after = interviewed & frame["status"].eq("responded")
        stages = ["applied", "interviewed", "followed up", "answered after interview", "offer"]
        counts = [len(frame), int(interviewed.sum()), int(followed.sum()),
                  int(answered_after.sum()), int(offer.sum())]
    table = pd.DataFrame({"stage": stages, "count": counts})
    total = max(len(frame), 1)
    table["share_of_applications"] = table["count"] / total
    previous = table["count"].shift(1).fillna(table["count"].iloc[0]).replace(0, np.nan)
    table["share_of_previous"] = table["count"] / previous
    return table


def weekly_activity(apps: Applications | pd.DataFrame) -> pd.DataFrame:
    """Per week (starting Monday): applications sent, interviews, follow-ups, answers."""
    frame = _frame(apps)
    events = {"applied": frame["applied_on"], "interviews": frame["interviewed_at"],
              "follow_ups": frame["follow_up_sent_at"], "answers": frame["response_at"]}
    weeks = {k: (v.dropna().dt.normalize() - pd.to_timedelta(v.dropna().dt.day_of_week, "D"))
             for k, v in events.items()}
    counts = pd.DataFrame({k: w.value_counts() for k, w in weeks.items()}).fillna(0)
    if counts.empty:
        return pd.DataFrame(columns=["week", *events]).astype({k: "int64" for k in events})
    index = pd.date_range(counts.index.min(), counts.index.max(), freq="7D")
    counts = counts.reindex(index, fill_value=0).astype("int64")
    return counts.rename_axis("week").reset_index()


def filter_applications(apps: Applications | pd.DataFrame, *, start: object = None,
                        end: object = None, channel: str | None = None,
                        role_kind: str | None = None) -> pd.DataFrame:
    """The applications sent between start and end (inclusive) in a channel and kind of role.

    None (or "all") means no filter on that field.
    """
    frame = _frame(apps)
    keep = np.ones(len(frame), dtype=bool)
    undated = frame["applied_on"].isna()  # a lenient load keeps them; no date filter drops them
    if start is not None:
        keep &= ((frame["applied_on"] >= pd.Timestamp(start)) | undated).to_numpy()
    if end is not None:
        keep &= ((frame["applied_on"] <= pd.Timestamp(end)) | undated).to_numpy()
    if channel not in (None, "all"):
        keep &= (frame["channel"] == channel).to_numpy()
    if role_kind not in (None, "all"):
        keep &= (frame["role_kind"] == role_kind).to_numpy()
    return frame[keep]
