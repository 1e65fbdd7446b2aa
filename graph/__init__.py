"""The graph: RDF store, NetworkX projection and the one query layer (`reformkg.graph.queries`). The analysts'
entry point, `open_store`, lives in `reformkg.graph.workbench` and is exported by the package itself
(`from reformkg import open_store`)."""
