"""Loading the YAML files sales ops and marketers edit, with errors that name the line."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)

# libyaml's parser when PyYAML was built with it: the same documents, read about ten times faster (the studio,
# `make validate` and the tests read data/ and domain.yml over and over).
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str | bytes) -> Any:
    """`yaml.safe_load`, through libyaml when it is there."""
    return yaml.load(text, Loader=_LOADER)


class StrictModel(BaseModel):
    """A model of an editable file: an unknown key is a typo to report, not to ignore."""

    class Config:
        extra = "forbid"


class ConfigFileError(ValueError):
    """A human-editable file is wrong; the message names the file, the line and the problem."""

    def __init__(self, path: Path | str, line: int | None, problem: str) -> None:
        self.path = str(path)
        self.line = line
        self.problem = problem
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {problem}")


class LocatedYaml:
    """A parsed YAML document that remembers the line of every key and list item."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ConfigFileError(path, None, "file not found") from None
        try:
            self._root = yaml.compose(text, Loader=_LOADER)
            self.data: Any = load_yaml(text)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = mark.line + 1 if mark is not None else None
            problem = getattr(error, "problem", None) or str(error)
            raise ConfigFileError(path, line, f"not valid YAML: {problem}") from None

    def line(self, *keys: str | int) -> int | None:
        """Line (1-based) of the value at `keys`, or of the deepest parent that exists."""
        node = self._root
        best = node.start_mark.line + 1 if node is not None else None
        for key in keys:
            if isinstance(node, yaml.MappingNode):
                match = next((v for k, v in node.value if k.value == str(key)), None)
                key_node = next((k for k, v in node.value if k.value == str(key)), None)
                if match is None or key_node is None:
                    return best
                best = key_node.start_mark.line + 1
                node = match
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
                node = node.value[key]
                best = node.start_mark.line + 1
            else:
                return best
        return best

    def error(self, problem: str, *keys: str | int) -> ConfigFileError:
        return ConfigFileError(self.path, self.line(*keys), problem)

    def parse(self, model: type[M], data: dict[str, Any] | None = None) -> M:
        """Build `model` from the document; the first validation error names its line."""
        try:
            return model(**(self.data if data is None else data))
        except ValidationError as error:
            first = error.errors()[0]
            location = [part for part in first["loc"] if part != "__root__"]
            message = first["msg"]
            if first["type"] == "value_error.missing":
                message = "is required but missing"
            elif first["type"] == "value_error.extra":
                message = "is not a known setting (check the spelling)"
            name = ".".join(str(part) for part in location) or model.__name__.lower()
            raise self.error(f"{name}: {message}", *location) from None
