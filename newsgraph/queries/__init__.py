"""Queries over the graph: look-ups, paths, influence, Cypher."""
