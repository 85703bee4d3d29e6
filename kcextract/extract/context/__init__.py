"""Context of each figure (ANNOTATION.md section 6): status, relation, funding, province, years,
indicator and activity.

- discourse.py: the time and place in force at every point of the article (one pass), the
  article's year and province; periods.py finds the time expressions.
- status.py, relation.py, funding.py: one cue table each (every row a cue, its label, why,
  and an example that tests it), decided on the clause that governs the figure.
- about.py: activity and indicator.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..places import province_2025
from . import about
from .discourse import Discourse
from .funding import first_sources, funding, sources
from .relation import relation
from .status import plan_sections, rate_in_force, status, status_cues


@dataclass
class DocContext:
    """What the attributes of every figure in one document draw on, computed once."""

    text: str                                   # normalised text
    discourse: Discourse
    sections: list[tuple[int, int]] = field(default_factory=list)     # under a targets heading
    headings: list[tuple[int, str]] = field(default_factory=list)
    programme: bool = False                     # a khuyến công article
    funding_default: str | None = None          # the one source its title and lead name
    foreign_investment: bool = False            # its title and lead are about foreign investment
    first_sources: first_sources | None = None   # where each public source is first named
    last_percent: tuple[int, str] | None = None  # the end and relation of the last percentage seen

    @property
    def year(self) -> int | None:
        return self.discourse.year

    @classmethod
    def build(cls, text: str, province: str | None, date: str | None) -> "DocContext":
        ctx = cls(text, Discourse.build(text, province, date))
        ctx.sections = plan_sections(text)
        ctx.headings = about.headings(text)
        ctx.programme = bool(about.KHUYEN_CONG.search(text))
        ctx.first_sources = first_sources(text)
        opening = "\n".join([line for line in text.splitlines() if len(line.split()) > 5][:2])
        if ctx.programme:
            # (public sources only: counterpart funds the lead names are the businesses' part, not the programme's)
            named = [n for n in sources(opening) if n != "enterprise"]
            # one source named: the programme's money is its; several or none: unsourced money is the
            # programme's, a total
            ctx.funding_default = named[0] if len(named) == 1 else "total"
        # an article on foreign investment: its capital figures are investors' money
        ctx.foreign_investment = bool(_FOREIGN_INVESTMENT.search(text, 0, len(opening) + 200))
        return ctx


_FOREIGN_INVESTMENT = regex.compile(r"(?<!\p{L})(?:FDI|đầu tư trực tiếp nước ngoài|vốn đầu tư nước ngoài|"
                                    r"nhà đầu tư nước ngoài|vốn ngoại)(?!\p{L})", regex.I)


def attach(ctx: DocContext, span, sent_start: int, sent_end: int) -> None:
    """Fill the context attributes of one figure span."""
    start, end, kind = span.start_char, span.end_char, span.label_
    text = ctx.text
    ext = span._                   # one extension accessor for all the attributes
    para_start = text.rfind("\n", 0, start) + 1
    # the cues first (a target's year frames only targets), then the period found may make a plan
    own, intro = status_cues(text, ctx.sections, para_start, sent_start, start, end)
    ext.years = period = ctx.discourse.years(start, end, sent_start, sent_end, (own or intro) == "plan")
    ext.status = status(own, intro, period, ctx.year)
    if kind == "percent":
        ext.relation = relation(text, sent_start, start, end, ctx.last_percent)
        ctx.last_percent = (end, ext.relation)
        if ext.status == "plan" and ext.relation == "other" and own == "plan" and rate_in_force(text, sent_start, start):
            # "dành hơn 100 ngàn tỷ đồng để cho vay với lãi suất thấp hơn 0,5%/năm": the money is set aside,
            # the rate it is lent at is a term in force
            ext.status = "actual"
    else:
        ext.relation = None
    ext.funding = funding(text, sent_start, sent_end, start, end,
                          ctx.funding_default if ctx.programme else None, ctx.first_sources,
                          ctx.foreign_investment, ext.per) if kind == "money" else None
    ext.province = place = ctx.discourse.province_of(start, end, sent_start, sent_end)
    ext.province_2025 = province_2025(place)
    ext.indicator = about.indicator(text, sent_start, sent_end, start, end, kind, ext.unit)
    ext.activity = about.activity(text, ctx.programme, ctx.headings, sent_start, sent_end, start, end)
