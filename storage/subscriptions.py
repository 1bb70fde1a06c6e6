"""Subscriptions, digests and the durable outbox that carries pushes to Telegram chats."""

from __future__ import annotations

import dataclasses
import functools
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from storage.views import Change
from storage.writes import apply_migrations, write_transaction

TOPICS = ("exchange", "strikes")
ALL = "all"
# Telegram thread ids are positive; 0 stands for "the whole chat" so the primary keys stay
# unique (SQLite treats every NULL as distinct).
NO_THREAD = 0
# A row Telegram refuses this many times (a bad request, not an outage) is given up on.
MAX_ATTEMPTS = 5
# Outages (5xx, timeouts, network errors) are waited out: the pause between tries doubles from
# FIRST_RETRY up to RETRY_CEILING, and a row is given up only when it is DELIVERY_DEADLINE old.
FIRST_RETRY = timedelta(seconds=2)
RETRY_CEILING = timedelta(minutes=5)
DELIVERY_DEADLINE = timedelta(hours=24)
DEFAULT_TZ = "Europe/Kyiv"
# Pushes are news: a change about an event older than this many days (a 2024 article forwarded
# today) is stored and briefed but not pushed. NEWSROOM_PUSH_MAX_AGE_DAYS sets it.
DEFAULT_PUSH_MAX_AGE_DAYS = 7

migrations = Migrations("newsroom-subscriptions")


@migrations()
def m001_subscriptions_outbox_digests(db: Database) -> None:
    """Who wants which topic, the messages waiting to go out, daily digests, a change log."""
    db["subscriptions"].create(
        {
            "chat_id": int,
            "thread_id": int,
            "topic": str,
            "active": int,
            "created_by": int,
            "created_at": str,
        },
        pk=("chat_id", "thread_id", "topic"),
    )
    db["subscriptions"].create_index(["topic", "active"])
    db["outbox"].create(
        {
            "id": int,
            "chat_id": int,
            "thread_id": int,
            "kind": str,
            "text": str,
            "created_at": str,
            "sent_at": str,
            "attempts": int,
            "last_error": str,
            "status": str,
            "next_attempt_at": str,
        },
        pk="id",
        defaults={"attempts": 0, "status": "pending"},
    )
    db["outbox"].create_index(["status", "chat_id", "id"])
    db["digests"].create(
        {
            "chat_id": int,
            "thread_id": int,
            "time": str,
            "tz": str,
            "last_sent_at": str,
            "last_change_id": int,
            "next_due_at": str,
            "created_by": int,
            "created_at": str,
        },
        pk=("chat_id", "thread_id"),
    )
    db["change_log"].create(
        {
            "id": int,
            "topic": str,
            "what": str,
            "story_id": int,
            "outlets": str,
            "night": str,
            "created_at": str,
        },
        pk="id",
    )


@migrations()
def m002_outbox_changes(db: Database) -> None:
    """Pushes keep the structured changes they announce; the bot words them when it sends."""
    db["outbox"].add_column("changes", str)


@migrations()
def m003_outbox_retries_and_retention(db: Database) -> None:
    """Refusals counted apart from outage retries; old rows found by age for pruning."""
    db["outbox"].add_column("failures", int)
    db["outbox"].create_index(["created_at"])
    db["change_log"].create_index(["created_at"])


@migrations()
def m004_structured_change_log(db: Database) -> None:
    """The change log keeps each change's structure (event, figures) for digests to word."""
    db["change_log"].add_column("change", str)


@dataclass(frozen=True)
class Subscription:
    """One chat (or forum topic) that wants pushes about one topic."""

    chat_id: int
    thread_id: int | None
    topic: str


@dataclass(frozen=True)
class OutboxRow:
    """One message waiting to be sent (or already sent, or given up on)."""

    id: int
    chat_id: int
    thread_id: int | None
    text: str
    kind: str
    status: str
    attempts: int
    # A push's changes, worded by briefings when it is sent (text is then None).
    changes: tuple[Change, ...] = ()
    created_at: str | None = None
    last_error: str | None = None


@dataclass(frozen=True)
class Digest:
    """A chat's daily digest: local time, time zone, and where the last one stopped."""

    chat_id: int
    thread_id: int | None
    time: str
    tz: str
    last_sent_at: str | None
    last_change_id: int
    next_due_at: str
    created_at: str


@dataclass(frozen=True)
class LoggedChange:
    """A change as the digest reads it back: when it was recorded, and what it was."""

    at: datetime
    change: Change


def changes_to_json(changes: Iterable[Change]) -> str:
    """Changes as JSON for an outbox row."""
    return json.dumps([dataclasses.asdict(c) for c in changes], ensure_ascii=False)


def changes_from_json(value: str | None) -> tuple[Change, ...]:
    """The changes an outbox row carries (none for a ready-worded message)."""
    if not value:
        return ()
    return tuple(change_from_dict(item) for item in json.loads(value))


def change_from_dict(item: dict) -> Change:
    """A Change read back from JSON (lists become tuples; unknown keys are ignored)."""
    known = {f.name for f in dataclasses.fields(Change)}
    item = {k: v for k, v in item.items() if k in known}
    item["outlets"] = tuple(item.get("outlets") or ())
    item["figures"] = tuple(tuple(f) for f in item.get("figures") or ())
    return Change(**item)


def _iso(moment: datetime) -> str:
    # One fixed format so ISO strings compare in time order.
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _thread(thread_id: int | None) -> int:
    return thread_id or NO_THREAD


def _unthread(thread_id: int | None) -> int | None:
    return thread_id or None


def expand(topic: str) -> set[str]:
    """The concrete topics a subscription topic covers ("all" is every topic)."""
    return set(TOPICS) if topic == ALL else {topic}


def _normalise(topics: set[str]) -> list[str]:
    return [ALL] if topics >= set(TOPICS) else sorted(topics)


class ScheduleError(ValueError):
    """A digest time or time zone that does not parse: which part ("time", "zone"), and what."""

    def __init__(self, part: str, value: str, message: str):
        super().__init__(message)
        self.part = part
        self.value = value


def parse_schedule(hhmm: str, tz_name: str | None = None) -> tuple[str, str]:
    """Validate a digest time "HH:MM" and an IANA zone ("Europe/Kyiv"); ScheduleError if bad."""
    try:
        parsed = datetime.strptime(hhmm, "%H:%M").time()
    except ValueError:
        raise ScheduleError("time", hhmm, f"{hhmm} is not a time like 08:00") from None
    name = tz_name or DEFAULT_TZ
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        # "europe/kyiv" as typed on a phone, or the city alone ("Kyiv", "london"), is the
        # zone it names when exactly one does.
        found = _zones_by_name().get(name.casefold())
        if found is None:
            raise ScheduleError(
                "zone", name, f"{name} is not a time zone like Europe/Kyiv"
            ) from None
        name = found
    return parsed.strftime("%H:%M"), name


@functools.cache
def _zones_by_name() -> dict[str, str]:
    """IANA zone names by their case-folded full name, and by their city alone when no other
    zone has that city ("kyiv": Europe/Kyiv)."""
    zones = sorted(available_timezones())
    cities: dict[str, list[str]] = {}
    for zone in zones:
        # Not Etc/GMT+2 for "GMT+2": its sign is POSIX's, two hours behind UTC, not ahead.
        if "/" in zone and not zone.startswith("Etc/"):
            cities.setdefault(zone.rsplit("/", 1)[1].casefold(), []).append(zone)
    found = {city: names[0] for city, names in cities.items() if len(names) == 1}
    found.update({zone.casefold(): zone for zone in zones})
    return found


def next_due(hhmm: str, tz_name: str, after: datetime) -> datetime:
    """The first moment strictly after `after` when the clock in tz_name shows hhmm (UTC)."""
    zone = ZoneInfo(tz_name)
    at = time.fromisoformat(hhmm)
    local_day = after.astimezone(zone).date()
    for offset in range(3):
        candidate = datetime.combine(local_day + timedelta(days=offset), at, tzinfo=zone)
        if candidate.astimezone(UTC) > after.astimezone(UTC):
            return candidate.astimezone(UTC)
    raise AssertionError("unreachable: a local time recurs within three days")


def _now() -> datetime:
    return datetime.now(UTC)


def _set_clause(values: dict) -> str:
    return ", ".join(f"[{name}] = ?" for name in values)


class SubscriptionStore:
    """Intent-named reads and writes over subscriptions, digests, the change log and outbox."""

    def __init__(self, db: Database, *, clock: Callable[[], datetime] = _now):
        self.db = db
        apply_migrations(migrations, db)
        # Tests replace the clock to drive digests and retries through time without sleeping.
        self.clock = clock
        # Called (outside any await) when rows were queued, so a sender can start at once.
        self.on_pending: list[Callable[[], None]] = []
        self.push_max_age_days = DEFAULT_PUSH_MAX_AGE_DAYS

    def is_news(self, change: Change) -> bool:
        """Whether a change is about an event recent enough to push: its night (strikes) or the
        date of the article that brought it, within push_max_age_days of today (Kyiv)."""
        if change.topic == "strikes":
            when = change.night or change.reported or change.event_day
        else:
            when = change.reported or change.event_day
        if not when:
            return True  # undated: nothing says it is old
        today = self.clock().astimezone(ZoneInfo(DEFAULT_TZ)).date()
        try:
            day = datetime.fromisoformat(when[:10]).date()
        except ValueError:
            return True
        return (today - day).days <= self.push_max_age_days

    def _write(self):
        """A write transaction that waits for other writers (see storage.writes)."""
        return write_transaction(self.db)

    def _update_where(self, table: str, where: str, params: list, values: dict) -> None:
        # sqlite-utils updates one row by key; these updates touch a chat's rows at once.
        self.db.execute(
            f"update [{table}] set {_set_clause(values)} where {where}",
            [*values.values(), *params],
        )

    # -- subscriptions --------------------------------------------------------------------

    def topics(self, chat_id: int, thread_id: int | None = None) -> set[str]:
        """The concrete topics a chat (or one of its forum topics) is subscribed to."""
        out: set[str] = set()
        for row in self.db["subscriptions"].rows_where(
            "chat_id = ? and thread_id = ? and active = 1", [chat_id, _thread(thread_id)]
        ):
            out |= expand(row["topic"])
        return out

    def _set_topics(
        self, chat_id: int, thread_id: int | None, topics: set[str], by: int | None
    ) -> None:
        thread = _thread(thread_id)
        now = _iso(self.clock())
        with self._write():
            self._update_where(
                "subscriptions", "chat_id = ? and thread_id = ?", [chat_id, thread], {"active": 0}
            )
            for topic in _normalise(topics):
                self.db["subscriptions"].upsert(
                    {
                        "chat_id": chat_id,
                        "thread_id": thread,
                        "topic": topic,
                        "active": 1,
                        "created_by": by,
                        "created_at": now,
                    },
                    pk=("chat_id", "thread_id", "topic"),
                )

    def subscribe(
        self, chat_id: int, topic: str, *, thread_id: int | None = None, by: int | None = None
    ) -> bool:
        """Subscribe a chat (or forum topic) to a topic; False if it already had it."""
        if topic not in (*TOPICS, ALL):
            raise ValueError(f"unknown topic {topic!r}")
        with self._write():
            current = self.topics(chat_id, thread_id)
            wanted = current | expand(topic)
            if wanted == current:
                return False
            self._set_topics(chat_id, thread_id, wanted, by)
        return True

    def unsubscribe(
        self, chat_id: int, topic: str = ALL, *, thread_id: int | None = None
    ) -> set[str]:
        """Stop a topic (default: every topic); returns the topics that were actually dropped."""
        with self._write():
            current = self.topics(chat_id, thread_id)
            dropped = current & expand(topic)
            if dropped:
                self._set_topics(chat_id, thread_id, current - dropped, None)
        return dropped

    def chat_subscriptions(self, chat_id: int) -> list[Subscription]:
        """Every active subscription of a chat, whole chat first, then by forum topic."""
        return [
            Subscription(row["chat_id"], _unthread(row["thread_id"]), row["topic"])
            for row in self.db["subscriptions"].rows_where(
                "chat_id = ? and active = 1", [chat_id], order_by="thread_id, topic"
            )
        ]

    def audience(self, topic: str) -> list[tuple[int, int | None]]:
        """The (chat, thread) pairs that want changes about a topic, each once."""
        rows = self.db.query(
            """select distinct chat_id, thread_id from subscriptions
            where active = 1 and topic in (?, ?) order by chat_id, thread_id""",
            [topic, ALL],
        )
        return [(row["chat_id"], _unthread(row["thread_id"])) for row in rows]

    # -- changes -> outbox ----------------------------------------------------------------

    def listener(self, db: Database, changes: list[Change]) -> None:
        """Store.change_listeners hook: log changes and queue pushes in the caller's transaction."""
        self.queue_changes(changes, render=None, db=db)

    def queue_changes(
        self,
        changes: Iterable[Change],
        *,
        render: Callable[[list[Change]], str] | None = None,
        db: Database | None = None,
    ) -> int:
        """Log changes and queue one push per subscribed chat naming its changes; returns rows.

        Without `render`, a push row keeps the changes themselves and the sender words them.
        Changes about events older than `push_max_age_days` are left out: not news.
        """
        changes = [c for c in changes if self.is_news(c)]
        if not changes:
            return 0
        db = db or self.db
        now = _iso(self.clock())
        per_chat: dict[tuple[int, int | None], list[Change]] = {}
        for change in changes:
            for key in self.audience(change.topic):
                per_chat.setdefault(key, []).append(change)
        with write_transaction(db):
            db["change_log"].insert_all(
                {
                    "topic": c.topic,
                    "what": c.what,
                    "story_id": c.story_id,
                    "outlets": json.dumps(list(c.outlets), ensure_ascii=False),
                    "night": c.night,
                    "created_at": now,
                    "change": json.dumps(dataclasses.asdict(c), ensure_ascii=False),
                }
                for c in changes
            )
            db["outbox"].insert_all(
                {
                    "chat_id": chat_id,
                    "thread_id": _thread(thread_id),
                    "kind": "push",
                    "text": render(chat_changes) if render else None,
                    "changes": None if render else changes_to_json(chat_changes),
                    "created_at": now,
                    "attempts": 0,
                    "status": "pending",
                }
                for (chat_id, thread_id), chat_changes in per_chat.items()
            )
        if per_chat:
            self._notify()
        return len(per_chat)

    def enqueue(self, chat_id: int, texts: Iterable[str], *, thread_id=None, kind="push") -> int:
        """Queue ready-made messages for one chat, in order; returns how many."""
        now = _iso(self.clock())
        rows = [
            {
                "chat_id": chat_id,
                "thread_id": _thread(thread_id),
                "kind": kind,
                "text": text,
                "created_at": now,
                "attempts": 0,
                "status": "pending",
            }
            for text in texts
        ]
        with self._write():
            self.db["outbox"].insert_all(rows)
        if rows:
            self._notify()
        return len(rows)

    def _notify(self) -> None:
        for callback in list(self.on_pending):
            callback()

    # -- outbox delivery ------------------------------------------------------------------

    def _row(self, row: dict) -> OutboxRow:
        return OutboxRow(
            row["id"],
            row["chat_id"],
            _unthread(row["thread_id"]),
            row["text"],
            row["kind"],
            row["status"],
            row["attempts"] or 0,
            changes_from_json(row.get("changes")),
            row.get("created_at"),
            row.get("last_error"),
        )

    def pending_chats(self, limit: int = 1000) -> list[int]:
        """Chats whose next row is due now, the chat holding the oldest such row first.

        A chat's rows go out in the order queued: while its oldest pending row waits for a
        retry, the rows behind it wait too.
        """
        rows = self.db.query(
            """select o.chat_id from outbox o join (
                select chat_id, min(id) as head from outbox where status = 'pending'
                group by chat_id
            ) h on o.id = h.head
            where o.next_attempt_at is null or o.next_attempt_at <= ?
            order by o.id limit ?""",
            [_iso(self.clock()), limit],
        )
        return [row["chat_id"] for row in rows]

    def next_pending(self, chat_id: int) -> OutboxRow | None:
        """The chat's oldest pending row if it is due now (rows go out in the order queued)."""
        for row in self.db["outbox"].rows_where(
            "chat_id = ? and status = 'pending'", [chat_id], order_by="id", limit=1
        ):
            due = row["next_attempt_at"]
            return self._row(row) if due is None or due <= _iso(self.clock()) else None
        return None

    def mark_sent(self, row_id: int) -> None:
        """Telegram accepted the row: never send it again."""
        with self._write():
            self.db["outbox"].update(row_id, {"status": "sent", "sent_at": _iso(self.clock())})

    def defer(self, row_id: int, seconds: float) -> None:
        """Flood control: try the row again after `seconds`, without counting a failure."""
        with self._write():
            self.db["outbox"].update(
                row_id, {"next_attempt_at": _iso(self.clock() + timedelta(seconds=seconds))}
            )

    def mark_failed(self, row_id: int, error: str, *, transient: bool = False) -> str:
        """Record a failed try and schedule the next; returns 'pending', or 'dead' if given up.

        Transient failures (an outage) are retried with a doubling pause up to RETRY_CEILING
        until the row is DELIVERY_DEADLINE old; refusals end the row after MAX_ATTEMPTS.
        """
        now = self.clock()
        with self._write():
            row = self.db["outbox"].get(row_id)
            attempts = (row["attempts"] or 0) + 1
            failures = (row["failures"] or 0) + (0 if transient else 1)
            pause = min(FIRST_RETRY * 2 ** min(attempts - 1, 20), RETRY_CEILING)
            created = datetime.fromisoformat(row["created_at"]) if row["created_at"] else now
            too_old = now + pause - created > DELIVERY_DEADLINE
            status = "dead" if failures >= MAX_ATTEMPTS or (transient and too_old) else "pending"
            self.db["outbox"].update(
                row_id,
                {
                    "attempts": attempts,
                    "failures": failures,
                    "last_error": error[:500],
                    "status": status,
                    "next_attempt_at": _iso(now + pause),
                },
            )
        return status

    def chat_gone(self, chat_id: int, error: str, *, thread_id: int | None = None) -> int:
        """The bot was blocked or removed (or a forum topic deleted): stop the subscriptions,
        digest and pending messages there; returns how many messages were given up."""
        where, params = "chat_id = ?", [chat_id]
        if thread_id is not None:
            where, params = "chat_id = ? and thread_id = ?", [chat_id, _thread(thread_id)]
        with self._write():
            self._update_where("subscriptions", where, params, {"active": 0})
            self.db["digests"].delete_where(where, params)
            dropped = self.db["outbox"].count_where(f"{where} and status = 'pending'", params)
            self._update_where(
                "outbox",
                f"{where} and status = 'pending'",
                params,
                {"status": "dead", "last_error": error[:500]},
            )
        return dropped

    def move_chat(self, old_chat_id: int, new_chat_id: int) -> None:
        """A group became a supergroup: carry its subscriptions, digest, pending rows and language
        over."""
        with self._write():
            for table in ("subscriptions", "digests"):
                # The new id may already have rows of its own; those win.
                self.db.execute(
                    f"update or ignore {table} set chat_id = ? where chat_id = ?",
                    [new_chat_id, old_chat_id],
                )
                self.db[table].delete_where("chat_id = ?", [old_chat_id])
            self._update_where(
                "outbox",
                "chat_id = ? and status = 'pending'",
                [old_chat_id],
                {"chat_id": new_chat_id},
            )
            # Its /lang choice too: pushes and digests are worded in it when they are sent.
            if self.db["chat_settings"].exists():
                self.db.execute(
                    "update or ignore chat_settings set chat_id = ? where chat_id = ?",
                    [new_chat_id, old_chat_id],
                )
                self.db["chat_settings"].delete_where("chat_id = ?", [old_chat_id])
            # Remembered, for a chat the configuration names by its old id (the admin chat).
            if self.db["chat_moves"].exists() and old_chat_id != new_chat_id:
                self.db.execute(
                    "update chat_moves set new_chat_id = ? where new_chat_id = ?",
                    [new_chat_id, old_chat_id],
                )
                self.db["chat_moves"].upsert(
                    {
                        "old_chat_id": old_chat_id,
                        "new_chat_id": new_chat_id,
                        "moved_at": _iso(self.clock()),
                    },
                    pk="old_chat_id",
                )

    def current_chat(self, chat_id: int | None) -> int | None:
        """The id a chat has now: the supergroup a group became (if Telegram said so), else the
        same id."""
        if chat_id is None or not self.db["chat_moves"].exists():
            return chat_id
        for row in self.db["chat_moves"].rows_where("old_chat_id = ?", [chat_id], limit=1):
            return row["new_chat_id"]
        return chat_id

    def prune(self, older_than: timedelta, *, batch: int = 5_000) -> dict[str, int]:
        """Delete sent and given-up messages and change-log entries older than `older_than`.

        Pending messages are never pruned. Deletes go in batches, each its own short write, so
        another writer (the CLI, the bot) never waits long. Returns how many rows per table.
        """
        cutoff = _iso(self.clock() - older_than)
        removed = {"outbox": 0, "change_log": 0}
        wheres = {
            "outbox": "status in ('sent', 'dead') and created_at < ?",
            "change_log": "created_at < ?",
        }
        for table, where in wheres.items():
            while True:
                with self._write():
                    cursor = self.db.execute(
                        f"delete from {table} where id in "
                        f"(select id from {table} where {where} limit ?)",
                        [cutoff, batch],
                    )
                removed[table] += cursor.rowcount
                if cursor.rowcount < batch:
                    break
        return removed

    def outbox(self, status: str | None = None) -> list[OutboxRow]:
        """Outbox rows in the order queued, optionally only those with one status."""
        where, params = ("status = ?", [status]) if status else (None, [])
        return [
            self._row(row) for row in self.db["outbox"].rows_where(where, params, order_by="id")
        ]

    def pending_count(self) -> int:
        """How many rows are still waiting to be sent."""
        return self.db["outbox"].count_where("status = 'pending'")

    # -- digests --------------------------------------------------------------------------

    def _latest_change_id(self) -> int:
        row = next(self.db.query("select max(id) as id from change_log"))
        return row["id"] or 0

    def set_digest(
        self, chat_id: int, hhmm: str, tz_name: str, *, thread_id=None, by=None
    ) -> datetime:
        """Schedule (or move) a chat's daily digest; returns when the next one is due (UTC)."""
        hhmm, tz_name = parse_schedule(hhmm, tz_name)
        now = self.clock()
        due = next_due(hhmm, tz_name, now)
        key = {"chat_id": chat_id, "thread_id": _thread(thread_id)}
        with self._write():
            existing = self.digest(chat_id, thread_id)
            since = existing.last_change_id if existing else self._latest_change_id()
            self.db["digests"].upsert(
                {
                    **key,
                    "time": hhmm,
                    "tz": tz_name,
                    "next_due_at": _iso(due),
                    "created_by": by,
                    # Moving the time keeps what the next digest covers; a new one starts now.
                    "last_change_id": since,
                    "created_at": existing.created_at if existing else _iso(now),
                },
                pk=("chat_id", "thread_id"),
            )
        return due

    def digest(self, chat_id: int, thread_id: int | None = None) -> Digest | None:
        """A chat's digest schedule, if it has one."""
        for row in self.db["digests"].rows_where(
            "chat_id = ? and thread_id = ?", [chat_id, _thread(thread_id)]
        ):
            return self._digest(row)
        return None

    def chat_digests(self, chat_id: int) -> list[Digest]:
        """Every digest scheduled in a chat (one per forum topic at most)."""
        return [
            self._digest(row)
            for row in self.db["digests"].rows_where("chat_id = ?", [chat_id], order_by="thread_id")
        ]

    @staticmethod
    def _digest(row: dict) -> Digest:
        return Digest(
            row["chat_id"],
            _unthread(row["thread_id"]),
            row["time"],
            row["tz"],
            row["last_sent_at"],
            row["last_change_id"] or 0,
            row["next_due_at"],
            row["created_at"],
        )

    def stop_digest(self, chat_id: int, thread_id: int | None = None) -> bool:
        """Cancel a chat's digest; False if it had none."""
        with self._write():
            if self.digest(chat_id, thread_id) is None:
                return False
            self.db["digests"].delete_where(
                "chat_id = ? and thread_id = ?", [chat_id, _thread(thread_id)]
            )
        return True

    def due_digests(self, now: datetime | None = None) -> list[Digest]:
        """Digests whose time has come (including ones missed while the bot was down)."""
        now = now or self.clock()
        return [
            self._digest(row)
            for row in self.db["digests"].rows_where(
                "next_due_at <= ?", [_iso(now)], order_by="next_due_at"
            )
        ]

    def latest_change_id(self) -> int:
        """The id of the last change logged (0 if none): a digest covers changes up to one."""
        return self._latest_change_id()

    def changes_for(self, digest: Digest, upto: int | None = None) -> list[LoggedChange]:
        """Changes logged since a digest last went out (up to id `upto`), limited to the chat's
        topics if any."""
        topics = self.topics(digest.chat_id, digest.thread_id) or set(TOPICS)
        marks = ",".join("?" * len(topics))
        rows = self.db.query(
            f"""select * from change_log where id > ? and id <= ? and topic in ({marks})
            order by id""",
            [digest.last_change_id, upto if upto is not None else 2**63 - 1, *sorted(topics)],
        )
        return [
            LoggedChange(
                datetime.fromisoformat(row["created_at"]),
                change_from_dict(json.loads(row["change"]))
                if row.get("change")
                else Change(
                    row["topic"],
                    row["what"],
                    row["story_id"],
                    tuple(json.loads(row["outlets"] or "[]")),
                    row["night"],
                ),
            )
            for row in rows
        ]

    def digest_done(
        self,
        digest: Digest,
        texts: list[str],
        now: datetime | None = None,
        *,
        upto: int | None = None,
    ) -> int:
        """Queue a digest's messages (none: skipped) and schedule the next, in one transaction.

        `upto`: the last change id the digest was made from. A change logged meanwhile (by
        another writer, `newsroom-bot ingest`) is then in the next digest instead of skipped.
        """
        now = now or self.clock()
        update = {
            "next_due_at": _iso(next_due(digest.time, digest.tz, now)),
            "last_change_id": upto if upto is not None else self._latest_change_id(),
        }
        if texts:
            update["last_sent_at"] = _iso(now)
        with self._write():
            self.db["digests"].update((digest.chat_id, _thread(digest.thread_id)), update)
            self.db["outbox"].insert_all(
                {
                    "chat_id": digest.chat_id,
                    "thread_id": _thread(digest.thread_id),
                    "kind": "digest",
                    "text": text,
                    "created_at": _iso(now),
                    "attempts": 0,
                    "status": "pending",
                }
                for text in texts
            )
        if texts:
            self._notify()
        return len(texts)


def attach(store) -> SubscriptionStore:
    """Give a Store its subscriptions (as `store.subscriptions`) and hook them to its changes."""
    existing = getattr(store, "subscriptions", None)
    if isinstance(existing, SubscriptionStore):
        return existing
    subscriptions = SubscriptionStore(store.db)
    store.subscriptions = subscriptions
    store.change_listeners.append(subscriptions.listener)
    return subscriptions
