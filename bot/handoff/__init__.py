"""Handing prospects to sales: roster, routing, availability, booking, invites, notifications."""
