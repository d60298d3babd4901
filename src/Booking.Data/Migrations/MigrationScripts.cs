using Booking.Data.Setup;

namespace Booking.Data.Migrations;

/// <summary>The SQL migrations embedded in this assembly (Migrations/Sql/{Postgres,Sqlite}/*.sql), in version order.</summary>
public static class MigrationScripts
{
    public static IReadOnlyList<MigrationScript> For(DatabaseProvider provider)
    {
        var prefix = $"migrations/{provider.ToString().ToLowerInvariant()}/";
        var assembly = typeof(MigrationScripts).Assembly;
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            scripts.Add(MigrationScript.FromFile(resource[prefix.Length..], reader.ReadToEnd()));
        }

        scripts.Sort((left, right) => string.CompareOrdinal(left.Version, right.Version));
        for (var i = 1; i < scripts.Count; i++)
        {
            if (scripts[i].Version == scripts[i - 1].Version)
            {
                throw new InvalidOperationException($"Two {provider} migrations share version {scripts[i].Version}.");
            }
        }

        return scripts;
    }
}
