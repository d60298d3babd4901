using System.Security.Cryptography;
using System.Text;

namespace Booking.Data.Migrations;

/// <summary>One versioned SQL file, e.g. <c>0001_initial.sql</c>: applied once, in version order, never edited after.</summary>
public sealed record MigrationScript(string Version, string Name, string Sql)
{
    /// <summary>SHA-256 of the script text, recorded when applied so that a later edit is detected.</summary>
    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));

    /// <summary>Parses <c>0001_initial.sql</c> into version <c>0001</c> and name <c>initial</c>.</summary>
    public static MigrationScript FromFile(string fileName, string sql)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var separator = stem.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0 || !stem[..separator].All(char.IsAsciiDigit))
        {
            throw new InvalidOperationException($"Migration file '{fileName}' must be named NNNN_description.sql.");
        }

        return new MigrationScript(stem[..separator], stem[(separator + 1)..], sql);
    }
}
