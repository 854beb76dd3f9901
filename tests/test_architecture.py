"""No module of coachkit takes part in an import cycle, counting imports inside functions.

The layers themselves are import-linter contracts in pyproject.toml (``make lint``); that
``import coachkit`` stays light is tests/test_setup.py::test_import_is_light. Imports under
``if TYPE_CHECKING:`` never run, so they are left out here as in the contracts.
"""

from __future__ import annotations

import itertools

import grimp
import pytest

# Cycles tolerated for now: none. An entry here must name a cycle being removed.
KNOWN_CYCLES: frozenset[frozenset[str]] = frozenset()


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("coachkit", exclude_type_checking_imports=True, cache_dir=None)


def strongly_connected(edges: dict[str, set[str]]) -> list[set[str]]:
    """The groups of two or more modules that all reach each other (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            step = next(successors, None)
            if step is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.add(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        groups.append(group)
            elif step not in index:
                index[step] = low[step] = len(index)
                stack.append(step)
                on_stack.add(step)
                work.append((step, iter(sorted(edges[step]))))
            elif step in on_stack:
                low[node] = min(low[node], index[step])
    return groups


def import_cycles(graph: grimp.ImportGraph) -> list[set[str]]:
    """Every group of coachkit modules that import each other, directly or not."""
    ours = {m for m in graph.modules if m == "coachkit" or m.startswith("coachkit.")}
    edges = {m: graph.find_modules_directly_imported_by(m) & ours for m in ours}
    return strongly_connected(edges)


def describe(graph: grimp.ImportGraph, group: set[str]) -> str:
    """One cycle through the group, as ``a -> b -> a``, with the line of each import."""
    start = min(group)
    back = min((group - {start}) & graph.find_modules_directly_imported_by(start))
    chain = (start, *(graph.find_shortest_chain(back, start) or (back, start)))
    steps = []
    for importer, imported in itertools.pairwise(chain):
        details = graph.get_import_details(importer=importer, imported=imported)
        where = f" (line {details[0]['line_number']})" if details else ""
        steps.append(f"{importer} -> {imported}{where}")
    return "; ".join(steps)


def test_strongly_connected_finds_a_cycle_and_ignores_a_chain():
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert strongly_connected(edges) == [{"a", "b", "c"}]
    assert strongly_connected({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles(graph):
    cycles = [g for g in import_cycles(graph) if frozenset(g) not in KNOWN_CYCLES]
    assert not cycles, "import cycles:\n" + "\n".join(describe(graph, g) for g in cycles)
