"""rapportcheck: checks Dutch 2e-spoor re-integration reports before they leave the building."""

__version__ = "0.1.0"
