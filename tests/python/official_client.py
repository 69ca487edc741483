"""Drives the sandbox with Twilio's official Python helper library, pointed at it by base URL.

Usage: official_client.py BASE_URL ACCOUNT_SID AUTH_TOKEN WORKSPACE_SID
Prints one JSON object describing what it saw; exits non-zero (with the reason) on any mismatch.
"""

import json
import sys

from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client


def main() -> int:
    base, account, token, workspace = sys.argv[1:5]
    client = Client(account, token)
    client.api.base_url = base
    client.taskrouter.base_url = base

    conferences = client.conferences.list(status="in-progress")
    assert conferences, "no in-progress conference listed"
    conference = conferences[0]
    participants = conference.participants.list()
    labels = sorted(p.label for p in participants)

    ws = client.taskrouter.v1.workspaces(workspace)
    workers = ws.workers.list(page_size=2)
    names = [w.friendly_name for w in workers]
    assert len(names) == len(set(names)), f"paging repeated a worker: {names}"

    customer = conference.participants("customer").update(hold=True)
    assert customer.hold is True, "hold did not stick"
    customer = conference.participants("customer").update(hold=False)
    assert customer.hold is False, "unhold did not stick"

    try:
        client.conferences("CF" + "0" * 32).fetch()
        raise AssertionError("an unknown conference was found")
    except TwilioRestException as e:
        not_found = {"status": e.status, "code": e.code}

    print(json.dumps({
        "conferences": len(conferences),
        "labels": labels,
        "workers": sorted(names),
        "not_found": not_found,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
