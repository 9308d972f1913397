namespace cx { }
