"""Edits: when to look at a watched article again, and whether a re-fetched text is a version.

Pure decisions, no I/O: the re-check job (monitor.jobs.recheck) fetches, asks these functions,
and stores, compares (monitor.claims) and alerts.

    next_check_due(first_seen, schedule, index, now) -> due time, or None past the schedule
    judge_new_text(latest_text, latest_hash, text, min_length_ratio) -> TextVerdict
    page_digest(body) -> str: the raw page bytes' digest, so unchanged bytes skip extraction
"""

from monitor.edits.versions import TextVerdict, judge_new_text, next_check_due, page_digest

__all__ = ["TextVerdict", "judge_new_text", "next_check_due", "page_digest"]
