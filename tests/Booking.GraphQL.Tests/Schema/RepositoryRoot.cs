namespace Booking.GraphQL.Tests.Schema;

internal static class RepositoryRoot
{
    /// <summary>The folder holding Booking.sln, found by walking up from the test assembly.</summary>
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Booking.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Booking.sln was not found above " + AppContext.BaseDirectory);
    }
}
