"""One way in: a file given to `newsroom-bot ingest` and the same file sent to the bot."""

import json
from pathlib import Path

import pytest

from bot.cli import main
from handlers import files
from storage import Store
from tests.articles import EXCHANGE_AND_STRIKES
from tests.conftest import EDITOR
from tests.intake.wire import UNDATED
from tests.support.updates import document_update

PAGES = Path(__file__).resolve().parent / "pages"

FILES = {
    "page.html": (PAGES / "article.html").read_bytes(),
    "seed.txt": ("Outlet: Kyiv Wire\nPublished: 2023-12-03\n\n" + EXCHANGE_AND_STRIKES).encode(),
    # No date anywhere: undated both ways, never the day it happened to arrive.
    "undated.txt": UNDATED.encode(),
    "batch.jsonl": (
        json.dumps(
            {
                "id": "kw-1",
                "title": "Swap talks resume",
                "text": EXCHANGE_AND_STRIKES,
                "published": "2023-12-03",
                "outlet": "Kyiv Wire",
                "url": "https://kyivwire.example/swap-talks",
            }
        )
        + "\n"
    ).encode(),
}
ARTICLE_COLUMNS = (
    "title",
    "outlet",
    "published",
    "date_found",
    "language",
    "url",
    "text",
    "extraction",
)
SOURCE_COLUMNS = ("outlet", "kind", "url", "permalink", "declared_date")


def stored(store: Store) -> tuple[list[dict], list[dict]]:
    articles = [{k: r[k] for k in ARTICLE_COLUMNS} for r in store.db["articles"].rows]
    sources = [{k: r[k] for k in SOURCE_COLUMNS} for r in store.db["sources"].rows]
    return articles, sources


@pytest.mark.parametrize("name", sorted(FILES))
async def test_the_cli_and_the_bot_store_the_same_article(app, fake, store, tmp_path, name):
    data = FILES[name]
    fake.add_file("f-1", data)
    await app.process_update(
        document_update(app.bot, name, "application/octet-stream", "f-1", len(data), user_id=EDITOR)
    )
    await files.all_done(app)
    path = tmp_path / name
    path.write_bytes(data)
    other = tmp_path / "cli.db"
    assert main(["ingest", "--db", str(other), str(path)]) == 0
    cli_store = Store.open(other)
    try:
        from_cli = stored(cli_store)
    finally:
        cli_store.close()
    from_bot = stored(store)
    assert len(from_bot[0]) == 1
    assert from_cli == from_bot
