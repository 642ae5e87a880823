-- When the write of a request holding an Idempotency-Key committed (store microseconds), set in that write's
-- own transaction. A pending claim whose lease ran out is taken over by a retry only while this is NULL: a
-- retry then reruns a request that changed nothing, and the first request, fenced out, can no longer commit.
ALTER TABLE idempotency_keys ADD COLUMN applied_at BIGINT;
