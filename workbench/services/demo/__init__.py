"""The demo case: the mica engagement, as data and as the code that loads it."""
