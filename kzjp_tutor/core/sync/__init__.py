"""Sync with a class server: events, replay, the device's outbox, and push/pull with retries.

============== ==============================================================================
module         holds
============== ==============================================================================
events         the immutable review and undo events (what travels; validated on both ends)
replay         a card's state rebuilt from its answers, the same on every device
outbox         events waiting to be pushed, written in each answer's own transaction
local          applying pulled events and replaying cards inside the progress database
exports        a student's events as a progress export (the class report's input)
client         push and pull with retries and backoff, behind a small transport interface
class_report   the instructor's read of the class's exports (report --server, Instructor screen)
credentials    the server and key of the class a home has joined, or an instructor's (0600)
============== ==============================================================================

Nothing here reads the clock or draws random numbers: time, sleep and jitter are passed in.
"""
