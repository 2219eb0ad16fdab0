"""Charts for the inbox, drawn on the server as SVG: no script, no CDN, readable by a screen
reader (a title and one labelled element per value) and sharp at any width (a viewBox)."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

WIDTH = 440  # drawn at about this width in a card, so 12px text stays 12px
BAR = 20
GAP = 6
LABEL = 130
COLORS = ("#2f5bea", "#9db1f5", "#1e9e5a")


def _label(x: float, y: float, text: str) -> str:
    return f'<text x="{x:.1f}" y="{y:.1f}">{escape(text)}</text>'


def _legend(x: float, y: float, color: str, label: str) -> str:
    """A legend entry: a colour swatch and its name."""
    swatch = f'<rect x="{x}" y="{y}" width="12" height="12" fill="{color}"/>'
    return f'{swatch}<text x="{x + 16}" y="{y + 11}">{escape(label)}</text>'


def _svg(height: int, title: str, body: list[str]) -> Markup:
    return Markup(
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{escape(title)}">'
        f"<title>{escape(title)}</title>{''.join(body)}</svg>"
    )


def _bar(x: float, y: float, width: float, height: float, color: str, label: str) -> str:
    return (
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(width, 0.5):.1f}" height="{height:.1f}" rx="3" fill="{color}">'
        f"<title>{escape(label)}</title></rect>"
    )


def funnel(steps: Sequence[tuple[str, int]], title: str = "Funnel") -> Markup:
    """One horizontal bar per stage, with its count and its share of the first."""
    top = max((count for _, count in steps), default=0) or 1
    first = steps[0][1] if steps and steps[0][1] else 0
    body = []
    for row, (label, count) in enumerate(steps):
        y = row * (BAR + GAP)
        share = f" ({100 * count / first:.0f}%)" if first and row else ""
        body.append(f'<text x="0" y="{y + BAR * 0.7:.1f}">{escape(label)}</text>')
        body.append(_bar(LABEL, y, (WIDTH - LABEL - 90) * count / top, BAR, COLORS[0], f"{label}: {count}{share}"))
        body.append(_label(LABEL + (WIDTH - LABEL - 90) * count / top + 6, y + BAR * 0.7, f"{count}{share}"))
    return _svg(max(len(steps) * (BAR + GAP), BAR), title, body)


def paired(rows: Sequence[tuple[str, int, int]], names: tuple[str, str], title: str) -> Markup:
    """Two bars per row (e.g. asked and answered), the second drawn over the first."""
    top = max((max(a, b) for _, a, b in rows), default=0) or 1
    span = WIDTH - LABEL - 60
    body = [
        _legend(LABEL, 0, COLORS[1], names[0]),
        _legend(LABEL + 110, 0, COLORS[0], names[1]),
    ]
    for row, (label, first, second) in enumerate(rows):
        y = 20 + row * (BAR + GAP)
        body.append(f'<text x="0" y="{y + BAR * 0.7:.1f}">{escape(label)}</text>')
        body.append(_bar(LABEL, y, span * first / top, BAR, COLORS[1], f"{label}: {names[0]} {first}"))
        body.append(_bar(LABEL, y + BAR / 4, span * second / top, BAR / 2, COLORS[0], f"{label}: {names[1]} {second}"))
        body.append(_label(LABEL + span * max(first, second) / top + 6, y + BAR * 0.7, f"{second}/{first}"))
    return _svg(20 + max(len(rows), 1) * (BAR + GAP), title, body)


def per_day(days: Sequence[tuple[str, dict[str, int]]], series: Sequence[tuple[str, str]], title: str) -> Markup:
    """Grouped columns per day, oldest on the left; one colour per series (stage). The last 30 days."""
    days = list(days)[-30:]
    height, bottom = 150, 120
    top = max((counts.get(key, 0) for _, counts in days for key, _ in series), default=0) or 1
    slot = min((WIDTH - 40) / max(len(days), 1), 60)
    column = max(slot / (len(series) + 1), 2)
    body = [
        f'<line x1="30" y1="{bottom}" x2="{WIDTH}" y2="{bottom}" stroke="#c9cedb"/>',
        f'<text x="0" y="12">{top}</text>',
        f'<text x="0" y="{bottom}">0</text>',
    ]
    for index, (_key, label) in enumerate(series):
        body.append(_legend(40 + index * 120, height - 12, COLORS[index % len(COLORS)], label))
    for position, (day, _counts) in enumerate(days):
        if position in (0, len(days) - 1):
            body.append(f'<text x="{40 + position * slot:.1f}" y="{bottom + 14}">{escape(day[5:])}</text>')
    for position, (day, counts) in enumerate(days):
        for index, (key, label) in enumerate(series):
            value = counts.get(key, 0)
            bar = (bottom - 20) * value / top
            body.append(
                _bar(
                    40 + position * slot + index * column,
                    bottom - bar,
                    column - 1,
                    bar,
                    COLORS[index % len(COLORS)],
                    f"{day}: {label} {value}",
                )
            )
    return _svg(height, title, body)
