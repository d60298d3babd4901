using Meridian.AspNetCore;
using Meridian.Execution;
using Meridian.LoadBenchmarks;

// The server under test: the same registration an application makes, logging off (as the ceiling). Usage:
// LoadServer --urls http://127.0.0.1:PORT
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.AddGraphQLServer()
    .AddTypeDefinitions(LoadData.Sdl)
    .BindPureResolver("Query", "items", static _ => LoadData.Items);

var app = builder.Build();
app.MapGraphQL();
// The driver reads the process's allocation total around a measurement to report bytes allocated per request.
app.MapGet("/allocated", static () => Results.Text(GC.GetTotalAllocatedBytes(precise: false).ToString(System.Globalization.CultureInfo.InvariantCulture)));
await app.RunAsync();
