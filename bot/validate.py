"""`make validate`: Rasa's own data checks plus our editable files, with clear messages."""

from __future__ import annotations

import re
import string
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from bot.catalog.competitors import load_competitors
from bot.catalog.plans import load_plans, plans_unknown_to_the_catalog
from bot.catalog.resources import load_resources
from bot.nlu.currencies import load_rates
from bot.nlu.taxonomy import load_taxonomy
from bot.qualification.policy import load_policy
from bot.settings import PROJECT_ROOT, get_settings
from bot.studio.responses import response_calls
from bot.wording import WORDING_PATH, load_wording
from bot.yamlfile import ConfigFileError, load_yaml


def check_our_files() -> list[str]:
    settings = get_settings()
    checks: list[tuple[Path, Callable[[Path], Any]]] = [
        (settings.policy_path, load_policy),
        (settings.taxonomy_path, load_taxonomy),
        (settings.currencies_path, load_rates),
        (settings.plans_path, load_plans),
        (settings.competitors_path, load_competitors),
        (settings.resources_path, load_resources),
        (WORDING_PATH, load_wording),
    ]
    if settings.roster_path.exists():
        from bot.handoff.roster import load_roster

        checks.append((settings.roster_path, load_roster))
    problems = []
    loaded: dict[Path, Any] = {}
    for path, loader in checks:
        try:
            loaded[path] = loader(path)
            print(f"validate: {path.relative_to(PROJECT_ROOT) if path.is_relative_to(PROJECT_ROOT) else path}: ok")
        except ConfigFileError as error:
            problems.append(str(error))
    policy, catalog = loaded.get(settings.policy_path), loaded.get(settings.plans_path)
    if policy is not None and catalog is not None:
        problems += plans_unknown_to_the_catalog(
            policy.budget.plan_minimums, catalog.ids, settings.policy_path, settings.plans_path
        )
    return problems


# `{...}` that is not a slot name: Rasa reads it as a placeholder on every render and logs an ERROR
_NOT_A_PLACEHOLDER_RE = re.compile(r"(?<!\{)\{(?!\{)(?P<inside>[^{}\n]*[^\w{}\n][^{}\n]*)\}(?!\})")


def check_response_braces(domain: Path) -> list[str]:
    """A button payload such as /inform{"budget": 6000} written into a response must be escaped
    as /inform{{"budget": 6000}}; Rasa renders that back to single braces."""
    problems = []
    for number, line in enumerate(domain.read_text(encoding="utf-8").splitlines(), start=1):
        if line.lstrip().startswith("#"):
            continue
        for match in _NOT_A_PLACEHOLDER_RE.finditer(line):
            problems.append(
                f"{domain.name}:{number}: {match.group(0)} would be read as a slot placeholder (Rasa logs an ERROR "
                f"every time it is shown); write it with double braces: {{{match.group(0)}}}"
            )
    return problems


def check_action_responses(domain_path: Path, actions: Path) -> list[str]:
    """Every response an action says exists in domain.yml, and each {placeholder} in it is a slot
    or a value that action gives: else the visitor would read "None" or Rasa would log an error."""
    domain = load_yaml(domain_path.read_text(encoding="utf-8")) or {}
    responses, slots = domain.get("responses") or {}, frozenset(domain.get("slots") or {})
    problems = []
    for file, line, name, given in response_calls(actions):
        if name not in responses:
            problems.append(f"actions/{file}:{line}: says {name}, which {domain_path.name} does not define")
            continue
        for variation in responses[name]:
            text = (variation.get("text") or "") if isinstance(variation, dict) else ""
            unknown = (
                {
                    field
                    for _, field, _, _ in string.Formatter().parse(text.replace("{{", "").replace("}}", ""))
                    if field
                }
                - slots
                - given
            )
            if unknown:
                problems.append(
                    f"{domain_path.name}: {name}: {{{'}, {'.join(sorted(unknown))}}} is neither a slot nor a value "
                    f"actions/{file}:{line} gives (it gives: {', '.join(sorted(given)) or 'none'})"
                )
    return problems


def check_phrasings(root: Path = PROJECT_ROOT) -> list[str]:
    """data/phrasings/: each case a text and an intent of domain.yml (the blended intent reader learns them)."""
    intents = {
        str(i) for i in (load_yaml((root / "domain.yml").read_text(encoding="utf-8")) or {}).get("intents") or []
    }
    problems: list[str] = []
    for path in sorted((root / "data" / "phrasings").glob("*.yml")):
        where = path.relative_to(root)
        try:
            cases = (load_yaml(path.read_text(encoding="utf-8")) or {}).get("cases")
        except yaml.YAMLError as error:
            problems.append(f"{where}: not valid YAML: {error}")
            continue
        if not isinstance(cases, list):
            problems.append(f"{where}: needs `cases:`, a list of {{text, intent}}")
            continue
        for number, case in enumerate(cases, 1):
            if not isinstance(case, dict) or not str(case.get("text") or "").strip():
                problems.append(f"{where}: case {number} has no text")
            elif case.get("intent") not in intents:
                problems.append(
                    f"{where}: case {number} ({case['text']!r}): intent {case.get('intent')!r} is not in domain.yml"
                )
    return problems


def check_rasa_data(root: Path = PROJECT_ROOT) -> list[str]:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "rasa",
            "data",
            "validate",
            "--fail-on-warnings",
            "--config",
            "config.yml",
            "--domain",
            "domain.yml",
            "--data",
            "data",
            "--max-history",
            "5",
        ],
        cwd=root,
        capture_output=True,
        text=True,
    )
    if result.returncode == 0:
        print("validate: data/ and domain.yml: ok (rasa data validate)")
        return []
    problems: list[str] = []
    for raw in (result.stdout + result.stderr).splitlines():
        line = re.sub(r"\x1b\[[0-9;]*m", "", raw).strip()
        line = re.sub(r"^.*?(UserWarning|ValueError|YamlSyntaxException|InvalidDomain\w*|Error):\s*", r"\1: ", line)
        if (
            " INFO " in line
            or "Deprecat" in line
            or "warnings.warn" in line
            or not line
            or not re.search(r"UserWarning|Error|error|line \d+|conflict", line)
        ):
            continue
        if line not in problems:
            problems.append(line)

    # the ones that make validation fail first: errors, then the warnings
    def severity(line: str) -> int:
        if re.search(
            r"not a valid|not (?:defined|found|listed) in|is missing|does not exist|doesn't exist|line \d+|YamlSyntax",
            line,
        ):
            return 0
        return 1 if "Error" in line or "error" in line else 2

    problems.sort(key=severity)
    return ["rasa data validate found problems in data/ or domain.yml:"] + [f"  {line}" for line in problems[:40]]


def main() -> int:
    from bot.nlu.intent_examples import out_of_date

    stale = out_of_date()
    problems = (
        check_our_files()
        + check_response_braces(PROJECT_ROOT / "domain.yml")
        + check_action_responses(PROJECT_ROOT / "domain.yml", PROJECT_ROOT / "actions")
        + ([stale] if stale else [])
        + check_phrasings()
        + check_rasa_data()
    )
    for problem in problems:
        print(f"validate: {problem}", file=sys.stderr)
    if problems:
        print("validate: FAILED, fix the lines above and run `make validate` again", file=sys.stderr)
        return 1
    print("validate: everything is valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
