-- wrk workload: a list of 100 objects with 5 fields.
wrk.method = "POST"
wrk.body = '{"query":"{ items { id name price quantity active } }"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
