// SLA clocks as Orleans grains: warnings and breaches delivered at their instants by grain timers and reminders, once.
// Run the demo:      dotnet run -c Release --project samples/Itsm.Samples.Orleans
using Itsm.Samples.Orleans;

return await Demo.RunAsync();
