"""All configuration, read from the environment in one typed place.

Nothing else reads os.environ. Defaults are the embedded setup: SQLite files under `data_dir`,
no SMTP (mail goes to the outbox table), ports from CONTRACT.md.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseSettings, Field

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    data_dir: Path = PROJECT_ROOT / "var"
    database_url: str = ""
    tracker_store_url: str = ""
    redis_url: str = ""

    rasa_port: int = 5005
    actions_port: int = 5055
    web_port: int = 8080
    rasa_token: str = ""
    rasa_url: str = ""
    leads_api_token: str = ""
    public_url: str = ""

    taxonomy_path: Path = PROJECT_ROOT / "sales" / "industries.yml"
    currencies_path: Path = PROJECT_ROOT / "sales" / "currencies.yml"
    policy_path: Path = PROJECT_ROOT / "sales" / "policy.yml"
    roster_path: Path = PROJECT_ROOT / "sales" / "roster.yml"
    inbox_users_path: Path = PROJECT_ROOT / "sales" / "inbox_users.yml"

    smtp_host: str = ""
    smtp_port: int = 25
    smtp_user: str = ""
    smtp_password: str = ""
    smtp_starttls: bool = False
    mail_from: str = "assistant@example.com"

    crm_webhook_url: str = ""
    crm_webhook_secret: str = ""
    secret_key: str = Field("", description="signs links and inbox sessions; generated when empty")

    class Config:
        env_prefix = ""
        case_sensitive = False

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'leads.db'}"

    @property
    def effective_rasa_url(self) -> str:
        return self.rasa_url or f"http://127.0.0.1:{self.rasa_port}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
