"""Rules: the registry of rule data, the checks that find them, and the engine that runs them."""
