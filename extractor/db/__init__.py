"""The SQLite fact database: `build` loads extraction output, `search`/`queries` answer questions.

Layout and rules of the database are in README.md next to this file.
"""
