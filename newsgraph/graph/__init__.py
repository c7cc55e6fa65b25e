"""The graph model, the embedded store and the sinks (Neo4j, SPARQL endpoints)."""
