"""The participants' page as a Solara app: the workshop composer, one per open page.

Solara runs this module's ``Page`` once for every page a participant opens, each in a
virtual kernel of its own inside the one server process, so every participant gets a
composer (and a ``WorkshopSession``) of their own. The workshop folder comes from
``$COACHKIT_WORKSHOP``, as for the Voilà page.
"""

from __future__ import annotations

import ipywidgets as w
import solara

from coachkit.widgets.composer import FollowUpComposer
from coachkit.workshop.folder import default_folder

__all__ = ["Page", "participant_page"]

WELCOME = """
<h2>Write your follow-up</h2>
<p>Write the message you would send after the interview described below; your coach
collects everyone's drafts to discuss them with the room.</p>
<ol>
<li><b>Choose a code</b> in <i>Your code</i>, such as <code>blue-heron-7</code>: two to
thirty-two letters, digits or dashes. <b>Use a code, not your name</b>: it is how the
coach tells the drafts apart.</li>
<li><b>Write each part</b> of the message. The preview shows the whole message, with its
score and every point to fix. Sign it with any name you like: names are hidden when
drafts are shown to the room.</li>
<li><b>Press <i>Submit to workshop</i></b> when you are happy with it. You can submit
again as often as you like: the coach sees your newest version. If the page is
reloaded, type your code and press <i>Reopen my last submission</i>.</li>
</ol>
"""


def participant_page() -> w.VBox:
    """The welcome and a fresh workshop composer on the room's folder."""
    return w.VBox([w.HTML(WELCOME), FollowUpComposer(workshop=default_folder())],
                  layout=w.Layout(max_width="1200px", margin="0 auto", padding="12px"))


@solara.component
def Page() -> None:
    """One participant's page: built once per open page, kept across re-renders."""
    page = solara.use_memo(participant_page, [])
    solara.display(page)
