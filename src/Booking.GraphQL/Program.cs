using Booking.Domain;
using Booking.GraphQL;

if (args is ["migrate", ..])
{
    return await MigrateCommand.RunAsync(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddBookingDomain(builder.Configuration);
var app = builder.Build();

app.MapGet("/health/live", () => Results.Ok(new { status = "Healthy" }));

await app.RunAsync();
return 0;
