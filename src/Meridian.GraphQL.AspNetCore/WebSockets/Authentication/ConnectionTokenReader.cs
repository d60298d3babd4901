namespace Meridian.AspNetCore.WebSockets;

/// <summary>
/// Finds the bearer token in <c>connection_init</c> parameters, where clients put it (keys compared without case):
/// <c>{"Authorization":"Bearer &lt;jwt&gt;"}</c>, <c>{"authToken":"&lt;jwt&gt;"}</c>, <c>{"token":"&lt;jwt&gt;"}</c>, or
/// Apollo-style <c>{"headers":{"Authorization":"Bearer &lt;jwt&gt;"}}</c>. The <c>Bearer </c> prefix is optional.
/// </summary>
public static class ConnectionTokenReader
{
    private static readonly string[] TokenKeys = ["Authorization", "authToken", "token"];

    /// <returns>The token, or null when the parameters carry none.</returns>
    public static string? Read(IReadOnlyDictionary<string, object?>? parameters)
    {
        if (parameters is null)
        {
            return null;
        }

        foreach (var key in TokenKeys)
        {
            if (Find(parameters, key) is string value)
            {
                return StripScheme(value);
            }
        }

        return Find(parameters, "headers") is IReadOnlyDictionary<string, object?> headers && Find(headers, "Authorization") is string header
            ? StripScheme(header)
            : null;
    }

    private static object? Find(IReadOnlyDictionary<string, object?> map, string key)
    {
        if (map.TryGetValue(key, out var exact))
        {
            return exact;
        }

        foreach (var (name, value) in map)
        {
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    private static string? StripScheme(string value)
    {
        var token = value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? value["Bearer ".Length..] : value;
        token = token.Trim();
        return token.Length == 0 ? null : token;
    }
}
