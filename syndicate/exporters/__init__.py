"""Built-in exporters, one module per format. Import a module only when its format is used."""
