"""The headless core: critique, platforms, threads and the library. Never imports Textual."""
