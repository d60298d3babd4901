using Booking.Domain;
using Booking.GraphQL.Commands;
using Booking.GraphQL.Configuration;
using Meridian.AspNetCore;
using Meridian.AspNetCore.Health;

switch (args)
{
    case ["migrate", ..]:
        return await MigrateCommand.RunAsync(args[1..]);
    case ["schema", "export", ..]:
        return await SchemaExportCommand.RunAsync(args, Console.Out);
}

// Configuration: appsettings.json, appsettings.{Environment}.json, environment variables (ASPNETCORE_URLS,
// DATABASE_URL, ConnectionStrings__Booking, Redis__Configuration, Authentication__Jwt__SigningKey, …) and arguments.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddBookingDomain(builder.Configuration);
builder.Services.AddBookingAuthentication(builder.Configuration);
builder.Services.AddBookingRateLimiting(builder.Configuration);
builder.Services.AddBookingGraphQL(builder.Configuration);

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseWebSockets();
app.MapGraphQL().RequireRateLimiting(RateLimitSettings.PolicyName);
app.MapGraphQLHealthChecks();

await app.RunAsync();
return 0;
