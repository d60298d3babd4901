namespace Meridian.Language;

/// <summary>Name rules of §2.1.9 and §3 (reserved names).</summary>
public static class NameUtils
{
    /// <summary>True when <paramref name="name"/> is a GraphQL Name: <c>/[_A-Za-z][_0-9A-Za-z]*/</c>.</summary>
    public static bool IsValidName(string? name) => name is not null && IsValidName(name.AsSpan());

    /// <inheritdoc cref="IsValidName(string?)"/>
    public static bool IsValidName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || !CharacterClasses.IsNameStart(name[0]))
        {
            return false;
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (!CharacterClasses.IsNameContinue(name[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for names starting with <c>__</c>, which only the introspection system may define.</summary>
    public static bool IsReservedName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.StartsWith("__", StringComparison.Ordinal);
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="name"/> is a valid GraphQL Name.</summary>
    public static string EnsureValidName(string name, string? paramName = null)
    {
        if (!IsValidName(name))
        {
            throw new ArgumentException($"Names must only contain [_a-zA-Z0-9] and must not start with a digit; \"{name}\" does not.", paramName ?? nameof(name));
        }

        return name;
    }
}
