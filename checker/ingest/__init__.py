"""Ingestion: any supported input becomes one `Document` (see `document.py`)."""

from checker.ingest.document import Block, Document, DocumentBuilder
from checker.ingest.readers import SUPPORTED_SUFFIXES, read_bytes, read_path, read_stdin

__all__ = ["Block", "Document", "DocumentBuilder", "SUPPORTED_SUFFIXES", "read_bytes", "read_path", "read_stdin"]
