"""python -m tests.fuzz_dialog [--conversations 2000] [--seed 1] [--concurrency 8] [--only-seed N]
                               [--rasa URL --token T]

Without --rasa it trains (or reuses) the model and starts its own stack on a temp data dir, and
stops it at the end. Exit code 1 when any invariant was violated.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

from tests.fuzz_dialog.runner import model_of, report, run, seeds_for, transcript


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz_dialog", description=__doc__.split("\n\n")[1])
    parser.add_argument("--conversations", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1, help="run seed; each conversation's seed derives from it")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument(
        "--only-seed", type=int, help="replay one conversation by its own seed and print its transcript"
    )
    parser.add_argument("--rasa", help="base URL of a running Rasa (else a stack is started)")
    parser.add_argument("--token", default="", help="Rasa HTTP API token (with --rasa)")
    parser.add_argument("--show", type=int, default=3, help="failing transcripts to print")
    parser.add_argument("--transcripts", type=Path, help="write every failing transcript to this file")
    args = parser.parse_args(argv)
    if args.rasa:
        return fuzz(args, args.rasa, args.token)
    from tests.e2e.stack import start_stack
    from tests.model import trained_model

    trained_model()
    with tempfile.TemporaryDirectory(prefix="fuzz-dialog-") as tmp:
        for attempt in range(3):  # the model may be retrained under us; a second start picks up the new one
            try:
                stack = start_stack(
                    Path(tmp),
                    f"sqlite:///{tmp}/leads.db",
                    CHAT_TURNS_PER_MINUTE="100000",
                    CHAT_OPENINGS_PER_MINUTE="100000",
                )
                break
            except RuntimeError as error:
                if attempt == 2:
                    raise
                print(f"fuzz-dialog: stack did not start, retrying ({str(error).splitlines()[0]})", file=sys.stderr)
                time.sleep(5)
        try:
            return fuzz(args, stack.rasa, stack.rasa_token)
        finally:
            stack.stop()


def fuzz(args: argparse.Namespace, rasa: str, token: str) -> int:
    seeds = [args.only_seed] if args.only_seed is not None else seeds_for(args.seed, args.conversations)
    conditions = {
        "conversations": len(seeds),
        "seed": f"only {args.only_seed}" if args.only_seed is not None else args.seed,
        "concurrency": args.concurrency,
        "model": model_of(rasa, token),
        "rasa": rasa,
    }
    conversations = asyncio.run(run(rasa, token, seeds, args.concurrency))
    if args.only_seed is not None:
        print(transcript(conversations[0]))
    if args.transcripts:
        args.transcripts.write_text(
            "\n\n".join(transcript(c) for c in conversations if c.violations) + "\n", encoding="utf-8"
        )
    text, violations = report(conversations, conditions, show=0 if args.only_seed is not None else args.show)
    print(text, flush=True)
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
