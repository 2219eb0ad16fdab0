"""Our own data: leads, conversations, the recorded exchange, scores, stages, handoffs."""
