"""wellbeing: a private desktop companion for contact-centre agents."""

__version__ = "0.1.0"
