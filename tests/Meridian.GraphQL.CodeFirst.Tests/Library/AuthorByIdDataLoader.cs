using Meridian.DataLoader;

namespace Meridian.GraphQL.CodeFirst.Tests.Library;

/// <summary>Loads authors by key, one batch per execution wave.</summary>
public sealed class AuthorByIdDataLoader(IBatchScheduler scheduler, LibraryData data) : BatchDataLoader<int, Author>(scheduler)
{
    protected override Task<IReadOnlyDictionary<int, Author>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        data.AuthorBatches++;
        IReadOnlyDictionary<int, Author> found = data.Authors.Where(a => keys.Contains(a.Id)).ToDictionary(a => a.Id);
        return Task.FromResult(found);
    }
}
