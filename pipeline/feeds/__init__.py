"""Feed pollers: fetch (httpx), parse (feedparser and JSON Feed), state (SQLite), poll daemon.

Nothing here imports faust: the poller is its own process and talks to Kafka
through kafka-python only.
"""
