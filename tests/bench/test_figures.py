"""What ``make bench`` decides: ratios to floors alone, and its exit code."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.bench import __main__ as bench_main
from workbench.bench import registry, startup
from workbench.bench.figures import Figure, failed, table


def test_met_is_decided_by_the_ratio_to_the_floor_alone() -> None:
    slow_machine = Figure("x", 2.0, floor=1.5, max_ratio=1.5)  # 2 s: fine, it is 1.33×
    fast_but_far = Figure("y", 0.004, floor=0.001, max_ratio=1.5)  # 4 ms: 4×, not met
    assert slow_machine.met is True and fast_but_far.met is False
    assert Figure("z", 0.5).met is None  # no floor, no goal: reported
    assert failed("w", "not measured", max_ratio=2.0).met is False
    assert failed("v", "the step failed", broken=True).met is False
    rows = table([slow_machine, fast_but_far]).splitlines()
    assert "| 2.00 s | 1.50 s:" in rows[2] and "| 1.33× | ≤ 1.5× | yes |" in rows[2]
    assert "| 4 ms | 1 ms:" in rows[3] and "| 4.00× | ≤ 1.5× | **no** |" in rows[3]


@pytest.fixture
def fake_steps(monkeypatch: pytest.MonkeyPatch, demo_db_path: Path):  # type: ignore[no-untyped-def]
    """The benchmark with made-up steps on the demo database (nothing is generated)."""
    monkeypatch.setattr(bench_main, "cached_database", lambda *_a, **_k: (demo_db_path, None))
    steps: list[registry.Step] = []
    monkeypatch.setattr(bench_main, "STEPS", steps)

    def add(name: str, figures: list[Figure] | Exception) -> None:
        def measure(_bench: registry.Bench) -> list[Figure]:
            if isinstance(figures, Exception):
                raise figures
            return figures

        steps.append(registry.Step(name, measure, processes=False))

    return add


def test_the_run_exits_zero_when_every_goal_is_met(fake_steps, capsys) -> None:  # type: ignore[no-untyped-def]
    fake_steps("quick", [Figure("quick thing", 0.01, floor=0.01, max_ratio=1.5)])
    fake_steps("reported", [Figure("some time", 0.2)])
    assert bench_main.main(["--runs", "1"]) == 0
    out = capsys.readouterr().out
    assert "| quick thing | 10 ms |" in out and "Every goal met." in out
    assert "Load average before and after:" in out and "Machine:" in out


def test_the_run_exits_one_when_a_goal_is_missed_and_still_prints_the_table(
    fake_steps, capsys
) -> None:  # type: ignore[no-untyped-def]
    fake_steps("slow", [Figure("slow thing", 0.5, floor=0.1, max_ratio=1.5)])
    fake_steps("broken", RuntimeError("no disk"))
    fake_steps("fine", [Figure("fine thing", 0.1, floor=0.1, max_ratio=1.5)])
    assert bench_main.main(["--runs", "1"]) == 1
    out = capsys.readouterr().out
    assert "| slow thing | 500 ms | 100 ms:" in out and "**no**" in out
    assert "broken (every figure of the step) | failed: RuntimeError: no disk" in out
    assert "2 goal(s) not met" in out and "| fine thing |" in out


def test_only_runs_the_steps_named(fake_steps, capsys) -> None:  # type: ignore[no-untyped-def]
    fake_steps("one", [Figure("first", 0.1)])
    fake_steps("two", [Figure("second", 0.1)])
    assert bench_main.main(["--only", "two"]) == 0
    out = capsys.readouterr().out
    assert "| second |" in out and "| first |" not in out


def test_a_start_up_page_is_one_registration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(startup, "PAGES", list(startup.PAGES))
    startup.page("Home page on screen", "home")
    assert startup.PAGES[-1] == startup.Page("Home page on screen", "home", startup.DATA_RATIO)
