using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Meridian.AspNetCore.Http;

/// <summary>
/// Reads an <c>Accept</c> header (RFC 9110 §12.5.1) without allocating: the quality the client gives a media type is
/// the q-value of the most specific range that matches it (<c>type/subtype</c> over <c>type/*</c> over <c>*/*</c>),
/// 0 when none does. Malformed ranges and q-values are ignored.
/// </summary>
public static class AcceptHeader
{
    /// <summary>Whether the request has no usable <c>Accept</c> header (the endpoint then picks its default).</summary>
    public static bool IsMissing(StringValues accept)
    {
        foreach (var value in accept)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The client's quality for <paramref name="mediaType"/> (0 to 1). With <paramref name="explicitOnly"/>, wildcard
    /// ranges do not count: a browser's <c>*/*</c> must not turn a JSON request into an event stream.
    /// </summary>
    public static double GetQuality(StringValues accept, string mediaType, bool explicitOnly = false)
    {
        var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        var type = mediaType.AsSpan(0, slash);
        var subtype = mediaType.AsSpan(slash + 1);
        var bestSpecificity = -1;
        var quality = 0d;
        foreach (var value in accept)
        {
            var remaining = value.AsSpan();
            while (!remaining.IsEmpty)
            {
                var comma = remaining.IndexOf(',');
                var entry = comma < 0 ? remaining : remaining[..comma];
                remaining = comma < 0 ? default : remaining[(comma + 1)..];
                var specificity = Match(entry, type, subtype, out var entryQuality);
                if (specificity < 0 || (explicitOnly && specificity < 2))
                {
                    continue;
                }

                if (specificity > bestSpecificity || (specificity == bestSpecificity && entryQuality > quality))
                {
                    bestSpecificity = specificity;
                    quality = entryQuality;
                }
            }
        }

        return quality;
    }

    // 2 for an exact match, 1 for type/*, 0 for */*, -1 for no match or a malformed entry.
    private static int Match(ReadOnlySpan<char> entry, ReadOnlySpan<char> type, ReadOnlySpan<char> subtype, out double quality)
    {
        quality = 1;
        var semicolon = entry.IndexOf(';');
        var range = (semicolon < 0 ? entry : entry[..semicolon]).Trim();
        var slash = range.IndexOf('/');
        if (slash <= 0 || slash == range.Length - 1)
        {
            return -1;
        }

        var rangeType = range[..slash].Trim();
        var rangeSubtype = range[(slash + 1)..].Trim();
        int specificity;
        if (rangeType.SequenceEqual("*"))
        {
            if (!rangeSubtype.SequenceEqual("*"))
            {
                return -1;
            }

            specificity = 0;
        }
        else if (!rangeType.Equals(type, StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }
        else if (rangeSubtype.SequenceEqual("*"))
        {
            specificity = 1;
        }
        else if (rangeSubtype.Equals(subtype, StringComparison.OrdinalIgnoreCase))
        {
            specificity = 2;
        }
        else
        {
            return -1;
        }

        return semicolon < 0 || TryReadQuality(entry[(semicolon + 1)..], out quality) ? specificity : -1;
    }

    private static bool TryReadQuality(ReadOnlySpan<char> parameters, out double quality)
    {
        quality = 1;
        while (!parameters.IsEmpty)
        {
            var semicolon = parameters.IndexOf(';');
            var parameter = (semicolon < 0 ? parameters : parameters[..semicolon]).Trim();
            parameters = semicolon < 0 ? default : parameters[(semicolon + 1)..];
            var equals = parameter.IndexOf('=');
            if (equals > 0 && parameter[..equals].Trim().Equals("q", StringComparison.OrdinalIgnoreCase))
            {
                return double.TryParse(parameter[(equals + 1)..].Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out quality)
                    && quality is >= 0 and <= 1;
            }
        }

        return true;
    }
}
