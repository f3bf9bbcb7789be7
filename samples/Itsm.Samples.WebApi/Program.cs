// The service desk web API: incidents and service requests with their SLA clocks, stored as events in SQLite (in the
// app's folder, created on first run) or PostgreSQL (--ConnectionStrings:Postgres="Host=...;Database=...").
// Run: dotnet run --project samples/Itsm.Samples.WebApi   (then see http://127.0.0.1:5080/openapi/v1.json)
using Itsm.Samples.WebApi;

await ServiceDeskApi.Build(args).RunAsync();
