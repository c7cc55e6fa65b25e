"""newsgraph: news text in, a knowledge graph of actors, vessels, places and deals out.

The data flows one way (see DESIGN.md): ``ingest.read`` -> ``ingest.nlp`` ->
``ingest.extract`` -> ``ingest.resolve`` -> ``graph.model`` -> ``graph.store``
-> ``graph`` sinks -> ``queries`` -> ``render`` -> ``cli``.
"""

__version__ = "0.1.0"
