"""The web app: demo pricing page and widget, chat proxy, leads API (and later the inbox)."""
