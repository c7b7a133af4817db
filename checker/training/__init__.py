"""Training code for the models in `models/`, one module per artifact; `python -m checker.train`
runs them. Needs the `train` extra (scikit-learn); nothing here is imported at run time."""
