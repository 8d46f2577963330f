"""Modules generated from ../../../ui/*.ui by scripts/build-ui. Never edit by hand."""
