"""The two YAML files: read with line and column kept, validated against monitor.settings,
every problem reported as `file:line:column: message` (loading); their JSON Schemas (schemas);
feeds appended to watches.yaml with its comments kept (feedlist).
"""
