"""The resources email a visitor kept as a lead is promised (sales/resources.yml): marketers edit
the subject, the note and the links, by industry; `make validate` checks the file."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from pydantic import Field, validator

from bot.emails import compose
from bot.yamlfile import LocatedYaml, StrictModel

PLACEHOLDERS = ("{first_name}", "{links}")


class Resource(StrictModel):
    title: str = Field(min_length=1, max_length=120)
    url: str = Field(regex=r"^https://[^\s]+$")


class Resources(StrictModel):
    subject: str = Field(min_length=1, max_length=150)
    body: str = Field(min_length=20, max_length=4000)
    default: list[Resource] = Field(min_items=1)
    by_industry: dict[str, list[Resource]] = Field(default_factory=dict)

    @validator("body")
    def _placeholders(cls, body: str) -> str:  # noqa: N805
        unknown = [part for part in body.split("{")[1:] if "{" + part.split("}")[0] + "}" not in PLACEHOLDERS]
        if unknown:
            raise ValueError(f"the body may use only {', '.join(PLACEHOLDERS)}; found {{{unknown[0].split('}')[0]}}}")
        if "{links}" not in body:
            raise ValueError("the body must say where the links go: {links}")
        return body

    def email(self, *, to: str, first_name: str | None, industry: str | None, sender: str) -> EmailMessage:
        links = self.by_industry.get(industry or "", []) or self.default
        listed = "\n".join(f"- {link.title}: {link.url}" for link in links)
        body = self.body.replace("{first_name}", first_name or "there").replace("{links}", listed)
        return compose(to=to, subject=self.subject, body=body, sender=sender)


def load_resources(path: Path) -> Resources:
    doc = LocatedYaml(path)
    if not isinstance(doc.data, dict):
        raise doc.error("expected 'subject:', 'body:', 'default:' and optionally 'by_industry:'")
    return doc.parse(Resources)
