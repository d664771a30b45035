"""smm-tui: draft and critique social-media marketing posts in the terminal."""

__version__ = "0.1.0"
