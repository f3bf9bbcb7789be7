// SLA clocks as Orleans grains: warnings and breaches delivered at their instants by grain timers and reminders, once.
// Run the demo:      dotnet run -c Release --project samples/Itsm.Samples.Orleans
// Run a load test:   dotnet run -c Release --project samples/Itsm.Samples.Orleans -- load 100000
using Itsm.Samples.Orleans;

return args.Length > 0 && args[0] == "load"
    ? await LoadRun.RunAsync(args[1..])
    : await Demo.RunAsync();
