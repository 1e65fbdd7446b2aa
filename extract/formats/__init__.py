"""Readers for the formats documents come in: Word, PDF, web pages, spreadsheets. Each turns a file's bytes into
a RawText (extract.reading): the document's text as lines, task tables apart, so that every format leads into the
same structure and extraction."""
