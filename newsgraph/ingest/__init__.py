"""Ingest: read sources, run the NLP pipeline, extract and resolve."""
