"""Property-based fuzzing of the file imports."""
