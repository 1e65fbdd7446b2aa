"""Property-based requests generated from the service's own OpenAPI schema, sent to the real server:
whatever a client sends, the answer is never a server error, and errors are JSON with a `detail`.

(The operations are driven through Hypothesis directly: schemathesis's lazy pytest fixture does not work with
pytest 9.)"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error

from tests.api.conftest import Server

# uvicorn refuses a request line it cannot parse (e.g. a URL over 100,000 characters) before the app sees it
UVICORN_REFUSAL = b"Invalid HTTP request received."
PHASES = [Phase.explicit, Phase.generate]  # no shrinking: a failing request is reported as generated


@schemathesis.check
def errors_are_json_with_a_detail(ctx, response, case):
    if response.status_code < 400 or response.content == UVICORN_REFUSAL:
        return
    try:
        detail = response.json()["detail"]
    except (ValueError, KeyError, TypeError):
        raise AssertionError(f"{response.status_code} without a JSON detail: {response.content[:200]!r}") from None
    assert detail


def operations(server: Server) -> list[schemathesis.APIOperation]:
    schema = schemathesis.openapi.from_url(f"{server.url}/openapi.json")
    return [result.ok() for result in schema.get_all_operations()]


def test_the_schema_covers_every_route(server):
    names = {f"{op.method.upper()} {op.path}" for op in operations(server)}
    assert {"GET /items", "GET /entities/{id}", "GET /paths", "GET /sparql", "POST /sparql", "GET /graph"} <= names


@pytest.mark.parametrize(
    "route",
    [
        "/health",
        "/documents",
        "/items",
        "/pilots",
        "/entities",
        "/entities/{id}",
        "/relations",
        "/paths",
        "/neighbours",
        "/sparql",
        "/graph",
    ],
)
@pytest.mark.parametrize("mode", list(schemathesis.GenerationMode), ids=lambda mode: mode.value)
def test_no_request_yields_a_server_error(server, route, mode):
    for operation in (op for op in operations(server) if op.path == route):

        @given(case=operation.as_strategy(mode))
        @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None, phases=PHASES)
        def call(case: schemathesis.Case) -> None:
            case.call_and_validate(
                base_url=server.url, checks=[not_a_server_error, errors_are_json_with_a_detail], timeout=60
            )

        try:
            call()
        except Unsatisfiable:  # no invalid request to make: no parameters, or only free strings
            assert mode is schemathesis.GenerationMode.NEGATIVE and route in ("/health", "/documents", "/entities/{id}")
