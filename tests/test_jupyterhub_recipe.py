"""deploy/jupyterhub holds together: the images install what pyproject.toml lists, the
shared workshop folder is one ReadWriteMany volume that COACHKIT_WORKSHOP points at, the
page service's command, port and folder agree with the chart's service, network policies
and volumes, and every account is a real one. (It cannot be built or deployed here; the
hub itself runs in tests/e2e/test_jupyterhub.py.)"""

from __future__ import annotations

import re
import shlex
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).parents[1]
DEPLOY = ROOT / "deploy" / "jupyterhub"
IMAGE = DEPLOY / "image"
HUB_IMAGE = DEPLOY / "hub-image"
PAGE = "/services/workshop/"


def _dockerfile(image: Path = IMAGE) -> list[tuple[str, str]]:
    """The Dockerfile's instructions as (INSTRUCTION, arguments), continuations joined."""
    text = re.sub(r"\\\n", " ", (image / "Dockerfile").read_text(encoding="utf-8"))
    lines = [line.strip() for line in text.splitlines()]
    return [(line.split(maxsplit=1)[0].upper(), line.split(maxsplit=1)[1])
            for line in lines if line and not line.startswith("#")]


def _pip_installs(image: Path = IMAGE) -> list[str]:
    installs = []
    for kind, args in _dockerfile(image):
        words = shlex.split(args) if kind == "RUN" else []
        if words[:2] == ["pip", "install"]:
            installs += [w for w in words[2:] if not w.startswith("--")]
    return installs


def _name(req: str) -> str:
    return re.split(r"[<>=!\[ ;]", req.strip(), maxsplit=1)[0].lower()


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _values() -> dict:
    return yaml.safe_load((DEPLOY / "values.yaml").read_text(encoding="utf-8"))


def test_the_image_installs_coachkit_from_its_own_pyproject_and_nothing_else():
    installs = _pip_installs()
    # the checkout, in place: exactly pyproject.toml's dependencies, no extras
    assert installs[:2] == ["-e", "/srv/coachkit"], installs
    others = installs[2:]
    # besides it, only the single-user server of the chart's hub, as the tests pin it
    test_extra = {_name(r): r for r in _pyproject()["project"]["optional-dependencies"]["test"]}
    assert [_name(r) for r in others] == ["jupyterhub"], others
    assert others[0] == test_extra["jupyterhub"]
    copies = [args for kind, args in _dockerfile() if kind == "COPY"]
    assert "pyproject.toml README.md /srv/coachkit/" in copies  # hatch reads the README
    for part in ("coachkit", "notebooks", "data"):
        assert f"{part} /srv/coachkit/{part}" in copies, part
    assert "--no-deps" not in " ".join(installs)


def test_the_image_python_and_user_fit_the_project_and_the_chart():
    steps = _dockerfile()
    base = next(args for kind, args in steps if kind == "FROM")
    version = re.search(r"python:(\d+)\.(\d+)", base)
    assert version, base
    required = re.search(r">=(\d+)\.(\d+)", _pyproject()["project"]["requires-python"])
    assert tuple(map(int, version.groups())) >= tuple(map(int, required.groups()))
    assert ("USER", "1000") in steps  # z2jh's singleuser.uid
    assert ("CMD", '["jupyterhub-singleuser"]') in steps
    ignored = (IMAGE / "Dockerfile.dockerignore").read_text(encoding="utf-8").splitlines()
    assert ignored[1] == "*"  # the context sends only what is copied: no .venv, no tests
    assert "COPY deploy/jupyterhub/image/jupyter_server_config.py " \
           "/etc/jupyter/jupyter_server_config.py" in [f"{k} {a}" for k, a in steps]


def test_the_workshop_folder_is_one_shared_volume_that_coachkit_is_pointed_at():
    single = _values()["singleuser"]
    claim = yaml.safe_load((DEPLOY / "workshop-pvc.yaml").read_text(encoding="utf-8"))
    assert claim["kind"] == "PersistentVolumeClaim"
    assert claim["spec"]["accessModes"] == ["ReadWriteMany"]
    volume = next(v for v in single["storage"]["extraVolumes"] if v["name"] == "workshop")
    assert volume["persistentVolumeClaim"]["claimName"] == claim["metadata"]["name"]
    mount = next(m for m in single["storage"]["extraVolumeMounts"] if m["name"] == "workshop")
    assert single["extraEnv"]["COACHKIT_WORKSHOP"] == mount["mountPath"]


def test_every_account_is_a_real_one_and_the_coach_is_admin():
    config = _values()["hub"]["config"]
    assert config["JupyterHub"]["authenticator_class"] == \
        "nativeauthenticator.NativeAuthenticator"
    assert config["Authenticator"]["admin_users"] == ["coach"]
    native = config["NativeAuthenticator"]
    assert native["open_signup"] is False  # the coach authorizes every account
    assert native["minimum_password_length"] >= 10 and native["check_common_password"]
    assert "password" not in str(config.get("DummyAuthenticator", "")).lower()
    assert _values()["proxy"]["https"]["enabled"] is True


def test_the_hub_image_is_the_charts_own_with_coachkit_for_the_page_service():
    steps = _dockerfile(HUB_IMAGE)
    chart = re.search(r"--version (\S+)", (DEPLOY / "README.md").read_text(encoding="utf-8"))
    assert chart and ("FROM", f"quay.io/jupyterhub/k8s-hub:{chart[1]}") in steps
    assert f"--version {chart[1]}" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert _pip_installs(HUB_IMAGE) == ["-e", "/srv/coachkit"]  # nothing else on the hub
    copies = [args for kind, args in steps if kind == "COPY"]
    assert copies == [args for kind, args in _dockerfile() if kind == "COPY"
                      and "/srv/coachkit" in args]
    # pip runs as root, so the script is where the service's command looks for it
    users = [args for kind, args in steps if kind == "USER"]
    assert users == ["root", "${NB_USER}"]
    command = _values()["hub"]["services"]["workshop"]["command"]
    assert command[0] == "/usr/local/bin/coachkit"
    ignored = (HUB_IMAGE / "Dockerfile.dockerignore").read_text(encoding="utf-8").splitlines()
    assert ignored[1] == "*"


def test_the_page_service_agrees_with_the_charts_ports_policies_and_volumes():
    hub = _values()["hub"]
    service = hub["services"]["workshop"]
    command = service["command"]
    assert command[1:5] == ["workshop", "serve", "/srv/workshop", "--hub-auth"]
    port = int(command[command.index("--port") + 1])
    assert command[command.index("--ip") + 1] == "0.0.0.0"  # the proxy is another pod
    assert service["url"] == f"http://hub:{port}"
    assert service["oauth_no_confirm"] is True
    assert [p["port"] for p in hub["service"]["extraPorts"]] == [port]
    assert [p["targetPort"] for p in hub["service"]["extraPorts"]] == [port]
    assert [p["port"] for rule in hub["networkPolicy"]["ingress"] for p in rule["ports"]] \
        == [port]
    egress = _values()["proxy"]["chp"]["networkPolicy"]["egress"]
    assert [p["port"] for rule in egress for p in rule["ports"]] == [port]
    mount = next(m for m in hub["extraVolumeMounts"] if m["name"] == "workshop")
    assert mount["mountPath"] == command[3] == _values()["singleuser"]["extraEnv"][
        "COACHKIT_WORKSHOP"]
    volume = next(v for v in hub["extraVolumes"] if v["name"] == "workshop")
    claim = yaml.safe_load((DEPLOY / "workshop-pvc.yaml").read_text(encoding="utf-8"))
    assert volume["persistentVolumeClaim"]["claimName"] == claim["metadata"]["name"]
    # the room's drafts journal, on the hub's own volume
    assert service["environment"]["COACHKIT_HOME"].startswith("/srv/jupyterhub/")


def test_every_user_may_open_the_page_and_nothing_more():
    roles = _values()["hub"]["loadRoles"]
    assert roles == {"user": {"scopes": ["self", "access:services!service=workshop"]}}


def test_the_room_link_is_the_page_service():
    assert "workshop" in _values()["hub"]["services"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Past one machine: JupyterHub"):]
    section = section[:section.index("\n## ")]
    for text in (section, (DEPLOY / "README.md").read_text(encoding="utf-8")):
        assert f"https://HUB{PAGE}" in text
        assert "user-redirect" not in text  # no page in the participants' own servers
