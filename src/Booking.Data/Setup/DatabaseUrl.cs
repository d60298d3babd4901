using Npgsql;

namespace Booking.Data.Setup;

/// <summary>
/// Reads the <c>DATABASE_URL</c> form of a PostgreSQL address (<c>postgresql://user:password@host:port/db?sslmode=require</c>,
/// also <c>postgres://</c>) into an Npgsql connection string. User, password and database are URL-decoded.
/// </summary>
public static class DatabaseUrl
{
    private static readonly Dictionary<string, string> QueryKeywords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sslmode"] = "SSL Mode",
        ["sslrootcert"] = "Root Certificate",
        ["sslcert"] = "SSL Certificate",
        ["sslkey"] = "SSL Key",
        ["application_name"] = "Application Name",
        ["connect_timeout"] = "Timeout",
        ["options"] = "Options",
        ["target_session_attrs"] = "Target Session Attributes",
    };

    public static string ToConnectionString(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgres" or "postgresql"))
        {
            throw new FormatException("DATABASE_URL must look like postgresql://user:password@host:port/database.");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
        };
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        if (uri.UserInfo.Length > 0)
        {
            var separator = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(separator < 0 ? uri.UserInfo : uri.UserInfo[..separator]);
            if (separator >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(separator + 1)..]);
            }
        }

        foreach (var (key, value) in ParseQuery(uri.Query))
        {
            ApplyOption(builder, key, value);
        }

        return builder.ConnectionString;
    }

    private static void ApplyOption(NpgsqlConnectionStringBuilder builder, string key, string value)
    {
        var keyword = QueryKeywords.GetValueOrDefault(key, key);
        if (keyword == "SSL Mode")
        {
            // libpq spells modes verify-ca / verify-full; Npgsql's enum is VerifyCA / VerifyFull.
            value = value.Replace("-", string.Empty, StringComparison.Ordinal);
        }

        try
        {
            builder[keyword] = value;
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException)
        {
            throw new FormatException($"DATABASE_URL option '{key}={value}' is not understood: {exception.Message}", exception);
        }
    }

    private static IEnumerable<(string Key, string Value)> ParseQuery(string query)
    {
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(separator < 0 ? pair : pair[..separator]);
            var value = separator < 0 ? string.Empty : Uri.UnescapeDataString(pair[(separator + 1)..].Replace('+', ' '));
            yield return (key, value);
        }
    }
}
