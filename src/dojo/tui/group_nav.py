"""The app's group role-play navigation: set up, play, reveal, debrief. Mixed into DojoApp."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dojo.engine.group import GroupSession


class GroupNavigation:
    """Needs the App plus DojoApp's `scenario()`, `seed`, `data_root`, `back_to_picker()`."""

    #: (scenario_id or None, players or None, mode) from `dojo group`.
    group_plan: tuple[str | None, list[str] | None, str] | None = None

    def open_group_setup(self, scenario_id: str | None = None, players: list[str] | None = None,
                         mode: str = "relay") -> None:
        from dojo.tui.screens.group_setup import GroupPlan, GroupSetupScreen

        def chosen(plan: GroupPlan | None) -> None:
            if plan is not None:
                self.start_group(plan.scenario_id, plan.players, plan.mode)

        self.push_screen(GroupSetupScreen(scenario_id, players, mode), chosen)  # type: ignore[attr-defined]

    def action_group(self) -> None:
        self.open_group_setup()

    def start_group(self, scenario_id: str, players: list[str], mode: str, at_once: bool = False) -> None:
        """`at_once`: build the session here even if the coach is still to compile, as `dojo group SCENARIO`
        does, so what the first player types while it compiles lands in their reply box, not in the picker."""
        from dojo.engine import Session
        from dojo.engine.group import GroupSession
        from dojo.tui.heap import lean_lexicons
        from dojo.tui.screens.group_talk import GroupTalkScreen

        scenario = self.scenario(scenario_id)  # type: ignore[attr-defined]
        if scenario is None:
            self.notify(f"No scenario {scenario_id!r} in the library.", severity="error")  # type: ignore[attr-defined]
            return
        if not at_once and self.when_coach_ready(  # type: ignore[attr-defined]
                scenario, lambda: self.start_group(scenario_id, players, mode)):
            return
        lean_lexicons()
        group = GroupSession(Session(scenario, seed=self.seed), players, mode)  # type: ignore[attr-defined]
        team = self._group_recorder(group)
        bests = self._group_bests(players, scenario_id)
        self.push_screen(GroupTalkScreen(team, bests))  # type: ignore[attr-defined]

    def show_group_debrief(self, talk) -> None:
        from dojo.tui.screens.group_debrief import GroupDebriefScreen

        group = talk.group
        self.switch_screen(GroupDebriefScreen(group.scenario, group.events,  # type: ignore[attr-defined]
                                              getattr(talk.team, "path", None), talk.bests, talk.team))

    def _group_recorder(self, group: GroupSession):
        try:
            from dojo.transcript.group_record import GroupRecorder
        except ImportError:  # pragma: no cover - transcripts unavailable: play on without saving
            return group
        return GroupRecorder(group, self.data_root)  # type: ignore[attr-defined]

    def _group_bests(self, players: list[str], scenario_id: str) -> dict[str, int | None]:
        try:
            from dojo.transcript.group_report import bests_before
        except ImportError:  # pragma: no cover
            return {}
        return bests_before(players, scenario_id, data_dir=self.data_root)  # type: ignore[attr-defined]
