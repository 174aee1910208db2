"""The facts stage: one module per kind of fact, each ``extract(ctx) -> list[Fact]``."""
