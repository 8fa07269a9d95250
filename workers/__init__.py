"""The processes of newsmon: the scheduler, the Dramatiq actors and worker, the all-in-one runner."""
