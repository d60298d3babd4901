using System.Text;

namespace Meridian.PersistedOperations;

/// <summary>
/// Documents as files <c>{folder}/{id}.graphql</c> (UTF-8), for example a folder of persisted operations exported
/// from the clients' build. Ids are validated so that a file name can never leave the folder.
/// </summary>
public sealed class FileSystemOperationDocumentStorage : IOperationDocumentStorage
{
    public const string FileExtension = ".graphql";

    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    public FileSystemOperationDocumentStorage(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
    }

    public string Folder { get; }

    public async ValueTask<string?> TryReadAsync(OperationDocumentId id, CancellationToken cancellationToken = default)
    {
        var path = GetPath(id);
        try
        {
            return await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public async ValueTask SaveAsync(OperationDocumentId id, string document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var path = GetPath(id);
        Directory.CreateDirectory(Folder);

        // Write aside, then move into place: a reader never sees half a document.
        var temporary = Path.Combine(Folder, $".{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllTextAsync(temporary, document, Utf8WithoutBom, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The file of <paramref name="id"/>, checked to lie directly inside the folder.</summary>
    public string GetPath(OperationDocumentId id)
    {
        var path = Path.GetFullPath(Path.Combine(Folder, id.RequireValue() + FileExtension));
        if (!string.Equals(Path.GetDirectoryName(path), Folder, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The operation document id '{id}' does not name a file in the folder.", nameof(id));
        }

        return path;
    }
}
