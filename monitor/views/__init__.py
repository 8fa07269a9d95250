"""Read-only views of the state for the CLI and the status server: status, a story's pieces,
the alert stream, and test-watch's explanation of one match."""
