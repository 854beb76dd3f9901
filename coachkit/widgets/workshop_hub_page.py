"""The participants' page as a JupyterHub service: the hub account is the code.

Served instead of ``coachkit.widgets.workshop_page`` when ``coachkit workshop serve
--hub-auth`` runs under the hub. The hub gate (``coachkit.workshop.hub_auth``) lets in
only users the hub vouches for and hands the page their name in a header of its own;
the page submits under that name, in a box the participant cannot change, so every
draft belongs to a real account.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import ipywidgets as w
import solara
import solara.lab

from coachkit.widgets.workshop_page import build_in_turn, participant_page

__all__ = ["Page", "hub_user", "lock_code"]

HEADER = "x-coachkit-hub-user"  # coachkit.workshop.hub_auth.USER_HEADER

WELCOME = """
<h2>Write your follow-up</h2>
<p>Write the message you would send after the interview described below; your coach
collects everyone's drafts to discuss them with the room. You are logged in as
<b>{user}</b>: your drafts are submitted under that name.</p>
<ol>
<li><b>Write each part</b> of the message. The preview shows the whole message, with its
score and every point to fix. Sign it with any name you like: names are hidden when
drafts are shown to the room.</li>
<li><b>Press <i>Submit to workshop</i></b> when you are happy with it. You can submit
again as often as you like: the coach sees your newest version. If the page is
reloaded, press <i>Reopen my last submission</i>.</li>
</ol>
"""


def hub_user(headers: Mapping[str, Sequence[str]] | None) -> str | None:
    """The hub user's name the gate put in the page's headers, else None."""
    values = (headers or {}).get(HEADER) or []
    return values[-1] if values else None


def lock_code(page: w.VBox, user: str) -> None:
    """Make ``user`` the page's participant code, for good: shown, not editable, and put
    back if anything else is sent for it."""
    from html import escape

    page.children[0].value = WELCOME.format(user=escape(user))
    code = page.children[1].workshop_panel.code
    code.value, code.description, code.disabled = user, "Your account", True

    def keep(change: dict) -> None:
        if change["new"] != user:
            code.value = user

    code.observe(keep, names="value")


@solara.component
def Page() -> solara.Element | None:
    """One participant's page, under their hub account; nothing without one."""
    user = hub_user(solara.lab.headers.value)
    page = solara.use_memo(lambda: _build_page(user), [user])
    # what was typed last is saved when the page's kernel closes
    solara.use_effect(lambda: None if page is None else page.children[1].flush, [page])
    if page is None:
        solara.Error("Open the workshop page through the hub, logged in.")
        return None
    # a child of an element, as on workshop_page: no Output widget, no formatting
    return w.VBox.element(children=[page], layout=page.children[1].parts.layout())


def _build_page(user: str | None) -> w.VBox | None:
    if not user:
        return None
    page = build_in_turn(participant_page)  # a room opens at once
    lock_code(page, user)
    return page
