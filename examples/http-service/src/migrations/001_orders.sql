-- Orders: the order's JSON state as @zhidu/orders returns it, with its version and policy version
-- copied into columns so the optimistic-locking UPDATE can test the version without reading the JSON.
CREATE TABLE orders (
  id             text        PRIMARY KEY,
  value          text        NOT NULL,
  version        integer     NOT NULL CHECK (version >= 0),
  policy_version text        NOT NULL,
  state          jsonb       NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);

-- Every applied event, one row per version: (order_id, version) is unique, so the history has no
-- duplicates, and the event id is unique per order, so a replayed webhook cannot be applied twice.
-- The commands the transition returned are kept with the event (an outbox for the host's workers).
CREATE TABLE order_events (
  order_id   text        NOT NULL REFERENCES orders (id),
  version    integer     NOT NULL CHECK (version >= 1),
  event_id   text,
  type       text        NOT NULL,
  event      jsonb       NOT NULL,
  commands   jsonb       NOT NULL DEFAULT '[]'::jsonb,
  at         timestamptz NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (order_id, version),
  UNIQUE (order_id, event_id)
);
