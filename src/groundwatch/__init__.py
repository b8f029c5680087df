"""groundwatch."""
