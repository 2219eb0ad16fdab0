"""deploy/kubernetes: valid against the Kubernetes 1.28 schemas (offline, kubernetes-validate),
and consistent with the code: settings that exist, modules that run, probes and autoscalers."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

from bot.settings import PROJECT_ROOT, Settings

DEPLOY = PROJECT_ROOT / "deploy" / "kubernetes"
MANIFESTS = sorted(p for p in DEPLOY.glob("*.yaml") if p.name != "kustomization.yaml")
RASA_SETTINGS = {"SQL_POOL_SIZE", "SQL_MAX_OVERFLOW", "POSTGRESQL_SCHEMA"}  # read by Rasa itself


def documents() -> list[dict[str, Any]]:
    return [doc for path in MANIFESTS for doc in yaml.safe_load_all(path.read_text()) if doc]


def of_kind(kind: str) -> list[dict[str, Any]]:
    return [doc for doc in documents() if doc["kind"] == kind]


@pytest.mark.slow  # resolving the schemas' references takes over a second: `make test` runs it, test-fast does not
@pytest.mark.parametrize("path", MANIFESTS, ids=lambda p: p.name)
def test_each_manifest_is_valid_kubernetes(path: Path) -> None:
    for doc in yaml.safe_load_all(path.read_text()):
        kubernetes_validate.validate(doc, "1.28.0", strict=True)  # raises, naming the field


def test_kustomization_applies_every_manifest_but_the_secret_example() -> None:
    listed = set(yaml.safe_load((DEPLOY / "kustomization.yaml").read_text())["resources"])
    assert listed == {p.name for p in MANIFESTS} - {"secret.example.yaml"}


def test_configured_names_are_settings_the_code_reads() -> None:
    known = {name.upper() for name in Settings.__fields__} | RASA_SETTINGS
    for kind in ("ConfigMap", "Secret"):
        for doc in of_kind(kind):
            if doc["metadata"]["name"].endswith("-inbox-users"):
                continue  # a file mounted into the web pods (INBOX_USERS_PATH), not settings
            unknown = set(doc.get("data") or doc.get("stringData") or {}) - known
            assert unknown == set(), f"{kind} {doc['metadata']['name']} sets what nothing reads: {unknown}"


def test_every_deployment_is_probed_sized_autoscaled_and_reachable() -> None:
    autoscaled = {hpa["spec"]["scaleTargetRef"]["name"] for hpa in of_kind("HorizontalPodAutoscaler")}
    services = {svc["metadata"]["name"]: svc for svc in of_kind("Service")}
    for deployment in of_kind("Deployment"):
        name = deployment["metadata"]["name"]
        assert name in autoscaled, name
        labels = deployment["spec"]["template"]["metadata"]["labels"]
        assert deployment["spec"]["selector"]["matchLabels"].items() <= labels.items()
        assert services[name]["spec"]["selector"].items() <= labels.items()
        for container in deployment["spec"]["template"]["spec"]["containers"]:
            ports = {port["name"] for port in container["ports"]}
            for probe in ("readinessProbe", "livenessProbe"):
                assert container[probe]["httpGet"]["port"] in ports, (name, probe)
            assert {"cpu", "memory"} <= set(container["resources"]["requests"]), name
            assert "memory" in container["resources"]["limits"], name


def test_containers_run_modules_that_exist() -> None:
    workloads = of_kind("Deployment") + of_kind("Job")
    commands = [" ".join(c["command"]) for w in workloads for c in w["spec"]["template"]["spec"]["containers"]]
    modules = {m for command in commands for m in re.findall(r"python -m ([\w.]+)", command)}
    assert {
        "bot.runner.rasa_server",
        "bot.runner.endpoints",
        "bot.runner.action_server",
        "bot.web",
        "bot.storage.migrate",
    } <= modules
    for module in modules:
        assert importlib.util.find_spec(module) is not None, module


@pytest.mark.parametrize("key", ["CHANGE-ME", "short", "replace-with-a-long-random-value-please-ok", "x" * 31])
def test_a_short_or_example_secret_key_stops_the_start(key: str) -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="SECRET_KEY must be at least 32 random bytes"):
        Settings(secret_key=key)
    Settings(secret_key="")  # empty: one is generated and kept in DATA_DIR
    Settings(secret_key="Zq3" * 11)


def test_the_version_is_the_changelogs_latest() -> None:
    declared = re.search(r'^version = "([^"]+)"', (PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"), re.M)
    latest = re.search(
        r"^# Changelog\s+- (\d+\.\d+\.\d+):", (PROJECT_ROOT / "CHANGELOG.md").read_text(encoding="utf-8"), re.M
    )
    assert declared and latest and declared.group(1) == latest.group(1)


def _allowed_from(target: str) -> set[str]:
    """The apps whose pods the NetworkPolicies let reach `target`'s pods ("*" for anyone)."""
    sources: set[str] = set()
    for policy in of_kind("NetworkPolicy"):
        selected = policy["spec"]["podSelector"].get("matchLabels", {})
        if selected and selected.get("app.kubernetes.io/name") != target:
            continue
        for rule in policy["spec"].get("ingress", []):
            froms = rule.get("from")
            if not froms:
                sources.add("*")
            for source in froms or []:
                sources.add(source.get("podSelector", {}).get("matchLabels", {}).get("app.kubernetes.io/name", "*"))
    return sources


def test_only_the_web_app_is_public_only_it_reaches_rasa_and_only_rasa_the_actions() -> None:
    assert any(
        p["spec"]["podSelector"] == {} and not p["spec"].get("ingress") for p in of_kind("NetworkPolicy")
    )  # deny by default
    assert _allowed_from("web") == {"*"}
    assert _allowed_from("rasa") == {"web"}
    assert _allowed_from("actions") == {"rasa"}


def test_the_inbox_users_come_from_a_mounted_secret_and_the_action_server_wants_a_token() -> None:
    config = of_kind("ConfigMap")[0]["data"]
    web = next(d for d in of_kind("Deployment") if d["metadata"]["name"] == "web")["spec"]["template"]["spec"]
    mounts = {m["mountPath"]: m["name"] for m in web["containers"][0]["volumeMounts"]}
    volumes = {v["name"]: v for v in web["volumes"]}
    folder = str(Path(config["INBOX_USERS_PATH"]).parent)
    assert "secret" in volumes[mounts[folder]]
    secrets = {key for doc in of_kind("Secret") for key in doc.get("stringData", {})}
    assert "ACTIONS_TOKEN" in secrets
    actions = next(d for d in of_kind("Deployment") if d["metadata"]["name"] == "actions")
    assert actions["spec"]["template"]["spec"]["containers"][0]["command"][:3] == [
        "python",
        "-m",
        "bot.runner.action_server",
    ]
