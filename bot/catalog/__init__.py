"""What we sell, from the files sales ops edit: plans and prices, and how we compare."""
